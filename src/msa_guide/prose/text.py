"""The checkable text of a page, a diagram or a catalog file, line by line, with what each check must not read masked.

Masking keeps every column where it was (masked text becomes spaces), so a finding's line is the line of the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import yaml

_FENCE_OPEN = re.compile(r"^([ \t]*)(`{3,}|~{3,})")
_FRONT_MATTER_END = re.compile(r"^---[ \t]*$")
_MASKED = re.compile(
    r"`[^`\n]*`"  # inline code
    r"|https?://[^\s)>\]\"']+"  # URLs
    r"|(?<=\])\([^)\n]*\)"  # link targets
    r"|^[ \t]*\[[^\]\n]+\]:[ \t]*\S+"  # reference-style link definitions
    r"|<[^>\n]*>"  # HTML tags and comments on one line
    r"|\{[ \t]*[#.:][^}\n]*\}"  # attribute lists
    r"|^[ \t]*--8<--.*$",  # snippet includes
    re.MULTILINE,
)
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SVG_TEXT = re.compile(r">([^<>]+)<|\baria-label=\"([^\"]*)\"")


@dataclass(frozen=True)
class TextLine:
    number: int
    """1-based line number in the file."""
    prose: str
    """What the vocabulary checks read: code, inline code, URLs, link targets, HTML tags and attributes masked."""
    raw: str
    """What the running-example check reads: the line as written (identifiers in code count there)."""
    code: bool = False
    """The line is inside a fenced code block."""


@dataclass(frozen=True)
class CatalogText:
    """One localized text of a catalog file: its language, where it is (``dimensions[0].values.saga.ko``) and line."""

    lang: str
    path: str
    line: TextLine


def mask(text: str) -> str:
    """``text`` with inline code, URLs, link targets, tags and attribute lists blanked (same length)."""
    return _MASKED.sub(lambda match: " " * len(match.group(0)), text)


def markdown_lines(markdown: str) -> tuple[TextLine, ...]:
    """Every line of a Markdown page; front matter is blank, fenced code is masked in ``prose``."""
    lines = markdown.split("\n")
    result: list[TextLine] = []
    front_matter = bool(lines) and lines[0].strip() == "---"
    fence: tuple[str, str] | None = None
    for index, line in enumerate(lines):
        number = index + 1
        if front_matter:
            result.append(TextLine(number, "", ""))
            if index > 0 and _FRONT_MATTER_END.match(line):
                front_matter = False
            continue
        if fence is not None:
            closing = line.strip()
            if closing.startswith(fence[1]) and set(closing) == {fence[1][0]}:
                fence = None
            result.append(TextLine(number, "", line, code=True))
            continue
        opening = _FENCE_OPEN.match(line)
        if opening:
            fence = (opening.group(1), opening.group(2))
            result.append(TextLine(number, "", line, code=True))
            continue
        result.append(TextLine(number, mask(line), line))
    return tuple(result)


def svg_lines(svg: str) -> tuple[TextLine, ...]:
    """The words of a diagram: its text nodes and ``aria-label`` values, per line of the file."""
    result: list[TextLine] = []
    for index, line in enumerate(svg.split("\n")):
        words = " | ".join(
            (node or label).strip() for node, label in _SVG_TEXT.findall(line) if (node or label).strip()
        )
        if words:
            text = words.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            result.append(TextLine(index + 1, text, text))
    return tuple(result)


def catalog_texts(text: str, skip: frozenset[str]) -> tuple[CatalogText, ...]:
    """Every string under a ``ko:`` or ``en:`` key of a YAML file, outside the keys in ``skip``."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        return ()  # the catalog loader reports malformed YAML with its line
    return tuple(_walk(node, "", None, skip)) if node is not None else ()


def _walk(node: yaml.Node, path: str, lang: str | None, skip: frozenset[str]) -> Iterator[CatalogText]:
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            key = str(key_node.value)
            if key in skip:
                continue
            child_lang = key if key in ("ko", "en") else lang
            yield from _walk(value, f"{path}.{key}" if path else key, child_lang, skip)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _walk(item, f"{path}[{index}]", lang, skip)
    elif isinstance(node, yaml.ScalarNode) and lang is not None and isinstance(node.value, str):
        first = node.start_mark.line + (1 if node.style in ("|", ">") else 0)
        value = " ".join(node.value.split())
        yield CatalogText(lang, path, TextLine(first + 1, mask(value), value))
