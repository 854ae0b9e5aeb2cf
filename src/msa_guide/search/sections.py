"""Material's search sections of a page, read in a fifth of the time.

Material's search plugin splits every rendered page into sections with ``Parser``, an ``html.parser.HTMLParser``
subclass; on this guide (diagrams inline as SVG, many small tags) that was about a fifth of a whole build.
:func:`read_sections` gives the same sections from one loop over one regular expression:

- the tokenizer follows ``HTMLParser`` (Python 3.11, ``convert_charrefs=True``) for the markup a page of this site
  contains: start tags (names lower-cased), XHTML empty tags (opened and closed, as ``handle_startendtag`` does),
  end tags, comments and declarations (ignored), the raw text of ``script`` and ``style`` up to their end tag, and
  text between tags (unescaped);
- the steps are those of Material's handlers, one for one, with their questions answered from counts: Material's
  ``Element`` compares equal to anything with the same tag, so "is an open element in the skip set" means "is an
  open element's tag a skipped tag", which :data:`skipped_open` counts;
- attributes are read only where Material's steps look at them: the ``id`` of a heading, the class of a link (the
  permalink of a heading), ``data-search-exclude`` and the ``linenodiv`` class.

``tests/unit/test_search_sections.py`` holds the result to Material's parser on varied markup, and
``tests/build/test_search_sections.py`` on pages of the built guide. The sections of a page are a function of its
HTML alone, so :class:`FastSearchIndex` keeps them between builds in a :class:`~msa_guide.memo.Memo`.
"""

from __future__ import annotations

import re
from html import escape, unescape
from importlib.metadata import version
from pathlib import Path
from typing import Any

from material.plugins.search.plugin import Element, SearchIndex, Section, void

from msa_guide.memo import Memo, digest, fingerprint

__all__ = ["FastSearchIndex", "SearchIndex", "read_sections"]

_TOKEN = re.compile(
    r"""
      <!--.*?-->                                                      # comment
    | <[!?][^>]*>                                                     # declaration, processing instruction
    | </(?P<end>[a-zA-Z][^\t\n\r\f />\x00]*)[^>]*>                    # end tag
    | <(?P<start>[a-zA-Z][^\t\n\r\f />\x00]*)(?P<attrs>(?:"[^"]*"|'[^']*'|[^'">])*)>  # start tag
    """,
    re.DOTALL | re.VERBOSE,
)
_ATTRIBUTE = re.compile(r"""([^\s/>=][^\s/>=]*)(\s*=+\s*("[^"]*"|'[^']*'|[^\s>]*))?""")
_RAW_TEXT = {"script": re.compile(r"</\s*script\s*>", re.I), "style": re.compile(r"</\s*style\s*>", re.I)}
_HEADINGS = frozenset(f"h{level}" for level in range(1, 7))
_ALWAYS_SKIPPED = frozenset({"object", "script", "style"})
#: Material's ``Parser.keep``: the tags whose markup stays in a section's text.
_KEEP = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})
_VOID = frozenset(void)


def attributes(text: str) -> dict[str, str | None]:
    """A start tag's attributes as ``HTMLParser`` gives them (names lower-cased, values unescaped, a bare name as
    None), in a dict as Material's handler makes one (the last of two equal names wins)."""
    found: dict[str, str | None] = {}
    for name, assignment, value in _ATTRIBUTE.findall(text):
        if not assignment:
            found[name.lower()] = None
            continue
        if value[:1] in ("'", '"') and value[:1] == value[-1:]:
            value = value[1:-1]
        found[name.lower()] = unescape(value) if "&" in value else value
    return found


