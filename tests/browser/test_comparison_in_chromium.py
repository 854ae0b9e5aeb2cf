"""Comparison pages in Debian Chromium: the generated SVG is visible, in Korean, follows the colour scheme and
loads nothing from outside."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import BrowserGuard

pytestmark = pytest.mark.browser

KOREAN_LABELS = ("하드웨어", "호스트 OS", "하이퍼바이저", "게스트 OS", "컨테이너 엔진", "라이브러리")


def luminance(css_colour: str) -> float:
    """Relative brightness (0 black … 1 white) of an ``rgb(r, g, b)`` string."""
    r, g, b = (int(part) for part in css_colour[css_colour.index("(") + 1 : css_colour.index(")")].split(",")[:3])
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_vm_vs_container_diagram_shows_korean_text(
    page: Page, site_url: str, guard: BrowserGuard, artifacts: Path, scheme: str
) -> None:
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    response = page.goto(site_url + "comparisons/vm-vs-container/", wait_until="networkidle")
    assert response is not None
    assert response.status == 200
    figure = page.locator("figure.diagram").filter(has=page.locator("svg.comparison-diagram"))
    svg = figure.locator("svg")
    expect(svg).to_be_visible()
    box = svg.bounding_box()
    assert box is not None
    assert box["width"] > 400
    assert box["height"] > 200
    texts = svg.locator("text").all_text_contents()
    for label in KOREAN_LABELS:
        assert any(label in text for text in texts), label
    hypervisor = svg.locator("text", has_text="하이퍼바이저")
    expect(hypervisor).to_be_visible()
    glyphs = hypervisor.bounding_box()
    assert glyphs is not None
    assert glyphs["width"] > 20  # five Hangul syllables rendered with a real width, not collapsed
    fill = hypervisor.evaluate("element => getComputedStyle(element).fill")
    body_text = page.locator("article").evaluate("element => getComputedStyle(element).color")
    assert fill == body_text  # currentColor: the diagram text follows the page's text colour
    assert (luminance(fill) > 0.5) == (scheme == "dark")
    figure.scroll_into_view_if_needed()
    shot = artifacts / f"comparison-vm-vs-container-ko-{scheme}.png"
    figure.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    page.wait_for_timeout(300)  # let the language switcher's sitemap fetch settle
    guard.assert_clean()


def test_english_comparison_page_renders_its_table_and_diagram(page: Page, site_url: str, guard: BrowserGuard) -> None:
    page.goto(site_url + "en/comparisons/two-phase-commit-vs-saga/", wait_until="networkidle")
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.locator(".comparison-table table")).to_be_visible()
    expect(page.locator("svg.comparison-diagram text", has_text="PREPARE").first).to_be_visible()
    page.wait_for_timeout(300)
    guard.assert_clean()
