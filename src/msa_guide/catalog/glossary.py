"""Load and validate ``catalog/glossary.yml``: bilingual terms, their aliases and definitions (no MkDocs imports).

A glossary entry names one term in both languages, lists what else people call it, defines it in one line per
language and may point at the catalog entry whose page explains it (``pattern:``); ``avoid:`` lists forms the
prose must not use for the term (the prose check of :mod:`msa_guide.prose` names the term instead). Its names and
aliases feed the search aliases, so the same uniqueness rules as in the catalog apply: a name or alias leads to
one entry only, and never to a catalog entry other than the one the glossary entry points at.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from msa_guide.catalog.errors import CatalogError
from msa_guide.catalog.fields import Fields, entry_list_file
from msa_guide.catalog.model import LANGUAGES, Catalog

ENTRY_FIELDS = ("id", "term", "aliases", "definition", "pattern", "avoid")


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    term: Mapping[str, str]
    aliases: Mapping[str, tuple[str, ...]]
    definition: Mapping[str, str]
    pattern: str | None = None
    avoid: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Forms the prose must not use for this term, per language (the prose check names ``term`` instead)."""


@dataclass(frozen=True)
class Glossary:
    entries: tuple[GlossaryEntry, ...]
    source: str = ""

    def entry(self, entry_id: str) -> GlossaryEntry:
        return next(e for e in self.entries if e.id == entry_id)


def load_glossary(path: Path, catalog: Catalog, base: Path | None = None) -> Glossary:
    """Read and validate the glossary; ``base`` is the folder error messages are relative to."""
    shown, items = entry_list_file(path, base, "terms")
    entries = tuple(_entry(item, catalog) for item in items)
    glossary = Glossary(entries=entries, source=shown)
    _check_unique(glossary, catalog)
    return glossary


def _entry(fields: Fields, catalog: Catalog) -> GlossaryEntry:
    fields.reject_unknown(ENTRY_FIELDS)
    entry_id = fields.identifier("id")
    text = fields.text("pattern", required=False)
    pattern = fields.known_pattern("pattern", text, catalog) if text else None
    return GlossaryEntry(
        id=entry_id,
        term=fields.localized("term", plain=True),
        aliases=fields.localized_lists("aliases"),
        definition=fields.localized("definition", plain=True),
        pattern=pattern,
        avoid=fields.localized_lists("avoid"),
    )


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _check_unique(glossary: Glossary, catalog: Catalog) -> None:
    """Ids and terms are unique; an alias names one entry and agrees with the catalog about where it leads."""
    ids: dict[str, int] = {}
    owners: dict[tuple[str, str], tuple[str, str]] = {}
    for index, entry in enumerate(glossary.entries):
        where = f"terms[{index}]"
        if entry.id in ids:
            raise CatalogError(
                glossary.source, f"{where}.id", f"duplicate id '{entry.id}' (first in terms[{ids[entry.id]}])"
            )
        ids[entry.id] = index
        for lang in LANGUAGES:
            key = (lang, _key(entry.term[lang]))
            if key in owners:
                raise CatalogError(
                    glossary.source,
                    f"{where}.term.{lang}",
                    f"duplicate term '{entry.term[lang]}' (already the {owners[key][1]} of '{owners[key][0]}')",
                )
            owners[key] = (entry.id, f"term.{lang}")
    for index, entry in enumerate(glossary.entries):
        for lang in LANGUAGES:
            for number, alias in enumerate(entry.aliases[lang]):
                field = f"terms[{index}].aliases.{lang}[{number}]"
                key = (lang, _key(alias))
                owner = owners.get(key)
                if owner is not None:
                    owner_id, owner_field = owner
                    if owner_id == entry.id:
                        what = "the entry's own term" if owner_field.startswith("term") else "listed twice"
                        raise CatalogError(glossary.source, field, f"alias '{alias}' repeats {what}")
                    raise CatalogError(
                        glossary.source, field, f"alias '{alias}' is already the {owner_field} of '{owner_id}'"
                    )
                owners[key] = (entry.id, f"aliases.{lang}")
    _check_against_catalog(glossary, catalog)
    _check_avoided(glossary)


def _check_avoided(glossary: Glossary) -> None:
    """An avoided form is avoided by one entry only and is never a term (the check would contradict itself)."""
    terms = {(lang, _key(e.term[lang])): e.id for e in glossary.entries for lang in LANGUAGES}
    avoided: dict[tuple[str, str], str] = {}
    for index, entry in enumerate(glossary.entries):
        for lang in LANGUAGES:
            for number, form in enumerate(entry.avoid.get(lang, ())):
                where = f"terms[{index}].avoid.{lang}[{number}]"
                key = (lang, _key(form))
                if key in terms:
                    raise CatalogError(glossary.source, where, f"'{form}' is the term of '{terms[key]}'")
                if key in avoided:
                    raise CatalogError(glossary.source, where, f"'{form}' is already avoided by '{avoided[key]}'")
                avoided[key] = entry.id


def _check_against_catalog(glossary: Glossary, catalog: Catalog) -> None:
    """A glossary name that is a catalog name or alias must point at that catalog entry."""
    named: dict[str, str] = {}
    for pattern in catalog.patterns:
        for lang in LANGUAGES:
            for text in (pattern.name[lang], *pattern.aliases[lang]):
                named.setdefault(_key(text), pattern.id)
    for index, entry in enumerate(glossary.entries):
        for lang in LANGUAGES:
            names = [(f"term.{lang}", entry.term[lang])]
            names += [(f"aliases.{lang}[{n}]", alias) for n, alias in enumerate(entry.aliases[lang])]
            for name_field, text in names:
                owner = named.get(_key(text))
                if owner is not None and owner != entry.pattern:
                    points = f"points at '{entry.pattern}'" if entry.pattern else "has no 'pattern'"
                    raise CatalogError(
                        glossary.source,
                        f"terms[{index}].{name_field}",
                        f"'{text}' names catalog entry '{owner}' but the glossary entry {points} "
                        f"(set 'pattern: {owner}' or remove the name)",
                    )
