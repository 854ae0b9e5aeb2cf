"""Catalog browser in Chromium: the text, type and category filters keep the right rows (the map has its own file)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from msa_guide.catalog import load_catalog
from tests.helpers import ROOT

pytestmark = pytest.mark.browser
CATALOG = load_catalog(ROOT / "catalog")


def visible_ids(page: Page) -> list[str]:
    return page.locator("table.catalog-browser tbody tr:not([hidden])").evaluate_all(
        "rows => rows.map(r => r.dataset.id)"
    )


@pytest.mark.parametrize(
    ("lang_root", "query", "expected"),
    [
        ("", "회로차단기", "circuit-breaker"),
        ("", "서킷 브레이커", "circuit-breaker"),
        ("", "circuit breaker", "circuit-breaker"),
        ("en/", "Circuit Breaker", "circuit-breaker"),
        ("en/", "사가", "saga"),
        ("en/", "k8s", "kubernetes"),
    ],
)
def test_catalog_text_filter_matches_names_and_aliases_in_both_languages(
    page: Page, site_url: str, lang_root: str, query: str, expected: str
) -> None:
    page.goto(site_url + lang_root + "explore/catalog/")
    page.locator('input[data-filter="text"]').fill(query)
    ids = visible_ids(page)
    assert expected in ids
    assert len(ids) < len(CATALOG.patterns)
    expect(page.locator(".catalog-browser-count span")).to_have_text(str(len(ids)))


def test_catalog_type_and_category_filters(page: Page, site_url: str) -> None:
    page.goto(site_url + "explore/catalog/")
    page.locator('select[data-filter="type"]').select_option("infrastructure-components")
    assert sorted(visible_ids(page)) == sorted(p.id for p in CATALOG.patterns_of_type("infrastructure-components"))
    page.locator('select[data-filter="category"]').select_option("orchestration")
    assert sorted(visible_ids(page)) == sorted(p.id for p in CATALOG.patterns_in("orchestration"))
    page.locator('input[data-filter="text"]').fill("no such pattern anywhere")
    assert visible_ids(page) == []
    expect(page.locator(".catalog-browser-empty")).to_be_visible()
