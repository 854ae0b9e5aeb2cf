"""What the book needs from one language of the built site: reading order, front matter and the catalog export.

The order is the site's own navigation, as the site plugin wrote it into ``book.json`` next to ``patterns.json``
(:mod:`msa_guide.plugins.book_outline`), so pages added to ``nav`` in mkdocs.yml or by a plugin appear in the
book without touching this package, and a theme update cannot change the outline. Everything is read from
``site/`` — MkDocs is not imported.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

#: Written by the site plugin under each language's root.
BOOK_FILE = "book.json"


class SiteError(Exception):
    """The built site lacks something the book needs; the message names the file."""


@dataclass(frozen=True)
class NavEntry:
    """A navigation item: a page (``url`` set), a section (``children`` set) or a section with an index page."""

    title: str
    url: str | None
    children: tuple[NavEntry, ...] = ()


@dataclass(frozen=True)
class CatalogEntry:
    """One pattern of ``patterns.json``: where it is described and how the index names it."""

    id: str
    name: str
    other_name: str
    type_name: str
    category_name: str
    url: str

    @property
    def page_url(self) -> str:
        return self.url.partition("#")[0]

    @property
    def anchor(self) -> str:
        return self.url.partition("#")[2]


@dataclass(frozen=True)
class BuiltSite:
    """One language of the built site."""

    directory: Path
    lang: str
    root_url: str
    site_name: str
    description: str
    author: str
    copyright: str
    nav: tuple[NavEntry, ...]
    catalog: tuple[CatalogEntry, ...]

    def page_file(self, url: str) -> Path:
        """The HTML file of a site-absolute page URL such as ``/en/platform/saga/``."""
        path = unquote(urlsplit(url).path).lstrip("/")
        if not path or path.endswith("/"):
            path += "index.html"
        return self.directory / path


def normalise_url(base: str, href: str) -> str:
    """``href`` of a page at ``base`` as a site-absolute URL (``index.html`` dropped, fragment kept)."""
    parts = urlsplit(urljoin("http://site" + base, href))
    path = posixpath.normpath(unquote(parts.path)) if parts.path not in ("", "/") else "/"
    if parts.path.endswith("/") and not path.endswith("/"):
        path += "/"
    if path.endswith("/index.html") or path == "index.html":
        path = path[: -len("index.html")]
    return path + (f"#{unquote(parts.fragment)}" if parts.fragment else "")


def read_site(directory: Path, lang: str) -> BuiltSite:
    """Read ``lang`` of the site built into ``directory`` (the default language at the root, others below it)."""
    root_url = f"/{lang}/" if (directory / lang / BOOK_FILE).is_file() else "/"
    book_file = directory / root_url.lstrip("/") / BOOK_FILE
    if not book_file.is_file():
        raise SiteError(f"{book_file}: missing; build the site first (make build)")
    try:
        book = json.loads(book_file.read_text(encoding="utf-8"))
        if book["lang"] != lang:
            raise SiteError(f"{book_file}: the site's '{book['lang']}' edition, not '{lang}'")
        nav = _nav_entries(book["nav"])
        front = {key: str(book[key]) for key in ("site_name", "description", "author", "copyright")}
    except (KeyError, TypeError, ValueError) as error:
        raise SiteError(f"{book_file}: unexpected content ({error!r})") from None
    catalog_file = directory / root_url.lstrip("/") / "patterns.json"
    return BuiltSite(
        directory=directory,
        lang=lang,
        root_url=root_url,
        nav=nav,
        catalog=_catalog(catalog_file, lang) if catalog_file.is_file() else (),
        **front,
    )


def _nav_entries(items: list[dict[str, Any]]) -> tuple[NavEntry, ...]:
    return tuple(NavEntry(str(i["title"]), i["url"], _nav_entries(i.get("children", []))) for i in items)


def _catalog(path: Path, lang: str) -> tuple[CatalogEntry, ...]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        types = {t["id"]: t["name"] for t in data["types"]}
        categories = {c["id"]: c["name"] for c in data["categories"]}
        return tuple(
            CatalogEntry(
                id=p["id"],
                name=p["name"],
                other_name=next((name for code, name in p["names"].items() if code != lang), ""),
                type_name=types[p["type"]],
                category_name=categories[p["category"]],
                url=p["url"],
            )
            for p in data["patterns"]
        )
    except (KeyError, TypeError, ValueError) as error:
        raise SiteError(f"{path}: unexpected content ({error!r})") from None
