"""Edge routes of the pattern map: smooth curves through the gutters and free lanes, never through a label.

A route is a chain of cubic Bézier segments (:class:`Route`):

- between boxes in neighbouring columns, one S-curve from the right side of the left box to the left side of
  the right box, with horizontal tangents;
- across more columns, the curve enters each column in between through one of its *lanes* (the free band
  above a category heading, or below the last box) and runs straight along it; the lane nearest the
  straight line between the two ends is taken, found by bisection; edges sharing a lane are spread across
  its height, ordered by where they are heading, so they do not draw over each other;
- between boxes of one column, an arc that leaves and re-enters on the left side, bulging into the gutter
  in proportion to the distance it spans.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from msa_guide.render.map_layout import GUTTER, Box, Placement

Point = tuple[float, float]
BULGE_MAX = 0.45
BULGE_SLOPE = 0.12


@dataclass(frozen=True)
class Route:
    """Start point followed by cubic segments ``(control 1, control 2, end)``, joining two node ids."""

    source: str
    target: str
    start: Point
    segments: tuple[tuple[Point, Point, Point], ...]

    def svg_path(self) -> str:
        def p(point: Point) -> str:
            return f"{point[0]:.1f},{point[1]:.1f}"

        return f"M{p(self.start)}" + "".join(f" C{p(a)} {p(b)} {p(c)}" for a, b, c in self.segments)

    def polyline(self, steps: int = 8) -> list[Point]:
        """The route flattened into a polyline (``steps`` straight pieces per Bézier segment)."""
        points = [self.start]
        x0, y0 = self.start
        for (x1, y1), (x2, y2), (x3, y3) in self.segments:
            if y0 == y1 == y2 == y3:  # a straight run along a lane
                points.append((x3, y3))
            else:
                for k in range(1, steps + 1):
                    t = k / steps
                    u = 1 - t
                    points.append(
                        (
                            u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
                            u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
                        )
                    )
            x0, y0 = x3, y3
        return points


def _s_curve(a: Point, b: Point) -> tuple[Point, Point, Point]:
    half = (b[0] - a[0]) / 2
    return ((a[0] + half, a[1]), (b[0] - half, b[1]), b)


def _straight(a: Point, b: Point) -> tuple[Point, Point, Point]:
    return ((a[0] + (b[0] - a[0]) / 3, a[1]), (a[0] + 2 * (b[0] - a[0]) / 3, b[1]), b)


def route_edges(placement: Placement, edges: Sequence[tuple[str, str]]) -> tuple[Route, ...]:
    """One route per edge, in the order given."""
    lane_centres = [[lane.cy for lane in column.lanes] for column in placement.columns]
    # first pass: which lane of which column each long edge takes, and where it is heading there
    plans: list[tuple[str, str, list[tuple[int, int]]]] = []
    users: dict[tuple[int, int], list[tuple[float, int]]] = {}
    for number, (a, b) in enumerate(edges):
        ca, cb = placement.column_of[a], placement.column_of[b]
        if ca > cb:
            a, b, ca, cb = b, a, cb, ca
        start, end = placement.nodes[a], placement.nodes[b]
        passes: list[tuple[int, int]] = []
        x1, y1, x2, y2 = start.right, start.cy, end.x, end.cy
        for c in range(ca + 1, cb):
            column = placement.columns[c]
            middle = column.x + column.w / 2
            wanted = y1 + (y2 - y1) * (middle - x1) / (x2 - x1)
            lane = _nearest(lane_centres[c], wanted)
            passes.append((c, lane))
            users.setdefault((c, lane), []).append((wanted, number))
        plans.append((a, b, passes))
    offset: dict[tuple[int, int, int], float] = {}
    for (c, lane), found in users.items():
        band = placement.columns[c].lanes[lane]
        found.sort()
        for k, (_, number) in enumerate(found):
            offset[(c, lane, number)] = band.y + band.h * (k + 1) / (len(found) + 1)
    sides = _arc_sides(placement, [(a, b) for a, b, _ in plans])
    routes: list[Route] = []
    for number, (a, b, passes) in enumerate(plans):
        start, end = placement.nodes[a], placement.nodes[b]
        if placement.column_of[a] == placement.column_of[b]:
            routes.append(_arc(a, b, start, end, right=sides[number]))
            continue
        point: Point = (start.right, start.cy)
        segments: list[tuple[Point, Point, Point]] = []
        for c, lane in passes:
            column = placement.columns[c]
            y = offset[(c, lane, number)]
            segments.append(_s_curve(point, (column.x, y)))
            point = (column.x + column.w, y)
            segments.append(_straight((column.x, y), point))
        segments.append(_s_curve(point, (end.x, end.cy)))
        routes.append(Route(a, b, (start.right, start.cy), tuple(segments)))
    return tuple(routes)


def _nearest(centres: Sequence[float], wanted: float) -> int:
    index = bisect.bisect_left(centres, wanted)
    if index == 0:
        return 0
    if index == len(centres):
        return len(centres) - 1
    return index if centres[index] - wanted < wanted - centres[index - 1] else index - 1


def _arc_sides(placement: Placement, pairs: Sequence[tuple[str, str]]) -> dict[int, bool]:
    """For every edge inside one column, whether its arc goes on the right (True) or the left side.

    An arc crosses every other arc on its side whose ends interleave with its own, and every line that
    reaches a box between its ends from that side. Arcs are decided shortest first, each taking the side
    where it crosses less (the left on a tie).
    """
    rank: dict[str, int] = {}
    by_column: dict[int, list[tuple[int, int, int]]] = {}
    for node_id, box in sorted(placement.nodes.items(), key=lambda item: (item[1].x, item[1].y)):
        rank[node_id] = len(rank)
        del box
    left_in = [0] * (len(rank) + 1)  # lines arriving on the left side of each box, by rank
    right_in = [0] * (len(rank) + 1)
    for number, (a, b) in enumerate(pairs):
        ca, cb = placement.column_of[a], placement.column_of[b]
        if ca == cb:
            low, high = sorted((rank[a], rank[b]))
            by_column.setdefault(ca, []).append((high - low, number, low * (len(rank) + 1) + high))
        else:
            right_in[rank[a] if ca < cb else rank[b]] += 1
            left_in[rank[b] if ca < cb else rank[a]] += 1
    prefix_left, prefix_right = [0], [0]
    for k in range(len(rank)):
        prefix_left.append(prefix_left[-1] + left_in[k])
        prefix_right.append(prefix_right[-1] + right_in[k])
    sides: dict[int, bool] = {}
    for arcs in by_column.values():
        # arcs already placed on each side, sorted by their upper end; as arcs come shortest first, one that
        # interleaves with (low, high) starts less than its length above ``low``, so only that window is read
        chosen: dict[bool, list[tuple[int, int]]] = {False: [], True: []}
        for span, number, key in sorted(arcs):
            low, high = divmod(key, len(rank) + 1)
            costs = {}
            for side in (False, True):
                placed = chosen[side]
                window = placed[bisect.bisect_left(placed, (low - span, -1)) : bisect.bisect_left(placed, (high, -1))]
                prefix = prefix_right if side else prefix_left
                costs[side] = (
                    prefix[high]
                    - prefix[low + 1]
                    + sum(1 for c, d in window if (c < low < d < high) or (low < c < high < d))
                )
            right = costs[True] < costs[False]
            sides[number] = right
            bisect.insort(chosen[right], (low, high))
    return sides


def _arc(a: str, b: str, start: Box, end: Box, *, right: bool) -> Route:
    if start.cy > end.cy:
        a, b, start, end = b, a, end, start
    bulge = min(GUTTER * BULGE_MAX, 8 + (end.cy - start.cy) * BULGE_SLOPE)
    x, out = (start.right, start.right + bulge) if right else (start.x, start.x - bulge)
    return Route(a, b, (x, start.cy), (((out, start.cy), (out, end.cy), (x, end.cy)),))
