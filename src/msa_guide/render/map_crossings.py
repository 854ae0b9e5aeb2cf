"""Count the points where drawn edges cross: the figure the map's layout is judged by (``make bench``, tests).

Edges are given as polylines (curves flattened by the caller). Two edges that share an end are not counted
against each other (they meet at the box, as in the usual definition of a drawing's crossing number); every
other pair of segments that properly intersect counts once. Segments are bucketed in a grid, so the work
grows with the number of segments that are actually near each other rather than with all pairs.
"""

from __future__ import annotations

from collections.abc import Sequence

Point = tuple[float, float]
CELL = 48.0


def _orientation(a: Point, b: Point, c: Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def segments_cross(p1: Point, p2: Point, q1: Point, q2: Point) -> bool:
    """True when the two segments intersect at one point strictly inside both."""
    d1 = _orientation(q1, q2, p1)
    d2 = _orientation(q1, q2, p2)
    d3 = _orientation(p1, p2, q1)
    d4 = _orientation(p1, p2, q2)
    return ((d1 > 0 > d2) or (d1 < 0 < d2)) and ((d3 > 0 > d4) or (d3 < 0 < d4))


def count_crossings(edges: Sequence[tuple[str, str, Sequence[Point]]]) -> int:
    """Crossing points between edges ``(source, target, polyline)`` that do not share an end."""
    segments: list[tuple[int, Point, Point]] = []
    for number, (_, _, points) in enumerate(edges):
        segments.extend((number, points[k], points[k + 1]) for k in range(len(points) - 1))
    grid: dict[tuple[int, int], list[int]] = {}
    for index, (_, p, q) in enumerate(segments):
        for gx in range(int(min(p[0], q[0]) // CELL), int(max(p[0], q[0]) // CELL) + 1):
            for gy in range(int(min(p[1], q[1]) // CELL), int(max(p[1], q[1]) // CELL) + 1):
                grid.setdefault((gx, gy), []).append(index)
    ends = [{source, target} for source, target, _ in edges]
    seen: set[tuple[int, int]] = set()
    crossings = 0
    for bucket in grid.values():
        for i, first in enumerate(bucket):
            edge_a, p1, p2 = segments[first]
            for second in bucket[i + 1 :]:
                edge_b, q1, q2 = segments[second]
                if edge_a == edge_b or ends[edge_a] & ends[edge_b] or (first, second) in seen:
                    continue
                seen.add((first, second))
                if segments_cross(p1, p2, q1, q2):
                    crossings += 1
    return crossings
