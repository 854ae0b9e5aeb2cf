"""Links inside the book: a link between two pages of the site becomes a link between two chapters."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from msa_guide.pdf.html_tree import add_class, parents, unwrap
from msa_guide.pdf.site_reader import BuiltSite, CatalogEntry, normalise_url

_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def relink(
    site: BuiltSite, url: str, article: ET.Element, anchors: dict[str, str], ids: dict[tuple[str, str], str]
) -> list[str]:
    """Point the links of the page at ``url`` into the book; return the links whose target is missing.

    ``anchors`` maps a page URL to its chapter id, ``ids`` a ``(page URL, id)`` to its id in the book.
    """
    problems: list[str] = []
    parent_of = parents(article)
    for link in list(article.iter("a")):
        href = link.get("href")
        if href is None or link not in parent_of:
            continue
        if _EXTERNAL.match(href):
            continue
        target = normalise_url(url, href)
        page, _, fragment = target.partition("#")
        if page not in anchors:
            unwrap(link, parent_of[link])  # a page left out of the book (the map) or a download
            continue
        new = ids.get((page, fragment)) if fragment else anchors[page]
        if new is None:
            problems.append(f"{site.page_file(url)}: link {href}: no #{fragment} on {page}")
            new = anchors[page]
        link.set("href", f"#{new}")
        if page != url:
            add_class(link, "pdf-xref")
    for image in article.iter("img"):
        source = image.get("src", "")
        if source and not _EXTERNAL.match(source):
            image.set("src", site.page_file(normalise_url(url, source)).as_uri())
    return problems


def catalog_targets(
    site: BuiltSite, anchors: dict[str, str], ids: dict[tuple[str, str], str]
) -> dict[str, tuple[CatalogEntry, str]]:
    """Book id of every catalog entry's description: its page, or the section of the page that describes it."""
    targets: dict[str, tuple[CatalogEntry, str]] = {}
    for entry in site.catalog:
        page = anchors.get(entry.page_url)
        if page is not None:
            targets[entry.id] = (entry, ids.get((entry.page_url, entry.anchor), page) if entry.anchor else page)
    return targets
