"""The site model: everything the guide knows before it reads a page, loaded and validated in one call.

:func:`load_site_model` reads ``catalog/`` (patterns, comparisons, decision guides, glossary) and checks it
against ``docs/``; it has no state and no MkDocs import. :func:`source_stamp` names the exact inputs it read
(paths, sizes, modification times), so that an adapter can load once per build run — mkdocs-static-i18n runs
``on_config`` once per language — and ``mkdocs serve`` can keep the model until a file really changes.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from msa_guide.catalog.bibliography import BIBLIOGRAPHY_FILE, Bibliography, check_reading, load_bibliography
from msa_guide.catalog.comparisons import Comparison, check_comparison_pages, load_comparisons
from msa_guide.catalog.decisions import Guide, check_guide_pages, load_guides
from msa_guide.catalog.docs_tree import check_docs
from msa_guide.catalog.glossary import Glossary, load_glossary
from msa_guide.catalog.load import load_catalog
from msa_guide.catalog.model import Catalog
from msa_guide.catalog.relations import all_relations_of
from msa_guide.catalog.synonyms import SYNONYMS_FILE, Synonym, load_synonyms

CATALOG_DIR = "catalog"
GLOSSARY_FILE = "glossary.yml"

#: What a file's stamp holds: its path, size and modification time in nanoseconds.
FileStamp = tuple[str, int, int]


@dataclass(frozen=True)
class SiteModel:
    """The validated catalog and everything built on it. Language-neutral; immutable."""

    catalog: Catalog
    comparisons: tuple[Comparison, ...] = ()
    guides: tuple[Guide, ...] = ()
    glossary: Glossary | None = None
    relations: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    """Per pattern, the related ids by display kind (authored edges and their inverses)."""
    synonyms: tuple[Synonym, ...] = ()
    """Everyday words of search questions and the words the guide uses (``catalog/search-synonyms.yml``)."""
    bibliography: Bibliography | None = None
    """The works that ``reading:`` fields cite (``catalog/bibliography.yml``)."""

    def comparison_on(self, page: str) -> Comparison | None:
        return next((c for c in self.comparisons if c.page == page), None)

    def guide_on(self, page: str) -> Guide | None:
        return next((g for g in self.guides if g.page == page), None)


def load_site_model(root: Path, docs_dir: Path | None = None) -> SiteModel:
    """Load and validate the site's data under ``root`` (the folder of ``mkdocs.yml``).

    Raises :class:`~msa_guide.catalog.errors.CatalogError` for the first problem, naming the file and field.
    A missing ``catalog/comparisons/``, ``catalog/decisions/``, ``catalog/glossary.yml``,
    ``catalog/search-synonyms.yml`` or ``catalog/bibliography.yml`` means none.
    """
    catalog_dir = root / CATALOG_DIR
    docs = docs_dir if docs_dir is not None else root / "docs"
    catalog = load_catalog(catalog_dir)
    check_docs(catalog, docs)
    comparisons = load_comparisons(catalog_dir, catalog)
    check_comparison_pages(comparisons, docs)
    guides = load_guides(catalog_dir, catalog)
    check_guide_pages(guides, docs)
    glossary_path = catalog_dir / GLOSSARY_FILE
    glossary = load_glossary(glossary_path, catalog, root) if glossary_path.is_file() else None
    synonyms_path = catalog_dir / SYNONYMS_FILE
    synonyms = load_synonyms(synonyms_path, root) if synonyms_path.is_file() else ()
    bibliography_path = catalog_dir / BIBLIOGRAPHY_FILE
    bibliography = load_bibliography(bibliography_path, root) if bibliography_path.is_file() else None
    check_reading(catalog, bibliography)
    return SiteModel(
        catalog=catalog,
        comparisons=comparisons,
        guides=guides,
        glossary=glossary,
        relations=all_relations_of(catalog),
        synonyms=synonyms,
        bibliography=bibliography,
    )


def source_stamp(root: Path, docs_dir: Path | None = None) -> tuple[FileStamp, ...]:
    """Every file :func:`load_site_model` may read, with its size and modification time, in a stable order.

    Two equal stamps mean the same inputs, so the model loaded for one can stand for the other.
    """
    stamps: list[FileStamp] = []
    for folder in (root / CATALOG_DIR, docs_dir if docs_dir is not None else root / "docs"):
        for directory, subdirectories, names in os.walk(folder):
            subdirectories.sort()
            for name in sorted(names):
                path = Path(directory) / name
                status = path.stat()
                stamps.append((path.as_posix(), status.st_size, status.st_mtime_ns))
    return tuple(stamps)
