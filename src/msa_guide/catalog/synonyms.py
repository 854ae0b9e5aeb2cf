"""Load and validate ``catalog/search-synonyms.yml``: everyday words of questions and the words the guide uses.

A reader asks 트래픽이 몰릴 때 어떻게 하나요 or "too many requests"; the pages say 부하 and rate limiting. Each
entry of the table lists what readers *say* (Korean verbs in their dictionary form such as 몰리다, which the
browser matches in every ending, Korean words, English words and phrases) and what the guide *means* by it (words
or names the pages use). The table travels inside each language's search index (``config.msa.synonyms``); the
browser widens a query word that is a saying to the words it means, ranked below the word itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msa_guide.catalog.errors import CatalogError
from msa_guide.catalog.fields import Fields, entry_list_file
from msa_guide.catalog.model import LANGUAGES

ENTRY_FIELDS = ("id", "says", "means")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_SEARCHABLE = re.compile(r"[^\W_]")

SYNONYMS_FILE = "search-synonyms.yml"


@dataclass(frozen=True)
class Synonym:
    id: str
    says: dict[str, tuple[str, ...]]
    means: dict[str, tuple[str, ...]]

    def as_index(self) -> dict[str, list[str]]:
        """The entry as the browser reads it: every saying and every meaning, both languages together."""
        return {
            "says": [text for lang in LANGUAGES for text in self.says[lang]],
            "means": [text for lang in LANGUAGES for text in self.means[lang]],
        }


def load_synonyms(path: Path, base: Path | None = None) -> tuple[Synonym, ...]:
    """Read and validate the table; ``base`` is the folder error messages are relative to."""
    shown, items = entry_list_file(path, base, "synonyms")
    entries = tuple(_entry(item) for item in items)
    _check_unique(entries, shown)
    return entries


def _entry(fields: Fields) -> Synonym:
    fields.reject_unknown(ENTRY_FIELDS)
    entry_id = fields.identifier("id")
    says = _lists(fields, "says")
    means = _lists(fields, "means")
    for lang in LANGUAGES:
        for number, text in enumerate(says[lang]):
            name = f"says.{lang}[{number}]"
            if lang == "ko" and not _HANGUL.search(text):
                raise fields.error(name, f"'{text}' has no Hangul; English sayings belong under says.en")
            if lang == "en" and _HANGUL.search(text):
                raise fields.error(name, f"'{text}' is Korean; Korean sayings belong under says.ko")
            if not _SEARCHABLE.search(text):
                raise fields.error(name, f"'{text}' has no letters or digits to search for")
        for number, text in enumerate(means[lang]):
            if not _SEARCHABLE.search(text):
                raise fields.error(f"means.{lang}[{number}]", f"'{text}' has no letters or digits to search for")
    return Synonym(id=entry_id, says=says, means=means)


def _lists(fields: Fields, key: str) -> dict[str, tuple[str, ...]]:
    fields.require(key)
    lists = fields.localized_lists(key)
    if not any(lists.values()):
        raise fields.error(key, "expected at least one word in ko or en")
    return lists


def _check_unique(entries: tuple[Synonym, ...], shown: str) -> None:
    """Ids are unique, and a saying belongs to one entry only (otherwise the browser could not tell which)."""
    ids: dict[str, int] = {}
    sayings: dict[str, str] = {}
    for index, entry in enumerate(entries):
        if entry.id in ids:
            raise CatalogError(
                shown, f"synonyms[{index}].id", f"duplicate id '{entry.id}' (first in synonyms[{ids[entry.id]}])"
            )
        ids[entry.id] = index
        for lang in LANGUAGES:
            for number, text in enumerate(entry.says[lang]):
                key = "".join(_SEARCHABLE.findall(text.casefold()))
                if key in sayings:
                    raise CatalogError(
                        shown,
                        f"synonyms[{index}].says.{lang}[{number}]",
                        f"'{text}' is already a saying of '{sayings[key]}'",
                    )
                sayings[key] = entry.id


def synonyms_for_index(entries: tuple[Synonym, ...]) -> list[dict[str, Any]]:
    """The table as the search index carries it (``config.msa.synonyms``)."""
    return [entry.as_index() for entry in entries]
