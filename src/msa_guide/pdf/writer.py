"""Print one language of the built site to PDF with WeasyPrint."""

from __future__ import annotations

import logging
import os
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import cssselect2  # type: ignore[import-untyped]  # WeasyPrint's selector engine, untyped
from weasyprint import CSS, HTML  # type: ignore[import-untyped]  # ships without type information
from weasyprint.text.fonts import FontConfiguration  # type: ignore[import-untyped]
from weasyprint.urls import URLFetcher  # type: ignore[import-untyped]

from msa_guide.pdf.book import Edition, as_document, book_tree
from msa_guide.pdf.chapters import plan_book
from msa_guide.pdf.html5_tree import html5_tree
from msa_guide.pdf.site_reader import read_site
from msa_guide.release.version import guide_version

PACKAGE = Path(__file__).parent
STYLESHEET = PACKAGE / "book.css"
log = logging.getLogger("msa_guide.pdf")


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int
    size: int
    seconds: float
    problems: list[str] = field(default_factory=list)


class ParsedHTML(HTML):  # type: ignore[misc]  # HTML is untyped
    """A WeasyPrint document made from a tree already in the shape its parser gives (:func:`html5_tree`).

    ``HTML(string=...)`` parses the text with tinyhtml5 and then sets exactly these attributes; the book is built as a
    tree, so handing the tree over saves serialising it and parsing it back (3 s of a one-minute book). The book has
    no ``<base>`` element, so the base URL is the one given.
    """

    def __init__(self, root: ET.Element, base_url: str, url_fetcher: URLFetcher) -> None:
        self.base_url = base_url
        self.url_fetcher = url_fetcher
        self.media_type = "print"
        self.wrapper_element = cssselect2.ElementWrapper.from_html_root(root, content_language=None)
        self.etree_element = self.wrapper_element.etree_element


def default_edition() -> Edition:
    """The guide's version (pyproject.toml) and today's date (``SOURCE_DATE_EPOCH`` pins it for reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return Edition(version=guide_version(), date=moment.date().isoformat())


def default_output(site_dir: Path, lang: str) -> Path:
    """Where the site's "Download PDF" link points: ``msa-guide-<lang>.pdf`` at the root of the language."""
    root = site_dir / lang if (site_dir / lang / "index.html").is_file() else site_dir
    return root / f"msa-guide-{lang}.pdf"


def build_pdf(
    site_dir: Path, lang: str, out: Path, *, edition: Edition | None = None, html_out: Path | None = None
) -> PdfResult:
    """Read ``lang`` from the site built in ``site_dir`` and write the book to ``out``."""
    start = time.perf_counter()
    site = read_site(site_dir, lang)
    book = plan_book(site)
    for problem in book.problems:
        log.warning(problem)
    tree = book_tree(site, book, edition or default_edition())
    if html_out is not None:
        html_out.write_text(as_document(tree), encoding="utf-8")
    fonts = FontConfiguration()
    # Only local files: the book must build offline and never embed anything fetched from the network.
    fetcher = URLFetcher(allowed_protocols={"file", "data"})
    stylesheet = CSS(filename=str(STYLESHEET), font_config=fonts, url_fetcher=fetcher)
    base_url = site.directory.resolve().as_uri() + "/"
    document = ParsedHTML(html5_tree(tree), base_url, fetcher).render(stylesheets=[stylesheet], font_config=fonts)
    out.parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(out)
    return PdfResult(out, len(document.pages), out.stat().st_size, time.perf_counter() - start, book.problems)
