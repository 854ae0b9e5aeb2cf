"""Material's search sections of a page, read in a third of the time.

Material's search plugin splits every rendered page into sections with ``Parser``, an ``html.parser.HTMLParser``
subclass; on this guide (diagrams inline as SVG, many small tags) that was about a fifth of a whole build. Two
things make it slow, and both are replaced here without changing a single section:

- the generic tokenizer runs several regular expressions per tag: :func:`feed` sends the same events to the
  parser's handlers from one regular expression over the page;
- the handlers compare every open element with the skip set and the section heading on every event (Material's
  elements compare equal by tag name): :class:`FastParser` keeps a count of the open elements per tag and asks
  it instead. Its handlers are Material's, step for step, with those questions answered from the counts.

The tokenizer follows ``HTMLParser`` (Python 3.11, ``convert_charrefs=True``) for the markup a page of this site
contains: start tags (attribute names lower-cased, values unescaped, a value-less attribute as ``None``), XHTML
empty tags (start and end, as ``HTMLParser.handle_startendtag`` does), end tags, comments and declarations
(ignored), the raw text of ``script`` and ``style`` up to their end tag, and text between tags (unescaped).
``tests/unit/test_search_sections.py`` holds it to ``HTMLParser``'s result on varied markup and on pages of the
built guide.
"""

from __future__ import annotations

import re
from html import escape, unescape
from typing import Any

from material.plugins.search.plugin import Element, Parser, SearchIndex, Section, void

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


def _attributes(text: str) -> list[tuple[str, str | None]]:
    attributes: list[tuple[str, str | None]] = []
    for name, assignment, value in _ATTRIBUTE.findall(text):
        if not assignment:
            attributes.append((name.lower(), None))
            continue
        if value[:1] in ("'", '"') and value[:1] == value[-1:]:
            value = value[1:-1]
        attributes.append((name.lower(), unescape(value) if "&" in value else value))
    return attributes


def feed(parser: Any, html: str) -> None:
    """Send ``html`` to the handlers of ``parser`` (an ``HTMLParser``) as ``HTMLParser.feed`` + ``close`` would."""
    position = 0
    length = len(html)
    while position < length:
        match = _TOKEN.search(html, position)
        if match is None:
            _data(parser, html[position:])
            return
        if match.start() > position:
            _data(parser, html[position : match.start()])
        position = match.end()
        if (end := match.group("end")) is not None:
            parser.handle_endtag(end.lower())
            continue
        start = match.group("start")
        if start is None:
            continue  # comment, declaration, processing instruction
        tag = start.lower()
        text = match.group("attrs")
        attributes = _attributes(text) if text.strip() else []
        parser.handle_starttag(tag, attributes)
        if text.rstrip().endswith("/"):  # an XHTML empty tag: HTMLParser's handle_startendtag opens and closes it
            parser.handle_endtag(tag)
        elif tag in _RAW_TEXT:
            closing = _RAW_TEXT[tag].search(html, position)
            stop = closing.start() if closing else length
            if stop > position:
                parser.handle_data(html[position:stop])
            position = stop


def _data(parser: Any, text: str) -> None:
    parser.handle_data(unescape(text) if "&" in text else text)


__all__ = ["FastParser", "FastSearchIndex", "SearchIndex", "feed"]

_HEADINGS = frozenset(f"h{level}" for level in range(1, 7))
_ALWAYS_SKIPPED = ("object", "script", "style")


class FastParser(Parser):  # type: ignore[misc]  # Material's class is untyped
    """Material's ``Parser`` with its handlers' context questions answered from per-tag counts.

    Material's ``Element`` compares equal to any element or string with the same tag, so "is any open element in
    the skip set" means "is any open element's tag one of the skipped tags", and removing an element from the set
    removes its tag. ``skip_tags``, ``open_tags`` and ``skipped_open`` (how many open elements have a skipped tag)
    hold exactly that.
    """

    def __init__(self) -> None:
        super().__init__()
        self.skip_tags: set[str] = set(_ALWAYS_SKIPPED)
        self.open_tags: dict[str, int] = {}
        self.skipped_open = 0

    def _is_open(self, tag: str) -> bool:
        return self.open_tags.get(tag, 0) > 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        element = Element(tag, attributes)
        if tag in void:
            return
        self.context.append(element)
        self.open_tags[tag] = self.open_tags.get(tag, 0) + 1
        if tag in self.skip_tags:
            self.skipped_open += 1

        if tag in _HEADINGS:
            depth = len(self.context)
            if "id" in attributes:
                if tag != "h1" and not self.data:
                    self.section = Section(Element("hx"), depth)
                    self.data.append(self.section)
                self.section = Section(element, depth)
                if self.data:
                    self.section.id = attributes["id"]
                self.data.append(self.section)

        if not self.section:
            self.section = Section(Element("hx"))
            self.data.append(self.section)

        for key, value in attributes.items():
            if key == "data-search-exclude" or (key == "class" and value == "linenodiv"):
                if tag not in self.skip_tags:
                    self.skip_tags.add(tag)
                    self.skipped_open += self.open_tags[tag]
                return

        if tag in self.keep and not self.skipped_open:
            data = self.section.title if self._is_open(self.section.el.tag) else self.section.text
            data.append(f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if not self.context or self.context[-1].tag != tag:
            return

        if self.section.depth > len(self.context):
            for section in reversed(self.data):
                if section.depth <= len(self.context):
                    self.section.depth = float("inf")
                    self.section = section
                    break

        self.context.pop()
        self.open_tags[tag] -= 1
        if tag in self.skip_tags:
            self.skipped_open -= 1
            if tag not in _ALWAYS_SKIPPED:
                self.skip_tags.discard(tag)
                self.skipped_open -= self.open_tags[tag]
            return

        if tag in self.keep and not self.skipped_open:
            data = self.section.title if self._is_open(self.section.el.tag) else self.section.text
            index = data.index(f"<{tag}>")
            for i in range(index + 1, len(data)):
                if not data[i].isspace():
                    index = len(data)
                    break
            if len(data) > index:
                while len(data) > index:
                    data.pop()
            else:
                data.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.skipped_open:
            return

        in_pre = self._is_open("pre")
        if not in_pre:
            data = data.replace("\n", " ") if not data.isspace() else " "

        if not self.section:
            self.section = Section(Element("hx"))
            self.data.append(self.section)

        if self._is_open(self.section.el.tag):
            permalink = any(e.tag == "a" and e.attrs.get("class") == "headerlink" for e in self.context)
            if not permalink:
                self.section.title.append(escape(data, quote=False))
        elif data.isspace():
            if not self.section.text or not self.section.text[-1].isspace() or in_pre:
                self.section.text.append(data)
        else:
            self.section.text.append(escape(data, quote=False))


class FastSearchIndex(SearchIndex):  # type: ignore[misc]  # Material's class is untyped
    """Material's search index whose pages are read by :func:`feed` instead of ``HTMLParser.feed``."""

    def add_entry_from_context(self, page: Any) -> None:
        search = page.meta.get("search") or {}
        if search.get("exclude"):
            return
        parser = FastParser()
        feed(parser, page.content)
        for section in parser.data:
            if not section.is_excluded():
                self.create_entry_for_section(section, page.toc, page.url, page)
