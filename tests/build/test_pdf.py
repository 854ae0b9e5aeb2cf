"""Both books, printed from the real built site by the CLI that `make pdf` runs, read back with pypdf.

Slow (about a minute: both PDFs are printed at the same time, one process each, started by tests/books.py as soon
as the site is built). What is checked: the outline
has every chapter, section and pattern; known Korean and English sentences come back out of the text layer;
Pretendard is embedded and every font is embedded; every internal link lands on a destination that exists; the
page count is plausible. A Korean page is kept as a PNG in test-artifacts/ (pdftoppm).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination

from msa_guide.catalog import LANGUAGES, load_catalog
from msa_guide.pdf.chapters import chapter_anchor
from msa_guide.pdf.html_tree import find_by_class, parse_html, text_of
from msa_guide.pdf.site_reader import BuiltSite, NavEntry, read_site
from msa_guide.render.labels import label
from tests.books import TIMEOUT_SECONDS, start_books, wait_for_book
from tests.conftest import BOOKS, shared_directory
from tests.helpers import ROOT

pytestmark = pytest.mark.slow

ARTIFACTS = ROOT / "test-artifacts"


@dataclass
class Book:
    site: BuiltSite
    path: Path
    reader: PdfReader
    outline: list[tuple[int, str, int]]  # depth, title, page index
    stdout: str


def outline_entries(reader: PdfReader, items: list[Any], depth: int = 0) -> Iterator[tuple[int, str, int]]:
    for item in items:
        if isinstance(item, list):
            yield from outline_entries(reader, item, depth + 1)
        else:
            assert isinstance(item, Destination)
            yield depth, str(item.title), reader.get_destination_page_number(item)


class Books:
    """Both books, each read back the first time a test asks for it, once its printing has finished: the tests of the
    Korean book (printed first, it is shorter) run while the English one is still printing."""

    def __init__(self, site: Path, out: Path) -> None:
        self.site, self.out = site, out
        self.deadline = time.monotonic() + TIMEOUT_SECONDS
        self.read: dict[str, Book] = {}

    def __getitem__(self, lang: str) -> Book:
        if lang not in self.read:
            printed = wait_for_book(self.out, lang, self.deadline)
            assert printed.returncode == 0, printed.stdout + printed.stderr
            assert "WARNING" not in printed.stderr, printed.stderr
            reader = PdfReader(printed.path)
            outline = list(outline_entries(reader, reader.outline))
            self.read[lang] = Book(read_site(self.site, lang), printed.path, reader, outline, printed.stdout)
        return self.read[lang]

    def items(self) -> list[tuple[str, Book]]:
        return [(lang, self[lang]) for lang in LANGUAGES]


@pytest.fixture(scope="module")
def books(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Books:
    """Both books, printed by tests/books.py (started right after the site build; started here if it was not)."""
    out = shared_directory(tmp_path_factory) / BOOKS
    start_books(built_site, out)
    return Books(built_site, out)


def nav_titles(entries: tuple[NavEntry, ...], root_url: str) -> Iterator[str]:
    for entry in entries:
        if entry.url != root_url:
            yield entry.title
        yield from nav_titles(entry.children, root_url)


def chapter_page(book: Book, url: str) -> int:
    """Index of the page where the chapter of a site page starts (its named destination)."""
    destination = book.reader.named_destinations[chapter_anchor(book.site, url)]
    return book.reader.get_destination_page_number(destination)


def page_text(book: Book, index: int) -> str:
    return " ".join(book.reader.pages[index].extract_text().split())


@pytest.mark.parametrize("lang", LANGUAGES, scope="module")  # each book's tests together
def test_outline_has_every_chapter_and_pattern(books: Books, lang: str) -> None:
    book = books[lang]
    titles = {title for _, title, _ in book.outline}
    top = [title for depth, title, _ in book.outline if depth == 0]
    expected_nav = set(nav_titles(book.site.nav, book.site.root_url))
    assert expected_nav - titles == set()
    assert {entry.name for entry in book.site.catalog} - titles == set()
    assert top[:2] == [label(lang, "pdf.contents"), label(lang, "pdf.introduction")]
    assert len(top) == 1 + len(book.site.nav), "one top-level entry per part of the navigation, after the contents"
    pages = [page for _, _, page in book.outline]
    assert pages == sorted(pages), "the outline follows the reading order"


@pytest.mark.parametrize("lang", LANGUAGES, scope="module")  # each book's tests together
def test_text_layer_has_the_sentences_of_several_pages(books: Books, lang: str) -> None:
    """Korean and English come back out verbatim: the glyphs are real text in an embedded font, not tofu."""
    book = books[lang]
    own_pages = [entry for entry in book.site.catalog if not entry.anchor]
    samples = [own_pages[0], own_pages[len(own_pages) // 3], own_pages[2 * len(own_pages) // 3], own_pages[-1]]
    for entry in samples:
        page = chapter_page(book, entry.page_url)
        text = page_text(book, page) + " " + page_text(book, page + 1)
        summary = " ".join(_summary(book.site, entry.page_url).split())
        assert summary, entry.id
        assert summary in text, (entry.id, summary, text[:400])
    home = parse_html(book.site.page_file(book.site.root_url).read_text(encoding="utf-8"))
    article = find_by_class(home, "article", "md-content__inner")
    assert article is not None
    first_paragraph = next(text_of(p) for p in article.iter("p") if text_of(p))
    assert first_paragraph[:60] in page_text(book, chapter_page(book, book.site.root_url))
    cover = page_text(book, 0)
    assert book.site.site_name in cover
    assert "2026-01-01" in cover


def _summary(site: BuiltSite, url: str) -> str:
    page = parse_html(site.page_file(url).read_text(encoding="utf-8"))
    lead = find_by_class(page, "p", "lead")
    assert lead is not None, url
    return text_of(lead)


@pytest.mark.parametrize("lang", LANGUAGES, scope="module")  # each book's tests together
def test_pretendard_is_embedded_and_no_font_is_left_to_the_reader(books: Books, lang: str) -> None:
    fonts: dict[str, bool] = {}
    seen: set[int] = set()
    for page in books[lang].reader.pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources is not None else None
        if font_dict is None or id(font_dict.get_object()) in seen:
            continue
        seen.add(id(font_dict.get_object()))
        for font in font_dict.get_object().values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
    assert any("Pretendard" in name for name in fonts), fonts
    assert all(fonts.values()), f"fonts not embedded: {[n for n, e in fonts.items() if not e]}"
    assert all("+" in name for name in fonts), f"fonts not subset: {fonts}"


@pytest.mark.parametrize("lang", LANGUAGES, scope="module")  # each book's tests together
def test_every_internal_link_has_a_destination(books: Books, lang: str) -> None:
    reader = books[lang].reader
    names = set(reader.named_destinations)
    internal, missing, outside = 0, [], []
    for number, page in enumerate(reader.pages, start=1):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            if "/Dest" in annotation:
                internal += 1
                if str(annotation["/Dest"]) not in names:
                    missing.append(f"page {number}: #{annotation['/Dest']}")
            elif "/A" in annotation:
                uri = str(annotation["/A"].get_object().get("/URI", ""))
                if not uri.startswith(("http://", "https://", "mailto:")):
                    outside.append(f"page {number}: {uri}")
    assert missing == []
    assert outside == [], "links into the site's files must have become links inside the book"
    assert internal > 10 * len(books[lang].site.catalog), internal


@pytest.mark.parametrize("lang", LANGUAGES, scope="module")  # each book's tests together
def test_diagrams_are_vectors(books: Books, lang: str) -> None:
    """The inline SVG diagrams are drawn as paths and text: the book holds no raster image at all."""
    images = []
    for number, page in enumerate(books[lang].reader.pages, start=1):
        resources = page.get("/Resources")
        objects = resources.get_object().get("/XObject") if resources is not None else None
        for name, xobject in objects.get_object().items() if objects is not None else []:
            if xobject.get_object().get("/Subtype") == "/Image":
                images.append(f"page {number}: {name}")
    assert images == []


def test_page_counts_are_plausible(books: Books) -> None:
    counts = {lang: len(book.reader.pages) for lang, book in books.items()}
    for lang, book in books.items():
        chapters = len({page for depth, _, page in book.outline})
        assert chapters + 3 <= counts[lang] <= 2000, counts
        assert f"{counts[lang]} pages" in book.stdout
    assert max(counts.values()) <= 1.5 * min(counts.values()), counts


def test_site_links_each_language_to_its_book(books: Books, built_site: Path) -> None:
    """The header link of every page points where `make pdf` writes the book."""
    from msa_guide.pdf.writer import default_output

    assert default_output(built_site, "ko") == built_site / "msa-guide-ko.pdf"
    assert default_output(built_site, "en") == built_site / "en" / "msa-guide-en.pdf"
    for page, href, text in (
        (built_site / "index.html", 'href="msa-guide-ko.pdf"', "PDF 다운로드"),
        (built_site / "en" / "index.html", 'href="msa-guide-en.pdf"', "Download PDF"),
        (built_site / "overview" / "index.html", 'href="../msa-guide-ko.pdf"', "PDF 다운로드"),
        (built_site / "en" / "overview" / "index.html", 'href="../msa-guide-en.pdf"', "Download PDF"),
    ):
        html = page.read_text(encoding="utf-8")
        assert href in html, page
        assert text in html, page


@pytest.mark.parametrize("lang", LANGUAGES, scope="module")  # each book's tests together
def test_pattern_map_prints_one_page_per_type(books: Books, lang: str) -> None:
    """The map chapter holds one page per type (after its introduction), each with nearly all that type's names."""
    book = books[lang]
    start = chapter_page(book, book.site.root_url + "explore/map/")
    catalog = load_catalog(ROOT / "catalog")
    pages = {index: page_text(book, index).replace(" ", "") for index in range(start, start + len(catalog.types) + 3)}
    chosen = []
    for pattern_type in catalog.types:
        names = [p.name[lang].split()[0] for p in catalog.patterns_of_type(pattern_type.id)]
        found = {index: sum(name in text for name in names) for index, text in pages.items()}
        best = max(found, key=lambda index: found[index])
        assert found[best] >= 0.9 * len(names), (pattern_type.id, found)
        assert pattern_type.name[lang].replace(" ", "") in pages[best]
        chosen.append(best)
    assert chosen == sorted(set(chosen)), "one page per type, in the catalog's order"
    if shutil.which("pdftoppm") is not None:
        ARTIFACTS.mkdir(exist_ok=True)
        page = str(chosen[-1] + 1)
        target = ARTIFACTS / f"pdf-{lang}-pattern-map"
        command = ["pdftoppm", "-png", "-r", "80", "-singlefile", "-f", page, "-l", page, book.path, target]
        subprocess.run(command, check=True)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (Debian poppler-utils) is missing")
def test_korean_page_screenshot(books: Books) -> None:
    book = books["ko"]
    first_pattern = next(entry for entry in book.site.catalog if not entry.anchor)
    ARTIFACTS.mkdir(exist_ok=True)
    for name, index in (("pdf-ko-contents", 1), ("pdf-ko-pattern", chapter_page(book, first_pattern.page_url))):
        target = ARTIFACTS / name
        page = str(index + 1)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", "-f", page, "-l", page, book.path, target], check=True
        )
        assert target.with_suffix(".png").stat().st_size > 20_000
