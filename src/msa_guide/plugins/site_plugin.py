"""The site plugin: small per-language and per-page files that Material and static hosts expect.

- ``on_post_page``: next to every page, a one-entry ``sitemap.xml`` listing the page and its twins. Material
  fetches ``<alternate link>/sitemap.xml`` for every ``<link rel="alternate">`` in the head; static-i18n makes
  those links point at the page's twins (good for search engines), so without these files every page logs
  404 errors in the browser console.
- ``on_post_build`` (priority -90, before static-i18n's -100 starts the next language): a copy of the full
  ``sitemap.xml`` at the root of every non-default language, and the language's ``404.html`` under its own
  prefix. Every language build writes ``/404.html``, so the default language's page is kept aside and put
  back after the other languages have written theirs.
"""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.pages import Page

from msa_guide.plugins.i18n_state import language_root

SITEMAP_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


def page_sitemap(url: str, alternates: list[tuple[str, str]]) -> str:
    """A sitemap with one entry: the page and its language alternates (``(lang, absolute url)``)."""
    links = "".join(
        f'    <xhtml:link rel="alternate" hreflang="{escape(lang)}" href="{escape(href)}"/>\n'
        for lang, href in alternates
    )
    return f"{SITEMAP_HEAD}  <url>\n    <loc>{escape(url)}</loc>\n{links}  </url>\n</urlset>\n"


class SitePlugin(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    def __init__(self) -> None:
        self.default_not_found: bytes | None = None

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        base = config.site_url or "/"
        alternates: list[dict[str, Any]] = list(getattr(config.extra, "alternate", None) or [])
        links = [(str(a.get("lang", "")), urljoin(base, str(a.get("link", "")).lstrip("/"))) for a in alternates]
        target = Path(page.file.abs_dest_path).parent / "sitemap.xml"
        if page.file.dest_uri.endswith("index.html") and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page_sitemap(urljoin(base, page.url), links), encoding="utf-8")
        return output

    @event_priority(-90)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        root = language_root(config)
        site = Path(config.site_dir)
        not_found = site / "404.html"
        if not root:
            self.default_not_found = not_found.read_bytes() if not_found.is_file() else None
            return
        if (site / "sitemap.xml").is_file():
            shutil.copyfile(site / "sitemap.xml", site / root / "sitemap.xml")
        if not_found.is_file():
            shutil.copyfile(not_found, site / root / "404.html")
        if self.default_not_found is not None:
            not_found.write_bytes(self.default_not_found)
