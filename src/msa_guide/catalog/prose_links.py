"""Which pages link to which, read from the Markdown prose of one language (for "also discussed on")."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping

from msa_guide.catalog.markdown_source import without_code

_LINK = re.compile(r"\]\(([^)\s#]+\.md)(?:#[^)\s]*)?\)")


def links_by_page(sources: Mapping[str, str]) -> dict[str, set[str]]:
    """Map each page path to the set of page paths it links to (relative links resolved, code ignored)."""
    result: dict[str, set[str]] = {}
    for page, markdown in sources.items():
        prose = without_code(markdown)
        base = posixpath.dirname(page)
        targets = {posixpath.normpath(posixpath.join(base, m.group(1))) for m in _LINK.finditer(prose)}
        targets.discard(page)
        result[page] = targets
    return result


def inbound(links: Mapping[str, set[str]]) -> dict[str, list[str]]:
    """Invert :func:`links_by_page`: page → sorted pages that link to it."""
    result: dict[str, list[str]] = {}
    for source, targets in sorted(links.items()):
        for target in targets:
            result.setdefault(target, []).append(source)
    return result
