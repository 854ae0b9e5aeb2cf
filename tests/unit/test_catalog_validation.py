"""Every bad catalog input stops with one exact message naming the file and the field."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from msa_guide.catalog import CatalogError, load_catalog
from msa_guide.catalog.docs_tree import check_docs
from tests.helpers import ROOT, pattern_markdown, pattern_record


def write_catalog(tmp_path: Path, *records: dict[str, Any]) -> Path:
    catalog = tmp_path / "catalog"
    (catalog / "patterns").mkdir(parents=True)
    shutil.copy(ROOT / "catalog" / "types.yml", catalog / "types.yml")
    shutil.copy(ROOT / "catalog" / "categories.yml", catalog / "categories.yml")
    for record in records:
        write_record(catalog, record["id"], record)
    return catalog


def write_record(catalog: Path, name: str, record: Any) -> None:
    text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False)
    (catalog / "patterns" / f"{name}.yml").write_text(text, encoding="utf-8")


def error_of(catalog: Path) -> str:
    with pytest.raises(CatalogError) as caught:
        load_catalog(catalog)
    return str(caught.value)


def test_valid_catalog_loads(tmp_path: Path) -> None:
    catalog = load_catalog(write_catalog(tmp_path, pattern_record("saga"), pattern_record("retry")))
    assert [p.id for p in catalog.patterns] == ["retry", "saga"]


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path)
    (catalog / "patterns" / "saga.yml").write_text("id: saga\nname: [unclosed\n", encoding="utf-8")
    assert error_of(catalog) == (
        "catalog/patterns/saga.yml: line 3: malformed YAML: expected ',' or ']', but got '<stream end>'"
    )


def test_duplicate_yaml_key(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path)
    (catalog / "patterns" / "saga.yml").write_text("id: saga\ntype: a\ntype: b\n", encoding="utf-8")
    assert error_of(catalog) == (
        "catalog/patterns/saga.yml: line 3: malformed YAML: duplicate key 'type' (first defined on line 2)"
    )


def test_record_must_be_a_mapping(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path)
    write_record(catalog, "saga", ["saga"])
    assert error_of(catalog) == "catalog/patterns/saga.yml: expected a mapping of fields, got a list"


def test_unknown_field_suggests_the_right_one(tmp_path: Path) -> None:
    record = pattern_record("saga", tool=["Axon"])
    assert error_of(write_catalog(tmp_path, record)) == (
        "catalog/patterns/saga.yml: tool: unknown field (did you mean 'tools'?); allowed fields: "
        "id, type, category, layout, order, name, summary, aliases, related, tools, page, reading"
    )


def test_missing_required_field(tmp_path: Path) -> None:
    record = pattern_record("saga")
    del record["summary"]
    assert error_of(write_catalog(tmp_path, record)) == "catalog/patterns/saga.yml: summary: missing required field"


def test_id_must_match_file_name(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path)
    write_record(catalog, "saga", pattern_record("sagas"))
    assert error_of(catalog) == "catalog/patterns/saga.yml: id: 'sagas' does not match the file name 'saga.yml'"


def test_id_must_be_kebab_case(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path)
    write_record(catalog, "Saga", pattern_record("Saga"))
    assert error_of(catalog) == (
        "catalog/patterns/Saga.yml: id: 'Saga' is not kebab-case (lowercase letters, digits and hyphens)"
    )


def test_unknown_type(tmp_path: Path) -> None:
    record = pattern_record("saga", type="platform-pattern")
    assert error_of(write_catalog(tmp_path, record)) == (
        "catalog/patterns/saga.yml: type: unknown pattern type 'platform-pattern' (did you mean 'platform-patterns'?); "
        "one of: infrastructure-components, platform-patterns, application-patterns"
    )


def test_unknown_category(tmp_path: Path) -> None:
    record = pattern_record("saga", category="resilence")
    message = error_of(write_catalog(tmp_path, record))
    assert message.startswith(
        "catalog/patterns/saga.yml: category: unknown category 'resilence' (did you mean 'resilience'?); one of: "
    )


def test_category_of_another_type(tmp_path: Path) -> None:
    record = pattern_record("saga", category="data")
    assert error_of(write_catalog(tmp_path, record)) == (
        "catalog/patterns/saga.yml: category: category 'data' belongs to type 'application-patterns', "
        "not 'platform-patterns'"
    )


def test_unknown_relation_kind(tmp_path: Path) -> None:
    record = pattern_record("saga", related=[{"id": "retry", "kind": "use"}])
    assert error_of(write_catalog(tmp_path, record, pattern_record("retry"))) == (
        "catalog/patterns/saga.yml: related[0].kind: unknown relation kind 'use' (did you mean 'uses'?); "
        "one of: uses, used-by, alternative-to, complements, part-of, addresses"
    )


def test_dangling_related_id_suggests(tmp_path: Path) -> None:
    record = pattern_record("retry", related=[{"id": "sagaa", "kind": "complements"}])
    assert error_of(write_catalog(tmp_path, record, pattern_record("saga"))) == (
        "catalog/patterns/retry.yml: related[0].id: unknown pattern id 'sagaa' (did you mean 'saga'?)"
    )


def test_pattern_related_to_itself(tmp_path: Path) -> None:
    record = pattern_record("saga", related=[{"id": "saga", "kind": "uses"}])
    assert error_of(write_catalog(tmp_path, record)) == (
        "catalog/patterns/saga.yml: related[0].id: a pattern cannot be related to itself"
    )


def test_duplicate_relation(tmp_path: Path) -> None:
    relation = {"id": "retry", "kind": "uses"}
    record = pattern_record("saga", related=[relation, relation])
    assert error_of(write_catalog(tmp_path, record, pattern_record("retry"))) == (
        "catalog/patterns/saga.yml: related[1]: duplicate relation 'uses retry'"
    )


@pytest.mark.parametrize(("lang", "language"), [("ko", "Korean"), ("en", "English")])
def test_missing_translation_of_name(tmp_path: Path, lang: str, language: str) -> None:
    record = pattern_record("saga")
    del record["name"][lang]
    assert (
        error_of(write_catalog(tmp_path, record)) == f"catalog/patterns/saga.yml: name.{lang}: missing {language} text"
    )


def test_missing_translation_of_summary(tmp_path: Path) -> None:
    record = pattern_record("saga")
    record["summary"]["en"] = "  "
    assert error_of(write_catalog(tmp_path, record)) == "catalog/patterns/saga.yml: summary.en: missing English text"


def test_unknown_language(tmp_path: Path) -> None:
    record = pattern_record("saga")
    record["name"]["fr"] = "Saga"
    assert error_of(write_catalog(tmp_path, record)) == (
        "catalog/patterns/saga.yml: name.fr: unknown language 'fr'; one of: ko, en"
    )


def test_html_in_a_name(tmp_path: Path) -> None:
    record = pattern_record("saga")
    record["name"]["en"] = "<img src=x onerror=alert(1)>"
    assert error_of(write_catalog(tmp_path, record)) == (
        "catalog/patterns/saga.yml: name.en: HTML is not allowed here ('<img src=x onerror=alert(1)>'); "
        "write plain text"
    )


def test_duplicate_alias_across_patterns(tmp_path: Path) -> None:
    first = pattern_record("circuit-breaker", aliases={"ko": ["서킷 브레이커"], "en": []})
    second = pattern_record("fallback", aliases={"ko": ["서킷 브레이커"], "en": []})
    assert error_of(write_catalog(tmp_path, first, second)) == (
        "catalog/patterns/fallback.yml: aliases.ko[0]: alias '서킷 브레이커' is already used by 'circuit-breaker' "
        "(catalog/patterns/circuit-breaker.yml: aliases.ko[0])"
    )


def test_alias_equal_to_another_patterns_name(tmp_path: Path) -> None:
    first = pattern_record("saga")
    second = pattern_record("retry", aliases={"ko": [], "en": ["Saga pattern"]})
    assert error_of(write_catalog(tmp_path, first, second)) == (
        "catalog/patterns/retry.yml: aliases.en[0]: alias 'Saga pattern' is already used by 'saga' "
        "(catalog/patterns/saga.yml: name.en)"
    )


def test_alias_repeating_own_name(tmp_path: Path) -> None:
    record = pattern_record("saga", aliases={"ko": ["saga 패턴"], "en": []})
    assert error_of(write_catalog(tmp_path, record)) == (
        "catalog/patterns/saga.yml: aliases.ko[0]: alias 'saga 패턴' repeats the entry's own name"
    )


def test_aliases_must_be_a_list(tmp_path: Path) -> None:
    record = pattern_record("saga", aliases={"ko": "사가", "en": []})
    assert (
        error_of(write_catalog(tmp_path, record))
        == "catalog/patterns/saga.yml: aliases.ko: expected a list, got text '사가'"
    )


def test_bad_page_path(tmp_path: Path) -> None:
    record = pattern_record("saga", page="../saga.md")
    assert error_of(write_catalog(tmp_path, record)) == (
        "catalog/patterns/saga.yml: page: '../saga.md' is not a page path like 'platform/saga.md' "
        "or 'platform/saga.md#anchor'"
    )


def test_two_entries_with_one_page(tmp_path: Path) -> None:
    first = pattern_record("saga")
    second = pattern_record("retry", page="platform/saga.md")
    assert error_of(write_catalog(tmp_path, first, second)) == (
        "catalog/patterns/saga.yml: page: 'platform/saga.md' is already the page of 'retry'"
    )


def test_missing_types_file(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path)
    (catalog / "types.yml").unlink()
    assert error_of(catalog) == "catalog/types.yml: file is missing"


def test_yaml_extension_is_rejected(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path)
    (catalog / "patterns" / "saga.yaml").write_text("id: saga\n", encoding="utf-8")
    assert error_of(catalog) == "catalog/patterns/saga.yaml: catalog files end in .yml, not .yaml"


def write_docs(tmp_path: Path, pages: dict[str, str]) -> Path:
    docs = tmp_path / "docs"
    for path, text in pages.items():
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return docs


def docs_error(catalog_dir: Path, docs: Path) -> str:
    with pytest.raises(CatalogError) as caught:
        check_docs(load_catalog(catalog_dir), docs)
    return str(caught.value)


def test_entry_whose_english_page_is_missing(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path, pattern_record("saga"))
    docs = write_docs(tmp_path, {"ko/platform/saga.md": pattern_markdown("ko")})
    assert (
        docs_error(catalog, docs) == "docs/en/platform/saga.md: missing English translation of docs/ko/platform/saga.md"
    )


def test_entry_whose_pages_are_missing(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path, pattern_record("saga"))
    docs = write_docs(tmp_path, {"ko/index.md": "# 홈\n", "en/index.md": "# Home\n"})
    assert docs_error(catalog, docs) == (
        "catalog/patterns/saga.yml: page: page 'platform/saga.md' does not exist in Korean "
        "(expected docs/ko/platform/saga.md)"
    )


def test_anchor_missing_in_page(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path, pattern_record("saga"), pattern_record("snapshot", page="platform/saga.md#snap"))
    docs = write_docs(
        tmp_path, {"ko/platform/saga.md": pattern_markdown("ko"), "en/platform/saga.md": pattern_markdown("en")}
    )
    assert docs_error(catalog, docs) == (
        "catalog/patterns/snapshot.yml: page: anchor '#snap' not found in docs/ko/platform/saga.md "
        "(add '{#snap}' to the heading of its section)"
    )


def test_page_in_pattern_folder_without_entry(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path)
    docs = write_docs(
        tmp_path, {"ko/platform/ghost.md": pattern_markdown("ko"), "en/platform/ghost.md": pattern_markdown("en")}
    )
    assert docs_error(catalog, docs) == (
        "docs/ko/platform/ghost.md: page in a pattern folder has no catalog entry (create catalog/patterns/ghost.yml)"
    )


HYSTRIX = {"name": "Netflix Hystrix", "legacy": {"ko": "유지보수 모드입니다.", "en": "In maintenance mode."}}


def test_legacy_tools_come_after_current_ones(tmp_path: Path) -> None:
    record = pattern_record("saga", tools=[HYSTRIX, "Resilience4j", "Istio"])
    (saga,) = load_catalog(write_catalog(tmp_path, record)).patterns
    assert saga.tool_names == ("Resilience4j", "Istio", "Netflix Hystrix")
    assert [t.is_legacy for t in saga.tools] == [False, False, True]
    assert saga.tools[2].legacy == {"ko": "유지보수 모드입니다.", "en": "In maintenance mode."}


@pytest.mark.parametrize(
    ("tools", "message"),
    [
        ("Hystrix", "tools: expected a list of tool names or {name, legacy} mappings"),
        ([["Hystrix"]], "tools[0]: expected a tool name or a {name, legacy} mapping"),
        ([{"name": "Hystrix"}], "tools[0].legacy: missing required field"),
        ([{"name": "Hystrix", "legacy": {"ko": "낡았습니다."}}], "tools[0].legacy.en: missing English text"),
        ([{"name": "Hystrix", "legasy": {}}], "tools[0].legasy: unknown field (did you mean 'legacy'?)"),
        (["Istio", {"name": "Istio", "legacy": HYSTRIX["legacy"]}], "tools[1]: 'Istio' is listed twice"),
    ],
)
def test_bad_tools_are_reported_with_file_and_field(tmp_path: Path, tools: Any, message: str) -> None:
    assert error_of(write_catalog(tmp_path, pattern_record("saga", tools=tools))).startswith(
        f"catalog/patterns/saga.yml: {message}"
    )


def test_a_legacy_tool_is_legacy_on_every_card(tmp_path: Path) -> None:
    catalog = write_catalog(
        tmp_path, pattern_record("bulkhead", tools=[HYSTRIX]), pattern_record("saga", tools=["Netflix Hystrix"])
    )
    assert error_of(catalog) == (
        "catalog/patterns/saga.yml: tools: 'Netflix Hystrix' is legacy in catalog/patterns/bulkhead.yml; "
        "mark it legacy here too ({name: ..., legacy: {ko: ..., en: ...}})"
    )
