"""The comparison plugin: turns ``catalog/comparisons/*.yml`` into comparison pages and their nav section.

The comparisons come from the site model (:mod:`msa_guide.plugins.site_data`); the "Compared in" back-links on
pattern pages and the comparison edges of the pattern map are computed from the same model by msa-catalog
(:mod:`msa_guide.catalog.page_links`), so this plugin hands nothing to any other.

Life cycle (once per language, because mkdocs-static-i18n rebuilds the site for every language):

- ``on_config``: take the site model; any bad input stops the build with one ``<file>: <field>: <problem>`` line.
- ``on_files`` (priority -105, after static-i18n (-100) has chosen the language's files): check the comparison
  markers and titles of the language's pages, so a bad page stops the build with one line, before rendering.
- ``on_nav`` (priority -105, after static-i18n has localised the nav, before msa-catalog (-110) expands the type
  pages around what is already placed): expand ``comparisons/index.md`` into a section of every comparison page.
- ``on_page_markdown`` (priority -10, after msa-catalog has written the card of a comparison that is also a
  catalog entry): title, lead, table, diagram, "choose it when" boxes, related patterns, and the index. Only the
  title and lead are Markdown; the rest is HTML and waits for ``on_page_content``
  (:mod:`msa_guide.plugins.after_markdown`).
- ``on_page_content``: put those HTML blocks in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from msa_guide.catalog.markdown_source import marker_pattern
from msa_guide.catalog.page_rules import COMPARISON_INDEX, check_comparison_page
from msa_guide.plugins.after_markdown import AfterMarkdown
from msa_guide.plugins.i18n_state import current_language, page_path
from msa_guide.plugins.nav_links import relinked
from msa_guide.plugins.site_data import SiteModelReader
from msa_guide.render.comparison_diagrams import diagram_figure
from msa_guide.render.comparison_table import (
    comparison_choose,
    comparison_footer,
    comparison_header,
    comparison_index,
    comparison_table,
)
from msa_guide.render.labels import label

MARKER = marker_pattern("comparison")


class ComparisonPlugin(SiteModelReader, BasePlugin):  # type: ignore[type-arg,no-untyped-call]  # no options
    supports_multiple_instances = False
    plugin_name = "msa-comparisons"

    def __init__(self) -> None:
        self.after_markdown = AfterMarkdown(self.plugin_name)

    # -- files and navigation --------------------------------------------------------------------

    @event_priority(-105)  # after static-i18n (-100) has chosen the files of the language being built
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        self.check_language_pages(config, files, check_comparison_page)
        return files

    @event_priority(-105)  # see the module docstring: between static-i18n (-100) and msa-catalog (-110)
    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        lang = current_language(config)
        pages_by_path = {page_path(f): f.page for f in files.documentation_pages() if f.page is not None}
        comparisons = self.site().comparisons
        members = [pages_by_path[c.page] for c in comparisons if pages_by_path.get(c.page) is not None]
        items: list[Any] = []
        for item in nav.items:
            if isinstance(item, Page) and page_path(item.file) == COMPARISON_INDEX:
                items.append(Section(label(lang, "comparison.nav"), [item, *members]))
            else:
                items.append(item)
        return relinked(items, nav.homepage)

    # -- pages -----------------------------------------------------------------------------------

    @event_priority(-10)  # see the module docstring: after msa-catalog's card
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        model = self.site()
        lang = current_language(config)
        path = page_path(page.file)
        urls = config.use_directory_urls
        later = self.after_markdown.page(page.file.src_uri)
        comparison = model.comparison_on(path)
        generated: dict[str, Callable[[], str]] = {
            "index": lambda: later(comparison_index(model.comparisons, lang, path, urls))
        }
        if comparison is not None:
            generated["table"] = lambda: later(comparison_table(comparison, lang, urls))
            generated["choose"] = lambda: later(comparison_choose(comparison, lang))
            generated["diagram"] = lambda: later(diagram_figure(comparison, lang))
        body = MARKER.sub(lambda match: generated[match.group(1)](), markdown)  # checked in on_files
        if comparison is None:
            return body
        footer = later(comparison_footer(comparison, model.catalog, lang, urls))
        return comparison_header(comparison, lang) + "\n" + body + footer

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self.after_markdown.fill(page.file.src_uri, html)
