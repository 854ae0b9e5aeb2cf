"""A pattern's own neighbourhood as a small build-time SVG: the pattern in the middle, its relations around it.

Relations are grouped by kind (as on the card) and the groups are dealt to a left and a right column so both
sides hold about as many boxes, keeping the card's order. Each neighbour is a linked box under a small kind
heading; a curve joins it to the pattern's box. Curves leave one point and fan out to boxes stacked in order,
so no two of them cross and none runs through a label.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from msa_guide.catalog.model import Catalog, Pattern
from msa_guide.render.labels import label
from msa_guide.render.map_layout import FONT, LINE, PAD_X, PAD_Y, Box
from msa_guide.render.pattern_map import box_label
from msa_guide.render.svg import widest, wrap
from msa_guide.render.text import html_text

MAX_LABEL = 170.0
GAP = 96.0
ROW_GAP = 6.0
KIND_HEAD = 20.0
GROUP_GAP = 8.0
MARGIN = 6.0


def _split(groups: Sequence[tuple[str, Sequence[str]]]) -> tuple[list[int], list[int]]:
    """Deal the groups (by index) to the side with fewer boxes so far, in order."""
    left: list[int] = []
    right: list[int] = []
    rows = [0, 0]
    for index, (_, ids) in enumerate(groups):
        side = 0 if rows[0] <= rows[1] else 1
        (left if side == 0 else right).append(index)
        rows[side] += len(ids) + 1
    return left, right


def mini_map(
    catalog: Catalog,
    pattern: Pattern,
    lang: str,
    relations: Mapping[str, Sequence[str]],
    href: Callable[[Pattern], str],
) -> str:
    """The SVG of ``pattern`` and its direct relations (empty when it has none); ``href`` links a pattern."""
    groups = [(kind, ids) for kind, ids in relations.items() if ids]
    if not groups:
        return ""
    wrapped = {i: wrap(catalog.pattern(i).name[lang], MAX_LABEL, FONT) for _, ids in groups for i in ids}
    own = wrap(pattern.name[lang], MAX_LABEL, FONT)
    left, right = _split(groups)
    sides = [left, right]
    widths = [
        max((widest(wrapped[i], FONT) + FONT + 2 * PAD_X for k in side for i in groups[k][1]), default=0.0)
        for side in sides
    ]
    widths = [
        max([w, *(widest([label(lang, f"kind.{groups[k][0]}")], 11, bold=True) + 11 for k in s)]) if s else 0.0
        for w, s in zip(widths, sides, strict=True)
    ]
    centre_w = widest(own, FONT) + FONT + 2 * PAD_X
    x_left = MARGIN
    x_centre = x_left + (widths[0] + GAP if left else 0.0)
    x_right = x_centre + centre_w + GAP
    parts: list[str] = []
    edges: list[str] = []
    column_heights: list[float] = []
    placed: list[tuple[Box, str]] = []
    for side, x in ((0, x_left), (1, x_right)):
        y = MARGIN
        for k in sides[side]:
            kind, ids = groups[k]
            parts.append(
                f'<text class="mm-kind" x="{x:.1f}" y="{y + 14:.1f}">{html_text(label(lang, f"kind.{kind}"))}</text>'
            )
            y += KIND_HEAD
            for i in ids:
                height = len(wrapped[i]) * LINE + 2 * PAD_Y
                placed.append((Box(x, y, widths[side], height), i))
                y += height + ROW_GAP
            y += GROUP_GAP
        column_heights.append(y - ROW_GAP - GROUP_GAP + MARGIN if sides[side] else 0.0)
    height = max(column_heights)
    own_h = len(own) * LINE + 2 * PAD_Y
    centre = Box(x_centre, (height - own_h) / 2, centre_w, own_h)
    for box, i in placed:
        if box.x < centre.x:
            a, b = (box.right, box.cy), (centre.x, centre.cy)
        else:
            a, b = (centre.right, centre.cy), (box.x, box.cy)
        half = (b[0] - a[0]) / 2
        edges.append(
            f'<path class="mm-edge" d="M{a[0]:.1f},{a[1]:.1f} C{a[0] + half:.1f},{a[1]:.1f} '
            f'{b[0] - half:.1f},{b[1]:.1f} {b[0]:.1f},{b[1]:.1f}"/>'
        )
        other = catalog.pattern(i)
        parts.append(
            f'<a class="mm-node type-{other.type}" href="{html_text(href(other))}" data-id="{i}">'
            f"<title>{html_text(other.name[lang])} — {html_text(other.summary[lang])}</title>"
            f"{box_label(box, wrapped[i])}</a>"
        )
    parts.append(f'<g class="mm-node is-self type-{pattern.type}" data-id="{pattern.id}">{box_label(centre, own)}</g>')
    width = (x_right + widths[1] if right else x_centre + centre_w) + MARGIN
    title = label(lang, "minimap.title").format(name=pattern.name[lang])
    return (
        f'<svg class="mini-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" role="group" aria-label="{html_text(title)}">'
        f"<title>{html_text(title)}</title>{''.join(edges)}{''.join(parts)}</svg>"
    )
