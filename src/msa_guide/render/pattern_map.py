"""The pattern map page: controls, the laid-out SVG and the data its script explores.

The drawing (:mod:`map_layout`, :mod:`map_routing`) is complete without JavaScript: every box is a link to
its pattern, it scrolls inside its frame and prints whole. ``pattern-map.js`` adds zoom and pan, search,
focus mode and filters; it reads the graph from the JSON block written here, so it never parses the SVG.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from msa_guide.catalog.model import INVERSE_KIND, Catalog
from msa_guide.render.labels import label
from msa_guide.render.map_graph import Line, map_graph, map_lines
from msa_guide.render.map_layout import FONT, LINE, PAD_X, PAD_Y, Box, Placement, place
from msa_guide.render.map_routing import Route, route_edges
from msa_guide.render.text import html_text
from msa_guide.render.type_pages import pattern_url

#: Relation kinds as drawn (authored kinds and comparisons), in the order the kind filter lists them.
DRAWN_KINDS: tuple[str, ...] = (
    "part-of",
    "uses",
    "used-by",
    "complements",
    "alternative-to",
    "addresses",
    "comparison",
)


def pattern_map(
    catalog: Catalog,
    lang: str,
    from_page: str,
    comparisons: tuple[tuple[str, str, str], ...] = (),
    use_directory_urls: bool = True,
) -> str:
    """The map as an HTML fragment: controls, the framed SVG, the focus panel and the graph as JSON.

    ``comparisons`` are extra ``(source id, target id, comparison title)`` edges drawn in their own style.
    """
    lines = map_lines(catalog, comparisons)
    graph, labels = map_graph(catalog, lang, lines)
    placement = place(graph)
    routes = route_edges(placement, graph.edges)
    hrefs = {p.id: pattern_url(p, lang, from_page, use_directory_urls) for p in catalog.patterns}
    svg = map_svg(catalog, lang, placement, routes, lines, labels, hrefs)
    data = _data(catalog, lang, lines, hrefs)
    return (
        f'<div class="pattern-map-explorer" data-lang="{lang}">\n'
        f"{_controls(catalog, lang, lines)}\n"
        f'<div class="pattern-map-stage"><div class="pattern-map-frame" tabindex="0" role="region" '
        f'aria-label="{html_text(label(lang, "map.drawing"))}" aria-describedby="pm-keys">{svg}</div>'
        f'<p id="pm-keys" class="pm-keys">{html_text(label(lang, "map.keys"))}</p>'
        f'<aside class="pattern-map-panel" hidden aria-live="polite"></aside></div>\n'
        f'<script type="application/json" class="pattern-map-data">{_json(data)}</script>\n'
        "</div>\n"
    )


def kind_label(lang: str, kind: str) -> str:
    """The name of a drawn kind: a relation kind's label, or "comparison"."""
    return label(lang, "map.edge_comparison") if kind == "comparison" else label(lang, f"kind.{kind}")


def edge_class(kind: str) -> str:
    return "pm-comparison" if kind == "comparison" else "pm-relation"


