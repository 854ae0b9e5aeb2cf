"""Accessibility in Chromium: search works with the keyboard alone, and the axe rules the page checks run find what a
full axe run finds. axe itself runs on every page type in both languages (test_site_in_chromium.py, on the same load
as the page's other checks), on every simulation and on the pattern map's panels."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

from tests.browser.axe import SEVERE, serious_violations
from tests.browser.conftest import RESET_PATH

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("lang_root", "query"), [("", "사가"), ("en/", "saga")], ids=["ko", "en"])
def test_search_is_usable_with_the_keyboard_alone(page: Page, site_url: str, lang_root: str, query: str) -> None:
    page.goto(site_url + lang_root)
    page.keyboard.press("s")  # Material's shortcut focuses the search box
    box = page.locator("input.md-search__input")
    expect(box).to_be_focused()
    page.keyboard.type(query)
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=10_000)
    # Each typed letter is a search of its own: wait for the results of the whole query (their links carry it), or
    # a late re-rendering could take the focus from the result the arrow key chose.
    link = page.locator(".md-search-result__link").first
    expect(link).to_have_attribute("href", re.compile(re.escape(f"?h={quote(query)}") + "(#|$)"), timeout=10_000)
    start = page.url
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url != start, timeout=15_000)
    page.wait_for_load_state("load")
    assert page.url.startswith(site_url + lang_root)
    assert "/search" not in page.url


# Serious and critical problems (an image without text, a button without a name, faint text, a form field without
# a label), one moderate (a heading level skipped) and one minor (a table header without data cells).
PLANTED = """
<main>
  <h1>Planted</h1>
  <h4>Skipped levels</h4>
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
  <button></button>
  <p style="color: #dddddd; background: #ffffff">Faint text</p>
  <input type="text">
  <table><tr><th>Header</th></tr></table>
</main>
"""


def test_the_serious_rules_alone_find_what_a_full_axe_run_finds(page: Page, site_url: str) -> None:
    """The rules axe runs for the checks above report the same serious and critical violations as all its rules."""
    page.goto(site_url + RESET_PATH.lstrip("/"))
    page.set_content(PLANTED)
    ours = serious_violations(page)
    everything = page.evaluate(
        """async (severe) => (await axe.run(document, {resultTypes: ['violations']})).violations
            .filter((v) => severe.includes(v.impact))
            .map((v) => `${v.id} (${v.impact}): ` + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | "))""",
        list(SEVERE),
    )
    assert ours == everything
    assert {v.split(" ")[0] for v in ours} >= {"image-alt", "button-name", "color-contrast", "label"}
