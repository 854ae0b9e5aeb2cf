"""Read the Markdown source of a page the way Python-Markdown will: front matter, fenced code, headings, markers.

One definition of each, shared by the page checks, the prose-link reader, the page outline and the title lookup,
so that a construct one of them skips (a fence, a setext ``Title\\n=====`` heading) is skipped by all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A fenced code block: ``` or ~~~ (three or more), possibly indented (inside a list, admonition or tab), closed by
#: the same fence on a line of its own. An unclosed fence is left alone, as Python-Markdown leaves it.
FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,})[^\n]*\n.*?^\1\2[ \t]*$", re.DOTALL | re.MULTILINE)
FRONT_MATTER = re.compile(r"\A---\n.*?\n---[ \t]*\n", re.DOTALL)
_ATX = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_ATTR_LIST = re.compile(r"[ \t]*\{[^}]*\}[ \t]*$")
# A line that starts a block of its own and so is never the text of a setext heading.
_NOT_A_PARAGRAPH = re.compile(r"^(?: {4}|\t|[ \t]*(?:[-*+>|<]|\d+[.)]|!!!|\?\?\?|#|-{3,}|={3,}|$))")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    line: int
    """Line number (0-based) of the heading text in the source."""


def without_front_matter(markdown: str) -> str:
    return FRONT_MATTER.sub("", markdown, count=1)


def without_code(markdown: str) -> str:
    """The page without its front matter and fenced code blocks (line count of the rest unchanged)."""
    return FENCE.sub(lambda match: "\n" * match.group(0).count("\n"), without_front_matter(markdown))


def headings(markdown: str) -> tuple[Heading, ...]:
    """Every ATX (``# Title``) and setext (``Title`` over ``=====`` or ``-----``) heading outside code."""
    lines = without_code(markdown).split("\n")
    found: list[Heading] = []
    for index, line in enumerate(lines):
        atx = _ATX.match(line)
        if atx:
            found.append(Heading(len(atx.group(1)), _ATTR_LIST.sub("", atx.group(2)), index))
            continue
        underline = _SETEXT.match(line)
        if underline and index > 0 and not _NOT_A_PARAGRAPH.match(lines[index - 1]):
            level = 1 if underline.group(1).startswith("=") else 2
            found.append(Heading(level, _ATTR_LIST.sub("", lines[index - 1].strip()), index - 1))
    return tuple(sorted(found, key=lambda heading: heading.line))


def title(markdown: str) -> str | None:
    """The text of the page's first level-1 heading, if it has one."""
    return next((h.text for h in headings(markdown) if h.level == 1), None)


def marker_pattern(namespace: str) -> re.Pattern[str]:
    """The ``<!-- namespace:name -->`` markers of one plugin, each on a line of its own."""
    return re.compile(rf"^<!--\s*{re.escape(namespace)}:([a-z-]+)\s*-->\s*$", re.MULTILINE)


def markers(markdown: str, namespace: str) -> list[str]:
    """The names of one namespace's markers in the page, in order (a marker inside a code block counts too,
    because the plugin replaces it there as well)."""
    return marker_pattern(namespace).findall(markdown)
