"""The site model and the page links computed from it: loaded once, pure, the same for every plugin."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
import yaml

from msa_guide.catalog.errors import CatalogError
from msa_guide.catalog.page_links import (
    COMPARED_IN,
    RECOMMENDED_IN,
    Backlink,
    also_discussed_on,
    discussed_in,
    map_edges,
    neighbours,
    page_titles,
)
from msa_guide.catalog.site_model import SiteModel, load_site_model, source_stamp
from tests.helpers import ROOT, comparison_record, make_site, pattern_record

MODEL = load_site_model(ROOT)


def test_the_real_site_model_holds_every_part() -> None:
    assert len(MODEL.catalog.patterns) >= 40
    assert MODEL.comparisons
    assert MODEL.guides
    assert MODEL.glossary is not None
    assert set(MODEL.relations) == {p.id for p in MODEL.catalog.patterns}
    comparison = MODEL.comparisons[0]
    assert MODEL.comparison_on(comparison.page) is comparison
    assert MODEL.guide_on(MODEL.guides[0].page) is MODEL.guides[0]
    assert MODEL.comparison_on("index.md") is None


def test_a_fixture_without_comparisons_guides_or_glossary(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    model = load_site_model(site.root)
    assert (model.comparisons, model.guides, model.glossary) == ((), (), None)


def test_bad_input_raises_one_catalog_error(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    site.add_pattern(pattern_record("pattern-z"), pages=False)
    with pytest.raises(CatalogError) as caught:
        load_site_model(site.root)
    assert str(caught.value) == (
        "catalog/patterns/pattern-z.yml: page: page 'platform/pattern-z.md' does not exist in Korean "
        "(expected docs/ko/platform/pattern-z.md)"
    )


def test_the_stamp_changes_exactly_when_an_input_changes(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    first = source_stamp(site.root)
    assert source_stamp(site.root) == first
    assert len(first) == len([p for d in (site.catalog, site.docs) for p in d.rglob("*") if p.is_file()])
    record = site.catalog / "patterns" / "pattern-a.yml"
    stat = record.stat()
    os.utime(record, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert source_stamp(site.root) != first
    (site.root / "mkdocs.yml").write_text("site_name: changed\n", encoding="utf-8")  # not an input of the model
    touched = source_stamp(site.root)
    site.write_page("en", "extra.md", "# Extra\n")
    assert source_stamp(site.root) != touched


# -- page links ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_discussed_in_lists_comparisons_before_guides_once_per_owner(lang: str) -> None:
    listed = discussed_in(MODEL, lang)
    for pattern_id, entries in listed.items():
        keys = [key for key, _ in entries]
        assert keys == sorted(keys, key=[COMPARED_IN, RECOMMENDED_IN].index), pattern_id
        assert len(entries) == len(set(entries)), pattern_id
        assert MODEL.catalog.pattern(pattern_id).has_own_page(lang)
    for comparison in MODEL.comparisons:
        for subject in comparison.subjects:
            owner = MODEL.catalog.owner_of_page(subject.page[lang].path, lang)
            if owner is not None:
                assert (COMPARED_IN, Backlink(comparison.page, comparison.title[lang])) in listed[owner.id]


def test_map_edges_pair_every_two_subjects() -> None:
    expected = sum(len(list(itertools.combinations(c.subjects, 2))) for c in MODEL.comparisons)
    edges = map_edges(MODEL, "en")
    assert len(edges) == expected
    assert all(MODEL.catalog.has_pattern(a) and MODEL.catalog.has_pattern(b) for a, b, _ in edges)


def fixture_model(tmp_path: Path) -> SiteModel:
    site = make_site(tmp_path, patterns=3)  # pattern-b complements pattern-a, pattern-c complements pattern-b
    return load_site_model(site.root)


def test_neighbours_within_a_type(tmp_path: Path) -> None:
    found = neighbours(fixture_model(tmp_path), "en")
    assert [(p and p.id, n and n.id) for p, n in (found[i] for i in ("pattern-a", "pattern-b", "pattern-c"))] == [
        (None, "pattern-b"),
        ("pattern-a", "pattern-c"),
        ("pattern-b", None),
    ]


def test_also_discussed_on_leaves_out_related_patterns_and_code(tmp_path: Path) -> None:
    model = fixture_model(tmp_path)
    sources = {
        "index.md": "# Home\n\nSee [A](platform/pattern-a.md) and [C](platform/pattern-c.md#why).\n",
        "notes.md": "Notes\n=====\n\n```\n[not a link](platform/pattern-c.md)\n```\n",
        "platform/pattern-b.md": "Links [A](pattern-a.md), a related pattern.\n",
        "platform/pattern-c.md": "Links [A](pattern-a.md), two steps away.\n",
    }
    found = also_discussed_on(model, sources, "en")
    assert found["platform/pattern-a.md"] == (
        Backlink("index.md", "Home"),
        Backlink("platform/pattern-c.md", "Pattern C pattern"),
    )
    assert found["platform/pattern-c.md"] == (Backlink("index.md", "Home"),)
    assert page_titles(model, sources, "en")["notes.md"] == "Notes"


def test_a_comparison_page_is_listed_as_compared_in_not_also_discussed_on(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=3)
    site.write_catalog_file("comparisons/a-vs-b.yml", yaml.safe_dump(comparison_record(), allow_unicode=True))
    for lang in ("ko", "en"):
        site.write_page(lang, "comparisons/a-vs-b.md", "Body.\n")
    model = load_site_model(site.root)
    compared = (COMPARED_IN, Backlink("comparisons/a-vs-b.md", "A vs B"))
    assert discussed_in(model, "en")["pattern-a"] == (compared,)
    assert discussed_in(model, "en")["pattern-b"] == (compared,)
    sources = {"comparisons/a-vs-b.md": "[A](../platform/pattern-a.md)\n", "index.md": "[A](platform/pattern-a.md)"}
    assert also_discussed_on(model, sources, "en")["platform/pattern-a.md"] == (Backlink("index.md", "index.md"),)
