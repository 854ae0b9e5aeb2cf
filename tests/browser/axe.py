"""axe-core in Chromium: the serious or critical violations of a page (or of a part of it).

axe is loaded from the test server (``AXE_PATH``, see tests/browser/conftest.py) rather than inlined by Playwright:
Chromium then caches the script and its compiled code across the pages of a worker instead of receiving and
compiling half a megabyte of JavaScript for every check.

Only serious and critical violations fail a test, so axe runs only the rules that can report one: those of its default
set (enabled, neither experimental nor deprecated) whose own impact, or else the impact of one of their checks, is
serious or critical. axe gives a violation the rule's impact when the rule has one and otherwise the highest impact
among the checks that failed, so a rule left out could only have reported minor or moderate violations. The other
rules (a third of them: landmarks, heading order, empty headings, ...) were computed and then filtered out.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.helpers import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_PATH = "/__browser-test-axe__/axe.min.js"
SEVERE = ("serious", "critical")

# Returns the violations of the rules that can be serious or critical, as "id (impact): first three targets".
RUN_SEVERE_RULES = """
async ([selector, severe]) => {
  const checks = axe._audit.data.checks;
  const excluded = axe._audit.tagExclude;
  const canBeSevere = (rule) => rule.impact
    ? severe.includes(rule.impact)
    : [...rule.any, ...rule.all, ...rule.none].some((check) => severe.includes(checks[check.id ?? check]?.impact));
  const rules = axe._audit.rules
    .filter((rule) => rule.enabled && !rule.tags.some((tag) => excluded.includes(tag)) && canBeSevere(rule))
    .map((rule) => rule.id);
  if (!rules.includes("color-contrast") || !rules.includes("image-alt")) {
    throw new Error(`axe's rule metadata changed: the serious rules found were ${rules}`);
  }
  const context = selector === null ? document : document.querySelector(selector);
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("axe timed out")), 30000));
  const options = {runOnly: {type: "rule", values: rules}, resultTypes: ["violations"]};
  const result = await Promise.race([axe.run(context, options), timeout]);
  return result.violations.filter((v) => severe.includes(v.impact))
    .map((v) => `${v.id} (${v.impact}): ` + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | "));
}
"""


def inject_axe(page: Page) -> None:
    """Load axe into the page from the test server that serves it."""
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci` (make test does it)")
    page.add_script_tag(url=AXE_PATH)


def serious_violations(page: Page, selector: str | None = None) -> list[str]:
    """The serious or critical violations in the page, or in the element ``selector`` finds (axe loaded if needed)."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        inject_axe(page)
    return list(page.evaluate(RUN_SEVERE_RULES, [selector, list(SEVERE)]))
