"""Keep a language's search index current across dirty rebuilds without indexing every page again.

Under ``mkdocs serve --dirty`` only the edited pages are rendered, so only their sections reach the index builder.
The index documents of the other pages are kept from earlier builds, page by page: a rebuilt page's documents
replace its old ones (it may have gained or lost sections), and a page that no longer exists drops out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

#: Page location (``platform/saga/``, no language prefix) -> that page's index documents, in build order.
PageDocs = dict[str, list[dict[str, Any]]]


def page_of(location: str) -> str:
    """The page a section location belongs to: ``platform/saga/#steps`` -> ``platform/saga/``."""
    return location.split("#", 1)[0]


def merge_page_docs(
    previous: Mapping[str, Sequence[dict[str, Any]]],
    fresh: Iterable[dict[str, Any]],
    rebuilt: Sequence[str],
    existing: Iterable[str],
) -> PageDocs:
    """The documents of every existing page: ``fresh`` ones for the ``rebuilt`` pages, ``previous`` ones otherwise.

    Order: pages keep their earlier position; pages seen for the first time come last, in the
    order of ``rebuilt`` (the order they were rendered in).
    """
    grouped: PageDocs = {}
    for doc in fresh:
        grouped.setdefault(page_of(str(doc["location"])), []).append(doc)
    merged: PageDocs = {page: list(docs) for page, docs in previous.items()}
    for page in rebuilt:
        merged[page] = grouped.get(page, [])
    keep = set(existing)
    return {page: docs for page, docs in merged.items() if page in keep and docs}


def flatten(pages: Mapping[str, Sequence[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [doc for docs in pages.values() for doc in docs]
