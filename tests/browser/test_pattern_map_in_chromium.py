"""The pattern map in Chromium, both languages: labels fit and never overlap, search, focus, filters, the hash
across the language switch, a keyboard-only walk, a 390 px phone, dark mode and print; and the mini-maps."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pytest
from playwright.sync_api import Page, expect

from msa_guide.catalog import load_catalog
from msa_guide.catalog.relations import all_relations_of
from tests.browser.axe import serious_violations
from tests.helpers import ROOT

pytestmark = pytest.mark.browser
CATALOG = load_catalog(ROOT / "catalog")
RELATIONS = all_relations_of(CATALOG)
LANGS = [("", "ko"), ("en/", "en")]
LANG_IDS = ["ko", "en"]

# Every label's box in SVG user units (the drawing's own coordinates, whatever the zoom): the texts that fall
# outside the drawing, and every pair of texts whose boxes overlap by more than a hair.
LABEL_REPORT = """svg => {
    const width = Number(svg.dataset.width), height = Number(svg.dataset.height);
    const boxes = [...svg.querySelectorAll('text')].map(t => {
        const b = t.getBBox();
        return {text: t.textContent, x: b.x, y: b.y, r: b.x + b.width, b: b.y + b.height};
    });
    const clipped = boxes.filter(b => b.x < 0 || b.y < 0 || b.r > width || b.b > height).map(b => b.text);
    const overlapping = [];
    for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i], c = boxes[j];
            if (a.x < c.r - 0.5 && c.x < a.r - 0.5 && a.y < c.b - 0.5 && c.y < a.b - 0.5) {
                overlapping.push(a.text + ' / ' + c.text);
            }
        }
    }
    const outside = [...svg.querySelectorAll('.pm-node, .mm-node')].filter(node => {
        const r = node.querySelector('rect').getBBox(), t = node.querySelector('text').getBBox();
        return t.x < r.x || t.y < r.y - 0.5 || t.x + t.width > r.x + r.width || t.y + t.height > r.y + r.height + 0.5;
    }).map(node => node.textContent);
    return {count: boxes.length, clipped, overlapping, outside};
}"""


def open_map(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.locator(".pattern-map-frame.is-interactive")).to_be_visible()


def state(page: Page) -> str:
    return unquote(page.evaluate("location.hash"))


def neighbours(pattern_id: str, hops: int) -> set[str]:
    """Patterns within ``hops`` steps over relations and comparisons (the map draws both)."""
    adjacent = {p: {i for ids in kinds.values() for i in ids} for p, kinds in RELATIONS.items()}
    for a, b in _comparison_pairs():
        adjacent[a].add(b)
        adjacent[b].add(a)
    near = {pattern_id}
    for _ in range(hops):
        near |= {other for p in near for other in adjacent[p]}
    return near


def _comparison_pairs() -> list[tuple[str, str]]:
    from msa_guide.catalog.comparisons import load_comparisons

    pairs = []
    for comparison in load_comparisons(ROOT / "catalog", CATALOG):
        ids = [s.id for s in comparison.subjects]
        pairs += [(a, b) for k, a in enumerate(ids) for b in ids[k + 1 :]]
    return pairs


@pytest.mark.parametrize(("lang_root", "lang"), LANGS, ids=LANG_IDS)
def test_labels_fit_the_drawing_and_never_overlap(page: Page, site_url: str, lang_root: str, lang: str) -> None:
    page.set_viewport_size({"width": 1366, "height": 900})
    open_map(page, site_url + lang_root + "explore/map/")
    report = page.locator("svg.pattern-map").evaluate(LABEL_REPORT)
    headings = len({p.category for p in CATALOG.patterns}) + len(CATALOG.types)
    assert report["count"] == len(CATALOG.patterns) + headings
    assert report["clipped"] == []
    assert report["overlapping"] == []
    assert report["outside"] == []


@pytest.mark.parametrize(("lang_root", "lang"), LANGS, ids=LANG_IDS)
def test_keyboard_only_walk_from_search_to_a_neighbours_page(
    page: Page, site_url: str, lang_root: str, lang: str
) -> None:
    open_map(page, site_url + lang_root + "explore/map/")
    pattern = CATALOG.pattern("circuit-breaker")
    alias = pattern.aliases[lang][0]
    page.locator("#pm-search-input").focus()
    page.keyboard.type(alias)
    expect(page.locator("#pm-search-results li[data-id]").first).to_have_attribute("data-id", "circuit-breaker")
    page.keyboard.press("Enter")
    title = page.locator(".pattern-map-panel h2")
    expect(title).to_be_focused()
    expect(title).to_have_text(pattern.name[lang])
    assert "focus=circuit-breaker" in state(page)
    assert page.locator(".pm-node.is-near").count() == len(neighbours("circuit-breaker", 1))
    # Tab from the panel's title to the first neighbour in the relation lists and focus the map on it
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('pm-panel-focus')"):
            break
    neighbour = page.evaluate("document.activeElement.dataset.focus")
    assert neighbour in neighbours("circuit-breaker", 1) - {"circuit-breaker"}
    page.keyboard.press("Enter")
    expect(title).to_be_focused()
    expect(title).to_have_text(CATALOG.pattern(neighbour).name[lang])
    assert f"focus={neighbour}" in state(page)
    # the next stop after the title is the neighbour's "open the page" link
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('pm-open')")
    page.keyboard.press("Enter")
    ref = CATALOG.pattern(neighbour).page[lang]
    page.wait_for_url(f"**/{ref.path.removesuffix('.md')}/**")
    expect(page.locator("article h1").first).to_contain_text(CATALOG.pattern(neighbour).name[lang])


def test_click_focuses_and_a_second_click_opens_the_page(page: Page, site_url: str) -> None:
    open_map(page, site_url + "en/explore/map/")
    page.locator('button[data-zoom="fit"]').click()  # the whole drawing in the frame
    node = page.locator('.pm-node[data-id="saga"]')
    node.click()
    expect(page.locator("svg.pattern-map")).to_have_class("pattern-map is-focused")
    near = set(page.locator(".pm-node.is-near").evaluate_all("nodes => nodes.map(n => n.dataset.id)"))
    assert near == neighbours("saga", 1)
    page.locator('input[data-filter="hops"][value="2"]').check()
    near = set(page.locator(".pm-node.is-near").evaluate_all("nodes => nodes.map(n => n.dataset.id)"))
    assert near == neighbours("saga", 2)
    assert "hops=2" in state(page)
    node.click()
    page.wait_for_url("**/en/application/saga/")


def test_filters_by_type_category_and_relation_kind(page: Page, site_url: str) -> None:
    open_map(page, site_url + "explore/map/")
    page.locator('input[data-filter="type"][value="application-patterns"]').uncheck()
    hidden = page.locator(".pm-node.is-hidden").evaluate_all("nodes => nodes.map(n => n.dataset.id)")
    assert sorted(hidden) == sorted(p.id for p in CATALOG.patterns_of_type("application-patterns"))
    assert "hide-types=application-patterns" in state(page)
    page.locator('input[data-filter="type"][value="application-patterns"]').check()
    page.locator('select[data-filter="category"]').select_option("resilience")
    shown = page.locator(".pm-node:not(.is-hidden)").evaluate_all("nodes => nodes.map(n => n.dataset.id)")
    assert sorted(shown) == sorted(p.id for p in CATALOG.patterns_in("resilience"))
    page.locator('select[data-filter="category"]').select_option("")
    page.locator('input[data-filter="kind"][value="uses"]').uncheck()
    kinds = page.locator(".pm-edges .pm-edge:not(.is-hidden)").evaluate_all("edges => edges.map(e => e.dataset.kind)")
    assert kinds
    assert "uses" not in kinds
    assert page.locator('.pm-edges .pm-edge[data-kind="uses"].is-hidden').count() > 0
    assert "hide-kinds=uses" in state(page)


def test_state_in_the_hash_survives_the_language_switch(page: Page, site_url: str) -> None:
    open_map(page, site_url + "explore/map/#focus=saga&hops=2&hide-kinds=comparison&zoom=1.2,600,400")
    expect(page.locator(".pattern-map-panel h2")).to_have_text(CATALOG.pattern("saga").name["ko"])
    page.locator(".md-header__option .md-select").hover()
    page.locator('a.md-select__link[hreflang="en"]').click()
    page.wait_for_url("**/en/explore/map/**")
    expect(page.locator(".pattern-map-panel h2")).to_have_text(CATALOG.pattern("saga").name["en"])
    expect(page.locator('input[data-filter="hops"][value="2"]')).to_be_checked()
    expect(page.locator('input[data-filter="kind"][value="comparison"]')).not_to_be_checked()
    assert state(page) == "#focus=saga&hops=2&hide-kinds=comparison&zoom=1.2,600,400"
    assert page.locator("svg.pattern-map").get_attribute("viewBox") is not None


def test_zoom_buttons_wheel_and_keys_change_the_view(page: Page, site_url: str) -> None:
    open_map(page, site_url + "en/explore/map/")
    before = page.locator("svg.pattern-map").get_attribute("viewBox")
    page.locator('button[data-zoom="in"]').click()
    zoomed = page.locator("svg.pattern-map").get_attribute("viewBox")
    assert zoomed != before
    assert float(zoomed.split()[2]) < float(before.split()[2])  # type: ignore[union-attr]
    frame = page.locator(".pattern-map-frame")
    frame.focus()
    page.keyboard.press("ArrowRight")
    moved = page.locator("svg.pattern-map").get_attribute("viewBox")
    assert float(moved.split()[0]) > float(zoomed.split()[0])  # type: ignore[union-attr]
    box = frame.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, 400)
    wheeled = page.locator("svg.pattern-map").get_attribute("viewBox")
    assert float(wheeled.split()[2]) > float(moved.split()[2])  # type: ignore[union-attr]
    assert "zoom=" in state(page)


def test_phone_width_map_and_bottom_sheet(page: Page, site_url: str, artifacts: Path) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    open_map(page, site_url + "explore/map/")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    frame = page.locator(".pattern-map-frame").bounding_box()
    assert frame is not None
    assert frame["width"] <= 390
    assert frame["height"] >= 400
    # the first box fully inside the frame at the first view
    first = page.locator(".pattern-map-frame").evaluate(
        """frame => {
            const f = frame.getBoundingClientRect();
            const inside = [...frame.querySelectorAll('.pm-node')].find(n => {
                const r = n.getBoundingClientRect();
                return r.left >= f.left && r.top >= f.top && r.right <= f.right && r.bottom <= f.bottom;
            });
            return inside.dataset.id;
        }"""
    )
    node = page.locator(f'.pm-node[data-id="{first}"] rect').bounding_box()
    assert node is not None
    assert node["height"] >= 24
    # touch targets: buttons, fields, and the labels that carry each check box and radio button (folded away
    # on a phone until asked for)
    expect(page.locator(".pm-options")).not_to_have_attribute("open", "")
    page.locator(".pm-options > summary").click()
    targets = ".pattern-map-controls :is(button, select, input[type=search], label.pm-filter)"
    for control in page.locator(targets).all():
        size = control.bounding_box()
        assert size is not None
        assert size["height"] >= 24
        assert size["width"] >= 24
    page.locator(f'.pm-node[data-id="{first}"]').click()
    sheet = page.locator(".pattern-map-panel")
    expect(sheet).to_be_visible()
    box = sheet.bounding_box()
    assert box is not None
    assert abs(box["y"] + box["height"] - 844) < 2
    assert box["width"] == 390
    for target in page.locator(".pattern-map-panel button, .pattern-map-panel a").all():
        size = target.bounding_box()
        assert size is not None
        assert size["height"] >= 24
    page.screenshot(path=str(artifacts / "pattern-map-phone.png"))


def test_desktop_dark_and_print_screenshots(page: Page, site_url: str, artifacts: Path) -> None:
    page.set_viewport_size({"width": 1366, "height": 900})
    open_map(page, site_url + "en/explore/map/#focus=api-gateway")
    page.locator(".pattern-map-frame").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "pattern-map-desktop.png"))
    page.emulate_media(color_scheme="dark")
    # Material keeps the palette of the last visit in localStorage, and the page still open may write it after any
    # clearing done now (under load its start-up ends late): clear it in the next document, before Material runs.
    with page.add_init_script("localStorage.clear()"):
        open_map(page, site_url + "explore/map/")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    fill = page.locator('.pm-node[data-id="saga"] rect').evaluate("r => getComputedStyle(r).fill")
    text = page.locator('.pm-node[data-id="saga"] text').evaluate("t => getComputedStyle(t).fill")
    assert fill != text  # the box keeps the dark background and its text the light foreground
    page.locator(".pattern-map-frame").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "pattern-map-dark.png"))
    page.emulate_media(color_scheme="light", media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    svg = page.locator("svg.pattern-map")
    width, height = svg.get_attribute("data-width"), svg.get_attribute("data-height")
    assert svg.get_attribute("viewBox") == f"0 0 {width} {height}"
    drawn = svg.bounding_box()
    assert drawn is not None
    assert drawn["width"] <= 1366
    assert abs(drawn["width"] / drawn["height"] - float(width) / float(height)) < 0.02  # type: ignore[arg-type]
    page.screenshot(path=str(artifacts / "pattern-map-print.png"), full_page=True)


@pytest.mark.parametrize(("lang_root", "lang"), LANGS, ids=LANG_IDS)
def test_pattern_page_mini_map(page: Page, site_url: str, lang_root: str, lang: str) -> None:
    page.goto(site_url + lang_root + "platform/circuit-breaker/")
    svg = page.locator("figure.pattern-neighbourhood svg.mini-map")
    expect(svg).to_be_visible()
    linked = svg.locator("a.mm-node").evaluate_all("nodes => nodes.map(n => n.dataset.id)")
    assert sorted(linked) == sorted(i for ids in RELATIONS["circuit-breaker"].values() for i in ids)
    report = svg.evaluate(
        LABEL_REPORT.replace("Number(svg.dataset.width)", "svg.viewBox.baseVal.width").replace(
            "Number(svg.dataset.height)", "svg.viewBox.baseVal.height"
        )
    )
    assert report["clipped"] == []
    assert report["overlapping"] == []
    assert report["outside"] == []
    first = CATALOG.pattern(linked[0])
    svg.locator(f'a.mm-node[data-id="{first.id}"]').click()
    page.wait_for_url(f"**/{first.page[lang].path.removesuffix('.md')}/**")


@pytest.mark.parametrize(("lang_root", "lang"), LANGS, ids=LANG_IDS)
def test_focus_panel_and_search_results_have_no_serious_accessibility_violation(
    page: Page, site_url: str, lang_root: str, lang: str
) -> None:
    open_map(page, site_url + lang_root + "explore/map/#focus=saga&hops=2")
    expect(page.locator(".pattern-map-panel h2")).to_have_text(CATALOG.pattern("saga").name[lang])
    page.locator("#pm-search-input").fill("sa")
    expect(page.locator("#pm-search-results")).to_be_visible()
    violations = serious_violations(page)
    assert violations == [], "\n".join(violations)
