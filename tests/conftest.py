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


# The order in which `make test` hands test files to its workers (`--dist loadfile --no-loadscope-reorder`): the two
# cores stay busy to the end when the long files start first and the short ones fill the gaps at the end.
# - First the longest files, longest first. The first of them has the real site built (tests waiting for it would
#   idle), so the next ones do not need it: they build sites of their own meanwhile.
# - Then the other browser files, the build files, the unit tests (each a few seconds at most).
# - Last the PDF tests: their file only waits for the books printed in the background and reads them back.
LONG_FILES = (
    "browser/test_simulations_in_chromium.py",
    "browser/test_offline_bundle.py",
    "build/test_fixture_sites.py",
    "build/test_build_errors.py",
    "build/test_search_index.py",
    "build/test_build_caches.py",
    "browser/test_site_in_chromium.py",
    "browser/test_search_queries.py",
    "browser/test_decision_guides_in_chromium.py",
    "browser/test_pattern_map_in_chromium.py",
    "build/test_deterministic.py",
    "browser/test_search_forgiving.py",
    "browser/test_accessibility.py",
)
LAST_FILES = ("build/test_pdf.py",)
FOLDERS = ("browser", "build", "unit")


def schedule_rank(path: Path) -> tuple[int, int, str]:
    """Where a test file comes in the run (see LONG_FILES)."""
    name = path.relative_to(ROOT / "tests").as_posix()
    if name in LONG_FILES:
        return 0, LONG_FILES.index(name), name
    if name in LAST_FILES:
        return 2, LAST_FILES.index(name), name
    folder = name.split("/")[0]
    return 1, FOLDERS.index(folder) if folder in FOLDERS else len(FOLDERS), name


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Order the files as LONG_FILES says (each file's tests keep their order); remember whether this run prints the
    books (every xdist worker collects the whole run, in the same order)."""
    items.sort(key=lambda item: schedule_rank(item.path))
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
