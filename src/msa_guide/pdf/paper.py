"""A web page's ``<article>`` made fit for paper: no web-only parts, open boxes, print colours, Korean line breaks."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from msa_guide.pdf.html_tree import add_class, classes, find_by_class, has_class, parents, remove, text_of, unwrap
from msa_guide.pdf.keep_all import keep_all

DIAGRAM_CSS = (Path(__file__).parent / "diagram.css").read_text(encoding="utf-8")

# Web-only parts of a page: permalinks, edit buttons, the map and browser controls, script and form widgets.
_DROPPED_CLASSES = frozenset(
    {
        "headerlink",
        "md-content__button",
        "md-source-file",
        "pattern-map-controls",
        "pm-keys",
        "catalog-browser-controls",
        "catalog-browser-empty",
    }
)
# Pygments tokens that book.css colours (".highlight .k" …). The spans of all other tokens (white space,
# punctuation, plain names, operators) print black anyway; they were a third of all the boxes WeasyPrint laid
# out, so they are unwrapped into plain text. Keep in step with the palette in book.css.
_COLOURED_TOKENS = frozenset(
    "c c1 cm ch cs cp k kd kn kr kc kp ow kt nc nn s s1 s2 sa sb sd se si sh sx l ld m mi mf mh mo il "  # noqa: SIM905
    "nt nf fm na nd nv nb bp no ni ne gd gi hll".split()
)
# Boxes of term/description pairs (the catalog's card and relations) that print as two-column tables.
_FACT_BOXES = frozenset({"pattern-card", "pattern-relations"})
_DROPPED_TAGS = frozenset({"script", "form", "input", "nav", "button", "noscript", "iframe"})
# Block-level tags: a word never runs across their start or end.
_BLOCKS = frozenset(
    "address article aside blockquote dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li "  # noqa: SIM905
    "main nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
_NO_JOINERS = frozenset({"pre", "code", "kbd", "svg", "style", "script", "math"})


def top_level_svgs(root: ET.Element | None) -> Iterator[ET.Element]:
    if root is None:
        return
    for child in root:
        if child.tag == "svg":
            yield child
        else:
            yield from top_level_svgs(child)


def strip_web_parts(article: ET.Element) -> None:
    parent_of = parents(article)
    token_spans = {
        span
        for pre in article.iter("pre")
        for span in pre.iter("span")
        if not len(span) and set(span.attrib) <= {"class"}
    }
    for element in list(article.iter()):
        if element is article or element not in parent_of:
            continue
        names = classes(element)
        code_line = element.tag == "a" and element.get("id", "").startswith("__codelineno")
        if element.tag in _DROPPED_TAGS or names & _DROPPED_CLASSES or "hidden" in element.attrib or code_line:
            remove(element, parent_of[element])
            continue
        if element in token_spans and classes(element).isdisjoint(_COLOURED_TOKENS):
            unwrap(element, parent_of[element])
            continue
        if element.tag == "a":
            element.attrib.pop("name", None)
        if element.tag == "dl" and names & _FACT_BOXES == set() and classes(parent_of[element]) & _FACT_BOXES:
            _facts_as_table(element)
        elif element.tag == "details":
            _details_as_admonition(element)
        elif has_class(element, "tabbed-set"):
            _tabs_one_after_another(element)


def _facts_as_table(dl: ET.Element) -> None:
    """``<dl>`` of a card as a table: one row per term, its descriptions in the second cell."""
    items, tail = list(dl), dl.tail
    dl.clear()
    dl.tag, dl.tail = "table", tail
    dl.set("class", "pdf-facts")
    body = ET.SubElement(dl, "tbody")
    cell: ET.Element | None = None
    for item in items:
        item.tail = None
        if item.tag == "dt":
            row = ET.SubElement(body, "tr")
            item.tag = "th"
            row.append(item)
            cell = ET.SubElement(row, "td")
        elif cell is not None:
            item.tag = "div"
            cell.append(item)


def _details_as_admonition(details: ET.Element) -> None:
    """A collapsible block prints open, styled like the admonition it is in Material."""
    details.tag = "div"
    add_class(details, "admonition")
    summary = details.find("summary")
    if summary is not None:
        summary.tag = "p"
        summary.set("class", "admonition-title")


def _tabs_one_after_another(tabbed: ET.Element) -> None:
    """Content tabs print every tab, each under its label."""
    labels_box = find_by_class(tabbed, "div", "tabbed-labels")
    content = find_by_class(tabbed, "div", "tabbed-content")
    labels = [text_of(lab) for lab in labels_box.iter("label")] if labels_box is not None else []
    blocks = [b for b in content if has_class(b, "tabbed-block")] if content is not None else []
    for child in list(tabbed):
        tabbed.remove(child)
    for title, block in zip(labels, blocks, strict=False):
        caption = ET.SubElement(tabbed, "p", {"class": "pdf-tab-label"})
        caption.text = title
        tabbed.append(block)


def style_diagram(svg: ET.Element, prefix: str) -> None:
    """Inline SVG is drawn apart from the page's CSS: give it the print palette and the book's font.

    Its own ids (arrow markers) get a prefix too: the same diagram may appear twice in the book.
    """
    style = ET.Element("style")
    style.text = DIAGRAM_CSS
    svg.insert(0, style)
    ids = {e.get("id", ""): prefix + e.get("id", "") for e in svg.iter() if e.get("id")}
    if not ids:
        return
    reference = re.compile(r"#(" + "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True)) + r")(?![\w-])")
    for element in svg.iter():
        for name, value in element.attrib.items():
            if name == "id":
                element.set(name, ids[value])
            elif "#" in value:
                element.set(name, reference.sub(lambda m: "#" + ids[m.group(1)], value))


def join_korean_words(article: ET.Element | None) -> None:
    if article is None:
        return
    previous = ""
    for node, slot, editable in _text_slots(article, False):
        if node.tag in _BLOCKS:
            previous = ""  # a block starts (text) or ends (tail): no word runs across it
        text = node.text if slot == "text" else node.tail
        if not text:
            continue
        if editable:
            joined = keep_all(text, previous)
            if slot == "text":
                node.text = joined
            else:
                node.tail = joined
        previous = text[-1]


def _text_slots(element: ET.Element, frozen: bool) -> Iterator[tuple[ET.Element, str, bool]]:
    frozen = frozen or element.tag in _NO_JOINERS
    yield element, "text", not frozen
    for child in element:
        yield from _text_slots(child, frozen)
        yield child, "tail", not frozen
