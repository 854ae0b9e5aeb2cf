"""The book's chapters: the site's pages in navigation order, each page's ``<article>`` made fit for paper.

Planning walks the navigation: every page becomes a chapter whose outline level is its depth; a section
without a page of its own (a category, "Explore") becomes an outline entry and a small heading on its first
chapter. Pages that only work in a browser are handled on purpose: the pattern map is left out (every
pattern's card lists the same relations) and the catalog browser becomes a printed index with page numbers.

Preparing a chapter removes the web page's chrome, gives every id a chapter prefix (so ids stay unique in one
document), turns links between pages into links inside the book, gives inline SVG diagrams their print colours
and joins Korean words against bad line breaks (see ``keep_all``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from urllib.parse import urlsplit

from msa_guide.pdf.html_tree import (
    add_class,
    classes,
    find_by_class,
    has_class,
    parents,
    parse_html,
    remove,
    text_of,
    unwrap,
)
from msa_guide.pdf.keep_all import keep_all
from msa_guide.pdf.site_reader import BuiltSite, CatalogEntry, NavEntry, normalise_url
from msa_guide.render.labels import label

DIAGRAM_CSS = (Path(__file__).parent / "diagram.css").read_text(encoding="utf-8")

# Web-only parts of a page: permalinks, edit buttons, the map and browser controls, script and form widgets.
_DROPPED_CLASSES = frozenset(
    {
        "headerlink",
        "md-content__button",
        "md-source-file",
        "pattern-map-controls",
        "catalog-browser-controls",
        "catalog-browser-empty",
    }
)
# Pygments tokens that book.css colours (".highlight .k" …). The spans of all other tokens (white space,
# punctuation, plain names, operators) print black anyway; they were a third of all the boxes WeasyPrint laid
# out, so they are unwrapped into plain text. Keep in step with the palette in book.css.
_COLOURED_TOKENS = frozenset(
    "c c1 cm ch cs cp k kd kn kr kc kp ow kt nc nn s s1 s2 sa sb sd se si sh sx l ld m mi mf mh mo il "  # noqa: SIM905
    "nt nf fm na nd nv nb bp no ni ne gd gi hll".split()
)
# Boxes of term/description pairs (the catalog's card and relations) that print as two-column tables.
_FACT_BOXES = frozenset({"pattern-card", "pattern-relations"})
_DROPPED_TAGS = frozenset({"script", "form", "input", "nav", "button", "noscript", "iframe"})
# Block-level tags: a word never runs across their start or end.
_BLOCKS = frozenset(
    "address article aside blockquote dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li "  # noqa: SIM905
    "main nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
_NO_JOINERS = frozenset({"pre", "code", "kbd", "svg", "style", "script", "math"})
_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


class Kind(Enum):
    PAGE = "page"
    INDEX = "index"  # the catalog browser, printed as an index


@dataclass
class Chapter:
    """One page of the site in the book."""

    url: str
    title: str
    level: int
    part: str
    anchor: str
    kind: Kind = Kind.PAGE
    opens_section: bool = False  # the index page of a section: its own headings stay out of the outline
    groups: list[tuple[int, str]] = field(default_factory=list)
    article: ET.Element | None = None


@dataclass
class TocEntry:
    """A line of the table of contents: a chapter (``anchor`` set) or a section heading without a page."""

    level: int
    title: str
    anchor: str | None


@dataclass
class Book:
    chapters: list[Chapter]
    toc: list[TocEntry]
    problems: list[str]


def chapter_anchor(site: BuiltSite, url: str) -> str:
    """The book id of a page: ``/en/platform/saga/`` → ``p-platform-saga``; the home page is ``p-home``."""
    path = urlsplit(url).path[len(site.root_url) :].strip("/")
    return "p-" + (_ascii_id(path.replace("/", "-")) if path else "home")


def _ascii_id(value: str) -> str:
    # Hangul ids (pymdownx slugify keeps them) become ASCII so that PDF destination names are plain; every other
    # character, "_" included, becomes "_<hex>_", so two different ids never meet.
    return "".join(c if c.isascii() and (c.isalnum() or c == "-") else f"_{ord(c):x}_" for c in value)


def plan_book(site: BuiltSite) -> Book:
    """Read every page of the navigation once and prepare the chapters and the table of contents."""
    chapters: list[Chapter] = []
    toc: list[TocEntry] = []
    seen: set[str] = set()
    pending: list[tuple[int, str]] = []

    def walk(entries: tuple[NavEntry, ...], level: int, part: str) -> None:
        for entry in entries:
            in_part = part or entry.title
            if entry.url is None:
                pending.append((level, entry.title))
                first_line, before = len(toc), len(chapters)
                toc.append(TocEntry(level, entry.title, None))
                walk(entry.children, level + 1, in_part)
                if len(chapters) == before:  # nothing printable in this section
                    pending[:] = [g for g in pending if g != (level, entry.title)]
                    del toc[first_line:]
                continue
            anchor = chapter_anchor(site, entry.url)
            if entry.url in seen:
                toc.append(TocEntry(level, entry.title, anchor))
            else:
                chapter = _load(site, entry, level, in_part if part else site.site_name, anchor)
                if chapter is not None:
                    chapter.opens_section = bool(entry.children)
                    seen.add(entry.url)
                    chapter.groups = pending[:]
                    pending.clear()
                    chapters.append(chapter)
                    toc.append(TocEntry(level, chapter.title, anchor))
            walk(entry.children, level + 1, in_part)

    walk(site.nav, 1, "")
    problems = _prepare(site, chapters)
    return Book(chapters, toc, problems)


def _load(site: BuiltSite, entry: NavEntry, level: int, part: str, anchor: str) -> Chapter | None:
    assert entry.url is not None
    path = site.page_file(entry.url)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: page of the navigation entry '{entry.title}' is missing")
    text = path.read_text(encoding="utf-8")
    # Parse only the article: the rest of a built page is mostly navigation, and parsing is pure Python.
    start = text.find('<article class="md-content__inner')
    end = text.find("</article>", start)
    article = find_by_class(parse_html(text[start : end + 10]), "article", "md-content__inner") if end > 0 else None
    if start < 0 or article is None:
        raise ValueError(f'{path}: no <article class="md-content__inner">')
    if any(has_class(svg, "pattern-map") for svg in article.iter("svg")):
        return None
    _strip_web_parts(article)
    heading = article.find(".//h1")
    title = text_of(heading) if heading is not None else entry.title
    if entry.url == site.root_url:
        title = label(site.lang, "pdf.introduction")
    kind = Kind.INDEX if any(has_class(t, "catalog-browser") for t in article.iter("table")) else Kind.PAGE
    return Chapter(entry.url, title, level, part, anchor, kind, article=article)


def _prepare(site: BuiltSite, chapters: list[Chapter]) -> list[str]:
    anchors = {c.url: c.anchor for c in chapters}
    ids: dict[tuple[str, str], str] = {}
    for chapter in chapters:
        if chapter.kind is Kind.PAGE and chapter.article is not None:
            _mark_headings(site, chapter)
            for element in _html_elements(chapter.article):
                old = element.get("id")
                if old:
                    new = f"{chapter.anchor}--{_ascii_id(old)}"
                    ids[(chapter.url, old)] = new
                    element.set("id", new)
    problems: list[str] = []
    for chapter in chapters:
        if chapter.kind is Kind.INDEX:
            chapter.article = index_article(site, chapter, _targets(site, anchors, ids))
        else:
            problems += _relink(site, chapter, anchors, ids)
            for number, svg in enumerate(_top_level_svgs(chapter.article), start=1):
                _style_diagram(svg, f"{chapter.anchor}--svg{number}-")
        _join_korean_words(chapter.article)
    return problems


def _html_elements(root: ET.Element) -> Iterator[ET.Element]:
    """Elements outside inline SVG (SVG ids are the diagram's own references, e.g. arrow markers)."""
    yield root
    for child in root:
        if child.tag != "svg":
            yield from _html_elements(child)


def _top_level_svgs(root: ET.Element | None) -> Iterator[ET.Element]:
    if root is None:
        return
    for child in root:
        if child.tag == "svg":
            yield child
        else:
            yield from _top_level_svgs(child)


def _strip_web_parts(article: ET.Element) -> None:
    parent_of = parents(article)
    token_spans = {
        span
        for pre in article.iter("pre")
        for span in pre.iter("span")
        if not len(span) and set(span.attrib) <= {"class"}
    }
    for element in list(article.iter()):
        if element is article or element not in parent_of:
            continue
        names = classes(element)
        code_line = element.tag == "a" and element.get("id", "").startswith("__codelineno")
        if element.tag in _DROPPED_TAGS or names & _DROPPED_CLASSES or "hidden" in element.attrib or code_line:
            remove(element, parent_of[element])
            continue
        if element in token_spans and classes(element).isdisjoint(_COLOURED_TOKENS):
            unwrap(element, parent_of[element])
            continue
        if element.tag == "a":
            element.attrib.pop("name", None)
        if element.tag == "dl" and names & _FACT_BOXES == set() and classes(parent_of[element]) & _FACT_BOXES:
            _facts_as_table(element)
        elif element.tag == "details":
            _details_as_admonition(element)
        elif has_class(element, "tabbed-set"):
            _tabs_one_after_another(element)


def _facts_as_table(dl: ET.Element) -> None:
    """``<dl>`` of a card as a table: one row per term, its descriptions in the second cell."""
    items, tail = list(dl), dl.tail
    dl.clear()
    dl.tag, dl.tail = "table", tail
    dl.set("class", "pdf-facts")
    body = ET.SubElement(dl, "tbody")
    cell: ET.Element | None = None
    for item in items:
        item.tail = None
        if item.tag == "dt":
            row = ET.SubElement(body, "tr")
            item.tag = "th"
            row.append(item)
            cell = ET.SubElement(row, "td")
        elif cell is not None:
            item.tag = "div"
            cell.append(item)


def _details_as_admonition(details: ET.Element) -> None:
    """A collapsible block prints open, styled like the admonition it is in Material."""
    details.tag = "div"
    add_class(details, "admonition")
    summary = details.find("summary")
    if summary is not None:
        summary.tag = "p"
        summary.set("class", "admonition-title")


def _tabs_one_after_another(tabbed: ET.Element) -> None:
    """Content tabs print every tab, each under its label."""
    labels_box = find_by_class(tabbed, "div", "tabbed-labels")
    content = find_by_class(tabbed, "div", "tabbed-content")
    labels = [text_of(lab) for lab in labels_box.iter("label")] if labels_box is not None else []
    blocks = [b for b in content if has_class(b, "tabbed-block")] if content is not None else []
    for child in list(tabbed):
        tabbed.remove(child)
    for title, block in zip(labels, blocks, strict=False):
        caption = ET.SubElement(tabbed, "p", {"class": "pdf-tab-label"})
        caption.text = title
        tabbed.append(block)


def _relink(site: BuiltSite, chapter: Chapter, anchors: dict[str, str], ids: dict[tuple[str, str], str]) -> list[str]:
    assert chapter.article is not None
    problems: list[str] = []
    parent_of = parents(chapter.article)
    for link in list(chapter.article.iter("a")):
        href = link.get("href")
        if href is None or link not in parent_of:
            continue
        if _EXTERNAL.match(href):
            continue
        target = normalise_url(chapter.url, href)
        page, _, fragment = target.partition("#")
        if page not in anchors:
            unwrap(link, parent_of[link])  # a page left out of the book (the map) or a download
            continue
        new = ids.get((page, fragment)) if fragment else anchors[page]
        if new is None:
            problems.append(f"{site.page_file(chapter.url)}: link {href}: no #{fragment} on {page}")
            new = anchors[page]
        link.set("href", f"#{new}")
        if page != chapter.url:
            add_class(link, "pdf-xref")
    for image in chapter.article.iter("img"):
        source = image.get("src", "")
        if source and not _EXTERNAL.match(source):
            image.set("src", site.page_file(normalise_url(chapter.url, source)).as_uri())
    return problems


def _mark_headings(site: BuiltSite, chapter: Chapter) -> None:
    """Outline levels and running-header titles, set as classes and ``data-title`` for the stylesheet."""
    assert chapter.article is not None
    heading = chapter.article.find(".//h1")
    if heading is not None:
        if chapter.url == site.root_url:  # the site's name is on the cover; the home page introduces the book
            for child in list(heading):
                heading.remove(child)
            heading.text = chapter.title
        heading.set("data-title", chapter.title)
        add_class(heading, f"pdf-bm-{chapter.level}")
    for section in chapter.article.iter("h2") if not chapter.opens_section else ():
        section.set("data-title", text_of(section))
        add_class(section, f"pdf-bm-{chapter.level + 1}")
    # Concepts described as a section of another page get their own outline entry, under their catalog name.
    sections = {entry.anchor: entry for entry in site.catalog if entry.page_url == chapter.url and entry.anchor}
    for element in chapter.article.iter():
        entry = sections.get(element.get("id", "")) if element.tag in ("h3", "h4", "h5", "h6") else None
        if entry is not None:
            element.set("data-title", entry.name)
            add_class(element, f"pdf-bm-{chapter.level + 2}")


def _style_diagram(svg: ET.Element, prefix: str) -> None:
    """Inline SVG is drawn apart from the page's CSS: give it the print palette and the book's font.

    Its own ids (arrow markers) get a prefix too: the same diagram may appear twice in the book.
    """
    style = ET.Element("style")
    style.text = DIAGRAM_CSS
    svg.insert(0, style)
    ids = {e.get("id", ""): prefix + e.get("id", "") for e in svg.iter() if e.get("id")}
    if not ids:
        return
    reference = re.compile(r"#(" + "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True)) + r")(?![\w-])")
    for element in svg.iter():
        for name, value in element.attrib.items():
            if name == "id":
                element.set(name, ids[value])
            elif "#" in value:
                element.set(name, reference.sub(lambda m: "#" + ids[m.group(1)], value))


def _join_korean_words(article: ET.Element | None) -> None:
    if article is None:
        return
    previous = ""
    for node, slot, editable in _text_slots(article, False):
        if node.tag in _BLOCKS:
            previous = ""  # a block starts (text) or ends (tail): no word runs across it
        text = node.text if slot == "text" else node.tail
        if not text:
            continue
        if editable:
            joined = keep_all(text, previous)
            if slot == "text":
                node.text = joined
            else:
                node.tail = joined
        previous = text[-1]


def _text_slots(element: ET.Element, frozen: bool) -> Iterator[tuple[ET.Element, str, bool]]:
    frozen = frozen or element.tag in _NO_JOINERS
    yield element, "text", not frozen
    for child in element:
        yield from _text_slots(child, frozen)
        yield child, "tail", not frozen


def _targets(
    site: BuiltSite, anchors: dict[str, str], ids: dict[tuple[str, str], str]
) -> dict[str, tuple[CatalogEntry, str]]:
    """Book id of every catalog entry's description: its page, or the section of the page that describes it."""
    targets: dict[str, tuple[CatalogEntry, str]] = {}
    for entry in site.catalog:
        page = anchors.get(entry.page_url)
        if page is not None:
            targets[entry.id] = (entry, ids.get((entry.page_url, entry.anchor), page) if entry.anchor else page)
    return targets


def index_article(site: BuiltSite, chapter: Chapter, targets: dict[str, tuple[CatalogEntry, str]]) -> ET.Element:
    """The catalog browser as a printed index: every pattern in alphabetical order, with its page."""
    article = ET.Element("article")
    heading = ET.SubElement(article, "h1", {"data-title": chapter.title, "class": f"pdf-bm-{chapter.level}"})
    heading.text = chapter.title
    intro = ET.SubElement(article, "p", {"class": "lead"})
    intro.text = label(site.lang, "pdf.index.intro")
    table = ET.SubElement(article, "table", {"class": "pdf-index"})
    head = ET.SubElement(ET.SubElement(table, "thead"), "tr")
    for key in ("index.name", "index.other", "index.type", "index.page"):
        ET.SubElement(head, "th").text = label(site.lang, f"pdf.{key}")
    body = ET.SubElement(table, "tbody")
    for entry, anchor in sorted(targets.values(), key=lambda item: item[0].name.casefold()):
        row = ET.SubElement(body, "tr")
        ET.SubElement(ET.SubElement(row, "td"), "a", {"href": f"#{anchor}"}).text = entry.name
        ET.SubElement(row, "td").text = entry.other_name
        ET.SubElement(row, "td").text = f"{entry.type_name} · {entry.category_name}"
        ET.SubElement(ET.SubElement(row, "td", {"class": "pdf-index-page"}), "a", {"href": f"#{anchor}"})
    return article
