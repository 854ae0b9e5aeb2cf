"""The validated site model kept on disk between builds, for as long as none of its inputs changed.

Loading the catalog (about 190 YAML files) and checking it against ``docs/`` is the largest fixed cost of a build
that our plugins add. The model is a pure function of the files :func:`~.site_model.source_stamp` lists (path,
size, modification time) and of the code that loads it, so a pickle of it, stored under a digest of both, stands
for a new load. A changed file, a changed loader or another Python gives another digest and a fresh load; an
unreadable cache file is ignored. Bad input is never stored: it raises before anything is written.
"""

from __future__ import annotations

import contextlib
import pickle
import sys
from functools import cache
from pathlib import Path

from msa_guide.catalog.site_model import FileStamp, SiteModel, load_site_model
from msa_guide.memo import digest, fingerprint, write_whole

#: The cache file, relative to the site's root (``.cache/`` is where the guide's build caches live).
CACHE_FILE = Path(".cache") / "msa-catalog" / "site-model.pickle"


def cached_site_model(root: Path, docs: Path, stamp: tuple[FileStamp, ...], cache_file: Path) -> SiteModel:
    """:func:`~.site_model.load_site_model` of ``root``, from ``cache_file`` when it was stored for ``stamp``."""
    key = _digest(stamp)
    stored = _read(cache_file)
    if stored is not None and stored[0] == key and isinstance(stored[1], SiteModel):
        return stored[1]
    model = load_site_model(root, docs)
    _write(cache_file, (key, model))
    return model


def _digest(stamp: tuple[FileStamp, ...]) -> str:
    return digest(_code(), repr(stamp))


@cache
def _code() -> str:
    """A digest of the loader's source files and of the running Python."""
    return fingerprint(sorted(Path(__file__).parent.glob("*.py")), sys.version)


def _read(cache_file: Path) -> tuple[str, object] | None:
    try:
        stored = pickle.loads(cache_file.read_bytes())  # noqa: S301 - our own build cache in the project folder
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, TypeError, ValueError):
        return None
    if isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[0], str):
        return stored[0], stored[1]
    return None


def _write(cache_file: Path, value: tuple[str, SiteModel]) -> None:
    with contextlib.suppress(OSError):  # a read-only checkout builds without the cache
        write_whole(cache_file, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
