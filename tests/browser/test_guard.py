"""The guard itself: a request for another host never leaves the machine, and it is counted against the test."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import BrowserGuard

pytestmark = pytest.mark.browser

EXTERNAL = ("https://cdn.example.com/font.woff2", "http://fonts.example.org/css?family=X")


def test_requests_for_other_hosts_are_blocked_and_counted(page: Page, site_url: str, guard: BrowserGuard) -> None:
    page.goto(site_url + "en/")
    outcomes = page.evaluate(
        """async (urls) => Promise.all(urls.map(url => fetch(url, {mode: "no-cors"})
              .then(() => "reached", () => "blocked")))""",
        list(EXTERNAL),
    )
    assert outcomes == ["blocked", "blocked"]
    page.evaluate("(url) => new Promise(done => { const i = new Image(); i.onerror = done; i.src = url })", EXTERNAL[0])
    assert sorted(set(guard.external)) == sorted(EXTERNAL)
    assert len(guard.external) == 3, guard.external
    assert site_url not in " ".join(guard.external), "the local server is never counted"
    # The planted requests were this test's point: hand the page back clean.
    guard.external.clear()
    guard.errors.clear()
