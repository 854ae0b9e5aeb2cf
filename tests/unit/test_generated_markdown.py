"""Golden files of what the plugins write into pages (Markdown, and HTML blocks) for a small fixture catalog.

A change to what a page says (a label, a link, the order of a list) shows up here as a readable diff. After an
intended change, rewrite the files with ``MSA_GUIDE_UPDATE_GOLDEN=1 pytest tests/unit/test_generated_markdown.py``
and review the diff before committing.
"""

from __future__ import annotations

import os

import pytest
import yaml

from msa_guide.catalog.model import LANGUAGES
from msa_guide.catalog.page_links import also_discussed_on, discussed_in, neighbours
from msa_guide.catalog.site_model import SiteModel, load_site_model
from msa_guide.render.comparison_table import comparison_choose, comparison_footer, comparison_header, comparison_table
from msa_guide.render.further_reading import further_reading, page_reading
from msa_guide.render.pattern_card import pattern_card, pattern_footer, pattern_lead, pattern_title
from tests.helpers import ROOT, comparison_record, make_site, pattern_record

GOLDEN = ROOT / "tests" / "fixtures" / "golden"
WORKS = [
    {
        "id": "hohpe-woolf-eip",
        "authors": ["Gregor Hohpe", "Bobby Woolf"],
        "title": "Enterprise Integration Patterns",
        "year": 2003,
        "kind": "book",
        "publisher": "Addison-Wesley",
    },
    {
        "id": "helland-life-beyond",
        "authors": ["Pat Helland"],
        "title": "Life beyond Distributed Transactions",
        "year": 2007,
        "kind": "paper",
        "venue": "CIDR",
    },
]


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> SiteModel:
    site = make_site(tmp_path_factory.mktemp("golden"), patterns=3)
    legacy = {"name": "Old <Lib>", "legacy": {"ko": "유지보수 모드입니다.", "en": 'In "maintenance" mode.'}}
    tools = [legacy, "New Lib"]
    record = pattern_record("pattern-a", reading=["hohpe-woolf-eip", "helland-life-beyond"], tools=tools)
    site.add_pattern(record, pages=False)
    site.write_catalog_file("bibliography.yml", yaml.safe_dump({"works": WORKS}, allow_unicode=True))
    site.write_catalog_file("comparisons/a-vs-b.yml", yaml.safe_dump(comparison_record(), allow_unicode=True))
    for lang in LANGUAGES:
        site.write_page(lang, "comparisons/a-vs-b.md", "Body.\n")
    return load_site_model(site.root)


def generated(model: SiteModel, lang: str) -> str:
    catalog = model.catalog
    sources = {
        "index.md": "# Home\n\n[B](platform/pattern-b.md)\n",
        "platform/pattern-c.md": "[A](pattern-a.md) [B](pattern-b.md)\n",
    }
    backlinks = also_discussed_on(model, sources, lang)
    around = neighbours(model, lang)
    listed = discussed_in(model, lang)
    parts: dict[str, str] = {}
    for pattern_id in ("pattern-a", "pattern-b"):
        pattern = catalog.pattern(pattern_id)
        path = pattern.page[lang].path
        parts[f"{pattern_id} title"] = pattern_title(pattern, lang)
        parts[f"{pattern_id} lead"] = pattern_lead(pattern, lang)
        parts[f"{pattern_id} card"] = pattern_card(catalog, pattern, lang)
        parts[f"{pattern_id} footer"] = pattern_footer(
            catalog,
            pattern,
            lang,
            model.relations[pattern_id],
            backlinks.get(path, ()),
            around[pattern_id],
            listed.get(pattern_id, ()),
        )
        parts[f"{pattern_id} further reading"] = further_reading(
            model.bibliography, page_reading(catalog, pattern, lang), lang
        )
    comparison = model.comparisons[0]
    parts["comparison header"] = comparison_header(comparison, lang)
    parts["comparison table"] = comparison_table(comparison, lang)
    parts["comparison choose"] = comparison_choose(comparison, lang)
    parts["comparison footer"] = comparison_footer(comparison, catalog, lang)
    return "".join(f"<!-- golden: {name} -->\n{text.strip()}\n\n" for name, text in parts.items())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_generated_markdown_matches_the_golden_file(model: SiteModel, lang: str) -> None:
    golden = GOLDEN / f"generated-{lang}.md"
    text = generated(model, lang)
    if os.environ.get("MSA_GUIDE_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"{golden} is missing; write it with MSA_GUIDE_UPDATE_GOLDEN=1"
    assert text == golden.read_text(encoding="utf-8")
