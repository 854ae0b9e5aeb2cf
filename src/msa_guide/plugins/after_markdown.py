"""HTML that a plugin writes into a page after Markdown has run.

Generated blocks that are HTML already (the pattern card, the relations footer with its mini-map, comparison
tables, the glossary's entries) cost Python-Markdown real work when they travel through it: every extension scans
them, and raw HTML is parsed twice. :class:`AfterMarkdown` leaves a comment in the page's Markdown in their place
and swaps the HTML in from ``on_page_content``. A marker that Markdown did not carry through unchanged stops the
build naming the page.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from mkdocs.exceptions import PluginError


class AfterMarkdown:
    """The HTML blocks of the pages being built, by page source path, until their content is ready."""

    def __init__(self, owner: str) -> None:
        self.owner = owner  # in the markers, so that two plugins' blocks on one page never share a marker
        self._blocks: dict[str, list[str]] = {}
        self._markers = re.compile(rf"<!--{re.escape(owner)}-html (\d+)-->")

    def page(self, page: str) -> Callable[[str], str]:
        """Start ``page`` afresh (:meth:`forget`) and return :meth:`place` for it: what ``on_page_markdown`` calls
        to hold each of the page's blocks back."""
        self.forget(page)
        return functools.partial(self.place, page)

    def forget(self, page: str) -> None:
        """Drop what ``page`` held: a rebuild (``mkdocs serve``) renders the page afresh."""
        self._blocks.pop(page, None)

    def place(self, page: str, html: str) -> str:
        """A Markdown block that stands for ``html`` on ``page`` (nothing for empty HTML)."""
        if not html:
            return ""
        blocks = self._blocks.setdefault(page, [])
        blocks.append(html)
        return f"\n\n{self._marker(len(blocks) - 1)}\n\n"

    def fill(self, page: str, content: str) -> str:
        """``content`` (the page's HTML) with every block of ``page`` in place of its marker (in one pass)."""
        blocks = self._blocks.pop(page, [])
        if not blocks:
            return content
        seen = [0] * len(blocks)

        def block(match: re.Match[str]) -> str:
            index = int(match.group(1))
            if index >= len(blocks):
                return match.group(0)
            seen[index] += 1
            return blocks[index]

        filled = self._markers.sub(block, content)
        for index, count in enumerate(seen):
            if count != 1:
                marker = self._marker(index)
                raise PluginError(f"{page}: generated block {index}: its marker {marker} did not survive Markdown")
        return filled

    def _marker(self, index: int) -> str:
        return f"<!--{self.owner}-html {index}-->"
