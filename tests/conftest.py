"""Shared fixtures: the real site is built once per test run into a temporary directory.

Under pytest-xdist every worker asks for the site; the first one builds it while holding a file lock in the run's
shared temporary directory, the others wait and reuse it. A failed build is recorded once and reported by every
worker without building again.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.books import start_books
from tests.helpers import ROOT, build_environment

BUILD_FAILED = "build-failed.log"
BOOKS = "books"
PRINTS_BOOKS = pytest.StashKey[bool]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Remember whether this run prints the books (every xdist worker collects the whole run)."""
    config.stash[PRINTS_BOOKS] = any(item.path.name == "test_pdf.py" for item in items)


def shared_directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The run's base temporary directory: per worker under xdist, so its parent is shared by all workers."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def _build(site: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    """A strict build of the real guide with the default settings (``make serve``'s), whatever CI exports."""
    env = build_environment(**settings)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path:
    """Build the real guide once per run (strict) and return its site directory.

    ``MSA_GUIDE_PREBUILT_SITE`` points the suite at an already built site (for quick local iterations only).
    """
    prebuilt = os.environ.get("MSA_GUIDE_PREBUILT_SITE")
    if prebuilt:
        return Path(prebuilt)
    shared = shared_directory(tmp_path_factory) / "real-site"
    shared.mkdir(exist_ok=True)
    site = shared / "site"
    with (shared / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        failed = shared / BUILD_FAILED
        if failed.exists():
            pytest.fail(f"the real site did not build (see the first failure):\n{failed.read_text(encoding='utf-8')}")
        if not (shared / "build.log").exists():
            result = _build(site)
            log = result.stdout + result.stderr
            if result.returncode != 0:
                failed.write_text(log, encoding="utf-8")
                pytest.fail(f"the real site did not build:\n{log}")
            (shared / "build.log").write_text(log, encoding="utf-8")
            if pytestconfig.stash.get(PRINTS_BOOKS, False):
                start_books(site, shared_directory(tmp_path_factory) / BOOKS)
    return site
