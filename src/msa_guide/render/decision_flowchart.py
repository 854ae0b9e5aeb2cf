"""The static form of a decision guide: the whole tree as an SVG flowchart drawn at build time.

Layered top to bottom: the start question, then the nodes its answers lead to, and so on. Every answer is a
rounded label on the line from its question to the node it leads to, so the drawing reads like the interactive
guide without JavaScript (and prints in the PDF). Siblings are centred under their question; a layer that gets
crowded is spread by averaging a left-to-right and a right-to-left sweep, which keeps the order and never
overlaps boxes. Lines are drawn as elbows through the gap between two layers.

Text is ``fill="currentColor"`` and lines ``stroke="currentColor"``, so the drawing follows the light, dark and
print palettes; questions and results carry the stylesheet's ``dg-neutral`` and ``dg-accent`` classes with a
plain fill-opacity fallback. Every piece of catalog text is escaped; long labels wrap onto several lines.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from msa_guide.catalog.decisions import Guide, Node, Question, levels
from msa_guide.catalog.model import Catalog
from msa_guide.render.labels import label
from msa_guide.render.svg import arrow_marker, text_width, widest, wrap
from msa_guide.render.text import html_text

FONT = 13
SMALL = 12
LINE = 17
SMALL_LINE = 15
PAD = 10
QUESTION_WIDTH = 220
RESULT_WIDTH = 180
PILL_WIDTH = 170
MIN_WIDTH = 120
H_GAP = 14
BUS = 14  # from the bottom of a layer down to the horizontal line that fans out to the answers
PILL_DROP = 12  # from that line down to the answer labels
ARROW = 18  # from an answer label down to the node it leads to
MARGIN = 6


def node_labels(guide: Guide) -> dict[str, str]:
    """Short names shared by the flowchart and the interactive guide: ``Q1``, ``Q2``… and ``A``, ``B``…"""
    names: dict[str, str] = {}
    for number, question in enumerate(guide.questions(), start=1):
        names[question.id] = f"Q{number}"
    for index, result in enumerate(guide.results()):
        names[result.id] = _letters(index)
    return names


def _letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass
class _Line:
    text: str
    size: float
    bold: bool = False
    indent: float = 0.0  # SVG collapses leading spaces, so a hanging indent is an offset


@dataclass
class _Box:
    node: Node
    lines: list[_Line]
    width: float
    height: float
    pill: list[str] = field(default_factory=list)
    pill_width: float = 0.0
    pill_height: float = 0.0
    x: float = 0.0  # centre
    y: float = 0.0  # top

    @property
    def footprint(self) -> float:
        return max(self.width, self.pill_width)


def _box(node: Node, name: str, catalog: Catalog, lang: str) -> _Box:
    lines: list[_Line] = []
    if isinstance(node, Question):
        inner = QUESTION_WIDTH - 2 * PAD
        lines.append(_Line(name, SMALL, bold=True))
        lines += [_Line(text, FONT) for text in wrap(node.text[lang], inner, FONT)]
    else:
        inner = RESULT_WIDTH - 2 * PAD
        lines += [_Line(text, FONT, bold=True) for text in wrap(f"{name} · {node.title[lang]}", inner, FONT, bold=True)]
        for recommendation in node.recommend:
            wrapped = wrap(catalog.pattern(recommendation.pattern).name[lang], inner - text_width("• ", SMALL), SMALL)
            bullet = text_width("• ", SMALL)
            lines += [
                _Line("• " + text, SMALL) if i == 0 else _Line(text, SMALL, indent=bullet)
                for i, text in enumerate(wrapped)
            ]
    width = max(
        MIN_WIDTH, max(line.indent + text_width(line.text, line.size, bold=line.bold) for line in lines) + 2 * PAD
    )
    height = 2 * PAD + sum(_line_height(line) for line in lines) - 4
    return _Box(node=node, lines=lines, width=width, height=height)


def _line_height(line: _Line) -> float:
    return LINE if line.size >= FONT else SMALL_LINE


def _layout(guide: Guide, catalog: Catalog, lang: str) -> tuple[list[list[_Box]], dict[str, _Box], float, float]:
    names = node_labels(guide)
    layers = [[_box(node, names[node.id], catalog, lang) for node in level] for level in levels(guide)]
    boxes = {box.node.id: box for layer in layers for box in layer}
    for question in guide.questions():
        for answer in question.answers:
            child = boxes[answer.next]
            child.pill = wrap(answer.label[lang], max(child.width, PILL_WIDTH) - 16, SMALL)
            child.pill_width = widest(child.pill, SMALL) + 16
            child.pill_height = len(child.pill) * SMALL_LINE + 9

    top = float(MARGIN)
    for index, layer in enumerate(layers):
        if index:
            top += BUS + PILL_DROP + max(box.pill_height for box in layer) + ARROW
        for box in layer:
            box.y = top
        top += max(box.height for box in layer)
        if index:
            _place(layer, boxes, guide)
    left = min(box.x - box.footprint / 2 for box in boxes.values())
    for box in boxes.values():
        box.x += MARGIN - left
    width = max(box.x + box.footprint / 2 for box in boxes.values()) + MARGIN
    return layers, boxes, width, top + MARGIN


def _place(layer: list[_Box], boxes: Mapping[str, _Box], guide: Guide) -> None:
    """Centre each family of siblings under its question, then spread the layer so nothing overlaps."""
    desired: list[float] = []
    # levels() lists the layer family by family, in the order of the questions above
    for parent_id, members in itertools.groupby(layer, key=lambda box: _parent_id(guide, box)):
        family = list(members)
        total = sum(box.footprint for box in family) + (len(family) - 1) * H_GAP
        x = boxes[parent_id].x - total / 2
        for box in family:
            desired.append(x + box.footprint / 2)
            x += box.footprint + H_GAP

    def gap(a: _Box, b: _Box) -> float:
        return (a.footprint + b.footprint) / 2 + H_GAP

    rightward = list(desired)
    for i in range(1, len(layer)):
        rightward[i] = max(desired[i], rightward[i - 1] + gap(layer[i - 1], layer[i]))
    leftward = list(desired)
    for i in range(len(layer) - 2, -1, -1):
        leftward[i] = min(desired[i], leftward[i + 1] - gap(layer[i], layer[i + 1]))
    for box, a, b in zip(layer, rightward, leftward, strict=True):
        box.x = (a + b) / 2


def _parent_id(guide: Guide, box: _Box) -> str:
    parent = guide.parent_of(box.node.id)
    if parent is None:
        raise ValueError(f"{guide.id}: '{box.node.id}' is below the start but has no question above it")
    return parent[0]


def _text(x: float, y: float, lines: Sequence[_Line]) -> str:
    """Lines left-aligned at ``x``; ``y`` is the top of the block."""
    parts: list[str] = []
    baseline = y
    for index, line in enumerate(lines):
        baseline += (line.size * 0.95) if index == 0 else _line_height(line)
        weight = ' font-weight="bold"' if line.bold else ""
        parts.append(
            f'<text x="{x + line.indent:.1f}" y="{baseline:.1f}" font-size="{line.size:g}" fill="currentColor"{weight}>'
            f"{html_text(line.text)}</text>"
        )
    return "".join(parts)


def flowchart_svg(guide: Guide, catalog: Catalog, lang: str) -> str:
    """The guide's tree as one inline ``<svg>`` (no blank line, no script, no external reference)."""
    layers, boxes, width, height = _layout(guide, catalog, lang)
    arrow = f"dg-arrow-{guide.id}"
    edges: list[str] = []
    pills: list[str] = []
    for layer in layers:
        if layer[0].node.id == guide.start:
            continue
        families = itertools.groupby(layer, key=lambda box: _parent_id(guide, box))
        for number, (parent_id, members) in enumerate(families):
            children = list(members)
            parent = boxes[parent_id]
            parent_row_bottom = max(b.y + b.height for b in boxes.values() if b.y == parent.y)
            bus = parent_row_bottom + BUS - (number % 2) * 5
            xs = [parent.x, *(child.x for child in children)]
            edges.append(_path([(parent.x, parent.y + parent.height), (parent.x, bus)]))
            if max(xs) - min(xs) > 0.5:
                edges.append(_path([(min(xs), bus), (max(xs), bus)]))
            for child in children:
                pill_top = child.y - ARROW - child.pill_height
                edges.append(_path([(child.x, bus), (child.x, pill_top)]))
                edges.append(_path([(child.x, pill_top + child.pill_height), (child.x, child.y - 1)], arrow=arrow))
                left = child.x - child.pill_width / 2
                pills.append(
                    f'<rect x="{left:.1f}" y="{pill_top:.1f}" width="{child.pill_width:.1f}" '
                    f'height="{child.pill_height:.1f}" rx="9" fill="none" stroke="currentColor" stroke-width="1"/>'
                    + _text(left + 8, pill_top + 3.5, [_Line(line, SMALL) for line in child.pill])
                )
    nodes: list[str] = []
    for box in boxes.values():
        style = "neutral" if isinstance(box.node, Question) else "accent"
        kind = "question" if isinstance(box.node, Question) else "result"
        left = box.x - box.width / 2
        nodes.append(
            f'<g class="dg-node dg-{kind}" data-node="{box.node.id}">'
            f'<rect class="dg-{style}" fill="currentColor" fill-opacity="0.15" x="{left:.1f}" y="{box.y:.1f}" '
            f'width="{box.width:.1f}" height="{box.height:.1f}" rx="{4 if kind == "question" else 8}" '
            f'stroke="currentColor" stroke-width="1.2"/>' + _text(left + PAD, box.y + PAD - 2, box.lines) + "</g>"
        )
    aria = html_text(label(lang, "flowchart.aria", title=guide.title[lang]))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
        f'aria-label="{aria}" class="decision-flowchart" data-guide="{guide.id}">'
        + arrow_marker(arrow)
        + "".join(edges)
        + "".join(pills)
        + "".join(nodes)
        + "</svg>"
    )


def _path(points: Sequence[tuple[float, float]], *, arrow: str = "") -> str:
    d = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y) in enumerate(points))
    marker = f' marker-end="url(#{arrow})"' if arrow else ""
    return f'<path d="{d}" fill="none" stroke="currentColor" stroke-width="1.3"{marker}/>'


def flowchart_figure(guide: Guide, catalog: Catalog, lang: str) -> str:
    """The flowchart in a ``<figure class="diagram">`` with its caption, ready to drop into a page."""
    caption = label(
        lang,
        "flowchart.caption",
        title=guide.title[lang],
        questions=len(guide.questions()),
        results=len(guide.results()),
    )
    return (
        f'<figure class="diagram dg-flowchart">\n{flowchart_svg(guide, catalog, lang)}\n'
        f"<figcaption>{html_text(caption)}</figcaption>\n</figure>\n"
    )
