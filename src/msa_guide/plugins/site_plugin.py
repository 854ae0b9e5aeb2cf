"""The site plugin: per-page facts from git and the small files that Material and static hosts expect.

- ``on_config``: refuse a release build whose ``site_url`` is on localhost (:mod:`msa_guide.release.site_address`);
  point "edit this page" at the configured repository, or show no edit link (:mod:`msa_guide.release.repository`);
  read once from git when every page under ``docs/`` was last changed. Both are read in the default language's
  build; the other languages' builds, which static-i18n runs inside it, reuse them.
- ``on_files`` (priority -105, once static-i18n has chosen the language's pages): every file a page includes
  with pymdownx.snippets exists, or the build stops naming the page and the path
  (:mod:`msa_guide.catalog.snippet_paths`), instead of pymdownx's traceback in the middle of rendering.
- ``on_page_markdown`` (priority -50, after the catalog plugin has written the title): set the page's
  localized "last updated" date (Material shows ``page.meta.revision_date``) and the sitemap's ``<lastmod>``
  (``page.update_date``) from the same commit time, and add a note under the title
  when the twin in another language was changed later (the translation may be outdated); see
  :mod:`msa_guide.render.revision`.
- ``on_page_context`` / ``on_template_context``: the language's interface words as ``msa_labels`` and the guide's
  version as ``msa_version`` for the templates (``404.html``, ``partials/source-file.html``,
  ``partials/copyright.html``).

- ``on_post_page``: next to every page, a one-entry ``sitemap.xml`` listing the page and its twins. Material
  fetches ``<alternate link>/sitemap.xml`` for every ``<link rel="alternate">`` in the head; static-i18n makes
  those links point at the page's twins (good for search engines), so without these files every page logs
  404 errors in the browser console.
- ``on_startup`` / ``on_pre_build`` (only under ``mkdocs serve --dirty``, which ``make serve`` runs): a dirty
  rebuild renders only the pages whose Markdown changed. When anything else a page is rendered from changed
  (catalog, theme overrides, ``mkdocs.yml``, diagrams, the set of pages), the served site is emptied first, so
  every page of both languages is rendered again (:mod:`msa_guide.authoring.dirty_serve`).
- ``on_env``: share one Jinja bytecode cache between the builds of this process, so Material's templates are
  compiled once rather than once per language and per rebuild (:mod:`msa_guide.plugins.template_cache`).
- Offline mode (``offline: true``, ``MSA_GUIDE_OFFLINE``; :mod:`msa_guide.plugins.offline_mode`): ``on_config``
  (priority 100) switches to file URLs and classic twins of the module scripts, the templates get
  ``msa_offline``, ``on_post_page`` and ``on_post_template`` drop the ``hreflang`` links from the head, and
  ``on_post_build`` (priority -130, after msa-search has written the indexes) writes the classic scripts and the
  inlined search indexes.
- ``on_build_error``: remove the site directory, so that a build stopped by bad input (possibly in the second
  language, after the first was written) never leaves a half-written site behind.
- ``on_nav`` (priority -120, after every plugin that reshapes the navigation): keep it for ``book.json``.
- ``on_post_build`` (priority -90, before static-i18n's -100 starts the next language): ``book.json`` (outline
  and front matter of the PDF, :mod:`msa_guide.plugins.book_outline`) under the language's root; a copy of the full
  ``sitemap.xml`` at the root of every non-default language, and the language's ``404.html`` under its own
  prefix. Every language build writes ``/404.html``, so the default language's page is kept aside and put
  back after the other languages have written theirs.
"""

from __future__ import annotations

