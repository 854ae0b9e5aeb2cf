"""The glossary loader and validator (exact messages) and the generated glossary page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from msa_guide.catalog import Catalog, CatalogError, load_catalog
from msa_guide.catalog.glossary import load_glossary
from msa_guide.render.glossary_page import glossary_markdown, initial, sort_key
from tests.helpers import ROOT, make_site


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    site = make_site(tmp_path, patterns=2)
    return load_catalog(site.catalog)


def entry(entry_id: str, ko: str, en: str, **overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": entry_id,
        "term": {"ko": ko, "en": en},
        "aliases": {"ko": [], "en": []},
        "definition": {"ko": f"{ko}의 정의입니다.", "en": f"The definition of {en}."},
    }
    record.update(overrides)
    return record


def write(tmp_path: Path, *entries: dict[str, Any]) -> Path:
    path = tmp_path / "catalog" / "glossary.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({"terms": list(entries)}, allow_unicode=True), encoding="utf-8")
    return path


def problem(tmp_path: Path, catalog: Catalog, *entries: dict[str, Any]) -> str:
    with pytest.raises(CatalogError) as error:
        load_glossary(write(tmp_path, *entries), catalog, tmp_path)
    return str(error.value)


def test_a_valid_glossary_loads(tmp_path: Path, catalog: Catalog) -> None:
    glossary = load_glossary(
        write(
            tmp_path,
            entry("pod", "파드", "Pod", aliases={"ko": ["포드"], "en": ["Kubernetes pod"]}, pattern="pattern-a"),
            entry("dto", "데이터 전송 객체", "Data transfer object"),
        ),
        catalog,
        tmp_path,
    )
    assert [e.id for e in glossary.entries] == ["pod", "dto"]
    assert glossary.entry("pod").aliases == {"ko": ("포드",), "en": ("Kubernetes pod",)}
    assert glossary.entry("pod").pattern == "pattern-a"
    assert glossary.entry("dto").pattern is None


def test_unknown_pattern_id(tmp_path: Path, catalog: Catalog) -> None:
    assert problem(tmp_path, catalog, entry("pod", "파드", "Pod", pattern="patern-a")) == (
        "catalog/glossary.yml: terms[0].pattern: unknown pattern id 'patern-a' (did you mean 'pattern-a'?)"
    )


def test_missing_translation(tmp_path: Path, catalog: Catalog) -> None:
    broken = entry("pod", "파드", "Pod", definition={"ko": "파드입니다."})
    assert problem(tmp_path, catalog, broken) == "catalog/glossary.yml: terms[0].definition.en: missing English text"


def test_duplicate_term(tmp_path: Path, catalog: Catalog) -> None:
    assert problem(tmp_path, catalog, entry("pod", "파드", "Pod"), entry("pods", "파드", "Pods")) == (
        "catalog/glossary.yml: terms[1].term.ko: duplicate term '파드' (already the term.ko of 'pod')"
    )


def test_duplicate_id(tmp_path: Path, catalog: Catalog) -> None:
    assert problem(tmp_path, catalog, entry("pod", "파드", "Pod"), entry("pod", "포드", "Pods")) == (
        "catalog/glossary.yml: terms[1].id: duplicate id 'pod' (first in terms[0])"
    )


def test_alias_repeating_the_term(tmp_path: Path, catalog: Catalog) -> None:
    assert problem(tmp_path, catalog, entry("pod", "파드", "Pod", aliases={"en": ["pod"]})) == (
        "catalog/glossary.yml: terms[0].aliases.en[0]: alias 'pod' repeats the entry's own term"
    )


def test_alias_of_two_entries(tmp_path: Path, catalog: Catalog) -> None:
    first = entry("pod", "파드", "Pod", aliases={"en": ["k8s pod"]})
    second = entry("node", "노드", "Node", aliases={"en": ["K8s Pod"]})
    assert problem(tmp_path, catalog, first, second) == (
        "catalog/glossary.yml: terms[1].aliases.en[0]: alias 'K8s Pod' is already the aliases.en of 'pod'"
    )


def test_a_catalog_name_must_lead_to_its_catalog_entry(tmp_path: Path, catalog: Catalog) -> None:
    assert problem(tmp_path, catalog, entry("thing", "pattern-a 패턴", "Thing")) == (
        "catalog/glossary.yml: terms[0].term.ko: 'pattern-a 패턴' names catalog entry 'pattern-a' but the glossary "
        "entry has no 'pattern' (set 'pattern: pattern-a' or remove the name)"
    )


def test_unknown_field(tmp_path: Path, catalog: Catalog) -> None:
    assert problem(tmp_path, catalog, entry("pod", "파드", "Pod", patern="pattern-a")) == (
        "catalog/glossary.yml: terms[0].patern: unknown field (did you mean 'pattern'?); "
        "allowed fields: id, term, aliases, definition, pattern, avoid"
    )


def test_avoided_forms_are_read_per_language(tmp_path: Path, catalog: Catalog) -> None:
    path = write(tmp_path, entry("pod", "파드", "Pod", avoid={"ko": ["포드"]}))
    assert load_glossary(path, catalog, tmp_path).entry("pod").avoid == {"ko": ("포드",), "en": ()}


def test_an_avoided_form_is_never_a_term(tmp_path: Path, catalog: Catalog) -> None:
    entries = (entry("pod", "파드", "Pod", avoid={"ko": ["노드"]}), entry("node", "노드", "Node"))
    assert problem(tmp_path, catalog, *entries) == (
        "catalog/glossary.yml: terms[0].avoid.ko[0]: '노드' is the term of 'node'"
    )


def test_an_avoided_form_belongs_to_one_term(tmp_path: Path, catalog: Catalog) -> None:
    entries = (
        entry("pod", "파드", "Pod", avoid={"ko": ["포드"]}),
        entry("node", "노드", "Node", avoid={"ko": ["포드"]}),
    )
    assert problem(tmp_path, catalog, *entries) == (
        "catalog/glossary.yml: terms[1].avoid.ko[0]: '포드' is already avoided by 'pod'"
    )


def test_the_real_glossary_is_valid() -> None:
    catalog = load_catalog(ROOT / "catalog")
    glossary = load_glossary(ROOT / "catalog" / "glossary.yml", catalog, ROOT)
    assert len(glossary.entries) >= 100


# -- the page ---------------------------------------------------------------------------------------


def test_korean_order_is_ganada_then_latin() -> None:
    terms = ["CQRS", "회로 차단기", "가상화", "까다로운 용어", "API 게이트웨이", "나중"]
    ordered = sorted(terms, key=lambda t: sort_key(t, "ko"))
    assert ordered == ["가상화", "까다로운 용어", "나중", "회로 차단기", "API 게이트웨이", "CQRS"]
    assert [initial(t, "ko") for t in ordered] == ["ㄱ", "ㄱ", "ㄴ", "ㅎ", "A–Z", "A–Z"]


def test_english_order_ignores_case() -> None:
    assert sorted(["saga", "API gateway", "Bulkhead"], key=lambda t: sort_key(t, "en")) == [
        "API gateway",
        "Bulkhead",
        "saga",
    ]


def test_glossary_page_markdown(tmp_path: Path, catalog: Catalog) -> None:
    glossary = load_glossary(
        write(
            tmp_path,
            entry("pod", "파드", "Pod", aliases={"ko": ["포드"], "en": ["Kubernetes pod"]}, pattern="pattern-a"),
            entry("dto", "데이터 전송 객체", "Data transfer object", aliases={"ko": ["DTO"], "en": ["DTO"]}),
        ),
        catalog,
        tmp_path,
    )
    assert glossary_markdown(glossary, catalog, "ko") == (
        "## ㄷ\n\n"
        "### 데이터 전송 객체 {#dto}\n\n"
        "<p>영어: <em>Data transfer object</em></p>\n"
        "<p>데이터 전송 객체의 정의입니다.</p>\n"
        "<ul>\n<li>다른 이름: DTO</li>\n</ul>\n\n"
        "## ㅍ\n\n"
        "### 파드 {#pod}\n\n"
        "<p>영어: <em>Pod</em></p>\n"
        "<p>파드의 정의입니다.</p>\n"
        "<ul>\n<li>다른 이름: 포드, Kubernetes pod</li>\n"
        '<li>자세히: <a href="../../platform/pattern-a/">pattern-a 패턴</a></li>\n</ul>\n'
    )
    english = glossary_markdown(glossary, catalog, "en")
    assert english.index("### Data transfer object {#dto}") < english.index("### Pod {#pod}")
    assert "<p>Korean: <em>파드</em></p>" in english
    held: list[str] = []

    def hold(html: str) -> str:
        held.append(html)
        return f"<!-- {len(held)} -->"

    markdown = glossary_markdown(glossary, catalog, "ko", use_directory_urls=False, hold=hold)
    assert "### 파드 {#pod}\n\n<!-- 2 -->" in markdown  # the headings stay Markdown; the bodies are held back
    assert '<a href="../platform/pattern-a.html">' in held[1]
