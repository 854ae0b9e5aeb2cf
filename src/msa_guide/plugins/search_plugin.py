"""The search plugin: one search index per language, Korean morphology, catalog and glossary aliases, glossary pages.

Material's search UI stays as it is; what changes is what it searches. Every language gets its own index under
its root, which keeps Material's format and adds aliases, Korean noun forms and the synonym table
(:mod:`msa_guide.search.index`); Material's ``search/search_index.json`` is a stub and the worker fetches the full
index on first use (:mod:`msa_guide.search.files`). ``overrides/main.html`` points each page's search at its
language's index and at our worker (``overrides/assets/javascripts/search-worker.js``), which speaks Material's
worker protocol.

Life cycle (once per language, because mkdocs-static-i18n rebuilds the site for every language):

- ``on_config`` (priority -10, after Material's search plugin (0) has made its index): take the site model
  (:mod:`msa_guide.plugins.site_data`), whose glossary is ``catalog/glossary.yml`` checked against the catalog
  (no such file: no glossary); give Material's search plugin an index that reads pages with
  :class:`msa_guide.search.sections.FastSearchIndex` (the same sections, in a fifth of the time), which takes the
  sections of a page whose HTML it read in an earlier build from ``.cache/msa-search/sections.json``.
- ``on_files`` (priority -105, after static-i18n (-100) has chosen the language's files): the glossary marker
  stands on ``explore/glossary.md``, exactly once, and nowhere else.
- ``on_page_markdown``: fill the ``<!-- glossary:terms -->`` marker of ``explore/glossary.md``: the initials and
  terms as headings, each term's body as HTML that waits for ``on_page_content``
  (:mod:`msa_guide.plugins.after_markdown`).
- ``on_page_context`` / ``on_template_context``: tell ``main.html`` the language root and the worker.
- ``on_startup``: under ``mkdocs serve --dirty`` (what ``make serve`` runs) only edited pages are rendered, so
  the plugin keeps, per language, the index documents of every page between rebuilds and indexes only the pages
  rendered this time (:mod:`msa_guide.search.incremental`); a full build indexes every page as before.
- ``on_post_build``, in two steps:

  - priority -50: index the sections Material's search plugin collected for this language (after its own
    ``on_post_build`` at 0). It must run before static-i18n's ``on_post_build`` (-100), which builds the next
    language (replacing the search plugin's state) and finally rewrites ``search/search_index.json`` with every
    language mixed. Korean pages go through Kiwi here; its word analyses are cached in ``.cache/msa-search``;
  - priority -110: write the indexes, after static-i18n (-100). static-i18n builds the other languages inside
    the default language's ``on_post_build`` and then writes its mixed index at the site root, so the default
    language's -110 comes last and rewrites every language's index, replacing the mixed file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from msa_guide.catalog.errors import CatalogError
from msa_guide.catalog.glossary import Glossary
from msa_guide.catalog.markdown_source import marker_pattern
from msa_guide.catalog.page_rules import check_glossary_page
from msa_guide.catalog.site_model import CATALOG_DIR, GLOSSARY_FILE, SiteModel
from msa_guide.catalog.synonyms import synonyms_for_index
from msa_guide.memo import Memo
from msa_guide.plugins.after_markdown import AfterMarkdown
from msa_guide.plugins.i18n_state import current_language, language_root, page_path
from msa_guide.plugins.site_data import language_sources, shown_source, site_model
from msa_guide.render.glossary_page import GLOSSARY_PAGE, glossary_markdown
from msa_guide.render.text import page_url
from msa_guide.search.aliases import alias_tables
from msa_guide.search.files import FULL_INDEX, index_files
from msa_guide.search.incremental import PageDocs, flatten, merge_page_docs, page_of
from msa_guide.search.index import build_index
from msa_guide.search.korean import KoreanAnalyzer
from msa_guide.search.sections import FastSearchIndex, SearchIndex, memo_code

log = get_plugin_logger(__name__)

MARKER = marker_pattern("glossary")
#: Ranking weights of the glossary's sections. An entry whose term has a page of its own repeats that page and must
#: not push it (or its neighbours) out of the top results; an entry without one is the guide's only definition.
GLOSSARY_WEIGHT = 0.1
GLOSSARY_ONLY_WEIGHT = 0.6


class SearchPluginConfig(base.Config):  # type: ignore[no-untyped-call]  # mkdocs' __init_subclass__ is untyped
    korean_morphology = c.Type(bool, default=True)
    """Add Kiwi's particle-free noun forms to the Korean index (off only to measure what it costs)."""
    worker = c.Type(str, default="assets/javascripts/search-worker.js")
    """The search worker, relative to the site root (copied from overrides/)."""
    page_script = c.Type(str, default="assets/javascripts/search-page.js")
    """The page's side of search (loads the index on first use, explains converted queries), site-relative."""
    cache = c.Type(str, default=".cache/msa-search")
    """Folder, relative to mkdocs.yml, where Kiwi's word analyses are kept between builds ("" to keep none)."""


