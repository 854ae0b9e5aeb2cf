"""The content check shared by the three content parts: skeleton, substance, parity and no placeholders."""

from __future__ import annotations

import re

import pytest

from msa_guide.catalog import load_catalog
from msa_guide.catalog.page_text import outline
from tests.helpers import ROOT, SECTIONS

DOCS = ROOT / "docs"
CATALOG = load_catalog(ROOT / "catalog")
MIN_KOREAN_CHARS = 1200
MIN_ENGLISH_WORDS = 350
PLACEHOLDER = re.compile(r"\b(TODO|TBD|FIXME|XXX|lorem ipsum|placeholder)\b|작성 예정|내용 추가", re.IGNORECASE)

OWN_PAGES = sorted(
    {p.page["ko"].path: p for p in CATALOG.patterns if p.has_own_page("ko")}.items(),
)
PATTERN_PAGES = [(path, p) for path, p in OWN_PAGES if not path.startswith("comparisons/")]
ALL_PAGES = sorted(p.relative_to(DOCS / "ko").as_posix() for p in (DOCS / "ko").rglob("*.md"))


def read(lang: str, path: str) -> str:
    return (DOCS / lang / path).read_text(encoding="utf-8")


@pytest.mark.parametrize(("path", "pattern"), PATTERN_PAGES, ids=[p for p, _ in PATTERN_PAGES])
def test_pattern_page_skeleton_and_substance(path: str, pattern: object) -> None:
    ko, en = outline(read("ko", path), path), outline(read("en", path), path)
    if getattr(pattern, "layout", "pattern") == "pattern":
        assert ko.h2 == tuple(SECTIONS["ko"]), f"docs/ko/{path}: sections {ko.h2}"
        assert en.h2 == tuple(SECTIONS["en"]), f"docs/en/{path}: sections {en.h2}"
    else:
        assert len(ko.h2) == len(en.h2) >= 3, f"{path}: {ko.h2} vs {en.h2}"
    assert ko.korean_chars >= MIN_KOREAN_CHARS, f"docs/ko/{path}: {ko.korean_chars} Korean characters"
    assert en.english_words >= MIN_ENGLISH_WORDS, f"docs/en/{path}: {en.english_words} English words"


def section(markdown: str, title: str) -> str:
    """The Markdown of one ``##`` section, without its heading."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", markdown, re.MULTILINE | re.DOTALL)
    return match.group(1) if match else ""


CONSIDERATIONS = {lang: SECTIONS[lang][4] for lang in ("ko", "en")}
MIN_CONSIDERATIONS = {"ko": 350, "en": 120}  # Korean characters / English words
MIN_CONSIDERATION_ITEMS = 4


def considerations_problems(markdown: str, lang: str, path: str) -> list[str]:
    """What is wrong with the considerations section of a pattern page (issue 24): too few points, too little text."""
    text = section(markdown, CONSIDERATIONS[lang])
    problems = []
    items = re.findall(r"^- \*\*[^*]+\*\*", text, re.MULTILINE)
    if len(items) < MIN_CONSIDERATION_ITEMS:
        problems.append(f"docs/{lang}/{path}: {len(items)} '- **lead-in**:' points, at least {MIN_CONSIDERATION_ITEMS}")
    measured = outline(text, path)
    size = measured.korean_chars if lang == "ko" else measured.english_words
    if size < MIN_CONSIDERATIONS[lang]:
        unit = "Korean characters" if lang == "ko" else "English words"
        problems.append(f"docs/{lang}/{path}: considerations have {size} {unit}, at least {MIN_CONSIDERATIONS[lang]}")
    return problems


@pytest.mark.parametrize(("path", "pattern"), PATTERN_PAGES, ids=[p for p, _ in PATTERN_PAGES])
def test_considerations_are_substantial(path: str, pattern: object) -> None:
    """Every pattern page names its operational issues in at least four bulleted points of real length."""
    if getattr(pattern, "layout", "pattern") != "pattern":
        pytest.skip("topic pages choose their own sections")
    assert (
        considerations_problems(read("ko", path), "ko", path) + considerations_problems(read("en", path), "en", path)
        == []
    )


def test_a_thin_considerations_section_is_reported() -> None:
    thin = (
        "## Trade-offs\n\nText.\n\n## Issues and considerations\n\n- **Monitoring**: watch it.\n\n## When to use it\n"
    )
    assert considerations_problems(thin, "en", "platform/x.md") == [
        "docs/en/platform/x.md: 1 '- **lead-in**:' points, at least 4",
        "docs/en/platform/x.md: considerations have 3 English words, at least 120",
    ]
    assert considerations_problems("## 장단점\n\n본문입니다.\n", "ko", "platform/x.md") == [
        "docs/ko/platform/x.md: 0 '- **lead-in**:' points, at least 4",
        "docs/ko/platform/x.md: considerations have 0 Korean characters, at least 350",
    ]


@pytest.mark.parametrize("path", ALL_PAGES)
def test_twins_have_the_same_skeleton(path: str) -> None:
    ko, en = outline(read("ko", path), path), outline(read("en", path), path)
    assert len(ko.h2) == len(en.h2), f"{path}: ## sections {ko.h2} vs {en.h2}"
    assert len(ko.h3) == len(en.h3), f"{path}: ### sections {ko.h3} vs {en.h3}"
    assert ko.diagrams == en.diagrams, f"{path}: diagrams {ko.diagrams} vs {en.diagrams}"
    assert ko.code_blocks == en.code_blocks, f"{path}: code blocks {ko.code_blocks} vs {en.code_blocks}"
    assert ko.links == en.links, f"{path}: links only in ko {ko.links - en.links}, only in en {en.links - ko.links}"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_no_placeholder_text(lang: str) -> None:
    found = [
        f"docs/{lang}/{p.relative_to(DOCS / lang)}: {m.group(0)}"
        for p in sorted((DOCS / lang).rglob("*.md"))
        for m in PLACEHOLDER.finditer(p.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_every_diagram_file_is_used_and_has_no_blank_line() -> None:
    for lang in ("ko", "en"):
        used = "".join(p.read_text(encoding="utf-8") for p in (DOCS / lang).rglob("*.md"))
        for svg in sorted((DOCS / lang / "diagrams").glob("*.svg")):
            text = svg.read_text(encoding="utf-8")
            assert "\n\n" not in text, f"{svg}: blank line ends the inline HTML block"
            assert f"diagrams/{svg.name}" in used, f"{svg}: not included by any page"
            assert "<script" not in text, svg
            assert 'href="http' not in text, svg
