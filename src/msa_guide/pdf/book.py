"""One HTML document for the whole book: cover, table of contents, then every chapter.

Page numbers, the outline and the running headers are left to the print stylesheet (``book.css``): the TOC
links carry ``target-counter()`` page numbers, headings carry ``pdf-bm-<level>`` classes and ``data-title``
attributes for ``bookmark-level``/``bookmark-label``, and chapters carry ``data-part`` for ``string-set``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from msa_guide.pdf.chapters import Book, Chapter
from msa_guide.pdf.html_tree import to_html
from msa_guide.pdf.keep_all import keep_all
from msa_guide.pdf.site_reader import BuiltSite
from msa_guide.render.labels import label


@dataclass(frozen=True)
class Edition:
    """What the cover says about this printing."""

    version: str
    date: str


def book_html(site: BuiltSite, book: Book, edition: Edition) -> str:
    """The book as one HTML document (``python -m msa_guide.pdf --html`` writes it, to debug the layout)."""
    return as_document(book_tree(site, book, edition))


def as_document(html: ET.Element) -> str:
    """An ``<html>`` element as the text of an HTML document."""
    return "<!DOCTYPE html>\n" + to_html(html)


def book_tree(site: BuiltSite, book: Book, edition: Edition) -> ET.Element:
    """The book's ``<html>`` element: what :func:`book_html` serialises and the printer lays out."""
    html = ET.Element("html", {"lang": site.lang})
    head = ET.SubElement(html, "head")
    ET.SubElement(head, "meta", {"charset": "utf-8"})
    ET.SubElement(head, "title").text = site.site_name
    for name, content in (
        ("author", site.author),
        ("description", site.description),
        ("generator", f"msa-guide {edition.version} (WeasyPrint)"),
        ("dcterms.created", edition.date),
    ):
        if content:
            ET.SubElement(head, "meta", {"name": name, "content": content})
    body = ET.SubElement(html, "body")
    body.append(_cover(site, edition))
    body.append(_contents(site, book))
    for chapter in book.chapters:
        body.append(_chapter(chapter))
    return html


def _cover(site: BuiltSite, edition: Edition) -> ET.Element:
    cover = ET.Element("section", {"class": "pdf-cover"})
    ET.SubElement(cover, "p", {"class": "pdf-cover-edition"}).text = label(site.lang, "pdf.language")
    ET.SubElement(cover, "h1", {"class": "pdf-cover-title"}).text = keep_all(site.site_name)
    ET.SubElement(cover, "p", {"class": "pdf-cover-subtitle"}).text = keep_all(site.description)
    facts = ET.SubElement(cover, "dl", {"class": "pdf-cover-facts"})
    for key, value in (("version", edition.version), ("date", edition.date)):
        ET.SubElement(facts, "dt").text = label(site.lang, f"pdf.{key}")
        ET.SubElement(facts, "dd").text = value
    ET.SubElement(cover, "p", {"class": "pdf-cover-note"}).text = keep_all(label(site.lang, "pdf.edition"))
    if site.copyright:
        ET.SubElement(cover, "p", {"class": "pdf-cover-copyright"}).text = keep_all(site.copyright)
    return cover


def _contents(site: BuiltSite, book: Book) -> ET.Element:
    title = label(site.lang, "pdf.contents")
    contents = ET.Element("nav", {"class": "pdf-toc", "id": "contents"})
    ET.SubElement(contents, "h1", {"class": "pdf-bm-1", "data-title": title}).text = title
    entries = ET.SubElement(contents, "ul")
    for entry in book.toc:
        item = ET.SubElement(entries, "li", {"class": f"toc-level-{entry.level}"})
        if entry.anchor is None:
            add = ET.SubElement(item, "span", {"class": "toc-group"})
        else:
            add = ET.SubElement(item, "a", {"href": f"#{entry.anchor}"})
        add.text = keep_all(entry.title)
    return contents


def _chapter(chapter: Chapter) -> ET.Element:
    section = ET.Element(
        "section",
        {"class": f"pdf-chapter pdf-level-{chapter.level}", "id": chapter.anchor, "data-part": chapter.part},
    )
    for level, title in chapter.groups:
        group = ET.SubElement(section, "p", {"class": f"pdf-group pdf-bm-{level}", "data-title": title})
        group.text = keep_all(title)
    if chapter.article is not None:
        section.extend(list(chapter.article))
    return section
