"""Check the catalog against ``docs/<lang>/``: every record has its pages, every page its twin and record."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from msa_guide.catalog.errors import CatalogError
from msa_guide.catalog.fields import LANGUAGE_NAMES
from msa_guide.catalog.model import LANGUAGES, Catalog
from msa_guide.catalog.yaml_source import shown_path as shown_path  # also named here for older callers


def check_docs(catalog: Catalog, docs_dir: Path) -> None:
    """Raise a :class:`CatalogError` for the first missing translation, page, anchor or orphan page."""
    shown_docs = docs_dir.name
    check_translations(docs_dir)
    for pattern in catalog.patterns:
        for lang in LANGUAGES:
            ref = pattern.page[lang]
            field = "page" if pattern.page["ko"] == pattern.page["en"] else f"page.{lang}"
            page_file = docs_dir / lang / ref.path
            if not page_file.is_file():
                raise CatalogError(
                    pattern.source,
                    field,
                    f"page '{ref.path}' does not exist in {LANGUAGE_NAMES[lang]} "
                    f"(expected {shown_docs}/{lang}/{ref.path})",
                )
            if ref.anchor and not re.search(
                r"\{[^}]*#" + re.escape(ref.anchor) + r"[\s}]", page_file.read_text(encoding="utf-8")
            ):
                raise CatalogError(
                    pattern.source,
                    field,
                    f"anchor '#{ref.anchor}' not found in {shown_docs}/{lang}/{ref.path} "
                    f"(add '{{#{ref.anchor}}}' to the heading of its section)",
                )
    owned = {(lang, p.page[lang].path) for p in catalog.patterns for lang in LANGUAGES if p.has_own_page(lang)}
    for pattern_type in catalog.types:
        for lang in LANGUAGES:
            folder = docs_dir / lang / pattern_type.folder
            for page_file in sorted(folder.glob("*.md")) if folder.is_dir() else []:
                if page_file.name == "index.md":
                    continue
                rel = f"{pattern_type.folder}/{page_file.name}"
                if (lang, rel) not in owned:
                    raise CatalogError(
                        f"{shown_docs}/{lang}/{rel}",
                        "",
                        f"page in a pattern folder has no catalog entry (create catalog/patterns/{page_file.stem}.yml)",
                    )


def check_folder_pages(records: Sequence[tuple[str, str]], docs_dir: Path, folder: str, noun: str) -> None:
    """Each ``(record file, page)`` has its page in every language; each page of ``folder`` but the index
    has its record."""
    shown_docs = docs_dir.name
    for source, page in records:
        for lang in LANGUAGES:
            if not (docs_dir / lang / page).is_file():
                raise CatalogError(
                    source,
                    "id",
                    f"page '{page}' does not exist in {LANGUAGE_NAMES[lang]} (expected {shown_docs}/{lang}/{page})",
                )
    known = {page for _, page in records}
    for lang in LANGUAGES:
        directory = docs_dir / lang / folder
        for page_file in sorted(directory.glob("*.md")) if directory.is_dir() else []:
            rel = f"{folder}/{page_file.name}"
            if page_file.name != "index.md" and rel not in known:
                raise CatalogError(
                    f"{shown_docs}/{lang}/{rel}",
                    "",
                    f"page in the {folder} folder has no {noun} (create catalog/{folder}/{page_file.stem}.yml)",
                )


def check_translations(docs_dir: Path) -> None:
    """Every Markdown page of one language has its twin in every other language."""
    shown_docs = docs_dir.name
    pages = {lang: _markdown_pages(docs_dir / lang) for lang in LANGUAGES}
    for lang in LANGUAGES:
        for other in LANGUAGES:
            for rel in sorted(pages[lang] - pages[other]):
                raise CatalogError(
                    f"{shown_docs}/{other}/{rel}",
                    "",
                    f"missing {LANGUAGE_NAMES[other]} translation of {shown_docs}/{lang}/{rel}",
                )


def _markdown_pages(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {p.relative_to(root).as_posix() for p in root.rglob("*.md")}
