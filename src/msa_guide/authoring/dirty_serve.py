"""What decides, under ``mkdocs serve --dirty``, whether a rebuild may skip the pages that did not change.

A dirty rebuild re-renders only the Markdown pages whose files changed. That is right for a prose edit and wrong
for everything a page is rendered *from* besides its own text: the catalog (titles, cards, listings, the map),
the theme overrides, ``mkdocs.yml``, included diagrams, and the set of pages itself (navigation, previous/next).
:func:`layout_stamp` fingerprints exactly those inputs; when it changes, every page must be rendered again.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

#: (path, size, modification time in ns); a Markdown page contributes its path only (its text is the page's own).
Stamp = tuple[tuple[str, int, int], ...]


def layout_stamp(config_file: Path, folders: list[Path], docs_dir: Path) -> Stamp:
    """Fingerprint of the build's inputs other than the text of Markdown pages, in a stable order."""
    entries: list[tuple[str, int, int]] = [_entry(config_file)]
    for folder in [*folders, docs_dir]:
        for directory, subdirectories, names in os.walk(folder):
            subdirectories.sort()
            for name in sorted(names):
                path = Path(directory) / name
                if folder == docs_dir and name.endswith(".md"):
                    entries.append((path.as_posix(), -1, -1))
                else:
                    entries.append(_entry(path))
    return tuple(entries)


def _entry(path: Path) -> tuple[str, int, int]:
    status = path.stat()
    return (path.as_posix(), status.st_size, status.st_mtime_ns)


def clear_directory(folder: Path) -> None:
    """Remove what is inside ``folder`` (not the folder: ``mkdocs serve`` keeps serving it)."""
    if not folder.is_dir():
        return
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
