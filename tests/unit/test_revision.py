"""The "last updated" date and the outdated-translation note, without a build."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from msa_guide.render.revision import localized_date, newer_twin, with_stale_note
from msa_guide.render.text import twin_link

ROOTS = {"ko": "", "en": "en/"}


def stamp(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp())


def test_dates_in_each_language() -> None:
    assert localized_date(stamp("2026-03-05T23:30:00"), "ko") == "2026년 3월 5일"
    assert localized_date(stamp("2026-03-05T23:30:00"), "en") == "5 March 2026"


def test_the_newer_twin() -> None:
    changed = {"ko/a.md": 20, "en/a.md": 10, "ko/b.md": 5, "en/b.md": 5, "en/c.md": 1}
    assert newer_twin(changed, "a.md", "en", ("ko", "en")) == "ko"
    assert newer_twin(changed, "a.md", "ko", ("ko", "en")) is None
    assert newer_twin(changed, "b.md", "en", ("ko", "en")) is None  # same commit: not outdated
    assert newer_twin(changed, "c.md", "ko", ("ko", "en")) is None  # never committed in Korean


@pytest.mark.parametrize(
    ("page", "source", "target", "directory_urls", "expected"),
    [
        ("platform/saga.md", "en/", "", True, "../../../platform/saga/"),
        ("platform/saga.md", "", "en/", True, "../../en/platform/saga/"),
        ("index.md", "en/", "", True, "../"),
        ("index.md", "", "en/", True, "en/"),
        ("platform/index.md", "en/", "", True, "../../platform/"),
        ("platform/saga.md", "en/", "", False, "../../platform/saga.html"),
        ("platform/saga.md", "", "en/", False, "../en/platform/saga.html"),
        ("index.md", "en/", "", False, "../index.html"),
    ],
)
def test_twin_links(page: str, source: str, target: str, directory_urls: bool, expected: str) -> None:
    assert twin_link(page, source, target, directory_urls) == expected


def test_the_note_goes_under_a_title_or_on_top() -> None:
    titled = with_stale_note("# Saga\n\nBody.\n", "platform/saga.md", "en", "ko", ROOTS)
    assert titled.startswith('# Saga\n\n!!! note "This translation may be outdated"\n')
    assert 'Check the <a href="../../../platform/saga/">Korean version</a>' in titled
    assert titled.endswith("\nBody.\n")
    untitled = with_stale_note("Body.\n", "platform/saga.md", "ko", "en", ROOTS, use_directory_urls=False)
    assert untitled.startswith('!!! note "번역이 오래되었을 수 있습니다"\n    이 문서의 영어판이')
    assert '<a href="../en/platform/saga.html">영어판</a>' in untitled
    assert untitled.endswith("\n\nBody.\n")
