"""The order in which `make test` hands out its files (tests/conftest.py) names files that exist."""

from __future__ import annotations

from tests.conftest import LAST_FILES, LONG_FILES, schedule_rank
from tests.helpers import ROOT


def test_every_scheduled_file_exists() -> None:
    missing = [name for name in (*LONG_FILES, *LAST_FILES) if not (ROOT / "tests" / name).is_file()]
    assert missing == [], f"tests/conftest.py schedules files that do not exist: {missing}"


def test_long_files_come_first_in_their_order_and_the_pdf_tests_last() -> None:
    files = sorted((ROOT / "tests").rglob("test_*.py"), key=schedule_rank)
    names = [path.relative_to(ROOT / "tests").as_posix() for path in files]
    assert names[: len(LONG_FILES)] == list(LONG_FILES)
    assert names[-len(LAST_FILES) :] == list(LAST_FILES)
    assert names.index("build/test_built_site.py") < names.index("unit/test_labels.py")  # browser, build, unit
