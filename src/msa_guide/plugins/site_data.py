"""The one way a plugin reads the site model and the page sources of the language being built.

Every msa plugin calls :func:`site_model` in its ``on_config`` and keeps the (immutable) model for the build of that
language; none of them reads another plugin's attributes or writes into it, so their order in ``mkdocs.yml`` and
the priority of their ``on_config`` do not matter. The model is loaded once per set of inputs: the cache key is
the :func:`~msa_guide.catalog.site_model.source_stamp` of the files it reads, so the per-language reruns of
mkdocs-static-i18n reuse it, and a rebuild under ``mkdocs serve`` reloads it exactly when a file changed. Between
build processes it is kept in ``.cache/msa-catalog/`` under the same key (:mod:`msa_guide.catalog.model_cache`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from msa_guide.catalog.errors import CatalogError
from msa_guide.catalog.model_cache import CACHE_FILE, cached_site_model
from msa_guide.catalog.page_encoding import read_page
from msa_guide.catalog.site_model import FileStamp, SiteModel, source_stamp
from msa_guide.memo import Memo, digest, fingerprint
from msa_guide.plugins.i18n_state import current_language, page_path

_Key = tuple[str, str, tuple[FileStamp, ...]]
# One entry each: the inputs of the latest build. A build of another project (tests build many) replaces it.
_models: dict[_Key, SiteModel] = {}
_sources: dict[tuple[_Key, str], dict[str, str]] = {}
_memos: dict[str, tuple[_Key, Memo]] = {}  # by site root: the build memo of the latest inputs
MEMO_FOLDER = Path(".cache") / "msa-build"


# The key of the latest configuration asked about. One MkDocsConfig object stands for one build run: static-i18n
# builds every language with the same object, and `mkdocs serve` loads a new one for every rebuild. Walking the
# catalog and docs once per run, not once per plugin and language, saves most of a dirty rebuild's file system time.
_latest: tuple[MkDocsConfig, _Key] | None = None


def _key(config: MkDocsConfig) -> _Key:
    global _latest
    if _latest is not None and _latest[0] is config:
        return _latest[1]
    root = Path(config.config_file_path).parent
    docs = Path(config.docs_dir)
    key = (str(root), str(docs), source_stamp(root, docs))
    _latest = (config, key)
    return key


def site_model(config: MkDocsConfig) -> SiteModel:
    """The validated model of the site being built; bad input stops the build with one ``file: field: problem``."""
    key = _key(config)
    model = _models.get(key)
    if model is None:
        root = Path(key[0])
        try:
            model = cached_site_model(root, Path(key[1]), key[2], root / CACHE_FILE)
        except CatalogError as error:
            raise PluginError(str(error)) from None
        _models.clear()
        _models[key] = model
    return model


def build_memo(config: MkDocsConfig) -> Memo:
    """The memo of what the plugins derive from the site's files alone (generated HTML, page checks).

    Its fingerprint is the :func:`~msa_guide.catalog.site_model.source_stamp` of the catalog and the pages, the
    source of this package and ``mkdocs.yml``, so an edit to any page, record, module or setting starts it afresh.
    It lives in ``.cache/msa-build/memo-<fingerprint>.json``; :func:`save_memo` writes what a build added and
    removes the memos of other inputs.
    """
    key = _key(config)
    latest = _memos.get(key[0])
    if latest is not None and latest[0] is key:  # the same build run (pages ask once each)
        return latest[1]
    settings = [Path(config.config_file_path)] if config.config_file_path else []
    code = fingerprint(settings, _package_code(), repr(key[2]))
    if latest is not None and latest[1].code == code:
        memo = latest[1]
    else:  # the file is named by its fingerprint: a memo of other inputs is never read only to be dropped
        memo = Memo(Path(key[0]) / MEMO_FOLDER / f"memo-{code}.json", code)
    _memos[key[0]] = (key, memo)
    return memo


def save_memo(config: MkDocsConfig) -> None:
    """Write the build memo if this build added to it (a cache: a read-only checkout builds without it)."""
    memo = build_memo(config)
    if memo.save():
        for stale in memo.path.parent.glob("memo-*.json"):
            if stale != memo.path:
                stale.unlink(missing_ok=True)  # another build may have removed it first


@functools.cache
def _package_code() -> str:
    return fingerprint(sorted(Path(__file__).parent.parent.rglob("*.py")))


def language_sources(config: MkDocsConfig, files: Files) -> dict[str, str]:
    """Page path (without the language folder) → Markdown source, for every page of the language being built.

    The first plugin to ask reads the pages; a page that is not UTF-8 stops the build with one line naming it.
    """
    lang = current_language(config)
    key = (_key(config), lang)
    sources = _sources.get(key)
    if sources is None:
        docs = Path(config.docs_dir)
        try:
            sources = {
                page_path(f): read_page(docs / f.src_uri, shown_source(config, page_path(f)))
                for f in files.documentation_pages()
                if f.src_uri.startswith(f"{lang}/")
            }
        except CatalogError as error:
            raise PluginError(str(error)) from None
        for stale in [k for k in _sources if k[0] != key[0]]:
            del _sources[stale]
        _sources[key] = sources
    return sources


def shown_source(config: MkDocsConfig, path: str) -> str:
    """How a page of the language being built is named in messages: ``docs/en/platform/saga.md``."""
    return f"{Path(config.docs_dir).name}/{current_language(config)}/{path}"


PageCheck = Callable[[SiteModel, str, str, str], None]
"""A pure page check: ``(model, page path, Markdown, shown name)``; raises :class:`CatalogError`."""


class SiteModelReader:
    """Mixin of the msa plugins (listed before ``BasePlugin``): the model for the build, and page checks.

    ``on_config`` takes the model of this build from :func:`site_model`; it is immutable, and shared with the
    other plugins only through that function.
    """

    plugin_name = "msa"
    model: SiteModel | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.model = site_model(config)
        return config

    def site(self) -> SiteModel:
        if self.model is None:
            raise PluginError(f"{self.plugin_name}: the site model was not loaded (on_config did not run)")
        return self.model

    def check_language_pages(self, config: MkDocsConfig, files: Files, check: PageCheck) -> None:
        """Run ``check`` on every page of the language being built; the first problem stops the build.

        Pages that passed with exactly these files and this code (:func:`build_memo`) are not checked again.
        """
        memo = build_memo(config)
        passed = digest("checked", self.plugin_name, current_language(config))
        if memo.get(passed):
            return
        model = self.site()
        try:
            for path, markdown in language_sources(config, files).items():
                check(model, path, markdown, shown_source(config, path))
        except CatalogError as error:
            raise PluginError(str(error)) from None
        memo.put(passed, True)
