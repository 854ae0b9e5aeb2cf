"""Built HTML as an ElementTree and back.

The pages come from MkDocs and Material, which write well-formed HTML, so the standard library's tokenizer and a
small tree builder are enough (an HTML5 parser in pure Python took most of the book's preparation time). Tag and
attribute names arrive in lower case (``viewbox``); that is harmless because WeasyPrint reads the book with an
HTML5 parser, which restores SVG's camel case exactly as a browser does.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = ET.Element("html")
        self.stack = [self.root]
        self.last: ET.Element | None = None  # the element whose tail receives the next text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.root.attrib.update({name: value or "" for name, value in attrs})
            return
        element = ET.SubElement(self.stack[-1], tag, {name: value or "" for name, value in attrs})
        self.last = None
        if tag in _VOID:
            self.last = element
        else:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and tag != "html":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                self.last = self.stack[depth]
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        if self.last is not None:
            self.last.tail = (self.last.tail or "") + data
        else:
            parent = self.stack[-1]
            parent.text = (parent.text or "") + data


def parse_html(text: str) -> ET.Element:
    """The ``<html>`` element of a document or fragment (comments and the doctype are dropped)."""
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


def to_html(element: ET.Element) -> str:
    return ET.tostring(element, encoding="unicode", method="html")


def classes(element: ET.Element) -> set[str]:
    return set(element.get("class", "").split())


def has_class(element: ET.Element, name: str) -> bool:
    return name in element.get("class", "").split()


def add_class(element: ET.Element, name: str) -> None:
    element.set("class", f"{element.get('class', '')} {name}".strip())


def find_by_class(root: ET.Element, tag: str, name: str) -> ET.Element | None:
    return next((e for e in root.iter(tag) if has_class(e, name)), None)


def text_of(element: ET.Element) -> str:
    """The element's text content with white space collapsed."""
    return " ".join("".join(element.itertext()).split())


def parents(root: ET.Element) -> dict[ET.Element, ET.Element]:
    return {child: parent for parent in root.iter() for child in parent}


def remove(element: ET.Element, parent: ET.Element) -> None:
    """Remove ``element`` but keep the text that follows it (ElementTree stores it on the element)."""
    if element.tail:
        index = list(parent).index(element)
        if index > 0:
            previous = parent[index - 1]
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def unwrap(element: ET.Element, parent: ET.Element) -> None:
    """Replace ``element`` by its content (used for links that lead nowhere in the book)."""
    index = list(parent).index(element)
    children = list(element)
    head = element.text or ""
    if index > 0:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + head
    else:
        parent.text = (parent.text or "") + head
    for offset, child in enumerate(children):
        parent.insert(index + 1 + offset, child)
    if element.tail:
        if children:
            children[-1].tail = (children[-1].tail or "") + element.tail
        elif index > 0:
            previous = parent[index - 1]
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
