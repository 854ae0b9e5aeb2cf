"""Forgiving search in Chromium (issue 22) and the search index fetched on first use (issue 20).

- The forgiving query set (keyboard left in English mode, Korean typos, initial consonants, questions) finds the
  expected page in the top three for at least 90 % of its queries in each language, never in the other language.
- A query read as Hangul says so above the results, and one click searches the query exactly as typed.
- Opening a page does not fetch the search index; the first focus on the search box does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, Request, expect

from tests.browser.test_search_queries import ROOTS, check_recall, open_search, type_query
from tests.helpers import ROOT

pytestmark = pytest.mark.browser

FORGIVING = ROOT / "tests" / "fixtures" / "search-queries-forgiving.tsv"
TARGET_RECALL = 0.9
FULL_INDEX = "search/msa-search.json"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_forgiving_queries_find_the_pattern_in_the_top_three(
    page: Page, site_url: str, artifacts: Path, lang: str
) -> None:
    check_recall(page, site_url, artifacts, FORGIVING, lang, TARGET_RECALL)


@pytest.mark.parametrize(
    ("lang", "typed", "read", "note"),
    [
        ("ko", "ehzj", "도커", "도커(으)로 검색한 결과입니다. 입력한 그대로 검색: ehzj"),
        (
            "en",
            "aptlwl qmfhzj",
            "Message broker",
            "Showing results for 메시지 브로커. Search instead for aptlwl qmfhzj",
        ),
    ],
)
def test_a_query_read_as_hangul_says_so_and_one_click_searches_it_as_typed(
    page: Page, site_url: str, lang: str, typed: str, read: str, note: str
) -> None:
    open_search(page, site_url + ROOTS[lang])
    hits = type_query(page, typed, lang)
    assert hits[0].title == read
    shown = page.locator(".msa-search-note")
    expect(shown).to_have_text(note)
    shown.locator("a").click()
    box = page.locator("input.md-search__input")
    expect(box).to_have_value(f'"{typed}"')
    expect(box).to_be_focused()
    expect(shown).to_be_hidden()
    expect(page.locator(".md-search-result__item")).to_have_count(0)
    hits = type_query(page, "도커", lang)  # a query searched as typed leaves no note behind
    expect(shown).to_be_hidden()


def test_the_search_index_is_fetched_on_first_use_of_the_search_box(page: Page, site_url: str) -> None:
    fetched: list[str] = []

    def record(request: Request) -> None:
        fetched.append(request.url)

    page.on("request", record)
    try:
        page.goto(site_url + "platform/rate-limiting/", wait_until="networkidle")
        page.wait_for_timeout(300)
        assert any(url.endswith("search/search_index.json") for url in fetched)  # Material's stub
        assert not [url for url in fetched if FULL_INDEX in url]
        with page.expect_request(lambda request: request.url == site_url + FULL_INDEX):
            page.locator("input.md-search__input").focus()
        hits = type_query(page, "회로차단기", "ko")
        assert hits[0].title == "회로 차단기"
        assert len([url for url in fetched if FULL_INDEX in url]) == 1
    finally:
        page.remove_listener("request", record)  # the page is shared with the worker's other tests