def read_sections(html: str) -> list[Section]:  # one loop with local state, kept whole for speed
    """The sections Material's ``Parser`` makes of ``html`` (its ``data`` after ``feed`` and ``close``)."""
    data: list[Section] = []
    section: Any = None
    section_tag = ""  # the tag of the current section's element ("hx" before the first heading)
    context: list[str] = []  # the tags of the open elements
    open_tags: dict[str, int] = {}
    skip_tags = set(_ALWAYS_SKIPPED)
    skipped_open = 0  # open elements whose tag is skipped
    permalinks: list[int] = []  # depths of the open permalinks (``<a class="headerlink">``) of headings

    def preface() -> Section:
        """The untitled section of what comes before the first heading (Material's ``Element("hx")``)."""
        first = Section(Element("hx"))
        data.append(first)
        return first

    def text_of(tag: str) -> list[str]:
        return section.title if open_tags.get(tag, 0) > 0 else section.text  # type: ignore[no-any-return]

    def end(tag: str) -> None:
        nonlocal section, section_tag, skipped_open
        if not context or context[-1] != tag:
            return
        depth = len(context)
        if section.depth > depth:
            for candidate in reversed(data):
                if candidate.depth <= depth:
                    section.depth = float("inf")
                    section = candidate
                    section_tag = candidate.el.tag
                    break
        context.pop()
        if permalinks and permalinks[-1] == depth:
            permalinks.pop()
        open_tags[tag] -= 1
        if tag in skip_tags:
            skipped_open -= 1
            if tag not in _ALWAYS_SKIPPED:
                skip_tags.discard(tag)
                skipped_open -= open_tags[tag]
            return
        if tag in _KEEP and not skipped_open:
            kept = text_of(section_tag)
            index = kept.index(f"<{tag}>")
            for i in range(index + 1, len(kept)):
                if not kept[i].isspace():
                    index = len(kept)
                    break
            if len(kept) > index:
                del kept[index:]
            else:
                kept.append(f"</{tag}>")

    position = 0
    length = len(html)
    search = _TOKEN.search
    while True:
        match = search(html, position)
        stop = length if match is None else match.start()
        if stop > position and not skipped_open:  # text: Material's handle_data
            chunk = html[position:stop]
            if "&" in chunk:
                chunk = unescape(chunk)
            in_pre = open_tags.get("pre", 0) > 0
            if not in_pre:
                chunk = chunk.replace("\n", " ") if not chunk.isspace() else " "
            if section is None:
                section = preface()
                section_tag = "hx"
            if open_tags.get(section_tag, 0) > 0:
                if not permalinks:
                    section.title.append(escape(chunk, quote=False))
            elif chunk.isspace():
                if not section.text or not section.text[-1].isspace() or in_pre:
                    section.text.append(chunk)
            else:
                section.text.append(escape(chunk, quote=False))
        if match is None:
            break
        position = match.end()
        closing, start, raw = match.groups()
        if closing is not None:
            end(closing.lower())
            continue
        if start is None:
            continue  # comment, declaration, processing instruction
        tag = start.lower()
        if tag not in _VOID:  # Material's handle_starttag
            context.append(tag)
            depth = len(context)
            open_tags[tag] = open_tags.get(tag, 0) + 1
            if tag in skip_tags:
                skipped_open += 1
            read = tag in _HEADINGS or tag == "a" or "data-search-exclude" in raw or "linenodiv" in raw
            attrs = attributes(raw) if read and raw.strip() else {}
            if tag in _HEADINGS and "id" in attrs:
                if tag != "h1" and not data:
                    section = Section(Element("hx"), depth)
                    data.append(section)
                section = Section(Element(tag, attrs), depth)
                section_tag = tag
                if data:
                    section.id = attrs["id"]
                data.append(section)
            if section is None:
                section = preface()
                section_tag = "hx"
            if tag == "a" and attrs.get("class") == "headerlink":
                permalinks.append(depth)
            if "data-search-exclude" in attrs or attrs.get("class") == "linenodiv":
                if tag not in skip_tags:
                    skip_tags.add(tag)
                    skipped_open += open_tags[tag]
            elif tag in _KEEP and not skipped_open:
                text_of(section_tag).append(f"<{tag}>")
        if raw.rstrip().endswith("/"):  # an XHTML empty tag: HTMLParser's handle_startendtag opens and closes it
            end(tag)
        elif tag in _RAW_TEXT:
            # The raw text of a script or a style is never indexed (both tags are always skipped): step over it.
            found = _RAW_TEXT[tag].search(html, position)
            position = found.start() if found else length
    return data


class FastSearchIndex(SearchIndex):  # type: ignore[misc]  # Material's class is untyped
    """Material's search index whose pages are read by :func:`read_sections` instead of its ``Parser``.

    With a :attr:`memo` (the search plugin gives it one in ``.cache/msa-search/``), the sections of a page whose HTML
    was read before, by this code and this version of Material, are taken from it instead of being read again.
    """

    memo: Memo | None = None

    def add_entry_from_context(self, page: Any) -> None:
        search = page.meta.get("search") or {}
        if search.get("exclude"):
            return
        for section in self.sections(page.content):
            self.create_entry_for_section(section, page.toc, page.url, page)

    def sections(self, html: str) -> list[Section]:
        """The sections of ``html`` that the index keeps (not excluded)."""
        memo = self.memo
        key = digest(html) if memo is not None else ""
        stored = memo.get(key) if memo is not None else None
        if stored is not None:
            return [_section(*item) for item in stored]
        sections = [s for s in read_sections(html) if not s.is_excluded()]
        if memo is not None:
            memo.put(key, [[s.id, "".join(s.title) if s.title else None, "".join(s.text)] for s in sections])
        return sections


def _section(anchor: str | None, title: str | None, text: str) -> Section:
    """A section as the index reads it: its id, its title (None: none, so the page's title stands in), its text."""
    section = Section(Element("hx"))
    section.id = anchor
    section.title = [] if title is None else [title]
    section.text = [text]
    return section


def memo_code() -> str:
    """What the sections of a page depend on besides its HTML: this module and Material's version."""
    return fingerprint([Path(__file__)], version("mkdocs-material"))
