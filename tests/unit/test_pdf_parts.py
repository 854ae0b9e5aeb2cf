"""The pure parts of the PDF export: Korean word joining, URL normalisation, HTML round trip, the tree handed to
WeasyPrint, book ids."""

from __future__ import annotations

import xml.etree.ElementTree as ET
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


def parsed_shape(root: ET.Element) -> list[tuple[str, dict[str, str], str, str, int]]:
    """Every element of a tree in document order: tag, attributes, text, tail and number of children."""
    return [(e.tag, dict(e.attrib), e.text or "", e.tail or "", len(e)) for e in root.iter()]


HTML5_SAMPLE = """<html lang="ko"><head><title>t</title></head><body>
<pre>
first line kept, the break before it dropped</pre>
<p>text <a href="#x">link</a> tail</p>
<textarea>
x</textarea>
<figure><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"
 preserveAspectRatio="xMidYMid" xml:lang="en"><defs><linearGradient id="g" gradientUnits="userSpaceOnUse">
<stop offset="0"></stop></linearGradient><clipPath id="c"><rect width="5" height="5"></rect></clipPath></defs>
<style>text { font-size: 3px; }</style><title>a diagram</title>
<a xlink:href="#x"><text x="1" y="2" textLength="8">label<tspan dx="1">more</tspan></text></a>
<foreignObject width="5" height="5"><p>HTML <strong>again</strong></p><pre>
code</pre></foreignObject><textPath startOffset="1">along</textPath></svg></figure>
<table><tbody><tr><td>cell</td></tr></tbody></table>
</body></html>"""


def test_the_tree_handed_to_weasyprint_is_what_its_html5_parser_builds() -> None:
    """html5_tree() gives WeasyPrint the book's tree as tinyhtml5 would read it back from its serialisation: SVG's
    namespace and camel case (viewBox, linearGradient, textLength), xlink and xml attributes, HTML inside
    foreignObject, the line break after <pre> and <textarea>."""
    import tinyhtml5  # type: ignore[import-untyped]

    from msa_guide.pdf.html5_tree import html5_tree

    ours = html5_tree(parse_html(HTML5_SAMPLE))
    parsed = tinyhtml5.parse("<!DOCTYPE html>\n" + to_html(parse_html(HTML5_SAMPLE)), namespace_html_elements=False)
    assert parsed_shape(ours) == parsed_shape(parsed)
    tags = {e.tag.split("}")[-1] for e in ours.iter()}
    assert {"linearGradient", "clipPath", "foreignObject", "textPath"} <= tags
