"""The offline bundle (`make dist`): the zip, unpacked and opened from disk (file://) in Chromium, in both languages.

The guide is built once more as the offline variant (MSA_GUIDE_OFFLINE) for this file, zipped as `make dist` zips
it and unpacked; every request that is not a file on disk is blocked and counted, and any console error fails.
"""

from __future__ import annotations

import re
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from msa_guide.release.offline_bundle import build_offline_site, bundle_name, write_offline_zip
from msa_guide.release.version import guide_version
from tests.browser.conftest import BrowserGuard, guarded_context
from tests.helpers import ROOT, build_environment

pytestmark = pytest.mark.browser
ROOTS = {"ko": "", "en": "en/"}
QUERIES = {
    "ko": ("회로 차단기", "platform/circuit-breaker.html"),
    "en": ("circuit breaker", "en/platform/circuit-breaker.html"),
}
# What a page would load from elsewhere: scripts, stylesheets, icons, preloads (a canonical link loads nothing).
FETCHED = re.compile(
    r'<script[^>]+src="(?:https?:)?//'
    r'|<link rel="(?:stylesheet|preload|modulepreload|icon|manifest)"[^>]+href="(?:https?:)?//'
)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, float]:
    """(the zip, the folder it unpacks to, seconds to build and pack it)."""
    work = tmp_path_factory.mktemp("offline")
    start = time.perf_counter()
    result = build_offline_site(ROOT, work / "site", build_environment())
    assert result.returncode == 0, result.stderr[-3000:]
    archive = write_offline_zip(work / "site", work / "dist", guide_version())
    seconds = time.perf_counter() - start
    with zipfile.ZipFile(archive) as unpacked:
        unpacked.extractall(work / "unpacked")
    return archive, work / "unpacked" / bundle_name(guide_version()), seconds


@pytest.fixture
def disk_context(browser: Browser, guard: BrowserGuard) -> Iterator[BrowserContext]:
    """A browser context for pages on disk: anything but a file, data: or blob: URL is blocked and counted."""
    yield from guarded_context(browser, guard, lambda url: url.startswith(("file:", "data:", "blob:")))


@pytest.fixture
def disk_page(disk_context: BrowserContext, guard: BrowserGuard) -> Page:
    page = disk_context.new_page()
    page.on("console", lambda message: guard.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: guard.errors.append(str(error)))
    return page


def test_the_zip_holds_both_languages_and_nothing_from_the_network(bundle: tuple[Path, Path, float]) -> None:
    archive, folder, seconds = bundle
    names = set(zipfile.ZipFile(archive).namelist())
    prefix = bundle_name(guide_version())
    for member in ("index.html", "en/index.html", "search/search_index.js", "en/search/search_index.js"):
        assert f"{prefix}/{member}" in names
    assert not [n for n in names if n.endswith(("msa-search.json", "search_index.json", "sitemap.xml"))]
    unpacked = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(
        f"\noffline bundle: {archive.stat().st_size / 1e6:.1f} MB zipped, {unpacked / 1e6:.1f} MB unpacked, "
        f"built and packed in {seconds:.0f} s"
    )
    for page in folder.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert 'type="module"' not in html, page
        assert not FETCHED.search(html), page
        head = html.split("</head>")[0]
        assert not re.search(r"<link rel=\"alternate\"[^>]*hreflang", head), page  # Material would fetch sitemaps


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_walk_the_bundle_from_disk(disk_page: Page, bundle: tuple[Path, Path, float], lang: str) -> None:
    page = disk_page
    base = bundle[1].as_uri() + "/"
    root = ROOTS[lang]
    other = "en" if lang == "ko" else "ko"

    # navigation: the home page, then a link of the navigation to a page file
    page.goto(base + root + "index.html")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    page.locator('a[href$="overview.html"]:visible').first.click()
    expect(page).to_have_url(base + root + "overview.html")

    # search in the page's language: a result, and its link opens the page on disk
    query, target = QUERIES[lang]
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")
    first = page.locator(".md-search-result__item a").first
    expect(first).to_have_attribute("href", re.compile(re.escape(base + target)))
    first.click()
    expect(page).to_have_url(re.compile(re.escape(base + target)))

    # the language menu lands on the same page in the other language
    page.locator(".md-select button").first.hover()
    page.locator(f'.md-select__link[hreflang="{other}"]').click()
    expect(page).to_have_url(base + ROOTS[other] + "platform/circuit-breaker.html")
    page.go_back()

    # the simulation on that page runs
    expect(page.locator(".simulation .sim-controls")).to_be_visible()
    page.locator('.sim-buttons [data-action="replay"]').click()
    expect(page.locator(".simulation")).to_have_attribute("data-playing", "false", timeout=15_000)

    # the pattern map: interactive, and its search box finds a pattern
    page.goto(base + root + "explore/map.html")
    expect(page.locator(".pattern-map-frame.is-interactive")).to_be_visible()
    page.locator("#pm-search-input").fill("circuit")
    expect(page.locator("#pm-search-results li[data-id]").first).to_have_attribute("data-id", "circuit-breaker")

    # the catalog browser filters
    page.goto(base + root + "explore/catalog.html")
    count = page.locator(".catalog-browser-count span")
    total = int(count.inner_text())
    page.locator('input[data-filter="text"]').fill("saga")
    expect(count).not_to_have_text(str(total))
    assert 0 < int(count.inner_text()) < total

    # a decision guide takes an answer and moves on
    page.goto(base + root + "decisions/service-communication.html")
    expect(page.locator(".decision-guide")).to_be_visible()
    page.locator(".dg-step:not([hidden]) button.dg-answer").first.click()
    expect(page.locator(".dg-trail li")).to_have_count(1)
