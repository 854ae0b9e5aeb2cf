"""The guide's version: written once, as ``version`` in pyproject.toml, and read from the installed package."""

from __future__ import annotations

import functools
from importlib.metadata import version

PACKAGE = "msa-guide"


@functools.cache  # asked for by every page's footer; reading the installed metadata takes a millisecond each time
def guide_version() -> str:
    """The version in pyproject.toml, as installed (``make`` reinstalls when pyproject.toml changes)."""
    return version(PACKAGE)
