"""Field readers shared by every catalog file: each checks one value and names it in its error."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from msa_guide.catalog.errors import CatalogError, did_you_mean, one_of
from msa_guide.catalog.model import LANGUAGES, Catalog
from msa_guide.catalog.yaml_source import read_yaml, shown_path

KEBAB_CASE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HTML_TAG = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>")
LANGUAGE_NAMES = {"ko": "Korean", "en": "English"}


class Fields:
    """Reads the fields of one mapping in one file, so that every error names file and field."""

    def __init__(self, data: Any, file: str, prefix: str = "") -> None:
        self.file = file
        self.prefix = prefix
        if not isinstance(data, dict):
            raise CatalogError(file, prefix, f"expected a mapping of fields, got {_kind(data)}")
        self.data: dict[str, Any] = data

    def name(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def error(self, key: str, problem: str) -> CatalogError:
        return CatalogError(self.file, self.name(key), problem)

    def reject_unknown(self, allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        for key in self.data:
            if key not in allowed:
                hint = did_you_mean(str(key), allowed)
                raise self.error(str(key), f"unknown field{hint}; allowed fields: {', '.join(allowed)}")

    def require(self, key: str) -> Any:
        if key not in self.data or self.data[key] is None:
            raise self.error(key, "missing required field")
        return self.data[key]

    def text(self, key: str, *, required: bool = True, default: str = "") -> str:
        if not required and self.data.get(key) is None:
            return default
        value = self.require(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, f"expected non-empty text, got {_kind(value)}")
        return value.strip()

    def identifier(self, key: str) -> str:
        value = self.text(key)
        if not KEBAB_CASE.match(value):
            raise self.error(key, f"'{value}' is not kebab-case (lowercase letters, digits and hyphens)")
        return value

    def choice(self, key: str, choices: Iterable[str], what: str, *, default: str | None = None) -> str:
        choices = tuple(choices)
        if default is not None and self.data.get(key) is None:
            return default
        value = self.text(key)
        if value not in choices:
            raise self.error(key, f"unknown {what} '{value}'{did_you_mean(value, choices)}; {one_of(choices)}")
        return value

    def integer(self, key: str, default: int) -> int:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.error(key, f"expected a whole number, got {_kind(value)}")
        return value

    def localized(self, key: str, *, plain: bool = False) -> dict[str, str]:
        """A ``{ko: ..., en: ...}`` mapping; ``plain`` rejects HTML markup."""
        value = self.require(key)
        if not isinstance(value, dict):
            raise self.error(key, f"expected a mapping with {' and '.join(LANGUAGES)} text, got {_kind(value)}")
        for lang in value:
            if lang not in LANGUAGES:
                raise self.error(f"{key}.{lang}", f"unknown language '{lang}'; {one_of(LANGUAGES)}")
        result: dict[str, str] = {}
        for lang in LANGUAGES:
            text = value.get(lang)
            if text is None or (isinstance(text, str) and not text.strip()):
                raise self.error(f"{key}.{lang}", f"missing {LANGUAGE_NAMES[lang]} text")
            if not isinstance(text, str):
                raise self.error(f"{key}.{lang}", f"expected text, got {_kind(text)}")
            if plain and (tag := HTML_TAG.search(text)):
                raise self.error(f"{key}.{lang}", f"HTML is not allowed here ('{tag.group(0)}'); write plain text")
            result[lang] = " ".join(text.split())
        return result

    def text_list(self, key: str, *, field: str | None = None) -> tuple[str, ...]:
        """A list of non-empty strings (absent means empty)."""
        value = self.data.get(key) if field is None else field
        name = key
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.error(name, f"expected a list, got {_kind(value)}")
        items: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str | int | float) or isinstance(item, bool) or not str(item).strip():
                raise self.error(f"{name}[{index}]", f"expected non-empty text, got {_kind(item)}")
            text = " ".join(str(item).split())
            if text in items:
                raise self.error(f"{name}[{index}]", f"'{text}' is listed twice")
            items.append(text)
        return tuple(items)

    def localized_lists(self, key: str) -> dict[str, tuple[str, ...]]:
        """A ``{ko: [...], en: [...]}`` mapping of text lists (absent language or field means empty)."""
        raw = self.data.get(key)
        if raw is None:
            return {lang: () for lang in LANGUAGES}
        sub = self.sub(key, raw)
        sub.reject_unknown(LANGUAGES)
        return {lang: sub.text_list(lang) for lang in LANGUAGES}

    def optional_localized(self, key: str) -> dict[str, str] | None:
        """Plain ``{ko: ..., en: ...}`` text, or ``None`` when the field is absent."""
        return self.localized(key, plain=True) if self.data.get(key) is not None else None

    def items(self, key: str, *, required: bool = True) -> list[Any]:
        """A non-empty list (absent means empty unless ``required``)."""
        if self.data.get(key) is None and not required:
            return []
        value = self.require(key)
        if not isinstance(value, list) or not value:
            raise self.error(key, "expected a non-empty list")
        return value

    def known_pattern(self, key: str, pattern_id: str, catalog: Catalog) -> str:
        """``pattern_id`` (the value of ``key``) if the catalog has it; else an error suggesting the closest id."""
        if not catalog.has_pattern(pattern_id):
            hint = did_you_mean(pattern_id, [p.id for p in catalog.patterns])
            raise self.error(key, f"unknown pattern id '{pattern_id}'{hint}")
        return pattern_id

    def sub(self, key: str, data: Any) -> Fields:
        return Fields(data, self.file, self.name(key))


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, str):
        return "empty text" if not value.strip() else f"text '{value}'"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "a mapping"
    return type(value).__name__


def entry_list_file(path: Path, base: Path | None, key: str) -> tuple[str, list[Fields]]:
    """A file whose only top-level key ``key`` holds a non-empty list of mappings (the glossary, the synonyms).

    Returns how the file is named in messages (relative to ``base``, by default the folder above its folder) and a
    :class:`Fields` reader per entry, named ``key[index]``.
    """
    shown = shown_path(path, base if base is not None else path.parent.parent)
    if not path.is_file():
        raise CatalogError(shown, "", "file is missing")
    top = Fields(read_yaml(path, shown), shown)
    top.reject_unknown((key,))
    raw = top.require(key)
    if not isinstance(raw, list) or not raw:
        raise top.error(key, "expected a non-empty list")
    return shown, [Fields(item, shown, f"{key}[{index}]") for index, item in enumerate(raw)]
