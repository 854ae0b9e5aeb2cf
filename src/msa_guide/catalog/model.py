"""Typed, immutable model of the catalog. Every language-neutral fact of the guide lives here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: The languages every record must be written in, default language first.
LANGUAGES: tuple[str, ...] = ("ko", "en")

#: Relation kinds an author may write, and the kind shown on the other end of the edge.
INVERSE_KIND: Mapping[str, str] = {
    "uses": "used-by",
    "used-by": "uses",
    "alternative-to": "alternative-to",
    "complements": "complements",
    "part-of": "has-part",
    "addresses": "addressed-by",
}

#: Every kind that can appear on a pattern (authored or inverted), in display order.
DISPLAY_KINDS: tuple[str, ...] = (
    "part-of",
    "has-part",
    "uses",
    "used-by",
    "complements",
    "alternative-to",
    "addresses",
    "addressed-by",
)

#: Page layouts: ``pattern`` pages share the fixed section skeleton, ``topic`` pages choose their own.
LAYOUTS: tuple[str, ...] = ("pattern", "topic")

Localized = Mapping[str, str]


@dataclass(frozen=True)
class PageRef:
    """Where a record's prose lives in one language: a path under ``docs/<lang>/`` and an optional anchor."""

    path: str
    anchor: str = ""

    @property
    def target(self) -> str:
        return f"{self.path}#{self.anchor}" if self.anchor else self.path


@dataclass(frozen=True)
class PatternType:
    id: str
    folder: str
    name: Localized
    description: Localized

    @property
    def index_page(self) -> str:
        return f"{self.folder}/index.md"


@dataclass(frozen=True)
class Category:
    id: str
    type: str
    name: Localized


@dataclass(frozen=True)
class Relation:
    """A directed, typed edge between two catalog ids."""

    source: str
    kind: str
    target: str


@dataclass(frozen=True)
class Tool:
    """A product or library that implements a pattern; ``legacy`` says, per language, why it is no longer current."""

    name: str
    legacy: Localized | None = None

    @property
    def is_legacy(self) -> bool:
        return self.legacy is not None


@dataclass(frozen=True)
class Pattern:
    id: str
    type: str
    category: str
    name: Localized
    summary: Localized
    aliases: Mapping[str, tuple[str, ...]]
    related: tuple[Relation, ...]
    tools: tuple[Tool, ...]
    """Current tools first, then legacy ones, each group in the order the record lists them."""
    page: Mapping[str, PageRef]
    layout: str = "pattern"
    order: int = 100
    source: str = ""
    reading: tuple[str, ...] = ()
    """Ids of ``catalog/bibliography.yml`` works that cover the pattern, in the order the page lists them."""

    @property
    def tool_names(self) -> tuple[str, ...]:
        return tuple(tool.name for tool in self.tools)

    def has_own_page(self, lang: str) -> bool:
        """True when the record has a page of its own (not a section of another page)."""
        return not self.page[lang].anchor


@dataclass(frozen=True)
class Catalog:
    types: tuple[PatternType, ...]
    categories: tuple[Category, ...]
    patterns: tuple[Pattern, ...]
    _by_id: Mapping[str, Pattern] = field(default_factory=dict, repr=False, compare=False)
    # The reading order, worked out once: the pages ask for it hundreds of times per build.
    _in_category: Mapping[str, tuple[Pattern, ...]] = field(default_factory=dict, repr=False, compare=False)
    _of_type: Mapping[str, tuple[Pattern, ...]] = field(default_factory=dict, repr=False, compare=False)
    _reading_order: tuple[Pattern, ...] = field(default=(), repr=False, compare=False)
    _on_page: dict[tuple[str, str], tuple[Pattern, ...]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {p.id: p for p in self.patterns})
        in_category: dict[str, list[Pattern]] = {c.id: [] for c in self.categories}
        for p in sorted(self.patterns, key=lambda p: (p.order, p.id)):
            in_category.setdefault(p.category, []).append(p)
        object.__setattr__(self, "_in_category", {c: tuple(ps) for c, ps in in_category.items()})
        of_type = {
            t.id: tuple(p for c in self.categories_of(t.id) for p in self._in_category[c.id]) for t in self.types
        }
        object.__setattr__(self, "_of_type", of_type)
        object.__setattr__(self, "_reading_order", tuple(p for t in self.types for p in of_type[t.id]))

    def pattern(self, pattern_id: str) -> Pattern:
        return self._by_id[pattern_id]

    def has_pattern(self, pattern_id: str) -> bool:
        return pattern_id in self._by_id

    def type(self, type_id: str) -> PatternType:
        return next(t for t in self.types if t.id == type_id)

    def category(self, category_id: str) -> Category:
        return next(c for c in self.categories if c.id == category_id)

    def categories_of(self, type_id: str) -> tuple[Category, ...]:
        return tuple(c for c in self.categories if c.type == type_id)

    def patterns_in(self, category_id: str) -> tuple[Pattern, ...]:
        """Patterns of a category in reading order (``order``, then id)."""
        return self._in_category.get(category_id, ())

    def patterns_of_type(self, type_id: str) -> tuple[Pattern, ...]:
        """Patterns of a type in reading order: category order first, then within the category."""
        return self._of_type.get(type_id, ())

    def reading_order(self) -> tuple[Pattern, ...]:
        return self._reading_order

    def patterns_on_page(self, page: str, lang: str) -> tuple[Pattern, ...]:
        """The entries whose page (or a section of it) is ``page`` in ``lang``, in reading order."""
        if not self._on_page:
            on_page: dict[tuple[str, str], list[Pattern]] = {}
            for p in self._reading_order:
                for code, ref in p.page.items():
                    on_page.setdefault((code, ref.path), []).append(p)
            self._on_page.update({key: tuple(ps) for key, ps in on_page.items()})
        return self._on_page.get((lang, page), ())

    def owner_of_page(self, page: str, lang: str) -> Pattern | None:
        """The entry whose own page (in ``lang``) is ``page``: where the prose of every entry on that page lives."""
        return next((p for p in self.patterns if p.has_own_page(lang) and p.page[lang].path == page), None)

    def owner_of(self, pattern_id: str, lang: str) -> Pattern | None:
        """The entry whose own page holds a pattern's prose: the pattern itself, or the page it is a section of."""
        return self.owner_of_page(self.pattern(pattern_id).page[lang].path, lang)
