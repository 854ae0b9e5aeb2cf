"""The catalog seen as the map's graph: one node per pattern with its wrapped label, one edge per drawn line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from msa_guide.catalog.model import Catalog
from msa_guide.catalog.relations import edges
from msa_guide.render.map_layout import FONT, MapGraph, MapNode
from msa_guide.render.svg import text_width, widest, wrap

#: Widest label line before it wraps, and the font of the headings (bold).
MAX_LABEL = 190.0
BLOCK_FONT = 12.0
GROUP_FONT = 15.0


@dataclass(frozen=True)
class Line:
    """A drawn line of the map: two pattern ids and its kind (a relation kind, or ``comparison``)."""

    source: str
    target: str
    kind: str
    title: str = ""


def map_lines(catalog: Catalog, comparisons: Sequence[tuple[str, str, str]] = ()) -> tuple[Line, ...]:
    """Every authored relation once, then every comparison whose two ends are both in the catalog."""
    lines = [Line(r.source, r.target, r.kind) for r in edges(catalog)]
    lines += [
        Line(a, b, "comparison", title)
        for a, b, title in comparisons
        if catalog.has_pattern(a) and catalog.has_pattern(b)
    ]
    return tuple(lines)


def map_graph(catalog: Catalog, lang: str, lines: Sequence[Line]) -> tuple[MapGraph, dict[str, list[str]]]:
    """The layout input for one language, and every node's label lines."""
    labels: dict[str, list[str]] = {}
    nodes: list[MapNode] = []
    for pattern in catalog.reading_order():
        wrapped = wrap(pattern.name[lang], MAX_LABEL, FONT)
        labels[pattern.id] = wrapped
        # one spare em: the estimate must never be narrower than the font the browser picks
        nodes.append(MapNode(pattern.id, pattern.type, pattern.category, len(wrapped), widest(wrapped, FONT) + FONT))
    heading_width = {t.id: text_width(t.name[lang], GROUP_FONT, bold=True) + GROUP_FONT for t in catalog.types}
    heading_width.update(
        {c.id: text_width(c.name[lang], BLOCK_FONT, bold=True) + BLOCK_FONT for c in catalog.categories}
    )
    graph = MapGraph(
        nodes=tuple(nodes),
        groups=tuple(t.id for t in catalog.types),
        blocks=tuple((c.id, c.type) for c in catalog.categories),
        heading_width=heading_width,
        edges=tuple((line.source, line.target) for line in lines),
    )
    return graph, labels