import json
import os
import shutil
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from msa_guide.authoring.dirty_serve import Stamp, clear_directory, layout_stamp
from msa_guide.authoring.git_history import last_changed
from msa_guide.catalog.errors import CatalogError
from msa_guide.catalog.model import LANGUAGES
from msa_guide.catalog.snippet_paths import check_included_files
from msa_guide.plugins import offline_mode
from msa_guide.plugins.book_outline import BOOK_FILE, book_data
from msa_guide.plugins.i18n_state import current_language, language_root, page_path
from msa_guide.plugins.site_config import SiteConfig
from msa_guide.plugins.site_data import language_sources, shown_source
from msa_guide.plugins.template_cache import SHARED as TEMPLATE_CACHE
from msa_guide.release import repository, site_address
from msa_guide.release.offline_site import without_language_alternates
from msa_guide.release.version import guide_version
from msa_guide.render.labels import LABELS
from msa_guide.render.revision import iso_date, localized_date, newer_twin, with_stale_note

log = get_plugin_logger(__name__)

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


class SitePlugin(BasePlugin[SiteConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self.default_not_found: bytes | None = None
        self.changed: dict[str, int] = {}
        self.git: tuple[str | None, dict[str, int]] | None = None  # edit_uri and self.changed, read from git
        self.site_dir: Path | None = None
        self.nav_items: list[Any] = []
        # Defining on_startup keeps this instance across the rebuilds of one `mkdocs serve`.
        self.dirty_serve = False
        self.layout: Stamp | None = None
        self.offline_modules: list[str] = []

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.dirty_serve = command == "serve" and dirty

    @event_priority(100)  # before any page is read, and before the default language's build writes anything
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not self.dirty_serve or language_root(config):
            return  # only the default language's build starts a rebuild; the others are built inside it
        root = Path(config.config_file_path).parent
        folders = [root / "catalog", *([Path(config.theme.custom_dir)] if config.theme.custom_dir else [])]
        stamp = layout_stamp(Path(config.config_file_path), [f for f in folders if f.is_dir()], Path(config.docs_dir))
        if stamp != self.layout:
            if self.layout is not None:
                log.info("msa-site: the catalog, theme, diagrams or set of pages changed: rendering every page again")
            clear_directory(Path(config.site_dir))
            self.layout = stamp

    def on_build_error(self, *, error: Exception) -> None:
        if self.site_dir is not None and self.site_dir.is_dir():
            shutil.rmtree(self.site_dir, ignore_errors=True)

    @event_priority(100)  # the offline mode's file URLs before any other plugin reads use_directory_urls
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.site_dir = Path(config.site_dir)
        if self.config.offline:
            self.offline_modules += offline_mode.configure(config)
        if self.config.release:
            problem = site_address.release_address_problem(config.site_url)
            if problem:
                self.site_dir = None  # nothing of this build was written: leave an existing site alone
                raise PluginError(problem)
        if not language_root(config) or self.git is None:  # git once per build, not once per language
            self.git = self._read_git(config)
        config.edit_uri, self.changed = self.git
        return config

    @staticmethod
    def _read_git(config: MkDocsConfig) -> tuple[str | None, dict[str, int]]:
        """The edit links' base address and when each page was last changed (by path under ``docs/``)."""
        root = Path(config.config_file_path).parent
        docs = Path(config.docs_dir).name
        try:
            repo = repository.configured_repository(os.environ.get(repository.SETTING), root)
        except repository.RepositoryError as error:
            raise PluginError(str(error)) from None
        branch = os.environ.get(repository.BRANCH_SETTING) or repository.DEFAULT_BRANCH
        changed = last_changed(root, docs)
        edit_uri = repository.edit_uri(repo, branch, docs) if repo else None
        return edit_uri, {key.removeprefix(f"{docs}/"): stamp for key, stamp in changed.items()}

    @event_priority(-105)  # after static-i18n (-100) has chosen the files of the language being built
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        snippets: dict[str, Any] = config.mdx_configs.get("pymdownx.snippets") or {}
        if "pymdownx.snippets" not in config.markdown_extensions or not snippets.get("check_paths"):
            return files  # pymdownx leaves a missing file out silently: nothing to stop
        root = Path(config.config_file_path).parent
        folders = snippets.get("base_path") or ["."]
        folders = [folders] if isinstance(folders, str) else list(folders)
        bases = [root / folder for folder in folders]
        shown = ", ".join(f"{str(folder).rstrip('/')}/" for folder in folders)
        try:
            for path, markdown in language_sources(config, files).items():
                check_included_files(markdown, shown_source(config, path), bases, shown)
        except CatalogError as error:
            raise PluginError(str(error)) from None
        return files

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        env.bytecode_cache = TEMPLATE_CACHE
        return env

    @event_priority(-50)  # after every plugin that writes a page's title (msa-catalog 0, -10, -20): notes go under it
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Any) -> str:
        lang = current_language(config)
        path = page_path(page.file)
        stamp = self.changed.get(f"{lang}/{path}")
        if stamp is None:
            return markdown  # not committed yet: no date on the page; the sitemap keeps MkDocs' build date
        page.meta["revision_date"] = localized_date(stamp, lang)
        page.update_date = iso_date(stamp)  # the sitemap's <lastmod>: the date the page shows
        other = newer_twin(self.changed, path, lang, LANGUAGES)
        if other is None:
            return markdown
        roots = {code: "" if code == LANGUAGES[0] else f"{code}/" for code in LANGUAGES}
        return with_stale_note(markdown, path, lang, other, roots, config.use_directory_urls)

    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        return self._context(context, config)

    def on_template_context(self, context: Any, /, *, template_name: str, config: MkDocsConfig) -> Any:
        return self._context(context, config)

    def _context(self, context: Any, config: MkDocsConfig) -> Any:
        context["msa_labels"] = LABELS[current_language(config)]
        context["msa_version"] = guide_version()
        if self.config.offline:
            context["msa_offline"] = offline_mode.template_data(_search_page_script(config))
        return context

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        if self.config.offline:
            return without_language_alternates(output)  # no sitemaps next to pages opened from disk
        base = config.site_url or "/"
        alternates: list[dict[str, Any]] = list(getattr(config.extra, "alternate", None) or [])
        links = [(str(a.get("lang", "")), urljoin(base, str(a.get("link", "")).lstrip("/"))) for a in alternates]
        target = Path(page.file.abs_dest_path).parent / "sitemap.xml"
        if page.file.dest_uri.endswith("index.html") and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page_sitemap(urljoin(base, page.url), links), encoding="utf-8")
        return output

    def on_post_template(self, output_content: str, /, *, template_name: str, config: MkDocsConfig) -> str:
        if self.config.offline and template_name.endswith(".html"):
            return without_language_alternates(output_content)  # the 404 pages, as on_post_page does for pages
        return output_content

    @event_priority(-120)  # the final navigation: after static-i18n (-100) and msa-catalog (-110) have reshaped it
    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Any) -> Navigation:
        self.nav_items = list(nav.items)
        return nav

    @event_priority(-90)  # before static-i18n (-100) builds the next language over this one's 404.html
    def _language_files(self, *, config: MkDocsConfig) -> None:
        root = language_root(config)
        site = Path(config.site_dir)
        book = book_data(config, self.nav_items, current_language(config))  # page titles are known by now
        (site / root / BOOK_FILE).write_text(json.dumps(book, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
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

    @event_priority(-130)  # after msa-search (-110) has written the indexes of every language built so far
    def _offline_files(self, *, config: MkDocsConfig) -> None:
        # After every language's build: the default language's build ends last (static-i18n builds the others
        # inside it), so its call writes the final files; the language being built is not a reliable sign of it.
        if self.config.offline:
            offline_mode.write_files(config, self.offline_modules, _search_page_script(config))

    on_post_build = CombinedEvent(_language_files, _offline_files)


def _search_page_script(config: MkDocsConfig) -> str | None:
    """The page side of msa-search (a module), if that plugin is on."""
    search: Any = config.plugins.get("msa-search")
    return str(search.config.page_script) if search is not None else None
