"""The one error type of the catalog: a message that names the file and the field."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class CatalogError(Exception):
    """Bad catalog input, reported as ``<file>: <field>: <problem>`` (one line, no traceback)."""

    def __init__(self, file: str, field: str, problem: str) -> None:
        self.file = file
        self.field = field
        self.problem = problem
        where = f"{file}: {field}" if field else file
        super().__init__(f"{where}: {problem}")


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """Return `` (did you mean 'x'?)`` for the closest choice, or an empty string."""
    close = difflib.get_close_matches(value, sorted(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def one_of(choices: Iterable[str]) -> str:
    """Return ``one of: a, b, c`` for an error message."""
    return "one of: " + ", ".join(choices)
