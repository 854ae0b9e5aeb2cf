"""``book.json``: the facts the PDF needs about one language of the site, from MkDocs' own navigation.

The PDF (:mod:`msa_guide.pdf.site_reader`) reads this file instead of Material's navigation HTML, so a theme
update cannot change the book's outline. A section whose first page is an index page opens with that page (as
Material's ``navigation.indexes`` shows it); every URL is site-absolute (``/en/platform/saga/``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page

BOOK_FILE = "book.json"


def _entry(item: Any) -> dict[str, Any] | None:
    if isinstance(item, Page):
        return {"title": item.title or "", "url": "/" + item.url}
    if not isinstance(item, Section):
        return None  # external links have no place in the book
    children = list(item.children)
    url = None
    if children and isinstance(children[0], Page) and children[0].is_index:
        url = "/" + children[0].url
        children = children[1:]
    return {"title": item.title or "", "url": url, "children": outline(children)}


def outline(items: Sequence[Any]) -> list[dict[str, Any]]:
    """The navigation as nested ``{title, url, children}`` (``url`` null for a section without its own page)."""
    return [entry for entry in (_entry(item) for item in items) if entry is not None]


def book_data(config: MkDocsConfig, items: Sequence[Any], lang: str) -> dict[str, Any]:
    return {
        "lang": lang,
        "site_name": config.site_name or "",
        "description": config.site_description or "",
        "author": config.site_author or "",
        "copyright": config.copyright or "",
        "nav": outline(items),
    }
