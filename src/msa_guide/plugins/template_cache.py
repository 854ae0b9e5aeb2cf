"""Compile each theme template once per process instead of once per build.

MkDocs creates a new Jinja environment for every build: twice per ``mkdocs build`` (static-i18n builds each
language) and once more after every save under ``mkdocs serve``, and each environment compiles Material's ~90
templates again. A Jinja bytecode cache shared by those environments skips the compilation; Jinja checks every
entry against a checksum of the template source, so an edited override is compiled afresh.
"""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates kept in memory for the life of the process."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


#: The one cache of this process.
SHARED = MemoryBytecodeCache()
