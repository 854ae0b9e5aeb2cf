"""Alias tables of search, from the catalog and the glossary.

- *Names* lead to the page (or anchored section) of one entry: its names and aliases in both languages, so a
  reader on a Korean page who types an English name lands on the Korean page, and the other way round.
- *Related names* lead to the page that explains a glossary term without being its entry (Zipkin → monitoring and
  tracing): weaker than names, stronger than a passing mention.
- *Synonym groups* let the browser widen a query: a phrase of a group also looks for the group's other phrases
  in the text (엔보이 → Envoy, 2PC → 2단계 커밋).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from msa_guide.catalog.glossary import Glossary
from msa_guide.catalog.model import LANGUAGES, Catalog, PageRef
from msa_guide.render.text import page_url
from msa_guide.search.text import compact

#: Where the generated glossary page lives in each language.
GLOSSARY_PAGE = "explore/glossary.md"


@dataclass
class AliasTables:
    """Aliases of one language: location (relative to the language root) → phrases, plus synonym groups."""

    names: dict[str, list[str]] = field(default_factory=dict)
    related: dict[str, list[str]] = field(default_factory=dict)
    groups: list[list[str]] = field(default_factory=list)


def location(ref: PageRef, use_directory_urls: bool = True) -> str:
    """The search-index location of a page reference: its URL with the anchor, if any."""
    url = page_url(ref.path, use_directory_urls)
    return f"{url}#{ref.anchor}" if ref.anchor else url


def alias_tables(
    catalog: Catalog, glossary: Glossary | None, lang: str, use_directory_urls: bool = True
) -> AliasTables:
    """Build the alias tables of ``lang`` (every phrase once per location, spacing-insensitive)."""
    tables = AliasTables()
    for pattern in catalog.patterns:
        target = location(pattern.page[lang], use_directory_urls)
        _add(tables.names, target, _phrases(pattern.name, pattern.aliases))
        tables.groups.append(_phrases(pattern.name, pattern.aliases))
    for entry in glossary.entries if glossary else ():
        phrases = _phrases(entry.term, entry.aliases)
        tables.groups.append(phrases)
        if entry.pattern is None:
            anchor = PageRef(GLOSSARY_PAGE, entry.id)
            _add(tables.names, location(anchor, use_directory_urls), phrases)
            continue
        pattern = catalog.pattern(entry.pattern)
        target = location(pattern.page[lang], use_directory_urls)
        _add(tables.names if entry.id == pattern.id else tables.related, target, phrases)
    for target, phrases in tables.names.items():
        if target in tables.related:
            known = {compact(p) for p in phrases}
            tables.related[target] = [p for p in tables.related[target] if compact(p) not in known]
    tables.groups = [group for group in _merge_duplicates(tables.groups) if len(group) > 1]
    return tables


def _phrases(name: Mapping[str, str], aliases: Mapping[str, tuple[str, ...]]) -> list[str]:
    return [name[lang] for lang in LANGUAGES] + [alias for lang in LANGUAGES for alias in aliases[lang]]


def _add(table: dict[str, list[str]], target: str, phrases: list[str]) -> None:
    current = table.setdefault(target, [])
    seen = {compact(p) for p in current}
    for phrase in phrases:
        key = compact(phrase)
        if key and key not in seen:
            seen.add(key)
            current.append(phrase)


def _merge_duplicates(groups: list[list[str]]) -> list[list[str]]:
    """Drop repeated phrases inside each group (the same name in both languages, 2PC and 2pc)."""
    result: list[list[str]] = []
    for group in groups:
        seen: set[str] = set()
        kept: list[str] = []
        for phrase in group:
            key = compact(phrase)
            if key and key not in seen:
                seen.add(key)
                kept.append(phrase)
        result.append(kept)
    return result
