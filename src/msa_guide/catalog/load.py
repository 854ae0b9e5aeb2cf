"""Load ``catalog/`` into a validated :class:`Catalog`; the first bad input raises a :class:`CatalogError`."""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

from msa_guide.catalog.errors import CatalogError, did_you_mean
from msa_guide.catalog.fields import Fields
from msa_guide.catalog.model import (
    INVERSE_KIND,
    LANGUAGES,
    LAYOUTS,
    Catalog,
    Category,
    PageRef,
    Pattern,
    PatternType,
    Relation,
    Tool,
)
from msa_guide.catalog.yaml_source import read_yaml, record_files, shown_path

PATTERN_FIELDS = (
    "id",
    "type",
    "category",
    "layout",
    "order",
    "name",
    "summary",
    "aliases",
    "related",
    "tools",
    "page",
    "reading",
)


def load_catalog(catalog_dir: Path) -> Catalog:
    """Read, validate and cross-check every file of ``catalog_dir``."""
    base = catalog_dir.parent
    types = _load_types(catalog_dir / "types.yml", base)
    categories = _load_categories(catalog_dir / "categories.yml", base, types)
    files = record_files(catalog_dir / "patterns", base)
    patterns = tuple(_load_pattern(path, base, types, categories) for path, _ in files)
    catalog = Catalog(types=tuple(types.values()), categories=tuple(categories.values()), patterns=patterns)
    _check_relations(catalog)
    _check_aliases(catalog)
    _check_pages_unique(catalog)
    _check_legacy_tools(catalog)
    return catalog


def _entries(path: Path, base: Path, key: str) -> tuple[str, list[Any]]:
    shown = shown_path(path, base)
    if not path.is_file():
        raise CatalogError(shown, "", "file is missing")
    top = Fields(read_yaml(path, shown), shown)
    top.reject_unknown((key,))
    entries = top.require(key)
    if not isinstance(entries, list) or not entries:
        raise top.error(key, "expected a non-empty list")
    return shown, entries


def _load_types(path: Path, base: Path) -> dict[str, PatternType]:
    shown, entries = _entries(path, base, "types")
    types: dict[str, PatternType] = {}
    for index, raw in enumerate(entries):
        fields = Fields(raw, shown, f"types[{index}]")
        fields.reject_unknown(("id", "folder", "name", "description"))
        type_id = fields.identifier("id")
        if type_id in types:
            raise fields.error("id", f"duplicate type id '{type_id}'")
        types[type_id] = PatternType(
            id=type_id,
            folder=fields.identifier("folder"),
            name=fields.localized("name", plain=True),
            description=fields.localized("description", plain=True),
        )
    return types


def _load_categories(path: Path, base: Path, types: dict[str, PatternType]) -> dict[str, Category]:
    shown, entries = _entries(path, base, "categories")
    categories: dict[str, Category] = {}
    for index, raw in enumerate(entries):
        fields = Fields(raw, shown, f"categories[{index}]")
        fields.reject_unknown(("id", "type", "name"))
        category_id = fields.identifier("id")
        if category_id in categories:
            raise fields.error("id", f"duplicate category id '{category_id}'")
        categories[category_id] = Category(
            id=category_id,
            type=fields.choice("type", types, "pattern type"),
            name=fields.localized("name", plain=True),
        )
    return categories


def _load_pattern(path: Path, base: Path, types: dict[str, PatternType], categories: dict[str, Category]) -> Pattern:
    shown = shown_path(path, base)
    fields = Fields(read_yaml(path, shown), shown)
    fields.reject_unknown(PATTERN_FIELDS)
    pattern_id = fields.identifier("id")
    if pattern_id != path.stem:
        raise fields.error("id", f"'{pattern_id}' does not match the file name '{path.name}'")
    type_id = fields.choice("type", types, "pattern type")
    category_id = fields.choice("category", categories, "category")
    owner = categories[category_id].type
    if owner != type_id:
        raise fields.error("category", f"category '{category_id}' belongs to type '{owner}', not '{type_id}'")
    return Pattern(
        id=pattern_id,
        type=type_id,
        category=category_id,
        layout=fields.choice("layout", LAYOUTS, "layout", default="pattern"),
        order=fields.integer("order", 100),
        name=fields.localized("name", plain=True),
        summary=fields.localized("summary", plain=True),
        aliases=fields.localized_lists("aliases"),
        related=_related(fields, pattern_id),
        tools=_tools(fields),
        page=_page(fields, f"{types[type_id].folder}/{pattern_id}.md"),
        source=shown,
        reading=fields.text_list("reading"),
    )


def _tools(fields: Fields) -> tuple[Tool, ...]:
    """``tools``: names, or ``{name: ..., legacy: {ko: ..., en: ...}}`` for a tool that is no longer current."""
    raw = fields.data.get("tools")
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise fields.error("tools", "expected a list of tool names or {name, legacy} mappings")
    tools: list[Tool] = []
    for index, item in enumerate(raw):
        if isinstance(item, dict):
            entry = fields.sub(f"tools[{index}]", item)
            entry.reject_unknown(("name", "legacy"))
            tool = Tool(name=" ".join(entry.text("name").split()), legacy=entry.localized("legacy", plain=True))
        elif isinstance(item, str | int | float) and not isinstance(item, bool) and str(item).strip():
            tool = Tool(name=" ".join(str(item).split()))
        else:
            raise fields.error(f"tools[{index}]", "expected a tool name or a {name, legacy} mapping")
        if any(t.name == tool.name for t in tools):
            raise fields.error(f"tools[{index}]", f"'{tool.name}' is listed twice")
        tools.append(tool)
    return (*(t for t in tools if not t.is_legacy), *(t for t in tools if t.is_legacy))


