"""Pattern map layout, routing and rendering, and the per-pattern mini-map, on the real catalog and small graphs."""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
from types import ModuleType

import pytest

from msa_guide.catalog import load_catalog
from msa_guide.catalog.relations import all_relations_of
from msa_guide.render.map_crossings import count_crossings, segments_cross
from msa_guide.render.map_graph import map_graph, map_lines
from msa_guide.render.map_layout import MapGraph, MapNode, partition, place
from msa_guide.render.map_routing import route_edges
from msa_guide.render.mini_map import mini_map
from msa_guide.render.pattern_map import pattern_map
from tests.helpers import ROOT

CATALOG = load_catalog(ROOT / "catalog")


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_map", ROOT / "scripts" / "bench_map.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
LINES = map_lines(CATALOG, BENCH.comparison_pairs())


@pytest.fixture(scope="module", params=["ko", "en"])
def drawn(request: pytest.FixtureRequest) -> tuple[str, MapGraph, object, tuple[object, ...]]:
    graph, _ = map_graph(CATALOG, request.param, LINES)
    placement = place(graph)
    return request.param, graph, placement, route_edges(placement, graph.edges)


def test_every_pattern_gets_one_box_and_no_boxes_or_headings_overlap(drawn: tuple) -> None:  # type: ignore[type-arg]
    _, _, placement, _ = drawn
    assert set(placement.nodes) == {p.id for p in CATALOG.patterns}
    boxes = [*placement.nodes.values(), *placement.blocks.values(), *placement.groups.values()]
    overlapping = [(a, b) for a, b in itertools.combinations(boxes, 2) if a.overlaps(b)]
    assert overlapping == []
    for box in boxes:
        assert box.x >= 0
        assert box.y >= 0
        assert box.right <= placement.width
        assert box.bottom <= placement.height


def test_categories_stay_whole_and_types_read_left_to_right(drawn: tuple) -> None:  # type: ignore[type-arg]
    _, _, placement, _ = drawn
    for category in CATALOG.categories:
        columns = {placement.column_of[p.id] for p in CATALOG.patterns_in(category.id)}
        assert len(columns) <= 1, category.id
    type_of_column = [c.group for c in placement.columns]
    assert type_of_column == sorted(type_of_column, key=[t.id for t in CATALOG.types].index)


def test_edges_leave_from_box_sides_and_never_cross_a_box(drawn: tuple) -> None:  # type: ignore[type-arg]
    _, _, placement, routes = drawn
    boxes = placement.nodes
    headings = [*placement.blocks.values(), *placement.groups.values()]
    for route in routes:
        points = route.polyline(16)
        ends = (boxes[route.source], boxes[route.target])
        assert any(abs(points[0][1] - b.cy) < 0.01 and points[0][0] in (b.x, b.right) for b in ends)
        assert any(abs(points[-1][1] - b.cy) < 0.01 and points[-1][0] in (b.x, b.right) for b in ends)
        for x, y in points:
            for box in [*boxes.values(), *headings]:
                inside = box.x + 0.5 < x < box.right - 0.5 and box.y + 0.5 < y < box.bottom - 0.5
                assert not inside, f"{route.source}–{route.target} runs through a label at ({x:.0f}, {y:.0f})"


def test_layout_is_deterministic() -> None:
    graph, _ = map_graph(CATALOG, "en", LINES)
    first = place(graph)
    assert first == place(graph)
    assert route_edges(first, graph.edges) == route_edges(place(graph), graph.edges)


def test_fewer_than_half_the_crossings_of_the_old_grid() -> None:
    old = count_crossings(BENCH.grid_routes(CATALOG, LINES))
    for lang in ("ko", "en"):
        new = count_crossings(BENCH.new_routes(CATALOG, lang, LINES))
        assert new < old / 2, (lang, new, old)


def test_crossing_counter() -> None:
    assert segments_cross((0, 0), (2, 2), (0, 2), (2, 0))
    assert not segments_cross((0, 0), (1, 1), (2, 2), (3, 3))
    assert not segments_cross((0, 0), (2, 0), (0, 1), (2, 1))
    x_shape = [("a", "b", [(0.0, 0.0), (100.0, 100.0)]), ("c", "d", [(0.0, 100.0), (100.0, 0.0)])]
    assert count_crossings(x_shape) == 1
    # edges that share a box are not counted against each other
    assert count_crossings([("a", "b", x_shape[0][2]), ("a", "d", x_shape[1][2])]) == 0
    # a zigzag crossing a long line three times counts three
    zigzag = [(0.0, -10.0), (10.0, 10.0), (20.0, -10.0), (30.0, 10.0)]
    assert count_crossings([("a", "b", [(-5.0, 0.0), (40.0, 0.0)]), ("c", "d", zigzag)]) == 3


def test_partition_minimises_the_largest_run() -> None:
    assert partition([4, 1, 1, 1, 1, 4], 2) == [3, 3]
    assert partition([9, 1, 1, 1], 2) == [1, 3]
    assert partition([1, 2], 5) == [1, 1]
    assert sum(partition([3.0] * 10, 3)) == 10


