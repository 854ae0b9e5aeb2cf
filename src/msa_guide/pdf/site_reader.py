"""What the book needs from one language of the built site: reading order, front matter and the catalog export.

The order is the site's own navigation (Material's primary ``<nav>`` in the language's home page), so pages
added to ``nav`` in mkdocs.yml or by a plugin appear in the book without touching this package. Everything is
read from ``site/`` — MkDocs is not imported.
"""

from __future__ import annotations

import json
import posixpath
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from msa_guide.pdf.html_tree import find_by_class, has_class, parse_html, text_of


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
    root_url = f"/{lang}/" if (directory / lang / "index.html").is_file() else "/"
    home_file = directory / root_url.lstrip("/") / "index.html"
    if not home_file.is_file():
        raise SiteError(f"{home_file}: missing; build the site first (make build)")
    home = parse_html(home_file.read_text(encoding="utf-8"))
    if home.get("lang") != lang:
        raise SiteError(f"{home_file}: the home page is in '{home.get('lang')}', not '{lang}'")
    primary = next((nav for nav in home.iter("nav") if has_class(nav, "md-nav--primary")), None)
    entries = primary.find("ul") if primary is not None else None
    if entries is None:
        raise SiteError(f'{home_file}: no primary navigation (Material\'s <nav class="md-nav--primary">)')
    logo = find_by_class(home, "a", "md-logo")
    meta = {m.get("name", ""): m.get("content", "") for m in home.iter("meta")}
    copyright_box = find_by_class(home, "div", "md-copyright__highlight")
    catalog_file = directory / root_url.lstrip("/") / "patterns.json"
    return BuiltSite(
        directory=directory,
        lang=lang,
        root_url=root_url,
        site_name=logo.get("title", "") if logo is not None else "",
        description=meta.get("description", ""),
        author=meta.get("author", ""),
        copyright=text_of(copyright_box) if copyright_box is not None else "",
        nav=_nav_entries(entries, root_url),
        catalog=_catalog(catalog_file, lang) if catalog_file.is_file() else (),
    )


def _nav_entries(ul: ET.Element, base: str) -> tuple[NavEntry, ...]:
    entries: list[NavEntry] = []
    for item in ul.findall("li"):
        if not has_class(item, "md-nav__item--nested"):
            link = item.find("a")
            if link is not None and link.get("href") is not None:
                entries.append(NavEntry(text_of(link), normalise_url(base, link.get("href", ""))))
            continue
        container = find_by_class(item, "div", "md-nav__container")
        index_link = container.find("a") if container is not None else None
        nested = item.find("nav")
        title_box = nested.find("label") if nested is not None else None
        children_list = nested.find("ul") if nested is not None else None
        title = text_of(title_box) if title_box is not None else ""
        if not title and index_link is not None:
            title = text_of(index_link)
        url = normalise_url(base, index_link.get("href", "")) if index_link is not None else None
        children = _nav_entries(children_list, base) if children_list is not None else ()
        first = children[0] if children else None
        if url is None and first is not None and first.url and not first.children and first.title == title:
            # Without Material's navigation.indexes the section's own page is its first child of the same title.
            url, children = first.url, children[1:]
        entries.append(NavEntry(title, url, children))
    return tuple(entries)


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
