"""One table of interface words: every language has the same keys and placeholders, and every key used exists."""

from __future__ import annotations

import re
import string

import pytest

from msa_guide.catalog.model import LANGUAGES
from msa_guide.render.labels import LABELS, label
from tests.helpers import ROOT

# label(lang, "key" …) with a literal key, and msa_labels lookups in templates: t["key"] / t['key'].
_PY_KEY = re.compile(r"""\blabel\([^,()]+,\s*f?["']([^"'{]+)["']""")
_TEMPLATE_KEY = re.compile(r"""\bt\[["']([^"']+)["']\]""")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_the_same_keys() -> None:
    assert tuple(LABELS) == LANGUAGES
    keys = {lang: set(table) for lang, table in LABELS.items()}
    for lang in LANGUAGES[1:]:
        assert sorted(keys[LANGUAGES[0]] ^ keys[lang]) == []


@pytest.mark.parametrize("key", sorted(LABELS[LANGUAGES[0]]))
def test_a_key_has_the_same_placeholders_in_every_language(key: str) -> None:
    found = {lang: placeholders(LABELS[lang][key]) for lang in LANGUAGES}
    assert all(found[lang] == found[LANGUAGES[0]] for lang in LANGUAGES), found
    assert all(LABELS[lang][key].strip() for lang in LANGUAGES)


def test_every_key_the_code_and_templates_use_exists() -> None:
    used: dict[str, str] = {}
    for path in (ROOT / "src" / "msa_guide").rglob("*.py"):
        for key in _PY_KEY.findall(path.read_text(encoding="utf-8")):
            used[key] = str(path.relative_to(ROOT))
    for path in (ROOT / "overrides").rglob("*.html"):
        for key in _TEMPLATE_KEY.findall(path.read_text(encoding="utf-8")):
            used[key] = str(path.relative_to(ROOT))
    assert len(used) > 20  # the patterns above still find the call sites
    missing = {key: where for key, where in used.items() if not key.endswith(".") and key not in LABELS["ko"]}
    assert missing == {}


def test_placeholders_are_filled() -> None:
    assert label("en", "guide.question", number=3) == "Question 3"
    assert label("ko", "guide.count", questions=2, results=4) == "질문 2개 · 결과 4개"
    assert label("en", "comparison.choose") == "{name} — choose it when…"  # filled later by its caller
