"""Layout of the pattern map: clustered columns of labelled boxes, ordered to keep related patterns close.

The input is an abstract graph (:class:`MapGraph`): nodes in reading order, each in a block (a category)
inside a group (a type), with the size of its label already measured. The output (:class:`MapLayout`) places
every box, heading and edge; it depends on nothing but the input, so two builds draw the same map.

How it is placed:

1. **Columns.** The drawing gets ``0.72 * sqrt(n)`` columns, wider than 2:1 (at most
   :data:`MAX_COLUMNS`, so that an edge crosses a bounded number of columns). Every group gets at least one,
   the rest go to groups in proportion to their height; the blocks of a group are split into its columns in
   reading order, balancing the column heights (a block never breaks across columns).
2. **Order.** Nodes inside a block, and blocks inside a column, are sorted by the barycentre of their
   neighbours (the mean height of the boxes they are joined to), sweeping the columns left to right and back
   for a fixed number of rounds; the round with the shortest total vertical edge span is kept. This is the
   classic Sugiyama-style heuristic for few crossings, applied inside the clusters so they stay whole.
3. **Routing** (:mod:`map_routing`). Edges leave a box at its side, cross the gutters between columns as
   smooth curves and pass any column in between through a free *lane* above a category heading, so no edge
   runs through a label.

Everything is O(n log n + e) per round except the block partition (quadratic in the number of blocks of one
group, which stays small).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from msa_guide.render.map_transpose import Edge, oriented, transpose

#: Box and spacing sizes, in SVG user units (CSS pixels at zoom 1).
FONT = 13.0
LINE = 16.0
PAD_X = 8.0
PAD_Y = 5.0
ROW_GAP = 6.0
GUTTER = 76.0
LANE = 14.0
BLOCK_HEAD = 22.0
GROUP_HEAD = 32.0
MARGIN = 24.0
MIN_BOX = 110.0
MAX_COLUMNS = 9
#: Columns per square root of the node count: about twice as wide as tall with labels of ~200 px, the same
#: number of columns in every language (so both maps share one structure).
COLUMNS_PER_ROOT = 0.72
ROUNDS = 8
MAX_PERMUTED = 4
SAME_WEIGHT = 0.5


@dataclass(frozen=True)
class MapNode:
    """One box: its id, block and group, and the measured width of its (already wrapped) label."""

    id: str
    group: str
    block: str
    lines: int
    label_width: float

    @property
    def height(self) -> float:
        return self.lines * LINE + 2 * PAD_Y


@dataclass(frozen=True)
class MapGraph:
    """Nodes in reading order, groups and blocks in reading order, heading widths, undirected edges."""

    nodes: tuple[MapNode, ...]
    groups: tuple[str, ...]
    blocks: tuple[tuple[str, str], ...]  # (block id, group id)
    heading_width: Mapping[str, float]  # by group id and block id
    edges: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: Box) -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom


@dataclass(frozen=True)
class Column:
    """A column: its left edge and width, the blocks it holds (top to bottom) and its free lanes."""

    index: int
    group: str
    x: float
    w: float
    blocks: tuple[str, ...]
    lanes: tuple[Box, ...]  # free horizontal bands across the column, top to bottom


@dataclass(frozen=True)
class Placement:
    """Boxes and headings of every node, block and group, and the columns, before edges are routed."""

    nodes: Mapping[str, Box]
    column_of: Mapping[str, int]
    blocks: Mapping[str, Box]  # heading box of each block
    groups: Mapping[str, Box]  # heading box of each group
    bands: Mapping[str, Box]  # the area of each group: its heading and all its columns
    columns: tuple[Column, ...]
    width: float
    height: float


def column_counts(graph: MapGraph) -> dict[str, int]:
    """How many columns each group gets: about 2:1 overall, at least one per group, at most one per block."""
    heights = {g: 0.0 for g in graph.groups}
    blocks_of = {g: 0 for g in graph.groups}
    for node in graph.nodes:
        heights[node.group] += node.height + ROW_GAP
    filled = {n.block for n in graph.nodes}
    for block, group in graph.blocks:
        if block in filled:
            blocks_of[group] += 1
            heights[group] += LANE + BLOCK_HEAD
    wanted = round(COLUMNS_PER_ROOT * math.sqrt(len(graph.nodes)))
    total = max(len(graph.groups), min(MAX_COLUMNS, wanted))
    counts = {g: 1 for g in graph.groups}
    spare = total - len(graph.groups)
    grand = sum(heights.values()) or 1.0
    # largest remainder: each group's share of the spare columns, by height, never more than its blocks
    shares = {g: heights[g] / grand * total - 1 for g in graph.groups}
    while spare > 0:
        open_groups = [g for g in graph.groups if counts[g] < max(1, blocks_of[g])]
        if not open_groups:
            break
        best = max(open_groups, key=lambda g: (shares[g] - (counts[g] - 1), -graph.groups.index(g)))
        counts[best] += 1
        spare -= 1
    return counts


def partition(sizes: Sequence[float], parts: int) -> list[int]:
    """Split a sequence into ``parts`` contiguous runs with the smallest largest sum; return the run lengths."""
    n = len(sizes)
    parts = max(1, min(parts, n))
    prefix = [0.0]
    for size in sizes:
        prefix.append(prefix[-1] + size)
    inf = float("inf")
    # cost[k][i]: best largest run sum splitting the first i items into k runs
    cost = [[inf] * (n + 1) for _ in range(parts + 1)]
    cut = [[0] * (n + 1) for _ in range(parts + 1)]
    cost[0][0] = 0.0
    for k in range(1, parts + 1):
        for i in range(k, n + 1):
            for j in range(k - 1, i):
                value = max(cost[k - 1][j], prefix[i] - prefix[j])
                if value < cost[k][i]:
                    cost[k][i], cut[k][i] = value, j
    lengths: list[int] = []
    i = n
    for k in range(parts, 0, -1):
        j = cut[k][i]
        lengths.append(i - j)
        i = j
    return lengths[::-1]


def place(graph: MapGraph) -> Placement:
    """Columns, order and coordinates of every box (see the module docstring)."""
    members: dict[str, list[str]] = {b: [] for b, _ in graph.blocks}
    node_by_id = {n.id: n for n in graph.nodes}
    for node in graph.nodes:
        members[node.block].append(node.id)
    counts = column_counts(graph)
    columns: list[list[str]] = []  # block ids per column
    column_group: list[str] = []
    leaning = _leaning(graph)
    for group in graph.groups:
        blocks = [b for b, g in graph.blocks if g == group and members[b]]
        if not blocks:
            continue
        if counts[group] > 1:  # blocks drawn to an earlier group go left, to a later one right
            reading = {b: k for k, b in enumerate(blocks)}
            blocks.sort(key=lambda b: (leaning.get(b, 0.0), reading[b]))
        sizes = [sum(node_by_id[i].height + ROW_GAP for i in members[b]) + LANE + BLOCK_HEAD for b in blocks]
        start = 0
        for length in partition(sizes, counts[group]):
            columns.append(blocks[start : start + length])
            column_group.append(group)
            start += length
    columns = _arrange(columns, column_group, graph, members)
    neighbours: dict[str, list[str]] = {n.id: [] for n in graph.nodes}
    for a, b in graph.edges:
        if a != b:
            neighbours[a].append(b)
            neighbours[b].append(a)

    order = {b: list(ids) for b, ids in members.items()}
    column_index = {i: c for c, column in enumerate(columns) for b in column for i in members[b]}
    best_cost = math.inf
    best = ([list(c) for c in columns], {b: list(v) for b, v in order.items()})
    y = _heights(columns, order, node_by_id)
    sweep = list(range(len(columns)))
    for round_index in range(ROUNDS):
        for c in sweep if round_index % 2 == 0 else reversed(sweep):
            block_keys: dict[str, float] = {}
            for block in columns[c]:
                keys = {i: _barycentre(i, neighbours, y, column_index) for i in order[block]}
                position = {i: k for k, i in enumerate(order[block])}
                order[block].sort(key=lambda i: (keys[i] if keys[i] is not None else y[i], position[i]))
                known = [k for k in keys.values() if k is not None] or [y[i] for i in order[block]]
                block_keys[block] = sum(known) / len(known)
            slot = {b: k for k, b in enumerate(columns[c])}
            columns[c].sort(key=lambda b: (block_keys[b], slot[b]))
            y.update(_heights([columns[c]], order, node_by_id))
        cost = sum(abs(y[a] - y[b]) for a, b in graph.edges)
        if cost < best_cost:
            best_cost = cost
            best = ([list(col) for col in columns], {b: list(v) for b, v in order.items()})
    columns, order = best
    y = _heights(columns, order, node_by_id)
    edges_at: dict[str, list[Edge]] = {n.id: [] for n in graph.nodes}
    for a, b in graph.edges:
        if a != b:
            edge = oriented(a, b, column_index)
            edges_at[a].append(edge)
            edges_at[b].append(edge)
    transpose([order[b] for column in columns for b in column], edges_at, y)
    return _coordinates(graph, columns, column_group, order, node_by_id)


def _arrange(
    columns: list[list[str]], column_group: Sequence[str], graph: MapGraph, members: Mapping[str, Sequence[str]]
) -> list[list[str]]:
    """Order the columns of each group (a group's columns stay together) for the shortest edges.

    The measure is the sum of squared column spans of the edges, so one edge across four columns weighs
    more than four edges to the next one: long edges are what cross most. Groups of up to
    :data:`MAX_PERMUTED` columns try every order; two passes let each group settle against the others.
    """
    block_edges = [
        (node_block[a], node_block[b])
        for node_block in [{i: b for b, ids in members.items() for i in ids}]
        for a, b in graph.edges
        if node_block[a] != node_block[b]
    ]
    weight: dict[tuple[str, str], int] = {}
    for pair in block_edges:
        weight[pair] = weight.get(pair, 0) + 1
    result = [list(c) for c in columns]

    def cost(arrangement: Sequence[Sequence[str]]) -> int:
        where = {b: k for k, column in enumerate(arrangement) for b in column}
        return sum(n * (where[a] - where[b]) ** 2 for (a, b), n in weight.items())

    for _ in range(2):
        for group in dict.fromkeys(column_group):
            slots = [k for k, g in enumerate(column_group) if g == group]
            if not 1 < len(slots) <= MAX_PERMUTED:
                continue
            mine = [result[k] for k in slots]
            best, best_cost = mine, cost(result)
            for order in itertools.permutations(range(len(mine))):
                trial = list(result)
                for slot, pick in zip(slots, order, strict=True):
                    trial[slot] = mine[pick]
                value = cost(trial)
                if value < best_cost:
                    best, best_cost = [mine[pick] for pick in order], value
            for slot, column in zip(slots, best, strict=True):
                result[slot] = column
    return result


def _leaning(graph: MapGraph) -> dict[str, float]:
    """Per block: the mean signed distance (in groups) from its group to the groups of its edges' other ends."""
    group_index = {g: k for k, g in enumerate(graph.groups)}
    of = {n.id: n for n in graph.nodes}
    total: dict[str, float] = {}
    count: dict[str, int] = {}
    for a, b in graph.edges:
        for here, there in ((of[a], of[b]), (of[b], of[a])):
            total[here.block] = total.get(here.block, 0.0) + group_index[there.group] - group_index[here.group]
            count[here.block] = count.get(here.block, 0) + 1
    return {block: total[block] / count[block] for block in total}


def _barycentre(
    node: str, neighbours: Mapping[str, list[str]], y: Mapping[str, float], column: Mapping[str, int]
) -> float | None:
    """Weighted mean height of a node's neighbours: boxes in the same column count less, far columns less."""
    total = weight = 0.0
    for other in neighbours[node]:
        span = abs(column[other] - column[node])
        w = SAME_WEIGHT if span == 0 else 1.0 / span
        total += w * y[other]
        weight += w
    return total / weight if weight else None


def _heights(
    columns: Sequence[Sequence[str]], order: Mapping[str, Sequence[str]], nodes: Mapping[str, MapNode]
) -> dict[str, float]:
    """Centre height of every box for an ordering (the same arithmetic as :func:`_coordinates`)."""
    y: dict[str, float] = {}
    for column in columns:
        top = MARGIN + GROUP_HEAD
        for block in column:
            top += LANE + BLOCK_HEAD
            for node_id in order[block]:
                height = nodes[node_id].height
                y[node_id] = top + height / 2
                top += height + ROW_GAP
    return y


def _coordinates(
    graph: MapGraph,
    columns: Sequence[Sequence[str]],
    column_group: Sequence[str],
    order: Mapping[str, Sequence[str]],
    nodes: Mapping[str, MapNode],
) -> Placement:
    boxes: dict[str, Box] = {}
    column_of: dict[str, int] = {}
    block_boxes: dict[str, Box] = {}
    placed: list[Column] = []
    x = MARGIN + GUTTER / 2
    bottom = 0.0
    for index, column in enumerate(columns):
        ids = [i for b in column for i in order[b]]
        width = max(
            [MIN_BOX, *(nodes[i].label_width + 2 * PAD_X for i in ids), *(graph.heading_width[b] for b in column)]
        )
        top = MARGIN + GROUP_HEAD
        lanes: list[Box] = []
        for block in column:
            lanes.append(Box(x, top, width, LANE))
            top += LANE
            block_boxes[block] = Box(x, top, graph.heading_width[block], BLOCK_HEAD)
            top += BLOCK_HEAD
            for node_id in order[block]:
                node = nodes[node_id]
                boxes[node_id] = Box(x, top, width, node.height)
                column_of[node_id] = index
                top += node.height + ROW_GAP
        lanes.append(Box(x, top, width, LANE))
        bottom = max(bottom, top + LANE)
        placed.append(Column(index, column_group[index], x, width, tuple(column), tuple(lanes)))
        x += width + GUTTER
    groups: dict[str, Box] = {}
    bands: dict[str, Box] = {}
    for group in graph.groups:
        mine = [c for c in placed if c.group == group]
        if not mine:
            continue
        left, right = mine[0].x, mine[-1].x + mine[-1].w
        groups[group] = Box(left, MARGIN, graph.heading_width[group], GROUP_HEAD - 8)
        bands[group] = Box(left - GUTTER / 2, MARGIN, right - left + GUTTER, bottom - MARGIN)
    width = max([x - GUTTER / 2 + MARGIN, *(b.right + MARGIN for b in groups.values())])
    return Placement(boxes, column_of, block_boxes, groups, bands, tuple(placed), width, bottom + MARGIN)
