"""The comparison plugin: turns ``catalog/comparisons/*.yml`` into comparison pages, their nav section, the
"Compared in" back-links of the compared patterns and the comparison edges of the pattern map.

Life cycle (once per language, because mkdocs-static-i18n rebuilds the site for every language):

- ``on_config`` (priority -10, after msa-catalog has loaded the catalog): load and validate the comparisons and
  their pages; any bad input stops the build with one ``<file>: <field>: <problem>`` line.
- ``on_files`` (priority -105, after static-i18n (-100) has chosen the language, before msa-catalog (-110) reads
  the prose links): check the markers and titles of the language's pages (so a bad page stops the build with one
  line, before rendering), and hand the catalog plugin the back-links and map edges, titled in this language.
- ``on_nav`` (priority -105, after static-i18n has localised the nav, before msa-catalog re-links it): expand
  ``comparisons/index.md`` into a section holding every comparison page.
- ``on_page_markdown`` (priority -10, after msa-catalog has written the card of a comparison that is also a
  catalog entry): title, lead, table, diagram, "choose it when" boxes, related patterns, and the index.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import (
    Navigation,
    Section,
    _add_parent_links,
    _add_previous_and_next_links,
    _get_by_type,
)
from mkdocs.structure.pages import Page

from msa_guide.catalog import Catalog, CatalogError
from msa_guide.catalog.comparisons import FOLDER, Comparison, check_comparison_pages, load_comparisons, owner_of
from msa_guide.plugins.catalog_plugin import CatalogPlugin
from msa_guide.plugins.i18n_state import current_language, page_path
from msa_guide.render.comparison_diagrams import diagram_figure
from msa_guide.render.comparison_table import (
    comparison_choose,
    comparison_footer,
    comparison_header,
    comparison_index,
    comparison_table,
)
from msa_guide.render.labels import label
from msa_guide.render.pattern_card import Backlink

MARKER = re.compile(r"^<!--\s*comparison:([a-z-]+)\s*-->\s*$", re.MULTILINE)
H1 = re.compile(r"^#\s+\S", re.MULTILINE)
FENCE = re.compile(r"^(```|~~~).*?^\1", re.DOTALL | re.MULTILINE)
INDEX_PAGE = f"{FOLDER}/index.md"


class ComparisonPlugin(BasePlugin):  # type: ignore[type-arg,no-untyped-call]  # no options
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.comparisons: tuple[Comparison, ...] = ()
        self.by_page: dict[str, Comparison] = {}

    # -- configuration ---------------------------------------------------------------------------

    @event_priority(-10)  # after msa-catalog's on_config (default priority) has loaded the catalog
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        catalog_plugin = _catalog_plugin(config)
        root = Path(config.config_file_path).parent
        try:
            comparisons = load_comparisons(root / catalog_plugin.config.catalog_dir, self._catalog(config))
            check_comparison_pages(comparisons, Path(config.docs_dir))
        except CatalogError as error:
            raise PluginError(str(error)) from None
        self.comparisons = comparisons
        self.by_page = {c.page: c for c in comparisons}
        return config

    # -- files and navigation --------------------------------------------------------------------

    @event_priority(-105)  # see the module docstring: between static-i18n (-100) and msa-catalog (-110)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        catalog = self._catalog(config)
        catalog_plugin = _catalog_plugin(config)
        lang = current_language(config)
        docs = Path(config.docs_dir)
        for file in files.documentation_pages():
            if file.src_uri.startswith(f"{lang}/"):
                path = page_path(file)
                markdown = (docs / lang / path).read_text(encoding="utf-8")
                self._check_page(path, markdown, f"{docs.name}/{lang}/{path}")
        for comparison in self.comparisons:
            backlink = Backlink(page=comparison.page, title=comparison.title[lang])
            owners = dict.fromkeys(
                owner.id for subject in comparison.subjects if (owner := owner_of(catalog, subject, lang)) is not None
            )
            for owner_id in owners:
                catalog_plugin.discussed_in.setdefault(owner_id, []).append(("compared_in", backlink))
        catalog_plugin.comparison_edges = tuple(
            (a.id, b.id, comparison.title[lang])
            for comparison in self.comparisons
            for a, b in itertools.combinations(comparison.subjects, 2)
        )
        return files

    def _markers_of(self, path: str) -> tuple[str, ...]:
        """The markers a page must carry (each exactly once); no other comparison marker is allowed on it."""
        if path == INDEX_PAGE:
            return ("index",)
        comparison = self.by_page.get(path)
        if comparison is None:
            return ()
        return ("table", "diagram", "choose") if comparison.diagram is not None else ("table", "choose")

    def _check_page(self, path: str, markdown: str, shown: str) -> None:
        """Reject misplaced markers and hand-written titles before MkDocs starts rendering pages."""
        required = self._markers_of(path)
        found = [match.group(1) for match in MARKER.finditer(markdown)]
        for name in found:
            if name not in required:
                raise PluginError(f"{shown}: <!-- comparison:{name} -->: unknown or misplaced comparison marker")
        for name in required:
            if found.count(name) != 1:
                problem = "this page needs the marker" if not found.count(name) else "the marker appears twice or more"
                raise PluginError(f"{shown}: <!-- comparison:{name} -->: {problem} (exactly once)")
        comparison = self.by_page.get(path)
        if comparison is not None and H1.search(FENCE.sub("", markdown)):
            source = comparison.title_source
            raise PluginError(f"{shown}: title: remove the '# ' heading; the title comes from {source}")

    @event_priority(-105)  # see the module docstring: between static-i18n (-100) and msa-catalog (-110)
    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        lang = current_language(config)
        pages_by_path = {page_path(f): f.page for f in files.documentation_pages() if f.page is not None}
        members = [pages_by_path[c.page] for c in self.comparisons if pages_by_path.get(c.page) is not None]
        items: list[Any] = []
        for item in nav.items:
            if isinstance(item, Page) and page_path(item.file) == INDEX_PAGE:
                items.append(Section(label(lang, "comparison.nav"), [item, *members]))
            else:
                items.append(item)
        pages: list[Page] = _get_by_type(items, Page)
        for section in _get_by_type(items, Section):
            section.parent = None
        for page in pages:
            page.parent = None
        _add_previous_and_next_links(pages)
        _add_parent_links(items)
        navigation = Navigation(items, pages)
        navigation.homepage = nav.homepage
        return navigation

    # -- pages -----------------------------------------------------------------------------------

    @event_priority(-10)  # see the module docstring: after msa-catalog's card
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        lang = current_language(config)
        path = page_path(page.file)
        comparison = self.by_page.get(path)
        generated: dict[str, Callable[[], str]] = {"index": lambda: comparison_index(self.comparisons, lang, path)}
        if comparison is not None:
            generated["table"] = lambda: comparison_table(comparison, lang)
            generated["choose"] = lambda: comparison_choose(comparison, lang)
            generated["diagram"] = lambda: diagram_figure(comparison, lang)
        body = MARKER.sub(lambda match: generated[match.group(1)](), markdown)  # checked in on_files
        if comparison is None:
            return body
        footer = comparison_footer(comparison, self._catalog(config), lang)
        return comparison_header(comparison, lang) + "\n" + body + footer

    def _catalog(self, config: MkDocsConfig) -> Catalog:
        catalog = _catalog_plugin(config).catalog
        if catalog is None:
            raise PluginError("msa-comparisons: the catalog was not loaded (list msa-catalog before msa-comparisons)")
        return catalog


def _catalog_plugin(config: MkDocsConfig) -> CatalogPlugin:
    plugin = config.plugins.get("msa-catalog")
    if not isinstance(plugin, CatalogPlugin):
        raise PluginError("msa-comparisons: needs the msa-catalog plugin (add it to 'plugins' in mkdocs.yml)")
    return plugin
