"""Load and validate ``catalog/bibliography.yml``: the works the guide recommends, cited by id (no MkDocs imports).

A catalog entry lists the works that cover its pattern in ``reading:``; the catalog plugin renders them as the
page's "further reading" section. The file holds facts only (authors, title, year, kind, publisher or venue,
edition): no URLs, no language-specific text. :func:`check_reading` ties the two together: every id a pattern
cites must be a work of the bibliography.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from msa_guide.catalog.errors import CatalogError, did_you_mean
from msa_guide.catalog.fields import Fields, entry_list_file
from msa_guide.catalog.model import Catalog

BIBLIOGRAPHY_FILE = "bibliography.yml"
ENTRY_FIELDS = ("id", "authors", "edited", "title", "year", "edition", "kind", "publisher", "venue")
#: Kinds of work: a book, a paper (conference or journal), an article (magazine, column, web essay), a standard.
KINDS: tuple[str, ...] = ("book", "paper", "article", "standard")
_EARLIEST_YEAR = 1900
_LATEST_YEAR = 2026


@dataclass(frozen=True)
class Work:
    id: str
    authors: tuple[str, ...]
    title: str
    year: int
    kind: str
    publisher: str = ""
    venue: str = ""
    edition: int = 1
    edited: bool = False


@dataclass(frozen=True)
class Bibliography:
    works: tuple[Work, ...]
    source: str = ""
    _by_id: Mapping[str, Work] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {w.id: w for w in self.works})

    def has(self, work_id: str) -> bool:
        return work_id in self._by_id

    def work(self, work_id: str) -> Work:
        return self._by_id[work_id]


def load_bibliography(path: Path, base: Path | None = None) -> Bibliography:
    """Read and validate the bibliography; ``base`` is the folder error messages are relative to."""
    shown, items = entry_list_file(path, base, "works")
    works: list[Work] = []
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        work = _work(item)
        if work.id in first:
            raise item.error("id", f"duplicate work id '{work.id}' (first in works[{first[work.id]}])")
        first[work.id] = index
        works.append(work)
    return Bibliography(works=tuple(works), source=shown)


def _work(fields: Fields) -> Work:
    fields.reject_unknown(ENTRY_FIELDS)
    work_id = fields.identifier("id")
    authors = fields.text_list("authors")
    if not authors:
        raise fields.error("authors", "expected a non-empty list of names")
    kind = fields.choice("kind", KINDS, "kind of work")
    publisher = fields.text("publisher", required=False)
    venue = fields.text("venue", required=False)
    if kind == "book" and not publisher:
        raise fields.error("publisher", "missing required field (a book names its publisher)")
    if kind in ("paper", "article") and not venue:
        raise fields.error("venue", f"missing required field (a {kind} names where it appeared)")
    if kind == "standard" and not (publisher and venue):
        missing = "publisher" if not publisher else "venue"
        raise fields.error(missing, "missing required field (a standard names its body and its number)")
    fields.require("year")
    year = fields.integer("year", 0)
    if not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
        raise fields.error("year", f"{year} is not a publication year ({_EARLIEST_YEAR}-{_LATEST_YEAR})")
    edition = fields.integer("edition", 1)
    if edition < 1:
        raise fields.error("edition", f"expected an edition number of 1 or more, got {edition}")
    if edition > 1 and kind != "book":
        raise fields.error("edition", f"only a book has editions, not a {kind}")
    edited = fields.data.get("edited", False)
    if not isinstance(edited, bool):
        raise fields.error("edited", "expected true or false")
    return Work(
        id=work_id,
        authors=authors,
        title=fields.text("title"),
        year=year,
        kind=kind,
        publisher=publisher,
        venue=venue,
        edition=edition,
        edited=edited,
    )


def check_reading(catalog: Catalog, bibliography: Bibliography | None) -> None:
    """Every id in a pattern's ``reading:`` names a work of the bibliography."""
    for pattern in catalog.patterns:
        for index, work_id in enumerate(pattern.reading):
            if bibliography is None:
                problem = f"'{work_id}' cannot be resolved: catalog/{BIBLIOGRAPHY_FILE} is missing"
                raise CatalogError(pattern.source, f"reading[{index}]", problem)
            if not bibliography.has(work_id):
                hint = did_you_mean(work_id, (w.id for w in bibliography.works))
                raise CatalogError(
                    pattern.source,
                    f"reading[{index}]",
                    f"unknown work id '{work_id}'{hint}; works are listed in {bibliography.source}",
                )
