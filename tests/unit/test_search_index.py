"""Alias tables and the per-language index, from a small catalog and glossary."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from msa_guide.catalog import Catalog, load_catalog
from msa_guide.catalog.glossary import Glossary, load_glossary
from msa_guide.memo import Memo
from msa_guide.search.aliases import alias_tables
from msa_guide.search.index import FORMAT, build_index
from msa_guide.search.korean import KoreanAnalyzer
from msa_guide.search.text import PARTICLES
from tests.helpers import make_site, pattern_record

MATERIAL = {"separator": r"[\s\-]+", "pipeline": [], "fields": {}}


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    site = make_site(tmp_path, patterns=1)
    site.add_pattern(
        pattern_record(
            "circuit-breaker",
            name={"ko": "회로 차단기", "en": "Circuit breaker"},
            aliases={"ko": ["서킷 브레이커"], "en": ["circuit breaking"]},
        )
    )
    site.add_pattern(
        pattern_record(
            "snapshot", page="platform/circuit-breaker.md#snapshot", name={"ko": "스냅샷", "en": "Snapshot"}
        ),
        pages=False,
    )
    return load_catalog(site.catalog)


@pytest.fixture
def glossary(tmp_path: Path, catalog: Catalog) -> Glossary:
    terms = [
        {
            "id": "hystrix",
            "term": {"ko": "히스트릭스", "en": "Hystrix"},
            "definition": {"ko": "라이브러리입니다.", "en": "A library."},
            "pattern": "circuit-breaker",
        },
        {
            "id": "dto",
            "term": {"ko": "데이터 전송 객체", "en": "Data transfer object"},
            "aliases": {"ko": ["DTO"], "en": ["DTO"]},
            "definition": {"ko": "객체입니다.", "en": "An object."},
        },
    ]
    path = tmp_path / "glossary.yml"
    path.write_text(yaml.safe_dump({"terms": terms}, allow_unicode=True), encoding="utf-8")
    return load_glossary(path, catalog, tmp_path)


def test_names_of_both_languages_lead_to_the_page_of_each_language(catalog: Catalog, glossary: Glossary) -> None:
    for lang in ("ko", "en"):
        tables = alias_tables(catalog, glossary, lang)
        assert tables.names["platform/circuit-breaker/"] == [
            "회로 차단기",
            "Circuit breaker",
            "서킷 브레이커",
            "circuit breaking",
        ]
        assert tables.names["platform/circuit-breaker/#snapshot"] == ["스냅샷", "Snapshot"]
        assert tables.related["platform/circuit-breaker/"] == ["히스트릭스", "Hystrix"]
        assert tables.names["explore/glossary/#dto"] == ["데이터 전송 객체", "Data transfer object", "DTO"]


def test_synonym_groups_hold_every_name_once(catalog: Catalog, glossary: Glossary) -> None:
    groups = alias_tables(catalog, glossary, "ko").groups
    assert ["회로 차단기", "Circuit breaker", "서킷 브레이커", "circuit breaking"] in groups
    assert ["데이터 전송 객체", "Data transfer object", "DTO"] in groups


def test_index_of_one_language(catalog: Catalog, glossary: Glossary) -> None:
    entries = [
        {"location": "en/platform/circuit-breaker/", "title": "Circuit breaker", "text": "<p>Trips.</p>"},
        {"location": "en/explore/glossary/#dto", "title": "Data transfer object", "text": "<p>An object.</p>"},
    ]
    index = build_index(
        entries,
        "en",
        alias_tables(catalog, glossary, "en"),
        material_config=MATERIAL,
        root="en/",
        weights={"explore/glossary/": 0.35},
    )
    assert index["config"]["lang"] == ["en"]
    assert index["config"]["separator"] == MATERIAL["separator"]
    assert index["config"]["msa"]["format"] == FORMAT
    assert index["config"]["msa"]["particles"] == list(PARTICLES)
    first, second = index["docs"]
    assert first["location"] == "platform/circuit-breaker/"
    assert first["a"][:2] == ["회로 차단기", "Circuit breaker"]
    assert first["r"] == ["히스트릭스", "Hystrix"]
    assert "w" not in first
    assert second["w"] == 0.35


def test_an_index_keeps_only_its_language(catalog: Catalog, glossary: Glossary) -> None:
    entries = [
        {"location": "platform/circuit-breaker/", "title": "회로 차단기", "text": ""},
        {"location": "en/platform/circuit-breaker/", "title": "Circuit breaker", "text": ""},
    ]
    index = build_index(entries, "en", alias_tables(catalog, glossary, "en"), material_config=MATERIAL, root="en/")
    assert [d["title"] for d in index["docs"]] == ["Circuit breaker"]


def test_korean_keys(catalog: Catalog, glossary: Glossary) -> None:
    entries = [
        {
            "location": "platform/circuit-breaker/#example",
            "title": "주문 서비스 예시",
            "text": "<p>회로차단기가 열리면 쿠버네티스입니다.</p><pre><code>회로차단기코드</code></pre>",
        }
    ]
    doc = build_index(
        entries, "ko", alias_tables(catalog, glossary, "ko"), material_config=MATERIAL, analyzer=KoreanAnalyzer()
    )["docs"][0]
    assert "주문서비스예시" in doc["k"].split()  # a title's words joined: 주문서비스 finds it too
    assert "차단기" in doc["b"].split()  # inside a compound: no word of the text starts with it
    assert "쿠버네티스" not in doc["b"].split()  # the word 쿠버네티스입니다 starts with it already
    assert "회로차단기코드" not in doc.get("b", "")  # code is not analysed


def test_section_keys_are_reused_by_the_next_build(
    catalog: Catalog, glossary: Glossary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = [
        {"location": "platform/circuit-breaker/", "title": "회로 차단기", "text": "<p>회로차단기가 열리면</p>"},
        {"location": "platform/circuit-breaker/#state", "title": "상태", "text": "<p>쿠버네티스입니다</p>"},
    ]
    tables = alias_tables(catalog, glossary, "ko")
    cache = tmp_path / "cache" / "korean-words.json"

    def index(entries: list[dict[str, str]]) -> list[dict[str, object]]:
        analyzer = KoreanAnalyzer(cache)
        docs: list[dict[str, object]] = build_index(entries, "ko", tables, material_config=MATERIAL, analyzer=analyzer)[
            "docs"
        ]
        return docs

    first = index(entries)
    assert (tmp_path / "cache" / "korean-sections.json").is_file()
    monkeypatch.setattr(Memo, "_entries", {})  # a new process: what it knows is in the file
    analysed: list[list[str]] = []
    keys = KoreanAnalyzer.keys

    def counted(self: KoreanAnalyzer, texts: list[str], join: int = 1, nouns: frozenset[str] = frozenset()) -> object:
        analysed.append(list(texts))
        return keys(self, texts, join, nouns)

    monkeypatch.setattr(KoreanAnalyzer, "keys", counted)
    assert index(entries) == first
    assert analysed == []  # nothing was analysed again
    edited = [entries[0], {**entries[1], "text": "<p>사가 패턴입니다</p>"}]
    second = index(edited)
    assert analysed == [["상태"], [" 사가 패턴입니다 "]]  # only the edited section (its text without tags)
    assert second[0] == first[0]
    fresh = build_index(edited, "ko", tables, material_config=MATERIAL, analyzer=KoreanAnalyzer())["docs"]
    assert second == fresh  # the same keys as a build without any cache
