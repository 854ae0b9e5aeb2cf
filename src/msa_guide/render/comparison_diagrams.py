"""Comparison diagrams drawn as inline SVG at build time: one panel per subject, labels in the page's language.

Three kinds share one frame (panels side by side when they fit, else one under the other, then a legend):

- ``stacks``: layers from the bottom up (a VM or container stack; a layer with ``count: 3`` is drawn as three
  boxes side by side, ``{n}`` in its label numbering them), or concentric rings (``shape: hexagon``);
- ``sequence``: lifelines and numbered messages between participants (2PC, sagas, calls vs messages);
- ``flow``: boxes on a small grid joined by arrows (pipelines, data flows).

Text is ``fill="currentColor"`` and lines ``stroke="currentColor"`` so the drawing follows the light, dark and
print palettes; boxes carry the stylesheet's ``dg-*`` classes with a plain fill-opacity fallback. Each label is
one ``<text>`` element (wrapped lines are ``<tspan>`` children), and every piece of catalog text is escaped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from msa_guide.catalog.comparison_diagrams import Diagram, FlowPanel, Layer, Panel, SequencePanel, StackPanel
from msa_guide.catalog.comparisons import Comparison, panel_title
from msa_guide.render.svg import FONT, LINE, Canvas, arrow_marker, text_width, widest, wrap
from msa_guide.render.text import html_text

SMALL = 12
TITLE = 14
PAD = 10
PANEL_GAP = 24
MARGIN = 12
TITLE_BAND = 34
MAX_ROW_WIDTH = 980

DASHES = {"call": "", "reply": "6 4", "event": "2 4", "compensate": "10 4 2 4"}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass
class Drawing:
    """A drawn panel body: its size and its elements (origin at its top-left corner)."""

    width: float
    height: float
    canvas: Canvas
    align: str = "top"  # where it sits in a taller frame: top, middle or bottom


# -- stacks ----------------------------------------------------------------------------------------

STACK_MIN_WIDTH = 230
STACK_BOX_MAX = 320
STACK_GAP = 6


def _stack(panel: StackPanel, lang: str) -> Drawing:
    if panel.shape == "hexagon":
        return _hexagon(panel, lang)
    width = float(STACK_MIN_WIDTH)
    for layer in panel.layers:
        box = min(text_width(layer.label[lang], FONT) + 2 * PAD, STACK_BOX_MAX / layer.count + 40)
        if layer.detail is not None:
            box = max(box, min(text_width(layer.detail[lang], SMALL) + 2 * PAD, STACK_BOX_MAX))
        width = max(width, layer.count * box + (layer.count - 1) * STACK_GAP)
    rows: list[tuple[Layer, list[str], list[str], float]] = []
    for layer in panel.layers:
        inner = (width - (layer.count - 1) * STACK_GAP) / layer.count - 2 * PAD
        label = wrap(layer.label[lang], inner, FONT)
        detail = wrap(layer.detail[lang], inner, SMALL) if layer.detail is not None else []
        rows.append((layer, label, detail, max(38.0, (len(label) + len(detail)) * LINE + 14)))
    canvas = Canvas()
    height = sum(h for *_, h in rows) + (len(rows) - 1) * STACK_GAP
    y = height
    for layer, label, detail, h in rows:  # bottom → top
        y -= h
        box = (width - (layer.count - 1) * STACK_GAP) / layer.count
        for index in range(layer.count):
            x = index * (box + STACK_GAP)
            canvas.rect(x, y, box, h, layer.style)
            lines_height = (len(label) + len(detail)) * LINE
            top = y + (h - lines_height) / 2 + FONT * 0.9
            canvas.text(x + box / 2, top, [line.replace("{n}", str(index + 1)) for line in label])
            if detail:
                canvas.text(x + box / 2, top + len(label) * LINE, detail, size=SMALL)
        y -= STACK_GAP
    return Drawing(width, height, canvas, align="bottom")


def _hexagon_points(cx: float, cy: float, radius: float) -> list[tuple[float, float]]:
    """A flat-topped hexagon (flat edges at top and bottom) of circumradius ``radius``."""
    return [
        (cx + radius * math.cos(math.radians(a)), cy + radius * math.sin(math.radians(a))) for a in range(0, 360, 60)
    ]


def _hexagon(panel: StackPanel, lang: str) -> Drawing:
    """Concentric rings, innermost layer first: the core label in the middle, each ring's label in its top band
    and its detail in its bottom band."""
    root3 = math.sqrt(3)
    core, *rings = panel.layers
    core_lines = wrap(core.label[lang], 130, FONT)
    radius = [max(64.0, widest(core_lines, FONT) / 2 + 24, len(core_lines) * LINE / root3 + 28)]
    labels: list[tuple[list[str], list[str]]] = []
    for ring in rings:
        inner = radius[-1]
        outer = inner + 48
        while True:
            band_y = (inner + outer) / 2 * root3 / 2  # distance of the band's middle from the centre
            room = 2 * (outer - band_y / root3) - 2 * PAD
            top = wrap(ring.label[lang], room, SMALL)
            bottom = wrap(ring.detail[lang], room, SMALL) if ring.detail is not None else []
            thick = (outer - inner) * root3 / 2
            fits = max(widest(top, SMALL), widest(bottom, SMALL)) <= room
            tall = max(len(top), len(bottom)) * 15 + 10 <= thick
            if (fits and tall) or outer > inner + 200:
                break
            outer += 10
        radius.append(outer)
        labels.append((top, bottom))
    width = 2 * radius[-1] + 2 * PAD
    height = radius[-1] * root3 + 2 * PAD
    cx, cy = width / 2, height / 2
    canvas = Canvas()
    for layer, r in reversed(list(zip(panel.layers, radius, strict=True))):
        canvas.polygon(_hexagon_points(cx, cy, r), layer.style)
    canvas.centred_text(cx, cy, core_lines, bold=True)
    for index, (top, bottom) in enumerate(labels):
        inner_a = radius[index] * root3 / 2
        outer_a = radius[index + 1] * root3 / 2
        middle = (inner_a + outer_a) / 2
        block = (len(top) - 1) * 15
        canvas.text(cx, cy - middle - block / 2 + SMALL * 0.36, top, size=SMALL, line_height=15)
        if bottom:
            block = (len(bottom) - 1) * 15
            canvas.text(cx, cy + middle - block / 2 + SMALL * 0.36, bottom, size=SMALL, line_height=15)
    return Drawing(width, height, canvas, align="middle")


# -- sequence --------------------------------------------------------------------------------------

SEQ_HEADER_WRAP = 120
SEQ_MIN_GAP = 96
SEQ_ROW = 34
SEQ_NOTE_WRAP = 150


def step_label(number: int, text: str) -> str:
    mark = CIRCLED[number - 1] if number <= len(CIRCLED) else f"{number}."
    return f"{mark} {text}"


def _sequence(panel: SequencePanel, lang: str, arrow: str) -> Drawing:
    heads = [wrap(p.label[lang], SEQ_HEADER_WRAP, FONT, bold=True) for p in panel.participants]
    head_w = [max(78.0, widest(lines, FONT, bold=True) + 2 * PAD) for lines in heads]
    head_h = float(max(len(lines) for lines in heads) * LINE + 16)
    index = {p.id: i for i, p in enumerate(panel.participants)}
    # how far each participant's column reaches left and right of its lifeline (header box or widest note)
    reach = [w / 2 for w in head_w]
    gaps = [max(float(SEQ_MIN_GAP), (head_w[i] + head_w[i + 1]) / 2 + 16) for i in range(len(heads) - 1)]
    rows: list[tuple[list[str], float]] = []
    for number, message in enumerate(panel.messages, start=1):
        a, b = index[message.source], index[message.target]
        text = step_label(number, message.label[lang])
        if a == b:
            lines = wrap(text, SEQ_NOTE_WRAP, SMALL)
            half = widest(lines, SMALL) / 2 + PAD
            reach[a] = max(reach[a], half)
            for gap in (a - 1, a):  # a note must not cross a neighbouring lifeline
                if 0 <= gap < len(gaps):
                    gaps[gap] = max(gaps[gap], half + 14)
            rows.append((lines, len(lines) * 15 + 22))
        else:
            lo, hi = min(a, b), max(a, b)
            need = text_width(text, SMALL) + 28
            have = sum(gaps[lo:hi])
            if have < need:
                for gap in range(lo, hi):
                    gaps[gap] += (need - have) / (hi - lo)
            rows.append(([text], SEQ_ROW))
    xs = [reach[0]]
    for step in gaps:
        xs.append(xs[-1] + step)
    width = xs[-1] + reach[-1]
    height = head_h + 14 + sum(h for _, h in rows) + 10
    canvas = Canvas()
    for x, w, lines, participant in zip(xs, head_w, heads, panel.participants, strict=True):
        canvas.line(x, head_h, x, height, dash="3 4", width=1)
        canvas.rect(x - w / 2, 0, w, head_h, participant.style)
        canvas.centred_text(x, head_h / 2, lines, bold=True)
    y = head_h + 14
    for (lines, h), message in zip(rows, panel.messages, strict=True):
        left, right = xs[index[message.source]], xs[index[message.target]]
        if left == right:
            w = widest(lines, SMALL) + 2 * PAD
            style = "warn" if message.style == "compensate" else "neutral"
            canvas.backdrop(left - w / 2, y + 4, w, h - 10)
            canvas.rect(left - w / 2, y + 4, w, h - 10, style, rx=3)
            canvas.text(left, y + 4 + 5 + SMALL, lines, size=SMALL, line_height=15)
        else:
            direction = 1 if right > left else -1
            canvas.line(left, y + h - 8, right - direction * 2, y + h - 8, dash=DASHES[message.style], arrow=arrow)
            canvas.text((left + right) / 2, y + h - 14, lines, size=SMALL, halo=True)
        y += h
    return Drawing(width, height, canvas)


# -- flow ------------------------------------------------------------------------------------------

FLOW_WRAP = 140
FLOW_COL_GAP = 44
FLOW_ROW_GAP = 40


def _flow(panel: FlowPanel, lang: str, arrow: str) -> Drawing:
    lines = {n.id: wrap(n.label[lang], FLOW_WRAP, FONT) for n in panel.nodes}
    size = {
        n.id: (max(84.0, widest(lines[n.id], FONT) + 2 * PAD + 4), len(lines[n.id]) * LINE + 18) for n in panel.nodes
    }
    columns = max(n.column for n in panel.nodes) + 1
    row_count = max(n.row for n in panel.nodes) + 1
    col_w = [max((size[n.id][0] for n in panel.nodes if n.column == c), default=0.0) for c in range(columns)]
    row_h = [max((size[n.id][1] for n in panel.nodes if n.row == r), default=0.0) for r in range(row_count)]
    col_gap = [float(FLOW_COL_GAP)] * max(columns - 1, 0)
    row_gap = [float(FLOW_ROW_GAP)] * max(row_count - 1, 0)
    node = {n.id: n for n in panel.nodes}
    for edge in panel.edges:
        if edge.label is None:
            continue
        a, b = node[edge.source], node[edge.target]
        label_w = text_width(edge.label[lang], SMALL) + 30
        if a.row == b.row and a.column != b.column:
            lo, hi = sorted((a.column, b.column))
            have = sum(col_gap[lo:hi]) + sum(col_w[lo + 1 : hi])
            if have < label_w:
                for gap in range(lo, hi):
                    col_gap[gap] += (label_w - have) / (hi - lo)
        elif a.row != b.row:
            lo, hi = sorted((a.row, b.row))
            for gap in range(lo, hi):
                row_gap[gap] = max(row_gap[gap], 34.0)
    col_x = [sum(col_w[:c]) + sum(col_gap[:c]) for c in range(columns)]
    row_y = [sum(row_h[:r]) + sum(row_gap[:r]) for r in range(row_count)]
    centre = {n.id: (col_x[n.column] + col_w[n.column] / 2, row_y[n.row] + row_h[n.row] / 2) for n in panel.nodes}
    canvas = Canvas()
    pairs = {(e.source, e.target) for e in panel.edges}
    labels: list[tuple[float, float, str, str]] = []
    for edge in panel.edges:
        (x1, y1), (x2, y2) = centre[edge.source], centre[edge.target]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        offset = 5.0 if (edge.target, edge.source) in pairs else 0.0
        ox, oy = -dy / length * offset, dx / length * offset
        sx, sy = _border(x1, y1, *size[edge.source], dx, dy)
        ex, ey = _border(x2, y2, *size[edge.target], -dx, -dy)
        shorten = 2 / length
        canvas.line(
            sx + ox, sy + oy, ex + ox - dx * shorten, ey + oy - dy * shorten, dash=DASHES[edge.style], arrow=arrow
        )
        if edge.label is not None:
            mx, my = (sx + ex) / 2 + ox, (sy + ey) / 2 + oy
            if abs(dx) >= abs(dy):
                labels.append((mx, my - 6, "middle", edge.label[lang]))
            else:
                labels.append((mx + 6, my + 4, "start", edge.label[lang]))
    for n in panel.nodes:
        (cx, cy), (w, h) = centre[n.id], size[n.id]
        canvas.rect(cx - w / 2, cy - h / 2, w, h, n.style)
        canvas.centred_text(cx, cy, lines[n.id])
    for x, y, anchor, text in labels:
        canvas.text(x, y, [text], size=SMALL, anchor=anchor, halo=True)
    width = col_x[-1] + col_w[-1]
    label_right = max((x + text_width(t, SMALL) for x, _, a, t in labels if a == "start"), default=0.0)
    return Drawing(max(width, label_right), row_y[-1] + row_h[-1], canvas)


def _border(cx: float, cy: float, w: float, h: float, dx: float, dy: float) -> tuple[float, float]:
    """Where the ray from a box's centre in direction ``(dx, dy)`` leaves the box."""
    scale = min(w / 2 / abs(dx) if dx else math.inf, h / 2 / abs(dy) if dy else math.inf)
    return cx + dx * scale, cy + dy * scale


