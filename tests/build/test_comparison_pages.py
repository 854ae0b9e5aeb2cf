"""Comparison pages: built in both languages with every row and a diagram, linked both ways; bad input stops
the build with one exact line."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from msa_guide.catalog import LANGUAGES, load_catalog
from msa_guide.catalog.comparisons import Comparison, load_comparisons, owner_of
from msa_guide.render.text import page_url
from tests.build.html_pages import parse, resolve
from tests.helpers import COMPARISON_MARKERS, ROOT, add_comparisons, build_error_lines, comparison_record, make_site

CATALOG = load_catalog(ROOT / "catalog")
COMPARISONS = load_comparisons(ROOT / "catalog", CATALOG)
COMPARED_IN = {"ko": "비교 문서", "en": "Compared in"}


def root_of(site: Path, lang: str) -> Path:
    return site if lang == LANGUAGES[0] else site / lang


def built_page(site: Path, lang: str, path: str) -> Path:
    return root_of(site, lang) / page_url(path) / "index.html"


def inline(text: str) -> str:
    """Catalog text as it appears in the built HTML."""
    return html.escape(text, quote=False)


def section(page_html: str, css_class: str) -> str:
    match = re.search(rf'<div class="{css_class}">(.*?)</div>', page_html, re.DOTALL)
    assert match is not None, css_class
    return match.group(1)


def test_the_guide_has_at_least_seven_comparisons() -> None:
    ids = {c.id for c in COMPARISONS}
    assert len(ids) >= 7
    assert "vm-vs-container" in ids


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("comparison", COMPARISONS, ids=[c.id for c in COMPARISONS])
def test_comparison_page_has_title_every_row_and_a_diagram(built_site: Path, lang: str, comparison: Comparison) -> None:
    page = built_page(built_site, lang, comparison.page)
    text = page.read_text(encoding="utf-8")
    assert re.search(rf"<h1[^>]*>{re.escape(inline(comparison.title[lang]))}<a", text)
    table = section(text, "comparison-table")
    rows = re.findall(r"<tr>\s*<td>(.*?)</tr>", table, re.DOTALL)
    assert len(rows) == len(comparison.dimensions)
    for row, dimension in zip(rows, comparison.dimensions, strict=True):
        assert f"<strong>{inline(dimension.label[lang])}</strong>" in row
        for subject in comparison.subjects:
            assert inline(dimension.values[subject.id][lang]) in row, (dimension.label[lang], subject.id)
    assert comparison.diagram is not None
    figure = re.search(r'<figure class="diagram">\s*<svg .*?</svg>\s*<figcaption>(.*?)</figcaption>', text, re.DOTALL)
    assert figure is not None
    assert html.unescape(figure.group(1)) == comparison.diagram.caption[lang]
    for subject in comparison.subjects:
        assert f'<p class="admonition-title">{inline(subject.name[lang])} — ' in text


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("comparison", COMPARISONS, ids=[c.id for c in COMPARISONS])
def test_comparison_and_subject_pages_link_each_other(built_site: Path, lang: str, comparison: Comparison) -> None:
    page = built_page(built_site, lang, comparison.page)
    table_links = re.findall(r'<th><a href="([^"]+)"', section(page.read_text(encoding="utf-8"), "comparison-table"))
    assert len(table_links) == len(comparison.subjects)
    for subject, href in zip(comparison.subjects, table_links, strict=True):
        target, fragment = resolve(built_site, page, href)
        assert target == built_page(built_site, lang, subject.page[lang].path).resolve(), (subject.id, href)
        assert fragment == subject.page[lang].anchor
        owner = owner_of(CATALOG, subject, lang)
        assert owner is not None
        owner_page = built_page(built_site, lang, owner.page[lang].path)
        relations = section(owner_page.read_text(encoding="utf-8"), "pattern-relations")
        compared = re.search(rf"<dt>{COMPARED_IN[lang]}</dt>\s*<dd>(.*?)</dd>", relations, re.DOTALL)
        assert compared is not None, owner.id
        back = [resolve(built_site, owner_page, h)[0] for h in re.findall(r'href="([^"]+)"', compared.group(1))]
        assert page.resolve() in back, (owner.id, comparison.id)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_index_lists_every_comparison_and_is_linked(built_site: Path, lang: str) -> None:
    index = built_page(built_site, lang, "comparisons/index.md")
    listing = section(index.read_text(encoding="utf-8"), "comparison-index")
    targets = [resolve(built_site, index, href)[0] for href in re.findall(r'href="([^"]+)"', listing)]
    for comparison in COMPARISONS:
        assert built_page(built_site, lang, comparison.page).resolve() in targets, comparison.id
    for source in ("overview.md", COMPARISONS[0].page):
        page = built_page(built_site, lang, source)
        links = {resolve(built_site, page, href)[0] for href in parse(page).links}
        assert index.resolve() in links, source
    text = index.read_text(encoding="utf-8")
    nav = text[re.search(r'<nav class="md-nav md-nav--primary', text).start() :]  # type: ignore[union-attr]
    for comparison in COMPARISONS:
        assert f'href="{comparison.id}/"' in nav, comparison.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pattern_map_draws_comparison_edges(built_site: Path, lang: str) -> None:
    page = built_page(built_site, lang, "explore/map.md").read_text(encoding="utf-8")
    for comparison in COMPARISONS:
        a, b = comparison.subjects[0].id, comparison.subjects[1].id
        assert f'class="pm-edge pm-comparison" data-source="{a}" data-target="{b}"' in page, comparison.id


# -- fixture sites ---------------------------------------------------------------------------------


def test_fixture_comparison_builds_and_links_back(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=3)
    add_comparisons(site, comparison_record())
    result = site.build()
    assert result.returncode == 0, result.stderr
    for lang, compared in COMPARED_IN.items():
        root = root_of(site.site, lang)
        page = (root / "comparisons/a-vs-b/index.html").read_text(encoding="utf-8")
        assert page.count("<tr>") == 1 + 3
        assert "<svg" in page
        for subject in ("pattern-a", "pattern-b"):
            back = (root / f"platform/{subject}/index.html").read_text(encoding="utf-8")
            assert f"<dt>{compared}</dt>" in back
            assert 'href="../../comparisons/a-vs-b/"' in back
        assert 'href="a-vs-b/"' in (root / "comparisons/index.html").read_text(encoding="utf-8")


def test_bad_comparison_stops_the_build_with_one_line(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=3)
    add_comparisons(site, comparison_record(subjects=["pattern-a", "pattern-bb"]))
    result = site.build()
    assert build_error_lines(result) == [
        "ERROR   -  catalog/comparisons/a-vs-b.yml: subjects[1]: unknown pattern id 'pattern-bb' "
        "(did you mean 'pattern-b'?)"
    ]


def test_unknown_comparison_marker_is_rejected(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=3)
    add_comparisons(site, comparison_record())
    site.write_page("en", "comparisons/a-vs-b.md", "## en\n\n<!-- comparison:chart -->\n\n" + COMPARISON_MARKERS)
    result = site.build()
    assert build_error_lines(result) == [
        "ERROR   -  docs/en/comparisons/a-vs-b.md: <!-- comparison:chart -->: unknown or misplaced comparison marker"
    ]


def test_comparison_page_without_table_marker_is_rejected(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=3)
    add_comparisons(site, comparison_record())
    site.write_page(
        "ko", "comparisons/a-vs-b.md", "## ko\n\n<!-- comparison:diagram -->\n\n<!-- comparison:choose -->\n"
    )
    result = site.build()
    assert build_error_lines(result) == [
        "ERROR   -  docs/ko/comparisons/a-vs-b.md: <!-- comparison:table -->: this page needs the marker (exactly once)"
    ]


def test_comparison_page_with_its_own_title_is_rejected(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=3)
    add_comparisons(site, comparison_record())
    site.write_page("en", "comparisons/a-vs-b.md", "# My own title\n\n" + COMPARISON_MARKERS)
    result = site.build()
    assert build_error_lines(result) == [
        "ERROR   -  docs/en/comparisons/a-vs-b.md: title: remove the '# ' heading; the title comes from "
        "catalog/comparisons/a-vs-b.yml"
    ]


def test_comparison_without_its_page_is_rejected(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=3)
    add_comparisons(site, comparison_record())
    for lang in LANGUAGES:
        (site.docs / lang / "comparisons/a-vs-b.md").unlink()
    result = site.build()
    assert build_error_lines(result) == [
        "ERROR   -  catalog/comparisons/a-vs-b.yml: id: page 'comparisons/a-vs-b.md' does not exist in Korean "
        "(expected docs/ko/comparisons/a-vs-b.md)"
    ]
