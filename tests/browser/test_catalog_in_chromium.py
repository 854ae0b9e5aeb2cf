"""Pattern map and catalog browser in Chromium: clicks land on the right page, filters keep the right rows."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from msa_guide.catalog import load_catalog
from tests.helpers import ROOT

pytestmark = pytest.mark.browser
CATALOG = load_catalog(ROOT / "catalog")


@pytest.mark.parametrize(("lang_root", "lang"), [("", "ko"), ("en/", "en")])
def test_clicking_a_map_node_opens_the_pattern_in_the_same_language(
    page: Page, site_url: str, lang_root: str, lang: str
) -> None:
    pattern = CATALOG.pattern("circuit-breaker")
    page.goto(site_url + lang_root + "explore/map/")
    page.locator('.pm-node[data-id="circuit-breaker"]').click()
    page.wait_for_url("**/platform/circuit-breaker/")
    assert page.url == site_url + lang_root + "platform/circuit-breaker/"
    expect(page.locator("article h1").first).to_contain_text(pattern.name[lang])


def test_hovering_a_map_node_dims_unrelated_nodes(page: Page, site_url: str) -> None:
    page.goto(site_url + "explore/map/")
    page.locator('.pm-node[data-id="circuit-breaker"]').hover()
    expect(page.locator("svg.pattern-map")).to_have_class("pattern-map is-focused")
    near = page.locator(".pm-node.is-near").evaluate_all("nodes => nodes.map(n => n.dataset.id)")
    related = {i for ids in _relations("circuit-breaker").values() for i in ids}
    assert set(near) == related | {"circuit-breaker"}


def test_map_type_filter_hides_a_whole_type(page: Page, site_url: str) -> None:
    page.goto(site_url + "en/explore/map/")
    page.locator('input[data-filter="type"][value="application-patterns"]').uncheck()
    hidden = page.locator(".pm-node.type-application-patterns.is-hidden").count()
    assert hidden == len(CATALOG.patterns_of_type("application-patterns"))
    assert page.locator(".pm-node.type-platform-patterns.is-hidden").count() == 0


def _relations(pattern_id: str) -> dict[str, tuple[str, ...]]:
    from msa_guide.catalog.relations import relations_of

    return relations_of(CATALOG, pattern_id)


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
