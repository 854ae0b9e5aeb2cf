"""Measure and outline the Markdown prose of a page: sections, prose length, diagrams, code blocks, links."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from msa_guide.catalog.markdown_source import FENCE, without_code, without_front_matter

_FIGURE = re.compile(r"<figure\b.*?</figure>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^(#{2,3})\s+(.+?)(?:\s+\{[^}]*\})?\s*$", re.MULTILINE)
_DIAGRAM = re.compile(r'^--8<--\s+"[^"]*diagrams/', re.MULTILINE)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*")


@dataclass(frozen=True)
class PageOutline:
    h2: tuple[str, ...]
    h3: tuple[str, ...]
    diagrams: int
    code_blocks: int
    links: frozenset[str]
    korean_chars: int
    english_words: int


def prose_of(markdown: str) -> str:
    """The running text of a page: no front matter, code, tables, figures, HTML tags or link targets."""
    text = without_code(markdown)
    text = _FIGURE.sub("", text)
    text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("|"))
    text = _LINK.sub("]", text)
    return _TAG.sub("", text)


def outline(markdown: str, page: str) -> PageOutline:
    """Outline of one page whose path (under ``docs/<lang>/``) is ``page``."""
    body = without_code(markdown)
    headings = _HEADING.findall(body)
    base = posixpath.dirname(page)
    links = frozenset(
        posixpath.normpath(posixpath.join(base, target.split("#")[0]))
        for target in _LINK.findall(body)
        if target.split("#")[0].endswith(".md") and "://" not in target
    )
    prose = prose_of(markdown)
    return PageOutline(
        h2=tuple(title for level, title in headings if level == "##"),
        h3=tuple(title for level, title in headings if level == "###"),
        diagrams=len(_DIAGRAM.findall(markdown)),
        code_blocks=len(FENCE.findall(without_front_matter(markdown))),
        links=links,
        korean_chars=sum(1 for ch in prose if not ch.isspace()) if _HANGUL.search(prose) else 0,
        english_words=len(_WORD.findall(prose)),
    )