class SearchPlugin(BasePlugin[SearchPluginConfig]):  # type: ignore[no-untyped-call]
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.model: SiteModel | None = None
        # The index of every language built so far, by target file. Each language's build replaces its own;
        # nothing is reset in on_config, because the default language's index must outlive the other builds.
        self.indexes: dict[Path, str] = {}
        # Defining on_startup keeps this instance across the rebuilds of one `mkdocs serve`.
        self.incremental = False
        self.rendered: dict[str, list[str]] = {}  # per language: the pages rendered by the current build
        self.pages: dict[str, list[str]] = {}  # per language: every page of the current build
        self.sections_memo: Memo | None = None  # the search sections of pages read before (see on_config)
        self.after_markdown = AfterMarkdown("msa-search")  # the glossary entries, until Markdown has run
        self.page_docs: dict[str, PageDocs] = {}  # per language: index documents by page, kept between rebuilds

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.incremental = command == "serve" and dirty

    @event_priority(100)  # before the build renders anything
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not self.incremental:
            return
        # Under dirty reload Material's search plugin merges the previous build's index into the next one. With
        # static-i18n the previous build is the other language, so that index grows with every save (measured:
        # 1.7 s, 2.5 s, 3.8 s, 6.6 s, 11 s for five saves). Our index does not use it: each build starts afresh.
        material = config.plugins.get("material/search") or config.plugins.get("search")
        if material is not None and hasattr(material, "search_index_prev"):
            material.search_index_prev = None

    # -- configuration ---------------------------------------------------------------------------

    @event_priority(-10)  # after Material's search plugin (0) has created its index in its own on_config
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.model = site_model(config)
        material = config.plugins.get("material/search") or config.plugins.get("search")
        if material is not None and isinstance(getattr(material, "search_index", None), SearchIndex):
            material.search_index = FastSearchIndex(**material.config)
            if (folder := self._cache_folder(config)) is not None:
                material.search_index.memo = self._sections_memo(folder / "sections.json")
        return config

    # -- files and pages -------------------------------------------------------------------------

    @event_priority(-105)  # after static-i18n (-100) has chosen the files of the language being built
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        root = language_root(config)
        self.pages[current_language(config)] = [_without(root, f.url) for f in files.documentation_pages()]
        for path, markdown in language_sources(config, files).items():
            shown = shown_source(config, path)
            try:
                check_glossary_page(path, markdown, shown, GLOSSARY_PAGE)
            except CatalogError as error:
                raise PluginError(str(error)) from None
            if path == GLOSSARY_PAGE and self._model().glossary is None:
                raise PluginError(
                    f"{shown}: <!-- glossary:terms -->: there is no glossary ({CATALOG_DIR}/{GLOSSARY_FILE} is missing)"
                )
        return files

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        path = page_path(page.file)
        glossary = self._model().glossary
        if path != GLOSSARY_PAGE or glossary is None:  # on_files has checked the markers
            return markdown
        hold = self.after_markdown.page(page.file.src_uri)
        lang = current_language(config)
        rendered = glossary_markdown(glossary, self._model().catalog, lang, path, config.use_directory_urls, hold)
        return MARKER.sub(lambda _: rendered, markdown)

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self.after_markdown.fill(page.file.src_uri, html)

    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        context["msa_search"] = self._template_data(config)
        self.rendered.setdefault(current_language(config), []).append(page.url)
        return context

    def on_template_context(self, context: Any, /, *, template_name: str, config: MkDocsConfig) -> Any:
        context["msa_search"] = self._template_data(config)
        return context

    def _template_data(self, config: MkDocsConfig) -> dict[str, str]:
        return {
            "root": language_root(config),
            "worker": self.config.worker,
            "index": FULL_INDEX,
            "page_script": self.config.page_script,
        }

    # -- output ----------------------------------------------------------------------------------

    @event_priority(-50)  # after Material's search plugin (0) has its sections, before static-i18n (-100)
    def _index_language(self, *, config: MkDocsConfig) -> None:
        search = config.plugins.get("material/search") or config.plugins.get("search")
        if search is None or not getattr(search.config, "enabled", True):
            return
        lang = current_language(config)
        root = language_root(config)
        rendered = [_without(root, url) for url in self.rendered.pop(lang, [])]
        entries = list(search.search_index.entries)
        if self.incremental:  # Material's entries may hold other pages and languages from earlier rebuilds
            wanted = set(rendered)
            entries = [e for e in entries if _without(root, page_of(str(e["location"]))) in wanted]
        glossary_location = page_url(GLOSSARY_PAGE, config.use_directory_urls)
        target = Path(config.site_dir) / language_root(config) / "search" / "search_index.json"  # Material's
        index = build_index(
            entries,
            lang,
            alias_tables(self._model().catalog, self._glossary(), lang, config.use_directory_urls),
            material_config={
                "separator": search.config.separator,
                "pipeline": search.config.pipeline,
                "fields": search.config.fields,
            },
            root=language_root(config),
            analyzer=self._analyzer(config) if lang == "ko" and self.config.korean_morphology else None,
            weights=self._weights(glossary_location),
            synonyms=synonyms_for_index(self._model().synonyms),
        )
        if self.incremental:
            self.page_docs[lang] = merge_page_docs(
                self.page_docs.get(lang, {}), index["docs"], rendered, self.pages.get(lang, rendered)
            )
            index["docs"] = flatten(self.page_docs[lang])
        self.indexes.update(index_files(index, target.parent.parent))
        if self.sections_memo is not None:
            self.sections_memo.save()
        log.debug(f"{target}: search index of '{lang}', {len(index['docs'])} sections")

    @event_priority(-110)  # after static-i18n (-100) has written its mixed index: ours replaces it
    def _write_index(self, *, config: MkDocsConfig) -> None:
        # Every language's file, every time: static-i18n runs the other languages' builds inside the default
        # language's on_post_build, so the last call here comes after its mixed index and must rewrite ours.
        for target, text in self.indexes.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")

    on_post_build = CombinedEvent(_index_language, _write_index)

    # -- helpers ---------------------------------------------------------------------------------

    def _weights(self, glossary_location: str) -> dict[str, float]:
        weights = {glossary_location: GLOSSARY_WEIGHT}
        glossary = self._glossary()
        for entry in glossary.entries if glossary else ():
            if entry.pattern is None:
                weights[f"{glossary_location}#{entry.id}"] = GLOSSARY_ONLY_WEIGHT
        return weights

    def _sections_memo(self, path: Path) -> Memo:
        if self.sections_memo is None or self.sections_memo.path != path:
            # Room for the pages of both languages a few times over; past it, only those of the latest build stay.
            self.sections_memo = Memo(path, memo_code(), max_entries=3000)
        return self.sections_memo

    def _analyzer(self, config: MkDocsConfig) -> KoreanAnalyzer:
        folder = self._cache_folder(config)
        return KoreanAnalyzer(folder / "korean-words.json" if folder is not None else None)

    def _cache_folder(self, config: MkDocsConfig) -> Path | None:
        """Where the word analyses, section keys and page sections are kept (``cache``; empty: nowhere)."""
        return Path(config.config_file_path).parent / self.config.cache if self.config.cache else None

    def _model(self) -> SiteModel:
        if self.model is None:
            raise PluginError("msa-search: the site model was not loaded (on_config did not run)")
        return self.model

    def _glossary(self) -> Glossary | None:
        return self._model().glossary


def _without(root: str, url: str) -> str:
    """A page or section URL without the language prefix (``en/platform/saga/`` -> ``platform/saga/``)."""
    return url[len(root) :] if root and url.startswith(root) else url
