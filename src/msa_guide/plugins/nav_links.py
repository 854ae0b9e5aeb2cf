"""Rebuild a MkDocs navigation from new items: the one place that uses MkDocs' private nav helpers.

MkDocs 1.6 links parents and previous/next pages in ``get_navigation`` with ``_add_parent_links`` and
``_add_previous_and_next_links`` and offers no public way to do it again after a plugin has regrouped the items.
Should those helpers change in a MkDocs release, this module is what to adapt
(``tests/unit/test_nav_links.py`` fails first).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mkdocs.structure.nav import (
    Navigation,
    Section,
    _add_parent_links,
    _add_previous_and_next_links,
    _get_by_type,
)
from mkdocs.structure.pages import Page


def pages_of(items: Sequence[Any]) -> list[Page]:
    """Every page under ``items``, depth first, in reading order."""
    pages: list[Page] = _get_by_type(list(items), Page)
    return pages


def relinked(items: list[Any], homepage: Page | None) -> Navigation:
    """A navigation of ``items`` (pages, sections, links) with fresh parent and previous/next links."""
    pages = pages_of(items)
    for section in _get_by_type(items, Section):
        section.parent = None
    for page in pages:
        page.parent = None
    _add_previous_and_next_links(pages)
    _add_parent_links(items)
    navigation = Navigation(items, pages)
    navigation.homepage = homepage
    return navigation
