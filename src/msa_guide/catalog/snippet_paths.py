"""Files a page includes with pymdownx.snippets (``--8<-- "ko/diagrams/x.svg"``), checked before rendering.

pymdownx stops a build on a missing file with a traceback; checking every page first gives one line that names
the page and the path. Only what the guide uses is read: the one-line form and the block form, with ``;`` to
comment a path out; a path may end in line ranges (``:3:8``) or a section name (``:intro``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from msa_guide.catalog.errors import CatalogError

_INLINE = re.compile(r"""^[ \t]*(?P<escape>;*)-+8<-+[ \t]+(?P<quote>["'])(?P<path>.+?)(?P=quote)\r?$""")
_BLOCK = re.compile(r"^[ \t]*(?P<escape>;*)-+8<-+\r?$")
_SELECTION = re.compile(r"(?i)(?:(?::-?[0-9]*){1,2}(?:,-?[0-9]*(?::-?[0-9]*)?)*|:[a-z][-_0-9a-z]*)$")


def included_paths(markdown: str) -> Iterator[str]:
    """The paths the page includes, in order (escaped markers and commented-out paths left out)."""
    block = False
    for line in markdown.splitlines():
        inline = _INLINE.match(line)
        if inline:
            if not inline.group("escape"):
                yield inline.group("path").strip()
            continue
        marker = _BLOCK.match(line)
        if marker:
            if not marker.group("escape"):
                block = not block
            continue
        if block:
            path = line.strip()
            if path and not path.startswith(";"):
                yield path


def _exists(path: str, bases: Sequence[Path]) -> bool:
    if path.startswith(("http://", "https://")):
        return True  # pymdownx downloads these only with url_download, which the guide does not use
    candidates = {path, _SELECTION.sub("", path)}
    return any((base / candidate).is_file() for base in bases for candidate in candidates if candidate)


def check_included_files(markdown: str, shown: str, bases: Sequence[Path], shown_bases: str) -> None:
    """Stop at the first included file that exists under none of ``bases``."""
    for path in included_paths(markdown):
        if not _exists(path, bases):
            raise CatalogError(shown, f'--8<-- "{path}"', f"included file not found (looked in {shown_bases})")
