"""The book's tree as WeasyPrint's HTML5 parser would have read it, so that the book need not be parsed at all.

:func:`msa_guide.pdf.html_tree.parse_html` reads the site's pages with the standard library's tokenizer, which
lowers every name (``viewbox``) and knows nothing of namespaces. WeasyPrint reads a document with tinyhtml5, which
puts ``<svg>`` and its content in the SVG namespace and restores the camel case of SVG's names, as browsers do.
Serialising the book and letting tinyhtml5 read it back took three seconds per book; :func:`html5_tree` makes the
same changes to the tree directly, with tinyhtml5's own tables (tests/unit/test_pdf_parts.py compares the two trees).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tinyhtml5.constants import (  # type: ignore[import-untyped]  # WeasyPrint's HTML5 parser, untyped
    adjust_foreign_attributes,
    adjust_svg_attributes,
    namespaces,
)

SVG = f"{{{namespaces['svg']}}}"
# tinyhtml5 keeps this table inside its parser ("adjust SVG tag names" of the HTML standard).
SVG_TAG_NAMES = {
    name.lower(): name
    for name in [
        *("altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion", "animateTransform"),
        *("clipPath", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix"),
        *("feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feFlood", "feFuncA", "feFuncB", "feFuncG"),
        *("feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset"),
        *("fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "foreignObject"),
        *("glyphRef", "linearGradient", "radialGradient", "textPath"),
    ]
}
_ATTRIBUTES: dict[str, str] = {
    **adjust_svg_attributes,
    **{
        name: f"{{{namespace}}}{local}" if prefix is not None or local == "xmlns" else local
        for name, (prefix, local, namespace) in adjust_foreign_attributes.items()
    },
}
# An HTML5 parser drops the line break that directly follows these start tags.
_LEADING_NEWLINE = frozenset({"pre", "listing", "textarea"})


def html5_tree(root: ET.Element) -> ET.Element:
    """``root``, changed in place into the tree tinyhtml5 builds from ``to_html(root)`` the way WeasyPrint calls it
    (HTML elements without a namespace): SVG elements in the SVG namespace with their camel-case names, ``xlink:``
    and ``xml:`` attributes in their namespaces, the line break just after ``<pre>`` dropped."""
    for element in root.iter():
        if element.tag == "svg":
            _into_svg(element)
        elif element.tag in _LEADING_NEWLINE and element.text and element.text.startswith("\n"):
            element.text = element.text[1:]
    return root


def _into_svg(element: ET.Element) -> None:
    name = SVG_TAG_NAMES.get(element.tag, element.tag)
    element.tag = SVG + name
    if element.attrib:
        renamed = {_ATTRIBUTES.get(key, key): value for key, value in element.attrib.items()}
        element.attrib.clear()
        element.attrib.update(renamed)
    if name != "foreignObject":  # what it holds is HTML again
        for child in element:
            _into_svg(child)
