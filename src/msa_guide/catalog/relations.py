"""Relations seen from one pattern: authored edges plus the inverse of every edge that points at it."""

from __future__ import annotations

from msa_guide.catalog.model import DISPLAY_KINDS, INVERSE_KIND, Catalog, Relation


def relations_of(catalog: Catalog, pattern_id: str) -> dict[str, tuple[str, ...]]:
    """Map each display kind to the related ids of one pattern (deduplicated, in reading order)."""
    return all_relations_of(catalog)[pattern_id]


def all_relations_of(catalog: Catalog) -> dict[str, dict[str, tuple[str, ...]]]:
    """:func:`relations_of` for every pattern in one pass over the edges (linear in catalog size)."""
    edges: dict[str, set[tuple[str, str]]] = {p.id: set() for p in catalog.patterns}
    for pattern in catalog.patterns:
        for relation in pattern.related:
            edges[relation.source].add((relation.kind, relation.target))
            edges[relation.target].add((INVERSE_KIND[relation.kind], relation.source))
    position = {p.id: index for index, p in enumerate(catalog.reading_order())}
    result: dict[str, dict[str, tuple[str, ...]]] = {}
    for pattern_id, pattern_edges in edges.items():
        grouped: dict[str, tuple[str, ...]] = {}
        for kind in DISPLAY_KINDS:
            ids = sorted((t for k, t in pattern_edges if k == kind), key=lambda i: (position[i], i))
            if ids:
                grouped[kind] = tuple(ids)
        result[pattern_id] = grouped
    return result


def edges(catalog: Catalog) -> tuple[Relation, ...]:
    """Every authored relation once, in a deterministic order."""
    return tuple(sorted((r for p in catalog.patterns for r in p.related), key=lambda r: (r.source, r.kind, r.target)))