# -- the figure ------------------------------------------------------------------------------------


def _legend(diagram: Diagram, lang: str, width: float) -> tuple[Canvas, float]:
    """The legend as rows of swatches and labels no wider than ``width``; returns it and its height."""
    canvas = Canvas()
    x = y = 0.0
    for item in diagram.legend:
        text = item.label[lang]
        swatch = 30.0 if item.style in DASHES else 16.0
        step = swatch + 6 + text_width(text, SMALL) + 22
        if x and x + step > width:
            x, y = 0.0, y + 22
        if item.style in DASHES:
            canvas.line(x, y + 9, x + swatch, y + 9, dash=DASHES[item.style])
        else:
            canvas.rect(x, y + 1, swatch, 16, item.style, rx=2)
        canvas.text(x + swatch + 6, y + 13, [text], size=SMALL, anchor="start")
        x += step
    return canvas, (y + 20 if diagram.legend else 0.0)


def diagram_svg(comparison: Comparison, lang: str) -> str:
    """The comparison's diagram as one ``<svg>`` element (no blank lines, no external references)."""
    diagram = comparison.diagram
    if diagram is None:
        raise ValueError(f"comparison '{comparison.id}' has no diagram")
    arrow = f"cmp-{comparison.id}-arrow"
    drawings = [_draw(panel, lang, arrow) for panel in diagram.panels]
    titles = [
        wrap(panel_title(comparison, index, lang), max(d.width, 160), TITLE, bold=True)
        for index, d in enumerate(drawings)
    ]
    frames = [
        (max(d.width, widest(t, TITLE, bold=True)) + 2 * PAD + 6, d.height + len(t) * 19 + TITLE_BAND - 19 + PAD)
        for d, t in zip(drawings, titles, strict=True)
    ]
    side_by_side = sum(w for w, _ in frames) + PANEL_GAP * (len(frames) - 1) <= MAX_ROW_WIDTH
    if side_by_side:
        frame_h = max(h for _, h in frames)
        boxes = []
        x = float(MARGIN)
        for w, _ in frames:
            boxes.append((x, float(MARGIN), w, frame_h))
            x += w + PANEL_GAP
        content_w = x - PANEL_GAP - MARGIN
    else:
        frame_w = max(w for w, _ in frames)
        boxes = []
        y = float(MARGIN)
        for _, h in frames:
            boxes.append((float(MARGIN), y, frame_w, h))
            y += h + PANEL_GAP
        content_w = frame_w
    bottom = max(y + h for _, y, _, h in boxes)
    legend, legend_h = _legend(diagram, lang, content_w)
    width = content_w + 2 * MARGIN
    height = bottom + (legend_h + 14 if legend_h else 0) + MARGIN
    caption = html_text(diagram.caption[lang])
    out = Canvas()
    # stacks share a ground line (hardware beside hardware), sequences start together; mixed shapes are centred
    aligns = {d.align for d in drawings}
    shift = {"top": 0.0, "middle": 0.5, "bottom": 1.0}[aligns.pop() if len(aligns) == 1 else "middle"]
    for (x, y, w, h), drawing, title in zip(boxes, drawings, titles, strict=True):
        out.rect(x, y, w, h, None, rx=8)
        out.text(x + PAD + 2, y + 24, title, size=TITLE, anchor="start", bold=True, line_height=19)
        body_top = y + TITLE_BAND + (len(title) - 1) * 19
        room = h - (body_top - y) - PAD
        dy = body_top + (room - drawing.height) * shift
        dx = x + (w - drawing.width) / 2
        out.parts.append(drawing.canvas.shifted(dx, dy))
    if legend_h:
        out.parts.append(legend.shifted(MARGIN, bottom + 14))
    marker = arrow_marker(arrow)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="comparison-diagram diagram-{diagram.kind}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-label="{caption}">\n'
        f"<title>{caption}</title>\n{marker}\n" + "\n".join(out.parts) + "\n</svg>"
    )


def _draw(panel: Panel, lang: str, arrow: str) -> Drawing:
    if isinstance(panel, StackPanel):
        return _stack(panel, lang)
    if isinstance(panel, SequencePanel):
        return _sequence(panel, lang, arrow)
    return _flow(panel, lang, arrow)


def diagram_figure(comparison: Comparison, lang: str) -> str:
    """The diagram wrapped like the hand-written ones: ``<figure class="diagram">`` with a caption."""
    if comparison.diagram is None:
        raise ValueError(f"comparison '{comparison.id}' has no diagram")
    caption = html_text(comparison.diagram.caption[lang])
    return f'<figure class="diagram">\n{diagram_svg(comparison, lang)}\n<figcaption>{caption}</figcaption>\n</figure>\n'