def _json(data: object) -> str:
    """JSON safe inside a ``<script>`` element (no ``</`` and no HTML comment openers)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def map_svg(
    catalog: Catalog,
    lang: str,
    placement: Placement,
    routes: Sequence[Route],
    lines: Sequence[Line],
    labels: Mapping[str, Sequence[str]],
    hrefs: Mapping[str, str],
) -> str:
    """The drawing: type bands, headings, edges under the boxes, then one linked box per pattern."""
    width, height = placement.width, placement.height
    parts = [
        f'<svg class="pattern-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" data-width="{width:.0f}" data-height="{height:.0f}" '
        f'role="group" aria-label="{html_text(label(lang, "patterns"))}">'
    ]
    parts.append('<g class="pm-bands">')
    for type_id, band in placement.bands.items():
        parts.append(
            f'<rect class="pm-band type-{type_id}" data-type="{type_id}" x="{band.x:.1f}" y="{band.y:.1f}" '
            f'width="{band.w:.1f}" height="{band.h:.1f}" rx="10"/>'
        )
    parts.append("</g>")
    parts.append('<g class="pm-edges">')
    for route, line in zip(routes, lines, strict=True):
        kind_name = kind_label(lang, line.kind)
        title = f"{catalog.pattern(line.source).name[lang]} — {kind_name} — {catalog.pattern(line.target).name[lang]}"
        if line.title:
            title += f" ({line.title})"
        parts.append(
            f'<path class="pm-edge {edge_class(line.kind)}" data-source="{line.source}" data-target="{line.target}" '
            f'data-kind="{line.kind}" d="{route.svg_path()}"><title>{html_text(title)}</title></path>'
        )
    parts.append("</g>")
    parts.append('<g class="pm-headings">')
    for type_id, box in placement.groups.items():
        parts.append(
            f'<text class="pm-type" data-type="{type_id}" x="{box.x:.1f}" y="{box.y + 17:.1f}">'
            f"{html_text(catalog.type(type_id).name[lang])}</text>"
        )
    for category_id, box in placement.blocks.items():
        category = catalog.category(category_id)
        parts.append(
            f'<text class="pm-category" data-category="{category_id}" data-type="{category.type}" '
            f'x="{box.x:.1f}" y="{box.y + 15:.1f}">{html_text(category.name[lang])}</text>'
        )
    parts.append("</g>")
    parts.append('<g class="pm-nodes">')
    for pattern in catalog.reading_order():
        box = placement.nodes[pattern.id]
        parts.append(
            f'<a class="pm-node type-{pattern.type}" href="{html_text(hrefs[pattern.id])}" data-id="{pattern.id}" '
            f'data-type="{pattern.type}" data-category="{pattern.category}">'
            f"<title>{html_text(pattern.name[lang])} — {html_text(pattern.summary[lang])}</title>"
            f"{box_label(box, labels[pattern.id])}</a>"
        )
    parts.append("</g></svg>")
    return "".join(parts)


def box_label(box: Box, lines: Sequence[str]) -> str:
    """A rounded box and its label, one ``<tspan>`` per line."""
    baseline = box.y + PAD_Y + (LINE + FONT) / 2 - 2.5
    spans = "".join(
        f'<tspan x="{box.x + PAD_X:.1f}" y="{baseline + k * LINE:.1f}">{html_text(text)}</tspan>'
        for k, text in enumerate(lines)
    )
    return (
        f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.w:.1f}" height="{box.h:.1f}" rx="5"/>'
        f'<text class="pm-label">{spans}</text>'
    )


def _data(catalog: Catalog, lang: str, lines: Sequence[Line], hrefs: Mapping[str, str]) -> dict[str, object]:
    """What the script needs: nodes with their search terms, edges with kinds, and the interface words."""
    other = [code for code in catalog.patterns[0].name if code != lang] if catalog.patterns else []
    nodes = [
        {
            "id": p.id,
            "name": p.name[lang],
            "summary": p.summary[lang],
            "type": p.type,
            "category": p.category,
            "href": hrefs[p.id],
            # the page's language first; the other language's names still find the pattern
            "terms": [p.name[lang], *p.aliases[lang], *(t for code in other for t in (p.name[code], *p.aliases[code]))],
        }
        for p in catalog.reading_order()
    ]
    kinds = {kind: label(lang, f"kind.{kind}") for kind in (*INVERSE_KIND, *INVERSE_KIND.values())}
    kinds["comparison"] = label(lang, "map.edge_comparison")
    return {
        "nodes": nodes,
        "edges": [[line.source, line.target, line.kind] for line in lines],
        "inverse": {**INVERSE_KIND, "comparison": "comparison"},
        "kinds": kinds,
        "types": {t.id: t.name[lang] for t in catalog.types},
        "categories": {c.id: c.name[lang] for c in catalog.categories},
        "words": {
            key: label(lang, f"map.{key}")
            for key in ("open_page", "close", "focus_on", "no_match", "no_relations", "zoom_in", "zoom_out")
        },
    }


def _controls(catalog: Catalog, lang: str, lines: Sequence[Line]) -> str:
    def word(key: str) -> str:
        return html_text(label(lang, key))

    types = "".join(
        f'<label class="pm-filter type-{t.id}"><input type="checkbox" checked value="{t.id}" '
        f'data-filter="type"> {html_text(t.name[lang])}</label>'
        for t in catalog.types
    )
    options = "".join(
        f'<option value="{c.id}">{html_text(catalog.type(c.type).name[lang])} · {html_text(c.name[lang])}</option>'
        for c in catalog.categories
        if catalog.patterns_in(c.id)
    )
    present = {line.kind for line in lines}
    kinds = "".join(
        f'<label class="pm-filter kind-{kind}"><input type="checkbox" checked value="{kind}" data-filter="kind"> '
        f'<svg viewBox="0 0 28 10" aria-hidden="true"><path class="pm-edge {edge_class(kind)}" '
        f'data-kind="{kind}" d="M2,5 L26,5"/></svg> {html_text(kind_label(lang, kind))}</label>'
        for kind in DRAWN_KINDS
        if kind in present
    )
    hops = "".join(
        f'<label class="pm-filter"><input type="radio" name="pm-hops" value="{n}" data-filter="hops"'
        f"{' checked' if n == 1 else ''}> {word(f'map.hops_{n}')}</label>"
        for n in (1, 2)
    )
    zoom = "".join(
        f'<button type="button" class="md-button pm-zoom" data-zoom="{action}" '
        f'aria-label="{word("map.zoom_" + action)}" title="{word("map.zoom_" + action)}">{symbol}</button>'
        for action, symbol in (("out", "−"), ("in", "+"), ("fit", "⤢"))
    )
    return (
        f'<form class="pattern-map-controls" aria-label="{word("map.legend")}" hidden>'
        f'<div class="pm-search"><label for="pm-search-input">{word("map.search")}</label>'
        f'<input id="pm-search-input" type="search" autocomplete="off" spellcheck="false" role="combobox" '
        f'aria-autocomplete="list" aria-expanded="false" aria-controls="pm-search-results" '
        f'placeholder="{word("map.search_hint")}">'
        f'<ul id="pm-search-results" class="pm-search-results" role="listbox" hidden></ul></div>'
        f'<div class="pm-zooms" role="group">{zoom}</div>'
        f'<details class="pm-options"><summary>{word("map.options")}</summary><div class="pm-options-body">'
        f"<fieldset><legend>{word('map.filter_type')}</legend>{types}</fieldset>"
        f'<label class="pm-select">{word("map.filter_category")} '
        f'<select data-filter="category"><option value="">{word("map.all_categories")}</option>'
        f"{options}</select></label>"
        f"<fieldset><legend>{word('map.filter_kind')}</legend>{kinds}</fieldset>"
        f"<fieldset><legend>{word('map.hops')}</legend>{hops}</fieldset>"
        "</div></details></form>"
    )
