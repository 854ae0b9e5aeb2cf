"""Fixture sites built with msa-search: one index per language, the glossary page, the search configuration."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from tests.helpers import FIXTURE_CONFIG, ROOT, FixtureSite, make_site

FIXTURE_WORDS = ROOT / ".cache" / "msa-search-fixtures"

GLOSSARY = {
    "terms": [
        {
            "id": "pattern-a",
            "term": {"ko": "pattern-a 패턴", "en": "Pattern A pattern"},
            "aliases": {"ko": ["에이 패턴"], "en": ["PA"]},
            "definition": {"ko": "첫 번째 패턴입니다.", "en": "The first pattern."},
            "pattern": "pattern-a",
        },
        {
            "id": "dto",
            "term": {"ko": "데이터 전송 객체", "en": "Data transfer object"},
            "aliases": {"ko": ["DTO"], "en": ["DTO"]},
            "definition": {"ko": "데이터만 옮기는 객체입니다.", "en": "An object that only carries data."},
        },
    ]
}


def search_site(
    tmp_path: Path, glossary: dict[str, Any] | None = None, marker: str = "<!-- glossary:terms -->"
) -> FixtureSite:
    site = make_site(tmp_path, patterns=2)
    config = (
        # One word cache for the fixture sites of this file (their Korean words, analysed once, not once per build)
        FIXTURE_CONFIG.replace("  - msa-catalog\n", f"  - msa-catalog\n  - msa-search:\n      cache: {FIXTURE_WORDS}\n")
        .replace("  - application/index.md\n", "  - application/index.md\n  - explore/glossary.md\n")
        .replace("  font: false\n", f"  font: false\n  custom_dir: {ROOT / 'overrides'}\n")
    )
    (site.root / "mkdocs.yml").write_text(config, encoding="utf-8")
    site.write_catalog_file("glossary.yml", yaml.safe_dump(glossary or GLOSSARY, allow_unicode=True))
    site.write_page("ko", "explore/glossary.md", f"# 용어집\n\n{marker}\n")
    site.write_page("en", "explore/glossary.md", f"# Glossary\n\n{marker}\n")
    return site


def index_of(site: FixtureSite, root: str) -> dict[str, Any]:
    """The full index of a language (the worker fetches it on the first use of the search box)."""
    data: dict[str, Any] = json.loads((site.site / root / "search" / "msa-search.json").read_text(encoding="utf-8"))
    return data


def test_material_fetches_only_a_stub_on_page_load(tmp_path: Path) -> None:
    site = search_site(tmp_path)
    assert site.build().returncode == 0
    for root, lang in (("", "ko"), ("en", "en")):
        path = site.site / root / "search" / "search_index.json"
        stub = json.loads(path.read_text(encoding="utf-8"))
        assert stub["docs"] == []
        assert stub["config"]["lang"] == [lang]
        assert stub["config"]["msa"] == {"format": 2, "lang": lang}
        assert path.stat().st_size < 1000
        assert index_of(site, root)["docs"]


def test_one_index_per_language(tmp_path: Path) -> None:
    site = search_site(tmp_path)
    result = site.build()
    assert result.returncode == 0, result.stderr
    korean, english = index_of(site, ""), index_of(site, "en")
    assert korean["config"]["lang"] == ["ko"]
    assert english["config"]["lang"] == ["en"]
    for index in (korean, english):
        locations = [doc["location"] for doc in index["docs"]]
        assert "platform/pattern-a/" in locations
        assert not [loc for loc in locations if loc.startswith("en/")]
    by_location = {doc["location"]: doc for doc in english["docs"]}
    assert by_location["platform/pattern-a/"]["title"] == "Pattern A pattern"
    assert by_location["platform/pattern-a/"]["a"][:2] == ["pattern-a 패턴", "Pattern A pattern"]
    assert by_location["explore/glossary/#dto"]["w"] == 0.6  # no page of its own
    assert by_location["explore/glossary/#pattern-a"]["w"] == 0.1
    assert {doc["title"] for doc in korean["docs"]} >= {"pattern-a 패턴", "데이터 전송 객체"}


def test_pages_point_material_at_their_language_and_our_worker(tmp_path: Path) -> None:
    site = search_site(tmp_path)
    assert site.build().returncode == 0
    english = (site.site / "en" / "platform" / "pattern-a" / "index.html").read_text(encoding="utf-8")
    korean = (site.site / "platform" / "pattern-a" / "index.html").read_text(encoding="utf-8")
    worker = (
        '"index": "search/msa-search.json", "offline": false, "search": "../../../assets/javascripts/search-worker.js"}'
    )
    assert '{"base": "../../../en/", ' + worker in english
    assert '{"base": "../../", ' + worker.replace("../../../", "../../") in korean
    assert '<script type="module" src="../../assets/javascripts/search-page.js"></script>' in korean
    for script in ("search-worker.js", "search-page.js", "search/worker.js", "search/engine.js"):
        assert (site.site / "assets" / "javascripts" / script).is_file()


def test_glossary_pages(tmp_path: Path) -> None:
    site = search_site(tmp_path)
    assert site.build().returncode == 0
    korean = (site.site / "explore" / "glossary" / "index.html").read_text(encoding="utf-8")
    english = (site.site / "en" / "explore" / "glossary" / "index.html").read_text(encoding="utf-8")
    assert 'id="dto"' in korean
    assert 'id="pattern-a"' in english
    assert korean.index('id="dto"') < korean.index('id="pattern-a"')  # 데 before p (Hangul first)
    assert english.index('id="dto"') < english.index('id="pattern-a"')  # D before P
    assert 'href="../../platform/pattern-a/"' in korean


def test_glossary_errors_stop_the_build(tmp_path: Path) -> None:
    broken = {"terms": [{**GLOSSARY["terms"][1], "pattern": "patern-a"}]}
    result = search_site(tmp_path, broken).build()
    assert result.returncode != 0
    assert (
        "catalog/glossary.yml: terms[0].pattern: unknown pattern id 'patern-a' (did you mean 'pattern-a'?)"
        in result.stderr
    )


def test_the_glossary_page_needs_its_marker(tmp_path: Path) -> None:
    result = search_site(tmp_path, marker="").build()
    assert result.returncode != 0
    assert (
        "docs/ko/explore/glossary.md: <!-- glossary:terms -->: the glossary page needs this marker, exactly once"
        in result.stderr
    )
