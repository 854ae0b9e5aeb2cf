"""The built site in Debian Chromium: every page type in both languages, offline, without console errors or serious
accessibility violations; the language switch, search and home page screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.axe import serious_violations
from tests.browser.conftest import BrowserGuard

pytestmark = pytest.mark.browser

# One page of every type. Each is loaded once and checked for everything a reader meets on arrival: it is served
# from this machine alone (the guard counts any other request), in its language, with its title, in the guide's
# fonts, without a console error, and axe finds no serious or critical violation in it.
PAGE_TYPES = {
    "home": "",
    "overview": "overview/",
    "type page": "application/",
    "pattern page": "application/saga/",
    "topic page": "platform/microservice-history/",
    "comparison": "comparisons/vm-vs-container/",
    "decision guide": "decisions/data-consistency/",
    "glossary": "explore/glossary/",
    "pattern map": "explore/map/",
    "catalog browser": "explore/catalog/",
}


@pytest.mark.parametrize("lang_root", ["", "en/"], ids=["ko", "en"])
@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_page_type_renders_offline_and_accessibly(
    page: Page, site_url: str, guard: BrowserGuard, lang_root: str, path: str
) -> None:
    response = page.goto(site_url + lang_root + path, wait_until="networkidle")
    assert response is not None
    assert response.status == 200
    expected = "en" if lang_root else "ko"
    assert page.locator("html").get_attribute("lang") == expected
    expect(page.locator("article h1").first).to_be_visible()
    font = page.evaluate("getComputedStyle(document.body).fontFamily")
    families = [name.strip().strip('"') for name in font.split(",")]
    assert families[0] == "Pretendard Latin"  # self-hosted Latin; Hangul from the system's Korean font first
    assert families.index("Noto Sans CJK KR") < families.index("Pretendard")
    violations = serious_violations(page)
    assert violations == [], "\n".join(violations)
    guard.assert_clean()


@pytest.mark.parametrize(
    ("start", "language", "twin"),
    [
        ("platform/circuit-breaker/", "English", "en/platform/circuit-breaker/"),
        ("en/platform/circuit-breaker/", "한국어", "platform/circuit-breaker/"),
    ],
    ids=["ko-to-en", "en-to-ko"],
)
def test_language_switch_lands_on_the_twin_page(
    page: Page, site_url: str, start: str, language: str, twin: str
) -> None:
    page.goto(site_url + start, wait_until="networkidle")
    page.locator(".md-select button").first.hover()
    page.locator(".md-select__link", has_text=language).click()
    page.wait_for_load_state("networkidle")
    assert page.url == site_url + twin


@pytest.mark.parametrize(("lang_root", "query"), [("", "사가"), ("en/", "saga")], ids=["ko", "en"])
def test_search_returns_a_result(page: Page, site_url: str, lang_root: str, query: str) -> None:
    page.goto(site_url + lang_root, wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")
    first = page.locator(".md-search-result__item").first
    expect(first).to_be_visible(timeout=10_000)


def test_home_screenshots(page: Page, site_url: str, artifacts: Path) -> None:
    for lang_root, name in (("", "home-ko.png"), ("en/", "home-en.png")):
        page.goto(site_url + lang_root, wait_until="networkidle")
        page.screenshot(path=str(artifacts / name), full_page=False)
        assert (artifacts / name).stat().st_size > 10_000
