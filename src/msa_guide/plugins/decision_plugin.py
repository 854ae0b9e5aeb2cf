"""The decision-guide plugin: turns ``catalog/decisions/*.yml`` into interactive guide pages with a static
flowchart, their index, and the "Recommended in" back-links of the recommended patterns.

Life cycle (once per language, because mkdocs-static-i18n rebuilds the site for every language):

- ``on_config`` (priority -20, after msa-catalog (default priority) has loaded the catalog and msa-comparisons
  (-10) the comparisons whose titles the results show): load and validate the guides and their pages; any bad
  input stops the build with one ``<file>: <field>: <problem>`` line.
- ``on_files`` (priority -105, after static-i18n (-100) has chosen the language being built, before msa-catalog
  (-110) reads ``discussed_in``): check the markers and headings of the language's pages (before MkDocs starts
  rendering, so a mistake stops the build with one line), and hand the catalog plugin the "Recommended in"
  back-links, titled in this language. The previous language's links are replaced, never accumulated.
- ``on_page_markdown`` (priority -20, before msa-site (-50), which places its notes under the title written
  here): title, lead, interactive guide, flowchart and outcomes on a guide page; the list of guides on the index.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from msa_guide.catalog import Catalog, CatalogError
from msa_guide.catalog.decisions import FOLDER, Guide, check_guide_pages, load_guides, page_owner, recommended_patterns
from msa_guide.catalog.model import Localized
from msa_guide.plugins.catalog_plugin import CatalogPlugin
from msa_guide.plugins.i18n_state import current_language, page_path
from msa_guide.render.decision_flowchart import flowchart_figure
from msa_guide.render.decision_guide import guide_header, guide_index, guide_interactive, guide_outcomes
from msa_guide.render.pattern_card import Backlink

MARKER = re.compile(r"^<!--\s*decision:([a-z-]+)\s*-->\s*$", re.MULTILINE)
FENCE = re.compile(r"^(```|~~~).*?^\1", re.DOTALL | re.MULTILINE)
HEADING = re.compile(r"^(#{1,6})\s+\S", re.MULTILINE)
INDEX_PAGE = f"{FOLDER}/index.md"
BACKLINK_KEY = "recommended_in"


class DecisionPlugin(BasePlugin):  # type: ignore[type-arg,no-untyped-call]  # no options
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.guides: tuple[Guide, ...] = ()
        self.by_page: dict[str, Guide] = {}
        self.comparison_titles: dict[str, Localized] = {}

    # -- configuration ---------------------------------------------------------------------------

    @event_priority(-20)  # see the module docstring: after msa-catalog and msa-comparisons
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        catalog_plugin = _catalog_plugin(config)
        root = Path(config.config_file_path).parent
        try:
            guides = load_guides(root / catalog_plugin.config.catalog_dir, self._catalog(config))
            check_guide_pages(guides, Path(config.docs_dir))
        except CatalogError as error:
            raise PluginError(str(error)) from None
        self.guides = guides
        self.by_page = {g.page: g for g in guides}
        self.comparison_titles = _comparison_titles(config, guides)
        return config

    # -- files -----------------------------------------------------------------------------------

    @event_priority(-105)  # see the module docstring: between static-i18n (-100) and msa-catalog (-110)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        catalog = self._catalog(config)
        discussed_in = _catalog_plugin(config).discussed_in
        lang = current_language(config)
        docs = Path(config.docs_dir)
        for file in files.documentation_pages():
            if file.src_uri.startswith(f"{lang}/"):
                markdown = (docs / file.src_uri).read_text(encoding="utf-8")
                self._check_page(page_path(file), markdown, f"{docs.name}/{file.src_uri}")
        for pattern_id, entries in discussed_in.items():
            discussed_in[pattern_id] = [(key, link) for key, link in entries if key != BACKLINK_KEY]
        for guide in self.guides:
            backlink = Backlink(page=guide.page, title=guide.title[lang])
            owners = dict.fromkeys(
                owner.id for i in recommended_patterns(guide) if (owner := page_owner(catalog, i, lang)) is not None
            )
            for owner_id in owners:
                discussed_in.setdefault(owner_id, []).append((BACKLINK_KEY, backlink))
        return files

    # -- pages -----------------------------------------------------------------------------------

    @event_priority(-20)  # see the module docstring: before msa-site's notes under the title
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        catalog = self._catalog(config)
        lang = current_language(config)
        path = page_path(page.file)
        shown = f"{Path(config.docs_dir).name}/{page.file.src_uri}"
        guide = self.by_page.get(path)
        urls = config.use_directory_urls
        generated: dict[str, Callable[[], str]] = {}
        if path == INDEX_PAGE:
            generated["index"] = lambda: guide_index(self.guides, lang, path)
        if guide is not None:
            titles = self.comparison_titles
            generated["guide"] = lambda: (
                guide_interactive(guide, catalog, titles, lang, path, urls)
                + "\n"
                + flowchart_figure(guide, catalog, lang)
                + "\n"
                + guide_outcomes(guide, catalog, titles, lang, path, urls)
            )

        def fill(match: re.Match[str]) -> str:
            render = generated.get(match.group(1))
            if render is None:  # on_files has already rejected misplaced markers
                raise PluginError(f"{shown}: <!-- decision:{match.group(1)} -->: unknown or misplaced decision marker")
            return render()

        body = MARKER.sub(fill, markdown)
        if guide is None:
            return body
        # Guide pages have no table of contents: Material's anchor tracking would rewrite the URL fragment
        # that holds the reader's place in the guide. Hiding the empty sidebar gives the flowchart room.
        hidden = page.meta.get("hide") or []
        page.meta["hide"] = [*hidden, "toc"] if "toc" not in hidden else hidden
        return guide_header(guide, lang) + "\n" + body

    def _check_page(self, path: str, markdown: str, shown: str) -> None:
        """Markers only where they belong, exactly once; a guide page without headings of its own."""
        guide = self.by_page.get(path)
        wanted = {"index"} if path == INDEX_PAGE else {"guide"} if guide is not None else set()
        found = [m.group(1) for m in MARKER.finditer(markdown)]
        for name in found:
            if name not in wanted:
                raise PluginError(f"{shown}: <!-- decision:{name} -->: unknown or misplaced decision marker")
        for name in sorted(wanted):
            count = found.count(name)
            if count != 1:
                problem = "this page needs the marker" if count == 0 else f"the marker appears {count} times"
                raise PluginError(f"{shown}: <!-- decision:{name} -->: {problem} (exactly once)")
        if guide is not None:
            _check_headings(markdown, shown, guide)

    def _catalog(self, config: MkDocsConfig) -> Catalog:
        catalog = _catalog_plugin(config).catalog
        if catalog is None:
            raise PluginError("msa-decisions: the catalog was not loaded (list msa-catalog before msa-decisions)")
        return catalog


def _check_headings(markdown: str, shown: str, guide: Guide) -> None:
    for match in HEADING.finditer(FENCE.sub("", markdown)):
        if len(match.group(1)) == 1:
            raise PluginError(f"{shown}: title: remove the '# ' heading; the title comes from {guide.source}")
        raise PluginError(
            f"{shown}: headings: write the introduction of a guide page without headings "
            "(a table of contents would let Material overwrite the guide's place in the URL)"
        )


def _catalog_plugin(config: MkDocsConfig) -> CatalogPlugin:
    plugin = config.plugins.get("msa-catalog")
    if not isinstance(plugin, CatalogPlugin):
        raise PluginError("msa-decisions: needs the msa-catalog plugin (add it to 'plugins' in mkdocs.yml)")
    return plugin


def _comparison_titles(config: MkDocsConfig, guides: tuple[Guide, ...]) -> dict[str, Localized]:
    """Titles of the comparisons the results point at, as msa-comparisons loaded them."""
    wanted = {c for g in guides for r in g.results() for c in r.comparisons}
    if not wanted:
        return {}
    plugin: Any = config.plugins.get("msa-comparisons")
    if plugin is None:
        raise PluginError("msa-decisions: the guides link comparisons; add msa-comparisons to 'plugins' in mkdocs.yml")
    titles: Mapping[str, Localized] = {c.id: c.title for c in getattr(plugin, "comparisons", ())}
    missing = sorted(wanted - set(titles))
    if missing:
        raise PluginError(f"msa-decisions: msa-comparisons did not load the comparison '{missing[0]}'")
    return {c: titles[c] for c in sorted(wanted)}
