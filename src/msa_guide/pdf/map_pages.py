"""The pattern map on paper: the web page's drawing cut into one figure per pattern type, one page each.

The map is laid out in one band per type (see :mod:`msa_guide.render.map_layout`), and each band is marked in
the SVG by a ``pm-band`` rectangle. On paper the whole drawing at once would shrink its labels below reading
size, so every band becomes its own figure: a copy of the SVG whose view box is that band, keeping only the
boxes and headings inside it (lines to other bands run to the figure's edge). Lines are clipped at the figure's
edge. The type's name is the drawing's own heading. The controls, the focus panel and the script data are
dropped with the page's other web-only parts.
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET

from msa_guide.pdf.html_tree import find_by_class, has_class, parents, text_of

BOTTOM = 24.0  # room under the last box of a band, for the lanes below it


def _x(element: ET.Element) -> float | None:
    """Left edge of a box (``<a>`` holding a ``<rect>``) or a heading (``<text>``)."""
    if element.tag == "text":
        return float(element.get("x", "0"))
    rect = element.find("rect")
    return float(rect.get("x", "0")) if rect is not None else None


def print_map(article: ET.Element) -> bool:
    """Replace the map explorer of ``article`` by one figure per type band; False when there is no map."""
    explorer = find_by_class(article, "div", "pattern-map-explorer")
    if explorer is None:
        return False
    svg = next((s for s in explorer.iter("svg") if has_class(s, "pattern-map")), None)
    container = parents(article)[explorer]
    position = list(container).index(explorer)
    container.remove(explorer)
    if svg is None:
        return True
    names = {t.get("data-type", ""): text_of(t) for t in svg.iter("text") if has_class(t, "pm-type")}
    bands = [r for r in svg.iter("rect") if has_class(r, "pm-band")]
    for number, band in enumerate(bands):
        x, y, w, h = (float(band.get(name, "0")) for name in ("x", "y", "width", "height"))
        part = copy.deepcopy(svg)
        for name in ("width", "height", "data-width", "data-height"):
            part.attrib.pop(name, None)
        part.set("aria-label", names.get(band.get("data-type", ""), ""))
        bottom = y
        for group in part.iter("g"):
            for child in list(group):
                left = _x(child)
                if has_class(child, "pm-band") or (left is not None and not x <= left < x + w):
                    group.remove(child)
                elif child.tag == "a" and (rect := child.find("rect")) is not None:
                    bottom = max(bottom, float(rect.get("y", "0")) + float(rect.get("height", "0")))
        # the band's own height: a type with fewer rows does not leave half a page empty
        part.set("viewbox", f"{x:.1f} {y:.1f} {w:.1f} {min(h, bottom - y + BOTTOM):.1f}")
        figure = ET.Element("figure", {"class": "map-part"})
        figure.append(part)
        container.insert(position + number, figure)
    return True
