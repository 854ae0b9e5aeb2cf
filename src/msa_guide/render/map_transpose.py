"""Local improvement of the map's order: swap neighbouring boxes (and blocks) while that removes crossings.

Swapping two neighbours ``u`` and ``v`` of one column changes whether two edges cross only for pairs made of
an edge at ``u`` and an edge at ``v`` (no other box passes another), so the gain of a swap is computed from
those pairs alone, in time proportional to ``deg(u) * deg(v)``. The crossing model follows how
:mod:`map_routing` draws:

- two lines between columns cross when their order at the left end of the columns they share differs from
  their order at the right end (heights in between are interpolated);
- two arcs inside a column cross when their ends interleave, and an arc crosses a line that reaches a box
  between its ends; each of these counts half, because the arc's side is chosen later.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence

#: An edge oriented left to right: its two ends and their column indexes (``column(a) <= column(b)``).
Edge = tuple[str, str, int, int]
PASSES = 3


def oriented(a: str, b: str, col: Mapping[str, int]) -> Edge:
    return (a, b, col[a], col[b]) if col[a] <= col[b] else (b, a, col[b], col[a])


def _at(edge: Edge, column: int, y: Mapping[str, float]) -> float:
    a, b, ca, cb = edge
    if column == ca:
        return y[a]
    if column == cb:
        return y[b]
    return y[a] + (y[b] - y[a]) * (column - ca) / (cb - ca)


def pair_cost(e: Edge, f: Edge, y: Mapping[str, float]) -> float:
    """Expected crossings of two edges under the model in the module docstring."""
    a, b, ca, cb = e
    c, d, cc, cd = f
    if a in (c, d) or b in (c, d):
        return 0.0
    arc_e, arc_f = ca == cb, cc == cd
    if arc_e and arc_f:
        if ca != cc:
            return 0.0
        lo, hi = (y[a], y[b]) if y[a] < y[b] else (y[b], y[a])
        return 0.5 if (lo < y[c] < hi) != (lo < y[d] < hi) else 0.0
    if arc_f:
        a, b, ca, cb, c, d, cc, cd = c, d, cc, cd, a, b, ca, cb
        arc_e = True
    if arc_e:
        lo, hi = (y[a], y[b]) if y[a] < y[b] else (y[b], y[a])
        end = c if cc == ca else d if cd == ca else None
        return 0.5 if end is not None and lo < y[end] < hi else 0.0
    left, right = max(ca, cc), min(cb, cd)
    if left >= right:
        return 0.0
    e_, f_ = (a, b, ca, cb), (c, d, cc, cd)
    before = _at(e_, left, y) - _at(f_, left, y)
    after = _at(e_, right, y) - _at(f_, right, y)
    return 1.0 if before * after < 0 else 0.0


def _cost(mine: Sequence[Edge], theirs: Sequence[Edge], y: Mapping[str, float]) -> float:
    return sum(pair_cost(e, f, y) for e in mine for f in theirs if e is not f)


def transpose(runs: Sequence[list[str]], edges_at: Mapping[str, Sequence[Edge]], y: MutableMapping[str, float]) -> int:
    """Swap neighbours inside each run (a block's boxes, top to bottom) while a swap lowers the crossings.

    ``edges_at`` lists the (oriented) edges at each box; ``y`` holds the current heights and is updated with
    the runs. Returns the number of swaps made.
    """
    swaps = 0
    for _ in range(PASSES):  # always every pass: the work is PASSES * sum(deg(u) * deg(v)), whatever the graph
        for run in runs:
            for k in range(len(run) - 1):
                u, v = run[k], run[k + 1]
                mine, theirs = edges_at[u], edges_at[v]
                if not mine or not theirs:
                    continue
                before = _cost(mine, theirs, y)
                y[u], y[v] = y[v], y[u]
                if _cost(mine, theirs, y) < before:
                    run[k], run[k + 1] = v, u
                    swaps += 1
                else:
                    y[u], y[v] = y[v], y[u]
    return swaps