def _related(fields: Fields, pattern_id: str) -> tuple[Relation, ...]:
    raw = fields.data.get("related")
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise fields.error("related", "expected a list of {id, kind} mappings")
    relations: list[Relation] = []
    for index, item in enumerate(raw):
        entry = fields.sub(f"related[{index}]", item)
        entry.reject_unknown(("id", "kind"))
        target = entry.identifier("id")
        kind = entry.choice("kind", INVERSE_KIND, "relation kind")
        if target == pattern_id:
            raise entry.error("id", "a pattern cannot be related to itself")
        relation = Relation(source=pattern_id, kind=kind, target=target)
        if relation in relations:
            raise fields.error(f"related[{index}]", f"duplicate relation '{kind} {target}'")
        relations.append(relation)
    return tuple(relations)


def _page(fields: Fields, default: str) -> dict[str, PageRef]:
    raw = fields.data.get("page")
    if raw is None:
        return {lang: PageRef(default) for lang in LANGUAGES}
    if isinstance(raw, str):
        ref = _page_ref(fields, "page", raw)
        return {lang: ref for lang in LANGUAGES}
    sub = fields.sub("page", raw)
    sub.reject_unknown(LANGUAGES)
    return {lang: _page_ref(sub, lang, sub.text(lang)) for lang in LANGUAGES}


def _page_ref(fields: Fields, key: str, value: str) -> PageRef:
    path, _, anchor = value.strip().partition("#")
    normal = posixpath.normpath(path) if path else ""
    if not path.endswith(".md") or path.startswith("/") or normal != path or normal.startswith(".."):
        raise fields.error(key, f"'{value}' is not a page path like 'platform/saga.md' or 'platform/saga.md#anchor'")
    if "#" in value and not anchor:
        raise fields.error(key, f"'{value}' has an empty anchor")
    return PageRef(path=path, anchor=anchor)


def _check_relations(catalog: Catalog) -> None:
    ids = [p.id for p in catalog.patterns]
    for pattern in catalog.patterns:
        for index, relation in enumerate(pattern.related):
            if not catalog.has_pattern(relation.target):
                hint = did_you_mean(relation.target, [i for i in ids if i != pattern.id])
                raise CatalogError(
                    pattern.source, f"related[{index}].id", f"unknown pattern id '{relation.target}'{hint}"
                )


def _alias_key(text: str) -> str:
    return text.casefold()


def _check_aliases(catalog: Catalog) -> None:
    """An alias must lead to one entry only: no clash with another alias or another entry's name."""
    owners: dict[tuple[str, str], tuple[str, str]] = {}
    for pattern in catalog.patterns:
        for lang in LANGUAGES:
            owners[(lang, _alias_key(pattern.name[lang]))] = (pattern.id, f"name.{lang}")
    for pattern in catalog.patterns:
        for lang in LANGUAGES:
            for index, alias in enumerate(pattern.aliases[lang]):
                key = (lang, _alias_key(alias))
                field = f"aliases.{lang}[{index}]"
                owner = owners.get(key)
                if owner is None:
                    owners[key] = (pattern.id, field)
                    continue
                owner_id, owner_field = owner
                if owner_id == pattern.id:
                    what = "the entry's own name" if owner_field.startswith("name") else "listed twice"
                    raise CatalogError(pattern.source, field, f"alias '{alias}' repeats {what}")
                other = catalog.pattern(owner_id)
                raise CatalogError(
                    pattern.source,
                    field,
                    f"alias '{alias}' is already used by '{owner_id}' ({other.source}: {owner_field})",
                )


def _check_pages_unique(catalog: Catalog) -> None:
    seen: dict[tuple[str, str], str] = {}
    for pattern in catalog.patterns:
        for lang in LANGUAGES:
            ref = pattern.page[lang]
            key = (lang, ref.target)
            if key in seen:
                field = "page" if pattern.page["ko"] == pattern.page["en"] else f"page.{lang}"
                raise CatalogError(pattern.source, field, f"'{ref.target}' is already the page of '{seen[key]}'")
            seen[key] = pattern.id


def _check_legacy_tools(catalog: Catalog) -> None:
    """A tool is legacy on every card that lists it, or on none."""
    legacy: dict[str, str] = {}
    for pattern in catalog.patterns:
        for tool in pattern.tools:
            if tool.is_legacy:
                legacy.setdefault(tool.name, pattern.source)
    for pattern in catalog.patterns:
        for tool in pattern.tools:
            if not tool.is_legacy and tool.name in legacy:
                raise CatalogError(
                    pattern.source,
                    "tools",
                    f"'{tool.name}' is legacy in {legacy[tool.name]}; mark it legacy here too "
                    "({name: ..., legacy: {ko: ..., en: ...}})",
                )
