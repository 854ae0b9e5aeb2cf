"""The pure parts of the PDF export: Korean word joining, URL normalisation, HTML round trip, book ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from msa_guide.pdf.chapters import chapter_anchor
from msa_guide.pdf.html_tree import parse_html, remove, to_html, unwrap
from msa_guide.pdf.keep_all import WORD_JOINER as WJ
from msa_guide.pdf.keep_all import keep_all
from msa_guide.pdf.site_reader import BuiltSite, normalise_url


@pytest.mark.parametrize(
    ("text", "previous", "expected"),
    [
        ("회로 차단기", "", f"회{WJ}로 차{WJ}단{WJ}기"),
        # a particle after a closing bracket or an English word stays with it
        ("(circuit breaker)는", "", f"(circuit breaker){WJ}는"),
        ("API를", "", f"API{WJ}를"),
        ("2PC와", "", f"2PC{WJ}와"),
        # English text is left exactly as it is
        ("circuit breaker, fail-fast", "", "circuit breaker, fail-fast"),
        # punctuation keeps its own rules: no joiner before a full stop or a comma
        ("막습니다. 그리고,", "", f"막{WJ}습{WJ}니{WJ}다. 그{WJ}리{WJ}고,"),
        # text split by an inline element: <a>사가</a>를
        ("를 씁니다", "가", f"{WJ}를 씁{WJ}니{WJ}다"),
        ("를", " ", "를"),
    ],
)
def test_keep_all_joins_the_letters_of_korean_words(text: str, previous: str, expected: str) -> None:
    assert keep_all(text, previous) == expected


def test_keep_all_only_adds_joiners() -> None:
    text = "서비스 메시(service mesh)는 사이드카 프록시로 통신을 가로챕니다."
    assert keep_all(text).replace(WJ, "") == text


@pytest.mark.parametrize(
    ("base", "href", "expected"),
    [
        ("/", ".", "/"),
        ("/", "overview/", "/overview/"),
        (
            "/platform/circuit-breaker/",
            "../../application/saga/#saga-orchestration",
            "/application/saga/#saga-orchestration",
        ),
        ("/en/platform/circuit-breaker/", "../fallback/", "/en/platform/fallback/"),
        ("/en/", "index.html", "/en/"),
        ("/platform/", "#category-resilience", "/platform/#category-resilience"),
        ("/explore/catalog/", "../../patterns.json", "/patterns.json"),
        ("/", "application/%EC%82%AC%EA%B0%80/", "/application/사가/"),
    ],
)
def test_normalise_url(base: str, href: str, expected: str) -> None:
    assert normalise_url(base, href) == expected


def test_chapter_anchor_is_ascii_and_per_language_root() -> None:
    site = BuiltSite(Path("site"), "en", "/en/", "Guide", "", "", "", (), ())
    assert chapter_anchor(site, "/en/") == "p-home"
    assert chapter_anchor(site, "/en/platform/circuit-breaker/") == "p-platform-circuit-breaker"


def test_html_round_trip_keeps_text_tails_and_svg() -> None:
    html = '<p>회로 <a href="x">차단기</a>를 <span class="w"> </span>씁니다<br>끝</p>'
    html += '<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>'
    root = parse_html(html)
    paragraph = root.find("p")
    assert paragraph is not None
    unwrap(paragraph.find("a"), paragraph)  # type: ignore[arg-type]
    remove(paragraph.find("span"), paragraph)  # type: ignore[arg-type]
    out = to_html(root)
    assert "<p>회로 차단기를 씁니다<br>끝</p>" in out
    assert '<svg viewbox="0 0 1 1"><path d="M0 0"></path></svg>' in out
