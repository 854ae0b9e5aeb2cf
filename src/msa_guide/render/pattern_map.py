"""The pattern map: every pattern a node (coloured by type), every relation an edge, laid out as SVG.

The layout is a grid of category blocks inside one band per type, so it is linear in the number of
patterns and reads the same every build. Interaction (filters, hover, keyboard) is added by a small
self-hosted script; without it the SVG is still a complete, printable map whose nodes are links.
"""

from __future__ import annotations

from dataclasses import dataclass

from msa_guide.catalog.model import Catalog, Pattern
from msa_guide.catalog.relations import edges
from msa_guide.render.labels import label
from msa_guide.render.text import html_text, url_link

NODE_WIDTH = 205
ROW_HEIGHT = 30
HEADER_HEIGHT = 30
BAND_GAP = 30
COLUMNS_PER_BAND = 2
MARGIN = 20


@dataclass(frozen=True)
class Node:
    pattern: Pattern
    x: float
    y: float


def layout(catalog: Catalog) -> tuple[dict[str, Node], list[tuple[str, float, float]], float, float]:
    """Place every pattern; return nodes by id, category headings (text id, x, y), width and height."""
    nodes: dict[str, Node] = {}
    headings: list[tuple[str, float, float]] = []
    band_width = COLUMNS_PER_BAND * NODE_WIDTH
    height = 0.0
    for band, pattern_type in enumerate(catalog.types):
        x0 = MARGIN + band * (band_width + BAND_GAP)
        y = MARGIN + HEADER_HEIGHT
        headings.append((f"type:{pattern_type.id}", x0, MARGIN + 14))
        for category in catalog.categories_of(pattern_type.id):
            patterns = catalog.patterns_in(category.id)
            if not patterns:
                continue
            headings.append((f"category:{category.id}", x0, y + 18))
            y += HEADER_HEIGHT
            for index, pattern in enumerate(patterns):
                column, row = index % COLUMNS_PER_BAND, index // COLUMNS_PER_BAND
                nodes[pattern.id] = Node(pattern, x0 + column * NODE_WIDTH + 10, y + row * ROW_HEIGHT + 12)
            y += -(-len(patterns) // COLUMNS_PER_BAND) * ROW_HEIGHT + 8
        height = max(height, y)
    width = MARGIN * 2 + len(catalog.types) * band_width + (len(catalog.types) - 1) * BAND_GAP
    return nodes, headings, width, height + MARGIN


def _shorten(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def pattern_map(
    catalog: Catalog,
    lang: str,
    from_page: str,
    comparisons: tuple[tuple[str, str, str], ...] = (),
    use_directory_urls: bool = True,
) -> str:
    """The map as an HTML fragment: filter controls followed by the inline SVG.

    ``comparisons`` are extra ``(source id, target id, comparison title)`` edges drawn in their own style.
    """
    nodes, headings, width, height = layout(catalog)
    parts: list[str] = [_controls(catalog, lang)]
    parts.append(
        f'<div class="pattern-map-frame"><svg class="pattern-map" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" style="min-width: {width:.0f}px" role="group" '
        f'aria-label="{html_text(label(lang, "patterns"))}">'
    )
    parts.append('<g class="pm-edges">')
    for relation in edges(catalog):
        a, b = nodes[relation.source], nodes[relation.target]
        parts.append(_edge(a, b, relation.kind, "relation"))
    for source, target, title in comparisons:
        if source in nodes and target in nodes:
            parts.append(_edge(nodes[source], nodes[target], title, "comparison"))
    parts.append("</g>")
    for key, x, y in headings:
        kind, _, ident = key.partition(":")
        text = catalog.type(ident).name[lang] if kind == "type" else catalog.category(ident).name[lang]
        extra = f' data-category="{ident}"' if kind == "category" else f' data-type="{ident}"'
        parts.append(f'<text class="pm-{kind}" x="{x:.0f}" y="{y:.0f}"{extra}>{html_text(text)}</text>')
    parts.append('<g class="pm-nodes">')
    for node in nodes.values():
        pattern = node.pattern
        ref = pattern.page[lang]
        href = url_link(from_page, ref.path, ref.anchor, use_directory_urls)
        name = pattern.name[lang]
        parts.append(
            f'<a class="pm-node type-{pattern.type}" href="{html_text(href)}" data-id="{pattern.id}" '
            f'data-type="{pattern.type}" data-category="{pattern.category}">'
            f"<title>{html_text(name)} — {html_text(pattern.summary[lang])}</title>"
            f'<circle cx="{node.x:.0f}" cy="{node.y:.0f}" r="7"/>'
            f'<text x="{node.x + 12:.0f}" y="{node.y + 4:.0f}">{html_text(_shorten(name))}</text></a>'
        )
    parts.append("</g></svg></div>")
    return "\n".join(parts) + "\n"


def _edge(a: Node, b: Node, title: str, style: str) -> str:
    mx, my = (a.x + b.x) / 2, (a.y + b.y) / 2 - min(60.0, abs(a.x - b.x) / 6 + 12)
    return (
        f'<path class="pm-edge pm-{style}" data-source="{a.pattern.id}" data-target="{b.pattern.id}" '
        f'd="M{a.x:.0f},{a.y:.0f} Q{mx:.0f},{my:.0f} {b.x:.0f},{b.y:.0f}"><title>{html_text(title)}</title></path>'
    )


def _controls(catalog: Catalog, lang: str) -> str:
    boxes = "".join(
        f'<label class="pm-filter type-{t.id}"><input type="checkbox" checked value="{t.id}" '
        f'data-filter="type"> {html_text(t.name[lang])}</label>'
        for t in catalog.types
    )
    options = "".join(
        f'<option value="{c.id}">{html_text(catalog.type(c.type).name[lang])} · {html_text(c.name[lang])}</option>'
        for c in catalog.categories
        if catalog.patterns_in(c.id)
    )
    legend = (
        f'<span class="pm-legend"><svg viewBox="0 0 40 10" aria-hidden="true"><path class="pm-edge pm-relation" '
        f'd="M2,5 L38,5"/></svg> {html_text(label(lang, "map.edge"))} '
        f'<svg viewBox="0 0 40 10" aria-hidden="true"><path class="pm-edge pm-comparison" d="M2,5 L38,5"/></svg> '
        f"{html_text(label(lang, 'map.edge_comparison'))}</span>"
    )
    return (
        f'<form class="pattern-map-controls" aria-label="{html_text(label(lang, "map.legend"))}">'
        f"<fieldset><legend>{html_text(label(lang, 'map.filter_type'))}</legend>{boxes}</fieldset>"
        f'<label class="pm-select">{html_text(label(lang, "map.filter_category"))} '
        f'<select data-filter="category"><option value="">{html_text(label(lang, "map.all_categories"))}</option>'
        f"{options}</select></label>{legend}</form>"
    )
