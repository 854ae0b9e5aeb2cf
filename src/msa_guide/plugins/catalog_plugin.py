"""The catalog plugin: validates ``catalog/`` and turns it into titles, cards, type pages, nav, map and export.

Life cycle (once per language, because mkdocs-static-i18n rebuilds the site for every language):

- ``on_config``: load and validate the catalog and the docs tree; any bad input stops the build with one
  ``<file>: <field>: <problem>`` message.
- ``on_files`` (priority -110, after static-i18n's -100 has picked the language's files): read the prose
  links of the language for the "also discussed on" lists.
- ``on_nav`` (priority -110, after static-i18n has localised the nav): expand each type page of the nav into
  a section of categories and patterns, in catalog reading order.
- ``on_page_markdown``: write titles, summaries, cards and generated blocks into the pages.
- ``on_post_build``: write ``patterns.json`` for the language.
- ``on_serve``: watch ``catalog/`` so edits reload.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import (
    Navigation,
    Section,
    _add_parent_links,
    _add_previous_and_next_links,
    _get_by_type,
)
from mkdocs.structure.pages import Page

from msa_guide.catalog import Catalog, CatalogError, load_catalog
from msa_guide.catalog.docs_tree import check_docs
from msa_guide.catalog.model import Pattern
from msa_guide.catalog.prose_links import inbound, links_by_page
from msa_guide.catalog.relations import all_relations_of
from msa_guide.plugins.i18n_state import current_language, language_root, page_path
from msa_guide.render.catalog_browser import catalog_browser
from msa_guide.render.pattern_card import Backlink, pattern_footer, pattern_header
from msa_guide.render.pattern_map import pattern_map
from msa_guide.render.patterns_json import patterns_json
from msa_guide.render.type_pages import type_header, type_listing, type_table

log = get_plugin_logger(__name__)

MARKER = re.compile(r"^<!--\s*catalog:([a-z-]+)\s*-->\s*$", re.MULTILINE)
H1 = re.compile(r"^#\s+\S", re.MULTILINE)
FENCE = re.compile(r"^(```|~~~).*?^\1", re.DOTALL | re.MULTILINE)
# Pages whose title and lead the msa-comparisons plugin writes (a comparison can also be a catalog entry).
TITLED_ELSEWHERE = ("comparisons/",)


class CatalogPluginConfig(base.Config):  # type: ignore[no-untyped-call]  # mkdocs' __init_subclass__ is untyped
    catalog_dir = c.Type(str, default="catalog")
    """Folder of the catalog, relative to mkdocs.yml."""


class CatalogPlugin(BasePlugin[CatalogPluginConfig]):  # type: ignore[no-untyped-call]
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.catalog: Catalog | None = None
        self.relations: dict[str, dict[str, tuple[str, ...]]] = {}
        self.backlinks: dict[str, list[Backlink]] = {}
        # Per language, set in on_files: own page path → pattern, and previous/next within the type.
        self.own_pages: dict[str, Pattern] = {}
        self.neighbours: dict[str, tuple[Pattern | None, Pattern | None]] = {}
        # Filled by other plugins (comparisons, decision guides) before our on_files, per language:
        # pages that discuss a pattern, shown on its card, and extra edges for the pattern map.
        self.discussed_in: dict[str, list[tuple[str, Backlink]]] = {}
        self.comparison_edges: tuple[tuple[str, str, str], ...] = ()

    # -- configuration ---------------------------------------------------------------------------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).parent
        try:
            catalog = load_catalog(root / self.config.catalog_dir)
            check_docs(catalog, Path(config.docs_dir))
        except CatalogError as error:
            raise PluginError(str(error)) from None
        self.catalog = catalog
        self.relations = all_relations_of(catalog)
        self.discussed_in = {}
        self.comparison_edges = ()
        return config

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        server.watch(str(Path(config.config_file_path).parent / self.config.catalog_dir))
        return server

    # -- files and navigation --------------------------------------------------------------------

    @event_priority(-110)  # after static-i18n (-100) has chosen the files of the language being built
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        catalog = self._catalog()
        lang = current_language(config)
        docs = Path(config.docs_dir) / lang
        sources = {
            page_path(f): (docs / page_path(f)).read_text(encoding="utf-8")
            for f in files.documentation_pages()
            if f.src_uri.startswith(f"{lang}/")
        }
        self.own_pages = {p.page[lang].path: p for p in catalog.patterns if p.has_own_page(lang)}
        self.neighbours = {}
        for pattern_type in catalog.types:
            siblings = [p for p in catalog.patterns_of_type(pattern_type.id) if p.has_own_page(lang)]
            for index, pattern in enumerate(siblings):
                previous = siblings[index - 1] if index > 0 else None
                following = siblings[index + 1] if index + 1 < len(siblings) else None
                self.neighbours[pattern.id] = (previous, following)
        for path, markdown in sources.items():
            self._check_page(path, markdown, f"{Path(config.docs_dir).name}/{lang}/{path}", lang)
        titles = self._titles(sources, lang)
        self.backlinks = {}
        for target, sources_of_target in inbound(links_by_page(sources)).items():
            target_pattern = self.own_pages.get(target)
            if target_pattern is None:
                continue
            related = {own_id for ids in self.relations[target_pattern.id].values() for own_id in ids}
            related_pages = {catalog.pattern(i).page[lang].path for i in related}
            # a page already listed under "compared in" (etc.) is not repeated under "also discussed on"
            related_pages |= {b.page for _, b in self.discussed_in.get(target_pattern.id, [])}
            self.backlinks[target] = [
                Backlink(page=s, title=titles[s]) for s in sources_of_target if s not in related_pages
            ]
        return files

    def _check_page(self, path: str, markdown: str, shown: str, lang: str) -> None:
        """Reject misplaced markers and hand-written titles before MkDocs starts rendering pages."""
        catalog = self._catalog()
        is_type_page = any(t.index_page == path for t in catalog.types)
        is_pattern_page = path in self.own_pages
        allowed = {"type-table", "pattern-map", "pattern-browser"} | ({"type-listing"} if is_type_page else set())
        for match in MARKER.finditer(markdown):
            if match.group(1) not in allowed:
                raise PluginError(f"{shown}: <!-- catalog:{match.group(1)} -->: unknown or misplaced catalog marker")
        if is_type_page and "<!-- catalog:type-listing -->" not in markdown:
            raise PluginError(f"{shown}: <!-- catalog:type-listing -->: a type page needs this marker")
        if (is_type_page or is_pattern_page) and H1.search(FENCE.sub("", markdown)):
            raise PluginError(f"{shown}: title: remove the '# ' heading; the title comes from the catalog")

    def _titles(self, sources: dict[str, str], lang: str) -> dict[str, str]:
        catalog = self._catalog()
        titles: dict[str, str] = {}
        named = {path: p.name[lang] for path, p in self.own_pages.items()}
        named.update({t.index_page: t.name[lang] for t in catalog.types})
        named.update({b.page: b.title for found in self.discussed_in.values() for _, b in found})
        for page, markdown in sources.items():
            heading = re.search(r"^#\s+(.+?)\s*$", FENCE.sub("", markdown), re.MULTILINE)
            titles[page] = named.get(page) or (heading.group(1) if heading else page)
        return titles

    @event_priority(-110)  # after static-i18n (-100) has localised the navigation
    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        catalog = self._catalog()
        lang = current_language(config)
        pages_by_path = {page_path(f): f.page for f in files.documentation_pages() if f.page is not None}
        type_by_index = {t.index_page: t for t in catalog.types}
        # a page that mkdocs.yml or another plugin already placed in the nav stays where it is
        placed = {id(page) for page in _get_by_type(nav.items, Page)}
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
        pages: list[Page] = _get_by_type(items, Page)
        for item in _get_by_type(items, Section):
            item.parent = None
        for page in pages:
            page.parent = None
        _add_previous_and_next_links(pages)
        _add_parent_links(items)
        in_nav = {id(page) for page in pages}
        for file in files.documentation_pages():
            if file.src_uri.startswith(f"{lang}/") and id(file.page) not in in_nav:
                log.warning(
                    f"{Path(config.docs_dir).name}/{file.src_uri}: page is not in the navigation "
                    "(add it to 'nav' in mkdocs.yml or give it a catalog entry)"
                )
        navigation = Navigation(items, pages)
        navigation.homepage = nav.homepage
        return navigation

    # -- pages -----------------------------------------------------------------------------------

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        catalog = self._catalog()
        lang = current_language(config)
        path = page_path(page.file)
        type_by_index = {t.index_page: t for t in catalog.types}
        pattern = self.own_pages.get(path)
        generated = {
            "type-table": lambda: type_table(catalog, lang, path),
            "pattern-map": lambda: pattern_map(catalog, lang, path, self.comparison_edges, config.use_directory_urls),
            "pattern-browser": lambda: catalog_browser(catalog, lang, path, config.use_directory_urls),
        }
        pattern_type = type_by_index.get(path)
        if pattern_type is not None:
            generated["type-listing"] = lambda: type_listing(catalog, pattern_type.id, lang, path)

        body = MARKER.sub(lambda match: generated[match.group(1)](), markdown)
        if pattern_type is not None:
            page.meta.setdefault("description", pattern_type.description[lang])
            return type_header(catalog, pattern_type.id, lang) + "\n" + body
        if pattern is not None:
            page.meta.setdefault("description", pattern.summary[lang])
            return (
                pattern_header(catalog, pattern, lang, title=not path.startswith(TITLED_ELSEWHERE))
                + "\n"
                + body
                + pattern_footer(
                    catalog,
                    pattern,
                    lang,
                    self.relations[pattern.id],
                    self.backlinks.get(path, []),
                    self.neighbours[pattern.id],
                    self.discussed_in.get(pattern.id, []),
                )
            )
        return body

    # -- output ----------------------------------------------------------------------------------

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        root = language_root(config)
        data = patterns_json(self._catalog(), current_language(config), "/" + root, config.use_directory_urls)
        target = Path(config.site_dir) / root / "patterns.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    def _catalog(self) -> Catalog:
        if self.catalog is None:
            raise PluginError("msa-catalog: the catalog was not loaded (on_config did not run)")
        return self.catalog
