"""Original prose: no Korean page repeats a 16-character run (spaces ignored) of the seed chapter.

Only hashes of the seed's windows are stored (tests/fixtures/seed-shingles.txt), never the seed's text.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from tests.helpers import ROOT

WINDOW = 16
SHINGLES = {
    line.strip()
    for line in (ROOT / "tests/fixtures/seed-shingles.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def normalise(text: str) -> str:
    text = re.sub(r"<[^>]+>|\(http[^)]*\)|[#*>`|\-]", " ", text)
    return re.sub(r"\s+", "", text)


def window_hash(window: str) -> str:
    return hashlib.sha1(window.encode()).hexdigest()[:16]


def copied_runs(text: str, shingles: set[str] = SHINGLES) -> list[str]:
    flat = normalise(text)
    found: list[str] = []
    for start in range(len(flat) - WINDOW + 1):
        window = flat[start : start + WINDOW]
        if HANGUL.search(window) and window_hash(window) in shingles:
            found.append(window)
    return found


@pytest.mark.parametrize("page", sorted((ROOT / "docs/ko").rglob("*.md")), ids=lambda p: p.name)
def test_page_does_not_repeat_the_seed(page: Path) -> None:
    assert copied_runs(page.read_text(encoding="utf-8")) == []


def test_the_check_would_catch_a_copied_sentence() -> None:
    assert len(SHINGLES) > 1000
    source = normalise("배달 플랫폼의 주문 서비스는 결제가 끝나야 가게에 주문을 넘깁니다.")
    shingles = {window_hash(source[i : i + WINDOW]) for i in range(len(source) - WINDOW + 1)}
    assert copied_runs("예를 들어 배달 플랫폼의 주문 서비스는 결제가 끝나야 가게에 넘깁니다.", shingles)
    assert not copied_runs("라이더 서비스는 위치를 주기적으로 보고합니다.", shingles)
