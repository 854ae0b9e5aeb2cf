"""Print one language of the built site to PDF with WeasyPrint."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from weasyprint import CSS, HTML  # type: ignore[import-untyped]  # ships without type information
from weasyprint.text.fonts import FontConfiguration  # type: ignore[import-untyped]
from weasyprint.urls import URLFetcher  # type: ignore[import-untyped]

from msa_guide.pdf.book import Edition, book_html
from msa_guide.pdf.chapters import plan_book
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
    html = book_html(site, book, edition or default_edition())
    if html_out is not None:
        html_out.write_text(html, encoding="utf-8")
    fonts = FontConfiguration()
    # Only local files: the book must build offline and never embed anything fetched from the network.
    fetcher = URLFetcher(allowed_protocols={"file", "data"})
    stylesheet = CSS(filename=str(STYLESHEET), font_config=fonts, url_fetcher=fetcher)
    document = HTML(string=html, base_url=site.directory.resolve().as_uri() + "/", url_fetcher=fetcher).render(
        stylesheets=[stylesheet], font_config=fonts
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(out)
    return PdfResult(out, len(document.pages), out.stat().st_size, time.perf_counter() - start, book.problems)
