"""The catalog plugin: turns the catalog into titles, cards, type pages, nav, map and export.

Life cycle (once per language, because mkdocs-static-i18n rebuilds the site for every language):

- ``on_config``: take the site model (:mod:`msa_guide.plugins.site_data`: loaded and validated once per build
  run); any bad input stops the build with one ``<file>: <field>: <problem>`` message.
- ``on_files`` (priority -110, after static-i18n's -100 has picked the language's files): check the catalog
  markers and titles of the language's pages, and read their prose links for the "also discussed on" lists.
- ``on_nav`` (priority -110, after static-i18n has localised the nav and msa-comparisons (-105) has placed its
  pages): expand each type page of the nav into a section of categories and patterns, in catalog reading order.
- ``on_page_markdown``: write titles, summaries, generated blocks and the further-reading section into the
  pages; what is HTML already (a pattern page's card and relations footer, the pattern map, the catalog
  browser) waits for ``on_page_content`` (:mod:`msa_guide.plugins.after_markdown`).
- ``on_page_content``: put those HTML blocks in place.
- ``on_post_build``: write ``patterns.json`` for the language.
- ``on_serve``: watch ``catalog/`` so edits reload.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from msa_guide.catalog.markdown_source import marker_pattern
from msa_guide.catalog.model import Pattern
from msa_guide.catalog.page_links import (
    Backlink,
    DiscussedIn,
    also_discussed_on,
    discussed_in,
    map_edges,
    neighbours,
    own_pages,
)
from msa_guide.catalog.page_rules import TITLED_BY_COMPARISONS, check_catalog_page
from msa_guide.catalog.site_model import CATALOG_DIR
from msa_guide.memo import digest
from msa_guide.plugins.after_markdown import AfterMarkdown
from msa_guide.plugins.i18n_state import current_language, language_root, page_path
from msa_guide.plugins.nav_links import pages_of, relinked
from msa_guide.plugins.site_data import SiteModelReader, build_memo, language_sources, save_memo
from msa_guide.render.catalog_browser import catalog_browser
from msa_guide.render.further_reading import further_reading, page_reading
from msa_guide.render.pattern_card import pattern_card, pattern_footer, pattern_lead, pattern_title
from msa_guide.render.pattern_map import pattern_map
from msa_guide.render.patterns_json import patterns_json
from msa_guide.render.type_pages import type_header, type_listing, type_table

log = get_plugin_logger(__name__)

MARKER = marker_pattern("catalog")


class CatalogPlugin(SiteModelReader, BasePlugin):  # type: ignore[type-arg,no-untyped-call]  # no options
    supports_multiple_instances = False
    plugin_name = "msa-catalog"

    def __init__(self) -> None:
        # Per language, set in on_files.
        self.own_pages: dict[str, Pattern] = {}
        self.neighbours: dict[str, tuple[Pattern | None, Pattern | None]] = {}
        self.discussed_in: DiscussedIn = {}
        self.backlinks: dict[str, tuple[Backlink, ...]] = {}
        self.after_markdown = AfterMarkdown(self.plugin_name)

    # -- configuration ---------------------------------------------------------------------------

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        server.watch(str(Path(config.config_file_path).parent / CATALOG_DIR))
        return server

    # -- files and navigation --------------------------------------------------------------------

    @event_priority(-110)  # after static-i18n (-100) has chosen the files of the language being built
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        model = self.site()
        lang = current_language(config)
        self.check_language_pages(
            config, files, lambda model, path, markdown, shown: check_catalog_page(model, path, markdown, shown, lang)
        )
        sources = language_sources(config, files)
        self.own_pages = own_pages(model, lang)
        self.neighbours = neighbours(model, lang)
        self.discussed_in = discussed_in(model, lang)
        self.backlinks = also_discussed_on(model, sources, lang)
        return files

    # after static-i18n (-100) has localised the navigation and msa-comparisons (-105) has placed its pages
    # (a comparison that is also a catalog entry stays in the comparisons section)
    @event_priority(-110)
    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        catalog = self.site().catalog
        lang = current_language(config)
        pages_by_path = {page_path(f): f.page for f in files.documentation_pages() if f.page is not None}
        type_by_index = {t.index_page: t for t in catalog.types}
        # a page that mkdocs.yml or another plugin already placed in the nav stays where it is
        placed = {id(page) for page in pages_of(nav.items)}
        items: list[Any] = []
        for item in nav.items:
            pattern_type = type_by_index.get(page_path(item.file)) if isinstance(item, Page) else None
            if pattern_type is None:
                items.append(item)
                continue
            children: list[Any] = [item]
            for category in catalog.categories_of(pattern_type.id):
                members = [
                    pages_by_path[p.page[lang].path]
                    for p in catalog.patterns_in(category.id)
                    if p.has_own_page(lang) and id(pages_by_path[p.page[lang].path]) not in placed
                ]
                if members:
                    children.append(Section(category.name[lang], [p for p in members if p is not None]))
            items.append(Section(pattern_type.name[lang], children))
        navigation = relinked(items, nav.homepage)
        in_nav = {id(page) for page in navigation.pages}
        for file in files.documentation_pages():
            if file.src_uri.startswith(f"{lang}/") and id(file.page) not in in_nav:
                log.warning(
                    f"{Path(config.docs_dir).name}/{file.src_uri}: page is not in the navigation "
                    "(add it to 'nav' in mkdocs.yml or give it a catalog entry)"
                )
        return navigation

    # -- pages -----------------------------------------------------------------------------------

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        model = self.site()
        catalog = model.catalog
        lang = current_language(config)
        path = page_path(page.file)
        type_by_index = {t.index_page: t for t in catalog.types}
        pattern = self.own_pages.get(path)
        urls = config.use_directory_urls
        later = self.after_markdown.page(page.file.src_uri)
        memo = build_memo(config)

        def remembered(block: str, make: Callable[[], str]) -> str:
            """A generated HTML block, made once for these files and this code (see build_memo)."""
            return str(memo.value(digest(block, lang, path, str(urls)), make))

        generated = {
            "type-table": lambda: type_table(catalog, lang, path),
            "pattern-map": lambda: later(
                remembered("map", lambda: pattern_map(catalog, lang, path, map_edges(model, lang), urls))
            ),
            "pattern-browser": lambda: later(remembered("browser", lambda: catalog_browser(catalog, lang, path, urls))),
        }
        pattern_type = type_by_index.get(path)
        if pattern_type is not None:
            generated["type-listing"] = lambda: type_listing(catalog, pattern_type.id, lang, path)

        body = MARKER.sub(lambda match: generated[match.group(1)](), markdown)  # checked in on_files
        if pattern_type is not None:
            page.meta.setdefault("description", pattern_type.description[lang])
            return type_header(catalog, pattern_type.id, lang) + "\n" + body
        if pattern is not None:
            page.meta.setdefault("description", pattern.summary[lang])
            card = remembered("card", lambda: pattern_card(catalog, pattern, lang, urls))
            if path.startswith(TITLED_BY_COMPARISONS):  # the comparison plugin writes the title and lead
                head = later(card)
            else:
                head = pattern_title(pattern, lang) + later(pattern_lead(pattern, lang) + "\n" + card)
            footer = remembered(
                "footer",
                lambda: pattern_footer(
                    catalog,
                    pattern,
                    lang,
                    model.relations[pattern.id],
                    self.backlinks.get(path, ()),
                    self.neighbours[pattern.id],
                    self.discussed_in.get(pattern.id, ()),
                    urls,
                ),
            )
            reading = further_reading(model.bibliography, page_reading(catalog, pattern, lang), lang, later)
            return head + body + later(footer) + reading
        return body

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self.after_markdown.fill(page.file.src_uri, html)

    # -- output ----------------------------------------------------------------------------------

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        save_memo(config)
        root = language_root(config)
        data = patterns_json(self.site().catalog, current_language(config), "/" + root, config.use_directory_urls)
        target = Path(config.site_dir) / root / "patterns.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
