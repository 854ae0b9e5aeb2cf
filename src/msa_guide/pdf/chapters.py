"""The book's chapters: the site's pages in navigation order, each page's ``<article>`` made fit for paper.

Planning walks the navigation: every page becomes a chapter whose outline level is its depth; a section
without a page of its own (a category, "Explore") becomes an outline entry and a small heading on its first
chapter. Pages that only work in a browser are handled on purpose: the pattern map prints one page per pattern
type (see ``map_pages``) and the catalog browser becomes a printed index with page numbers.

Preparing a chapter removes the web page's chrome (:mod:`paper`), gives every id a chapter prefix (so ids stay
unique in one document), turns links between pages into links inside the book (:mod:`links`), gives inline SVG
diagrams their print colours and joins Korean words against bad line breaks (:mod:`paper`, ``keep_all``); the
catalog browser becomes :mod:`printed_index`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from urllib.parse import urlsplit

from msa_guide.pdf.html_tree import (
    add_class,
    find_by_class,
    has_class,
    parse_html,
    text_of,
)
from msa_guide.pdf.links import catalog_targets, relink
from msa_guide.pdf.map_pages import print_map
from msa_guide.pdf.paper import join_korean_words, strip_web_parts, style_diagram, top_level_svgs
from msa_guide.pdf.printed_index import index_article
from msa_guide.pdf.site_reader import BuiltSite, NavEntry
from msa_guide.render.labels import label


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


def _load(site: BuiltSite, entry: NavEntry, level: int, part: str, anchor: str) -> Chapter:
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
    print_map(article)
    strip_web_parts(article)
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
            chapter.article = index_article(site, chapter.title, chapter.level, catalog_targets(site, anchors, ids))
        elif chapter.article is not None:
            problems += relink(site, chapter.url, chapter.article, anchors, ids)
            for number, svg in enumerate(top_level_svgs(chapter.article), start=1):
                style_diagram(svg, f"{chapter.anchor}--svg{number}-")
        join_korean_words(chapter.article)
    return problems


def _html_elements(root: ET.Element) -> Iterator[ET.Element]:
    """Elements outside inline SVG (SVG ids are the diagram's own references, e.g. arrow markers)."""
    yield root
    for child in root:
        if child.tag != "svg":
            yield from _html_elements(child)


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
