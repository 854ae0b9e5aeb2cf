"""Checks of a page's Markdown source before MkDocs renders it: its markers and its own headings.

Every plugin fills ``<!-- namespace:name -->`` markers; each says, per page, which markers may stand there and
which must stand there exactly once (a :class:`MarkerRule`), and this module applies the rule the same way for
all of them. A page whose title a plugin writes must not carry a level-1 heading of its own (ATX or setext).
Problems are raised as :class:`CatalogError` (``<file>: <field>: <problem>``), for the plugins to report.
"""

from __future__ import annotations

from dataclasses import dataclass

from msa_guide.catalog.errors import CatalogError
from msa_guide.catalog.markdown_source import headings, markers


@dataclass(frozen=True)
class MarkerRule:
    """Which markers of one namespace a page may carry (any number of times) and must carry (exactly once)."""

    namespace: str
    allowed: frozenset[str] = frozenset()
    required: frozenset[str] = frozenset()
    needs: str = "this page needs the marker (exactly once)"
    """The problem reported when a required marker is missing."""
    misplaced: str = ""
    """Said after "unknown or misplaced … marker", e.g. where the marker belongs."""

    def field(self, name: str) -> str:
        return f"<!-- {self.namespace}:{name} -->"


def check_markers(markdown: str, rule: MarkerRule, shown: str) -> None:
    """Raise for the first marker the page may not carry, or the first required one it lacks or repeats."""
    found = markers(markdown, rule.namespace)
    for name in found:
        if name not in rule.allowed | rule.required:
            hint = f" ({rule.misplaced})" if rule.misplaced else ""
            raise CatalogError(shown, rule.field(name), f"unknown or misplaced {rule.namespace} marker{hint}")
    for name in sorted(rule.required):
        count = found.count(name)
        if count == 0:
            raise CatalogError(shown, rule.field(name), rule.needs)
        if count > 1:
            raise CatalogError(shown, rule.field(name), f"the marker appears {count} times (exactly once)")


def check_no_title(markdown: str, shown: str, title_source: str) -> None:
    """A page whose title is generated from ``title_source`` has no level-1 heading of its own."""
    if any(heading.level == 1 for heading in headings(markdown)):
        raise CatalogError(shown, "title", f"remove the '# ' heading; the title comes from {title_source}")


def check_no_headings(markdown: str, shown: str, title_source: str, reason: str) -> None:
    """A page without any heading of its own (a level-1 heading is reported as a title, others with ``reason``)."""
    check_no_title(markdown, shown, title_source)
    if headings(markdown):
        raise CatalogError(shown, "headings", reason)
