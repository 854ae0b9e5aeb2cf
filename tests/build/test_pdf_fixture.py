"""The book of a small fixture site (two patterns): its exact outline, its links and its Korean line breaking.

Fast enough for every run (a fixture build and a few-page PDF); tests/build/test_pdf.py prints the real guide.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from pypdf import PdfReader
from pypdf.generic import Destination

from msa_guide.pdf.book import Edition, book_html, book_tree
from msa_guide.pdf.chapters import plan_book
from msa_guide.pdf.html5_tree import html5_tree
from msa_guide.pdf.keep_all import WORD_JOINER
from msa_guide.pdf.site_reader import SiteError, read_site
from msa_guide.pdf.writer import build_pdf, default_edition
from msa_guide.release.version import guide_version
from tests.helpers import make_site, pattern_record
from tests.unit.test_pdf_parts import parsed_shape

EDITION = Edition(version="9.9.9", date="2026-01-01")
HYSTRIX = {
    "name": "Netflix Hystrix",
    "legacy": {"ko": "2018년부터 유지보수 모드입니다.", "en": "In maintenance mode since 2018."},
}
RELEASE_IT = {
    "id": "nygard-release-it",
    "authors": ["Michael T. Nygard"],
    "title": "Release It!",
    "year": 2018,
    "edition": 2,
    "kind": "book",
    "publisher": "Pragmatic Bookshelf",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    fixture = make_site(tmp_path_factory.mktemp("pdf-fixture"))
    fixture.write_page(
        "ko",
        "platform/pattern-a.md",
        "## 배경과 문제\n\n[다음 패턴](pattern-b.md#해법)을 보세요.\n\n```python\nprint('회로 차단기')\n```\n",
    )
    related = [{"id": "pattern-a", "kind": "complements"}]
    record = pattern_record("pattern-b", related=related, tools=[HYSTRIX, "Resilience4j"], reading=[RELEASE_IT["id"]])
    fixture.add_pattern(record, pages=False)
    fixture.write_catalog_file("bibliography.yml", yaml.safe_dump({"works": [RELEASE_IT]}, allow_unicode=True))
    result = fixture.build()
    assert result.returncode == 0, result.stderr
    return fixture.site


def outline(reader: PdfReader, items: list[Any], depth: int = 0) -> Iterator[tuple[int, str]]:
    for item in items:
        if isinstance(item, list):
            yield from outline(reader, item, depth + 1)
        else:
            assert isinstance(item, Destination)
            yield depth, str(item.title)


def test_outline_mirrors_the_navigation(site: Path, tmp_path: Path) -> None:
    result = build_pdf(site, "ko", tmp_path / "book.pdf", edition=EDITION)
    reader = PdfReader(result.path)
    chapters = [(depth, title) for depth, title in outline(reader, reader.outline) if depth < 3]
    assert chapters == [
        (0, "목차"),
        (0, "들어가며"),
        (0, "인프라 구성요소"),
        (0, "플랫폼 패턴"),
        (1, "회복성"),
        (2, "pattern-a 패턴"),
        (2, "pattern-b 패턴"),
        (0, "애플리케이션 패턴"),
    ]
    assert result.pages == len(reader.pages)
    assert result.problems == []


def test_links_between_pages_become_links_inside_the_book(site: Path) -> None:
    book = plan_book(read_site(site, "ko"))
    html = book_html(read_site(site, "ko"), book, EDITION)
    pattern_a = next(c for c in book.chapters if c.url == "/platform/pattern-a/")
    assert pattern_a.anchor == "p-platform-pattern-a"
    # the Hangul anchor #해법 of the other page, renamed to an ASCII id with the chapter prefix
    assert 'href="#p-platform-pattern-b--_d574__bc95_"' in html
    assert 'id="p-platform-pattern-b--_d574__bc95_"' in html
    assert 'href="/' not in html
    assert 'href="../' not in html


def test_korean_words_are_joined_but_code_is_not(site: Path) -> None:
    html = book_html(read_site(site, "ko"), plan_book(read_site(site, "ko")), EDITION)
    assert f"보{WORD_JOINER}세{WORD_JOINER}요" in html
    code = html[html.index("<pre") : html.index("</pre>")]
    assert WORD_JOINER not in code
    assert "회로 차단기" in code


def test_weasyprint_gets_the_tree_its_parser_would_have_built(site: Path) -> None:
    """The printer lays out the book's tree without parsing its HTML: the tree must be what parsing gives."""
    import tinyhtml5  # type: ignore[import-untyped]

    for lang in ("ko", "en"):
        built = read_site(site, lang)
        book = plan_book(built)
        parsed = tinyhtml5.parse(book_html(built, book, EDITION), namespace_html_elements=False)
        assert parsed_shape(html5_tree(book_tree(built, book, EDITION))) == parsed_shape(parsed), lang


def test_a_site_that_was_not_built_is_named(tmp_path: Path) -> None:
    with pytest.raises(SiteError, match=r"book\.json: missing; build the site first \(make build\)"):
        read_site(tmp_path, "ko")


def test_the_cover_prints_the_guide_version(site: Path) -> None:
    built = read_site(site, "en")
    html = book_html(built, plan_book(built), default_edition())
    cover = html[html.index('<section class="pdf-cover">') : html.index("</section>")]
    assert f"<dt>Version</dt><dd>{guide_version()}</dd>" in cover


def test_further_reading_and_legacy_tools_print(site: Path, tmp_path: Path) -> None:
    result = build_pdf(site, "en", tmp_path / "book.pdf", edition=EDITION)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(result.path).pages).split())
    assert "Resilience4j · Netflix Hystrix (legacy: In maintenance mode since 2018.)" in text
    assert "Further reading Michael T. Nygard. Release It!, 2nd ed. Pragmatic Bookshelf, 2018." in text
    assert result.problems == []
