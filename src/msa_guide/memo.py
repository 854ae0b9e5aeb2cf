"""Results of pure computations, kept between builds in one JSON file.

Two uses: the Korean keys of a search section depend only on its title and text and on the code and Kiwi version
that derived them (:func:`msa_guide.search.index.build_index`); the HTML blocks the plugins generate and the page
checks they run depend only on the files of the site model (catalog and pages) and on the code
(:func:`msa_guide.plugins.site_data.build_memo`). Most of both are the same from one build to the next. A
:class:`Memo` maps a digest of the inputs to the result; the file holds a fingerprint of what every entry depends
on (the code, or the code and the site's files), and a file written under another fingerprint is ignored as a
whole. A damaged or missing file only costs the computation.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

#: More entries than this and the file keeps only those of the latest build (edits leave old sections behind).
MAX_ENTRIES = 20_000


def digest(*parts: str) -> str:
    """A short, stable key for ``parts`` (separated, so that ("ab", "c") and ("a", "bc") differ)."""
    return hashlib.blake2b("\x00".join(parts).encode("utf-8"), digest_size=12).hexdigest()


def fingerprint(sources: Iterable[Path], *extra: str) -> str:
    """A digest of the files whose code produced the results, and of anything else they depend on."""
    hasher = hashlib.blake2b(digest_size=12)
    for source in sources:
        hasher.update(source.read_bytes())
    for item in extra:
        hasher.update(item.encode("utf-8"))
    return hasher.hexdigest()


def write_whole(path: Path, data: str | bytes) -> None:
    """Write ``path`` whole or not at all: two builds of one site (a test suite runs several) may save at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}")
    partial.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    partial.replace(path)


class Memo:
    """A persistent ``digest -> JSON value`` map, shared by every instance of one file in this process."""

    _entries: ClassVar[dict[tuple[Path, str], dict[str, Any]]] = {}

    def __init__(self, path: Path, code: str, max_entries: int | None = None) -> None:
        self.path = path
        self.code = code
        self.max_entries = MAX_ENTRIES if max_entries is None else max_entries
        self.used: set[str] = set()
        self.dirty = False  # entries were added since the file was read or written
        key = (path, code)
        if key not in self._entries:
            self._entries[key] = self._read()
        self.entries = self._entries[key]

    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None."""
        value = self.entries.get(key)
        if value is not None:
            self.used.add(key)
        return value

    def put(self, key: str, value: Any) -> None:
        self.entries[key] = value
        self.used.add(key)
        self.dirty = True

    def value(self, key: str, make: Callable[[], Any]) -> Any:
        """The value stored under ``key``; made (and stored) the first time."""
        found = self.get(key)
        if found is None:
            found = make()
            self.put(key, found)
        return found

    def save(self) -> bool:
        """Write the file if entries were added (only those used by this instance when it has grown past
        ``max_entries``); True when it was written. A memo is a cache: where the file cannot be written (a
        read-only checkout), builds go on without it.
        """
        if not self.dirty:
            return False
        if len(self.entries) > self.max_entries:
            for key in set(self.entries) - self.used:
                del self.entries[key]
        data = {"code": self.code, "entries": self.entries}
        try:
            write_whole(self.path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        except OSError:
            return False
        self.dirty = False
        return True

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("code") != self.code or not isinstance(data.get("entries"), dict):
            return {}
        return dict(data["entries"])