def test_barycentre_order_puts_connected_boxes_side_by_side() -> None:
    nodes = tuple(MapNode(f"l{k}", "g1", "b1", 1, 60) for k in range(4)) + tuple(
        MapNode(f"r{k}", "g2", "b2", 1, 60) for k in range(4)
    )
    # r0..r3 are joined to l3..l0: the right column should come out reversed
    edges = tuple((f"l{k}", f"r{3 - k}") for k in range(4))
    graph = MapGraph(nodes, ("g1", "g2"), (("b1", "g1"), ("b2", "g2")), {"g1": 40, "g2": 40, "b1": 30, "b2": 30}, edges)
    placement = place(graph)
    routes = route_edges(placement, graph.edges)
    assert count_crossings([(r.source, r.target, r.polyline()) for r in routes]) == 0


def test_map_html_links_every_pattern_and_carries_its_graph() -> None:
    html = pattern_map(CATALOG, "ko", "explore/map.md", (("saga", "two-phase-commit", "사가 & 2PC </script>"),))
    for pattern in CATALOG.patterns:
        assert f'data-id="{pattern.id}"' in html
    found = re.search(r'<script type="application/json" class="pattern-map-data">(.*?)</script>', html, re.S)
    assert found is not None
    data = json.loads(found[1])
    assert {n["id"] for n in data["nodes"]} == {p.id for p in CATALOG.patterns}
    assert ["saga", "two-phase-commit", "comparison"] in data["edges"]
    circuit = next(n for n in data["nodes"] if n["id"] == "circuit-breaker")
    assert circuit["href"] == "../../platform/circuit-breaker/"
    assert circuit["terms"][0] == CATALOG.pattern("circuit-breaker").name["ko"]
    assert "사가 &amp; 2PC &lt;/script&gt;" in html  # the comparison title, escaped in the edge's <title>


def test_mini_map_draws_each_direct_relation_once_without_overlaps() -> None:
    relations = all_relations_of(CATALOG)
    for pattern in CATALOG.patterns:
        svg = mini_map(CATALOG, pattern, "en", relations[pattern.id], lambda p: p.id + "/")
        related = {i for ids in relations[pattern.id].values() for i in ids}
        if not related:
            assert svg == ""
            continue
        linked = re.findall(r'<a class="mm-node [^"]+" href="([^"]+)/" data-id="([^"]+)"', svg)
        assert sorted(i for i, _ in linked) == sorted(i for ids in relations[pattern.id].values() for i in ids)
        rects = [
            tuple(map(float, m))
            for m in re.findall(r'<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"', svg)
        ]
        for (ax, ay, aw, ah), (bx, by, bw, bh) in itertools.combinations(rects, 2):
            assert not (ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah), pattern.id
        width, height = map(float, re.search(r'viewBox="0 0 (\S+) (\S+)"', svg).groups())  # type: ignore[union-attr]
        assert all(x >= 0 and y >= 0 and x + w <= width and y + h <= height for x, y, w, h in rects), pattern.id


def test_synthetic_two_thousand_patterns_lay_out() -> None:
    nodes = tuple(MapNode(f"n{k}", f"g{k % 3}", f"b{k % 21}", 1 + k % 2, 80 + k % 50) for k in range(2000))
    blocks = tuple((f"b{k}", f"g{k % 3}") for k in range(21))
    edges = tuple((f"n{k}", f"n{k - j}") for k in range(2000) for j in (1, 7) if k >= j)
    widths = {**{f"g{k}": 80.0 for k in range(3)}, **{b: 60.0 for b, _ in blocks}}
    graph = MapGraph(nodes, ("g0", "g1", "g2"), blocks, widths, edges)
    placement = place(graph)
    assert len(placement.nodes) == 2000
    assert len(placement.columns) <= 9
    assert len(route_edges(placement, edges)) == len(edges)


def test_print_map_cuts_one_figure_per_type_holding_that_types_boxes() -> None:
    from msa_guide.pdf.html_tree import find_by_class, has_class, parse_html
    from msa_guide.pdf.map_pages import print_map

    page = parse_html(
        f'<article class="md-content__inner"><p>Intro</p>{pattern_map(CATALOG, "en", "explore/map.md")}</article>'
    )
    article = find_by_class(page, "article", "md-content__inner")
    assert article is not None
    assert print_map(article)
    assert find_by_class(article, "div", "pattern-map-explorer") is None
    figures = [f for f in article.iter("figure") if has_class(f, "map-part")]
    assert [f[0].get("aria-label") for f in figures] == [t.name["en"] for t in CATALOG.types]
    for figure, pattern_type in zip(figures, CATALOG.types, strict=True):
        svg = figure.find("svg")
        assert svg is not None
        assert "width" not in svg.attrib
        assert len(svg.get("viewbox", "").split()) == 4
        ids = {a.get("data-id") for a in svg.iter("a") if has_class(a, "pm-node")}
        assert ids == {p.id for p in CATALOG.patterns_of_type(pattern_type.id)}
    assert not print_map(article)  # nothing left to cut
