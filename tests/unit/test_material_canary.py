"""Canaries for what the guide borrows from Material for MkDocs: they fail loudly when a Material update moves it.

- our search worker answers Material's search UI with Material's message numbers (SETUP, READY, QUERY, RESULT);
- ``overrides/partials/search.html`` is Material's partial plus one attribute, so it must follow Material's;
- the PDF button and the page facts hang on partials Material includes (``alternate.html``, ``source-file.html``).

When one fails after a version bump: compare the named Material file with ours, adapt ours, and run the
browser tests (``tests/browser``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import material
import pytest

from tests.helpers import ROOT

MATERIAL = Path(material.__file__).parent / "templates"
OVERRIDES = ROOT / "overrides"
WORKER_MESSAGES = ("SETUP", "READY", "QUERY", "RESULT")


def material_source(suffix: str) -> str:
    """A TypeScript source of Material's bundle, from the source map shipped with the package."""
    (bundle_map,) = (MATERIAL / "assets" / "javascripts").glob("bundle.*.min.js.map")
    data = json.loads(bundle_map.read_text(encoding="utf-8"))
    return next(
        text for name, text in zip(data["sources"], data["sourcesContent"], strict=True) if name.endswith(suffix)
    )


def test_the_worker_speaks_materials_message_numbers() -> None:
    enum = material_source("integrations/search/worker/message/index.ts")
    body = enum[enum.index("enum SearchMessageType") :].partition("}")[0]
    assert re.findall(r"^\s+([A-Z]+),?\s", body, re.MULTILINE) == list(WORKER_MESSAGES)
    ours = "\n".join(p.read_text(encoding="utf-8") for p in (OVERRIDES / "assets" / "javascripts").rglob("*.js"))
    for number, name in enumerate(WORKER_MESSAGES):
        assert re.search(rf"\b{name}\s*[:=]\s*{number}\b", ours), f"{name} = {number} not found in our worker"


def without_comments(template: str) -> str:
    return re.sub(r"\{#-?.*?-?#\}\n?", "", template, flags=re.DOTALL)


def test_our_search_partial_is_materials_plus_an_accessible_name() -> None:
    theirs = without_comments((MATERIAL / "partials" / "search.html").read_text(encoding="utf-8"))
    ours = without_comments((OVERRIDES / "partials" / "search.html").read_text(encoding="utf-8"))
    dialog = """role="dialog" aria-label="{{ lang.t('search') }}\""""
    assert dialog in ours
    assert ours.replace(dialog, 'role="dialog"', 1) == theirs


@pytest.mark.parametrize(
    ("partial", "included_by"),
    [("partials/alternate.html", "partials/header.html"), ("partials/source-file.html", "partials/content.html")],
)
def test_the_partials_we_override_are_still_included(partial: str, included_by: str) -> None:
    assert (MATERIAL / partial).is_file()
    assert (OVERRIDES / partial).is_file()
    assert f'{{% include "{partial}" %}}' in (MATERIAL / included_by).read_text(encoding="utf-8")
