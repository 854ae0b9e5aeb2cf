"""What the thin adapters need to know about mkdocs-static-i18n's per-language builds."""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from msa_guide.catalog.model import LANGUAGES


def current_language(config: MkDocsConfig) -> str:
    """The language being built (static-i18n builds the whole site once per language)."""
    plugin: Any = config.plugins.get("i18n")
    language = getattr(plugin, "current_language", None) if plugin is not None else None
    return language or LANGUAGES[0]


def is_default_language(config: MkDocsConfig) -> bool:
    plugin: Any = config.plugins.get("i18n")
    if plugin is None:
        return True
    return current_language(config) == getattr(plugin, "default_language", LANGUAGES[0])


def language_root(config: MkDocsConfig) -> str:
    """The URL prefix of the language being built: ``""`` for the default language, else ``"en/"``."""
    return "" if is_default_language(config) else f"{current_language(config)}/"


def page_path(file: File) -> str:
    """A page's path without its language folder (``ko/platform/saga.md`` → ``platform/saga.md``)."""
    normal = getattr(file, "norm_src_uri", None)
    if isinstance(normal, str):
        return normal
    head, _, rest = file.src_uri.partition("/")
    return rest if head in LANGUAGES and rest else file.src_uri
