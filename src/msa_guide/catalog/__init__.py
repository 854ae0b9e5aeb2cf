"""Pure catalog core: load, validate and model the language-neutral pattern catalog (no MkDocs imports)."""

from msa_guide.catalog.errors import CatalogError
from msa_guide.catalog.load import load_catalog
from msa_guide.catalog.model import (
    LANGUAGES,
    Catalog,
    Category,
    Pattern,
    PatternType,
    Relation,
)

__all__ = [
    "LANGUAGES",
    "Catalog",
    "CatalogError",
    "Category",
    "Pattern",
    "PatternType",
    "Relation",
    "load_catalog",
]
