"""HTML that a plugin writes into a page after Markdown has run.

Generated blocks that are HTML already (the pattern card, the relations footer with its mini-map) cost
Python-Markdown real work when they travel through it: every extension scans them, and raw HTML is parsed
twice. :class:`AfterMarkdown` leaves a comment in the page's Markdown in their place and swaps the HTML in from
``on_page_content``. A marker that Markdown did not carry through unchanged stops the build naming the page.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError


class AfterMarkdown:
    """The HTML blocks of the pages being built, by page source path, until their content is ready."""

    def __init__(self) -> None:
        self._blocks: dict[str, list[str]] = {}

    def hold(self, page: str, *blocks: str) -> list[str]:
        """Markdown blocks that stand for ``blocks`` on ``page`` (an empty block stands for nothing).

        Whatever ``page`` held before is forgotten: a rebuild (``mkdocs serve``) renders the page afresh.
        """
        self._blocks[page] = [html for html in blocks if html]
        markers = iter(range(len(self._blocks[page])))
        return [f"\n\n{_marker(next(markers))}\n\n" if html else "" for html in blocks]

    def fill(self, page: str, content: str) -> str:
        """``content`` (the page's HTML) with every block of ``page`` in place of its marker."""
        for index, html in enumerate(self._blocks.pop(page, [])):
            marker = _marker(index)
            if content.count(marker) != 1:
                raise PluginError(f"{page}: generated block {index}: its marker {marker} did not survive Markdown")
            content = content.replace(marker, html)
        return content


def _marker(index: int) -> str:
    return f"<!--msa-generated-html {index}-->"
