"""Decision guides in Chromium: walk each guide to a result by clicking, in both languages; the URL keeps the
place (reload, back, language switch); everything works from the keyboard; without JavaScript the static form
remains. The guard fixture fails a test on any external request or console error."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from msa_guide.catalog import load_catalog
from msa_guide.catalog.decisions import Guide, Result, Step, load_guides, path_to, state_of
from tests.helpers import ROOT

pytestmark = pytest.mark.browser
CATALOG = load_catalog(ROOT / "catalog")
GUIDES = {g.id: g for g in load_guides(ROOT / "catalog", CATALOG)}
ROOTS = {"ko": "", "en": "en/"}


def deepest_result(guide: Guide) -> Result:
    """The result with the longest path (the last one in reading order among them): the most clicks."""
    return max(guide.results(), key=lambda r: len(path_to(guide, r.id)))


def expect_step(page: Page, node_id: str) -> None:
    """Exactly one step is shown: ``node_id``."""
    expect(page.locator(".decision-guide .dg-step:not([hidden])")).to_have_count(1)
    expect(page.locator(f'.decision-guide .dg-step[data-node="{node_id}"]')).to_be_visible()


def expect_focus_on_the_step(page: Page) -> None:
    expect(page.locator(".dg-step:not([hidden]) .dg-step-title")).to_be_focused()


def choose(page: Page, step: Step, lang: str) -> None:
    section = page.locator(f'.dg-step[data-node="{step.question.id}"]')
    expect(section).to_be_visible()
    section.get_by_role("button", name=step.chosen.label[lang], exact=True).click()


def expect_result(page: Page, result: Result, lang: str) -> None:
    section = page.locator(f'.dg-step[data-node="{result.id}"]')
    expect(section).to_be_visible()
    expect(section.locator("h2")).to_have_text(result.title[lang])
    names = [CATALOG.pattern(r.pattern).name[lang] for r in result.recommend]
    expect(section.locator(".dg-card .dg-card-name")).to_have_text(names)
    for card in section.locator(".dg-card").all():
        expect(card).to_be_visible()
        expect(card.locator(".dg-card-summary")).not_to_be_empty()
        assert (card.locator("a").get_attribute("href") or "").startswith("../../")
    expect(section.locator(".dg-compare a")).to_have_count(len(result.comparisons))


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("guide_id", list(GUIDES))
def test_walk_a_guide_to_a_result_and_back(page: Page, site_url: str, guide_id: str, lang: str) -> None:
    guide = GUIDES[guide_id]
    result = deepest_result(guide)
    steps = path_to(guide, result.id)
    url = f"{site_url}{ROOTS[lang]}decisions/{guide.id}/"
    page.goto(url)
    expect(page.locator(".decision-guide")).to_be_visible()
    expect_step(page, guide.start)
    expect(page.locator('[data-action="back"]')).to_be_disabled()
    expect(page.locator(".dg-trail")).to_be_hidden()

    for index, step in enumerate(steps):
        choose(page, step, lang)
        expect(page).to_have_url(f"{url}#{state_of(steps[: index + 1])}")
        expect_focus_on_the_step(page)
        expect(page.locator(".dg-trail li")).to_have_count(index + 1)
    expect_result(page, result, lang)
    expect(page.locator(".dg-trail li").last).to_contain_text(steps[-1].chosen.label[lang])

    page.reload()
    expect_result(page, result, lang)
    expect(page.locator(".dg-trail li")).to_have_count(len(steps))

    parent = f"{url}#{state_of(steps[:-1])}" if len(steps) > 1 else url
    page.locator('[data-action="back"]').click()
    expect_step(page, steps[-1].question.id)
    expect(page).to_have_url(parent)
    expect_focus_on_the_step(page)
    page.go_forward()  # the in-page "Back" was the browser's own back step
    expect_result(page, result, lang)
    page.go_back()
    expect_step(page, steps[-1].question.id)

    page.locator(".dg-trail li button").first.click()  # revisit the first question to change its answer
    expect_step(page, guide.start)
    expect(page).to_have_url(url)
    page.go_back()
    expect_step(page, steps[-1].question.id)


def test_browser_back_steps_through_the_answers(page: Page, site_url: str) -> None:
    guide = GUIDES["data-consistency"]
    result = deepest_result(guide)
    steps = path_to(guide, result.id)
    url = f"{site_url}en/decisions/{guide.id}/"
    page.goto(url)
    for step in steps:
        choose(page, step, "en")
    expect_result(page, result, "en")
    for depth in range(len(steps) - 1, -1, -1):
        page.go_back()
        expect_step(page, steps[depth].question.id)
        expect(page).to_have_url(f"{url}#{state_of(steps[:depth])}" if depth else url)
    expect(page.locator('[data-action="restart"]')).to_be_disabled()
    page.go_forward()
    expect_step(page, steps[0].chosen.next)


def test_keyboard_only(page: Page, site_url: str) -> None:
    guide = GUIDES["surviving-failures"]
    result = deepest_result(guide)
    steps = path_to(guide, result.id)
    page.goto(f"{site_url}decisions/{guide.id}/")
    expect(page.locator(".decision-guide")).to_be_visible()
    for _ in range(200):  # the first answer is reachable with the Tab key alone
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('dg-answer')"):
            break
    for index, step in enumerate(steps):
        for _ in range(step.answer):
            page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == step.chosen.label["ko"]
        page.keyboard.press("Enter" if index % 2 == 0 else "Space")
        expect_focus_on_the_step(page)
        page.keyboard.press("Tab")  # the new question's heading is followed by its answers
    expect_result(page, result, "ko")
    expect(page.locator(".dg-step:not([hidden]) .dg-card a").first).to_be_focused()


def test_a_broken_fragment_is_read_up_to_its_last_valid_step(page: Page, site_url: str) -> None:
    guide = GUIDES["split-the-monolith"]
    steps = path_to(guide, deepest_result(guide).id)
    url = f"{site_url}decisions/{guide.id}/"
    page.goto(f"{url}#{state_of(steps[:1])}/no-such-question/a1")
    expect_step(page, steps[0].chosen.next)
    expect(page).to_have_url(f"{url}#{state_of(steps[:1])}")


def test_switching_language_keeps_the_place(page: Page, site_url: str) -> None:
    guide = GUIDES["run-and-ship"]
    result = deepest_result(guide)
    state = state_of(path_to(guide, result.id))
    page.goto(f"{site_url}decisions/{guide.id}/#{state}")
    expect_result(page, result, "ko")
    english = page.locator('a.md-select__link[hreflang="en"]')
    assert (english.get_attribute("href") or "").endswith(f"#{state}")
    page.goto(f"{site_url}en/decisions/{guide.id}/#{state}")
    expect_result(page, result, "en")


def test_without_javascript_the_flowchart_and_outcomes_remain(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        guide = GUIDES["service-communication"]
        page.goto(f"{site_url}en/decisions/{guide.id}/")
        expect(page.locator(".decision-guide")).to_be_hidden()
        expect(page.locator("figure.dg-flowchart svg")).to_be_visible()
        expect(page.locator(".dg-outcome")).to_have_count(len(guide.results()))
        expect(page.locator("figure.dg-flowchart .dg-node")).to_have_count(len(guide.nodes))
    finally:
        context.close()
