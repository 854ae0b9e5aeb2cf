"""The decision-guide plugin: turns ``catalog/decisions/*.yml`` into interactive guide pages with a static
flowchart, and their index.

The guides come from the site model (:mod:`msa_guide.plugins.site_data`); the "Recommended in" back-links on
pattern pages are computed from the same model by msa-catalog (:mod:`msa_guide.catalog.page_links`).

Life cycle (once per language, because mkdocs-static-i18n rebuilds the site for every language):

- ``on_config``: take the site model; any bad input stops the build with one ``<file>: <field>: <problem>`` line.
- ``on_files`` (priority -105, after static-i18n (-100) has chosen the language being built): check the markers
  and headings of the language's pages (before MkDocs starts rendering, so a mistake stops the build with one line).
- ``on_page_markdown`` (priority -20, before msa-site (-50), which places its notes under the title written
  here): title, lead, interactive guide, flowchart and outcomes on a guide page; the list of guides on the index.
  The guide itself is HTML and waits for ``on_page_content`` (:mod:`msa_guide.plugins.after_markdown`).
- ``on_page_content``: put the guide's HTML in place.
"""

from __future__ import annotations

from collections.abc import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from msa_guide.catalog.markdown_source import marker_pattern
from msa_guide.catalog.page_rules import DECISION_INDEX, check_decision_page
from msa_guide.plugins.after_markdown import AfterMarkdown
from msa_guide.plugins.i18n_state import current_language, page_path
from msa_guide.plugins.site_data import SiteModelReader
from msa_guide.render.decision_flowchart import flowchart_figure
from msa_guide.render.decision_guide import guide_header, guide_index, guide_interactive, guide_outcomes

MARKER = marker_pattern("decision")


class DecisionPlugin(SiteModelReader, BasePlugin):  # type: ignore[type-arg,no-untyped-call]  # no options
    supports_multiple_instances = False
    plugin_name = "msa-decisions"

    def __init__(self) -> None:
        self.after_markdown = AfterMarkdown(self.plugin_name)

    # -- files -----------------------------------------------------------------------------------

    @event_priority(-105)  # after static-i18n (-100) has chosen the files of the language being built
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        self.check_language_pages(config, files, check_decision_page)
        return files

    # -- pages -----------------------------------------------------------------------------------

    @event_priority(-20)  # see the module docstring: before msa-site's notes under the title
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        model = self.site()
        catalog = model.catalog
        lang = current_language(config)
        path = page_path(page.file)
        guide = model.guide_on(path)
        urls = config.use_directory_urls
        titles = {c.id: c.title for c in model.comparisons}
        later = self.after_markdown.page(page.file.src_uri)
        generated: dict[str, Callable[[], str]] = {}
        if path == DECISION_INDEX:
            generated["index"] = lambda: guide_index(model.guides, lang, path)
        if guide is not None:
            generated["guide"] = lambda: later(  # HTML: it skips Markdown
                guide_interactive(guide, catalog, titles, lang, path, urls)
                + "\n"
                + flowchart_figure(guide, catalog, lang)
                + "\n"
                + guide_outcomes(guide, catalog, titles, lang, path, urls),
            )
        body = MARKER.sub(lambda match: generated[match.group(1)](), markdown)  # checked in on_files
        if guide is None:
            return body
        # Guide pages have no table of contents: Material's anchor tracking would rewrite the URL fragment
        # that holds the reader's place in the guide. Hiding the empty sidebar gives the flowchart room.
        hidden = page.meta.get("hide") or []
        page.meta["hide"] = [*hidden, "toc"] if "toc" not in hidden else hidden
        return guide_header(guide, lang) + "\n" + body

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self.after_markdown.fill(page.file.src_uri, html)
