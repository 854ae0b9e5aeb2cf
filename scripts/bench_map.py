"""`make bench`, pattern map: edge crossings of the layout next to the old grid's, and layout time vs catalog size.

The old grid (before issue 19) placed each type in a band of two columns, categories one under the other,
and drew every relation as one quadratic curve between dot centres. :func:`grid_routes` reproduces those
positions and curves only to count their crossings here; the site no longer draws it.
"""

from __future__ import annotations

import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from msa_guide.catalog import Catalog, load_catalog  # noqa: E402
from msa_guide.render.map_crossings import Point, count_crossings  # noqa: E402
from msa_guide.render.map_graph import Line, map_graph, map_lines  # noqa: E402
from msa_guide.render.map_layout import place  # noqa: E402
from msa_guide.render.map_routing import route_edges  # noqa: E402

# The old grid's geometry (src/msa_guide/render/pattern_map.py until issue 19).
GRID_NODE_WIDTH, GRID_ROW, GRID_HEADER, GRID_BAND_GAP, GRID_COLUMNS, GRID_MARGIN = 205, 30, 30, 30, 2, 20


def grid_routes(catalog: Catalog, lines: tuple[Line, ...]) -> list[tuple[str, str, list[Point]]]:
    """The old grid's dot centres and its quadratic edges, flattened into 8-piece polylines."""
    centre: dict[str, Point] = {}
    band_width = GRID_COLUMNS * GRID_NODE_WIDTH
    for band, pattern_type in enumerate(catalog.types):
        x0 = GRID_MARGIN + band * (band_width + GRID_BAND_GAP)
        y = GRID_MARGIN + GRID_HEADER
        for category in catalog.categories_of(pattern_type.id):
            patterns = catalog.patterns_in(category.id)
            if not patterns:
                continue
            y += GRID_HEADER
            for index, pattern in enumerate(patterns):
                column, row = index % GRID_COLUMNS, index // GRID_COLUMNS
                centre[pattern.id] = (x0 + column * GRID_NODE_WIDTH + 10, y + row * GRID_ROW + 12)
            y += -(-len(patterns) // GRID_COLUMNS) * GRID_ROW + 8
    routes = []
    for line in lines:
        (ax, ay), (bx, by) = centre[line.source], centre[line.target]
        mx, my = (ax + bx) / 2, (ay + by) / 2 - min(60.0, abs(ax - bx) / 6 + 12)
        points = []
        for k in range(9):
            t = k / 8
            u = 1 - t
            points.append((u * u * ax + 2 * u * t * mx + t * t * bx, u * u * ay + 2 * u * t * my + t * t * by))
        routes.append((line.source, line.target, points))
    return routes


def new_routes(catalog: Catalog, lang: str, lines: tuple[Line, ...]) -> list[tuple[str, str, list[Point]]]:
    graph, _ = map_graph(catalog, lang, lines)
    return [(r.source, r.target, r.polyline()) for r in route_edges(place(graph), graph.edges)]


def layout_seconds(catalog: Catalog, lines: tuple[Line, ...], repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs (a shared machine only ever adds time)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        graph, _ = map_graph(catalog, "en", lines)
        route_edges(place(graph), graph.edges)
        times.append(time.perf_counter() - start)
    return min(times)


def comparison_pairs() -> tuple[tuple[str, str, str], ...]:
    from msa_guide.catalog.comparisons import load_comparisons

    catalog = load_catalog(ROOT / "catalog")
    pairs = []
    for comparison in load_comparisons(ROOT / "catalog", catalog):
        ids = [s.id for s in comparison.subjects]
        pairs += [(a, b, comparison.id) for k, a in enumerate(ids) for b in ids[k + 1 :]]
    return tuple(pairs)


def rows() -> list[tuple[str, str, str]]:
    from synthetic_site import write_synthetic_site

    catalog = load_catalog(ROOT / "catalog")
    lines = map_lines(catalog, comparison_pairs())
    old = count_crossings(grid_routes(catalog, lines))
    found = [("figure", "measured", "target")][1:]
    found.append(("map: patterns / drawn edges", f"{len(catalog.patterns)} / {len(lines)}", "-"))
    found.append(("map: edge crossings, old grid", str(old), "-"))
    for lang in ("ko", "en"):
        new = count_crossings(new_routes(catalog, lang, lines))
        found.append((f"map: edge crossings, new layout ({lang})", f"{new} ({new / old:.0%} of the grid)", "< 50%"))
    found.append(("map: layout + routing, real catalog (ms)", f"{layout_seconds(catalog, lines) * 1000:.1f}", "-"))
    with tempfile.TemporaryDirectory() as tmp:
        sizes = {}
        for count in (200, 2000):
            synthetic = load_catalog(write_synthetic_site(Path(tmp) / f"syn{count}", count) / "catalog")
            sizes[count] = layout_seconds(synthetic, map_lines(synthetic))
            found.append((f"map: layout + routing, {count:,} patterns (ms)", f"{sizes[count] * 1000:.1f}", "-"))
    bound = 2000 * math.log(2000) / (200 * math.log(200))
    found.append(("map: 2,000 / 200 layout time", f"{sizes[2000] / sizes[200]:.2f}", f"<= {bound:.1f} (n log n)"))
    return found


if __name__ == "__main__":
    for row in rows():
        print(" | ".join(row))
