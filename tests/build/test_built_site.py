"""The real guide, built once: both languages complete, twins linked, every internal link and anchor valid."""

from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path

import pytest

from msa_guide.catalog import LANGUAGES, load_catalog
from msa_guide.catalog.site_model import load_site_model
from msa_guide.render.further_reading import page_reading
from msa_guide.render.text import page_url
from tests.build.html_pages import html_pages, parse, resolve
from tests.helpers import ROOT

DOCS = ROOT / "docs"


def language_root(site: Path, lang: str) -> Path:
    return site if lang == LANGUAGES[0] else site / lang


def markdown_pages(lang: str) -> set[str]:
    return {p.relative_to(DOCS / lang).as_posix() for p in (DOCS / lang).rglob("*.md")}


def test_every_page_has_its_twin() -> None:
    assert markdown_pages("ko") == markdown_pages("en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_is_built_in_both_languages(built_site: Path, lang: str) -> None:
    root = language_root(built_site, lang)
    missing = [p for p in sorted(markdown_pages(lang)) if not (root / page_url(p) / "index.html").is_file()]
    assert missing == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_lang_matches_the_language(built_site: Path, lang: str) -> None:
    root = language_root(built_site, lang)
    wrong = [p for p in sorted(markdown_pages(lang)) if parse(root / page_url(p) / "index.html").lang != lang]
    assert wrong == []


def test_language_switcher_points_at_the_twin(built_site: Path) -> None:
    for rel in sorted(markdown_pages("ko")):
        for lang in LANGUAGES:
            page = language_root(built_site, lang) / page_url(rel) / "index.html"
            alternates = parse(page).alternates
            assert set(alternates) == {*LANGUAGES, "x-default"}, page
            for other in LANGUAGES:
                target, _ = resolve(built_site, page, alternates[other])
                expected = language_root(built_site, other) / page_url(rel) / "index.html"
                assert target == expected.resolve(), (page, other, alternates[other])


def test_no_broken_internal_link_or_anchor(built_site: Path) -> None:
    broken: list[str] = []
    # Every page repeats the navigation's links: resolve each (folder, link) pair and test each file once.
    resolved: dict[tuple[Path, str], tuple[Path | None, str]] = {}
    exists: dict[Path, bool] = {}
    for page in html_pages(built_site):
        links = parse(page).links
        for href in links:
            key = (page if href.startswith("#") else page.parent, href)
            if key not in resolved:
                resolved[key] = resolve(built_site, page, href)
            target, fragment = resolved[key]
            if target is None or target.suffix == ".pdf":  # the books come after the site: tests/build/test_pdf.py
                continue
            if target not in exists:
                exists[target] = target.exists()
            if not exists[target]:
                broken.append(f"{page.relative_to(built_site)}: {href} (missing {target})")
                continue
            if fragment and target.suffix == ".html":
                ids = parse(target).ids
                if fragment not in ids:
                    broken.append(f"{page.relative_to(built_site)}: {href} (no anchor #{fragment})")
    assert broken == [], "\n".join(broken[:50])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_patterns_json_matches_the_catalog(built_site: Path, lang: str) -> None:
    catalog = load_catalog(ROOT / "catalog")
    data = json.loads((language_root(built_site, lang) / "patterns.json").read_text(encoding="utf-8"))
    assert data["language"] == lang
    assert [p["id"] for p in data["patterns"]] == [p.id for p in catalog.reading_order()]
    for entry in data["patterns"]:
        pattern = catalog.pattern(entry["id"])
        assert entry["name"] == pattern.name[lang]
        assert entry["type"] == pattern.type
        assert entry["tools"] == list(pattern.tool_names)
        assert entry["legacyTools"] == {t.name: t.legacy[lang] for t in pattern.tools if t.legacy is not None}
        url = entry["url"].split("#")[0]
        assert (built_site / url.lstrip("/") / "index.html").is_file(), entry["url"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_map_and_browser_list_every_pattern(built_site: Path, lang: str) -> None:
    catalog = load_catalog(ROOT / "catalog")
    root = language_root(built_site, lang)
    map_html = (root / "explore/map/index.html").read_text(encoding="utf-8")
    browser_html = (root / "explore/catalog/index.html").read_text(encoding="utf-8")
    for pattern in catalog.patterns:
        assert f'data-id="{pattern.id}"' in map_html, pattern.id
        assert f'<tr data-id="{pattern.id}"' in browser_html, pattern.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_type_pages_and_overview_table_are_generated(built_site: Path, lang: str) -> None:
    catalog = load_catalog(ROOT / "catalog")
    root = language_root(built_site, lang)
    overview = (root / "overview/index.html").read_text(encoding="utf-8")
    assert "pattern-type-table" in overview
    for pattern_type in catalog.types:
        page = (root / pattern_type.folder / "index.html").read_text(encoding="utf-8")
        assert "<h1" in page
        assert pattern_type.name[lang] in page
        for pattern in catalog.patterns_of_type(pattern_type.id):
            assert pattern.name[lang].replace("&", "&amp;") in page, pattern.id
            assert pattern.name[lang].replace("&", "&amp;") in overview, pattern.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pattern_pages_carry_card_and_relations(built_site: Path, lang: str) -> None:
    catalog = load_catalog(ROOT / "catalog")
    root = language_root(built_site, lang)
    for pattern in catalog.patterns:
        if not pattern.has_own_page(lang):
            continue
        html = (root / page_url(pattern.page[lang].path) / "index.html").read_text(encoding="utf-8")
        assert 'class="pattern-card"' in html, pattern.id
        card = html[html.index('class="pattern-card"') :]
        for tool in pattern.tools:
            if tool.legacy is not None:  # the name, then the mark whose title says why
                mark = f'{html_lib.escape(tool.name, quote=False)} <span class="legacy-badge" title="'
                assert mark + html_lib.escape(tool.legacy[lang]) + '"' in card, (pattern.id, tool.name)
        if pattern.related:
            assert 'class="pattern-relations"' in html, pattern.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_with_reading_end_with_the_further_reading_section(built_site: Path, lang: str) -> None:
    model = load_site_model(ROOT)
    root = language_root(built_site, lang)
    heading = 'id="further-reading"'
    for pattern in model.catalog.patterns:
        if not pattern.has_own_page(lang):
            continue
        html = (root / page_url(pattern.page[lang].path) / "index.html").read_text(encoding="utf-8")
        reading = page_reading(model.catalog, pattern, lang)
        assert (heading in html) == bool(reading), pattern.id
        if reading:
            assert model.bibliography is not None
            section = html[html.index(heading) :]
            assert re.search(r"<h[23][\s>]", section) is None, f"{pattern.id}: the section is not the last"
            for work_id in reading:
                assert html_lib.escape(model.bibliography.work(work_id).title, quote=False) in section, work_id
