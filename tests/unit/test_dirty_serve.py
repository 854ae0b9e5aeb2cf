"""The pieces that keep `make serve`'s dirty rebuilds correct: the layout stamp, the search index merge, YAML cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from msa_guide.authoring.dirty_serve import clear_directory, layout_stamp
from msa_guide.catalog.errors import CatalogError
from msa_guide.catalog.yaml_source import read_yaml
from msa_guide.search.incremental import flatten, merge_page_docs, page_of


def _tree(tmp_path: Path) -> tuple[Path, Path, Path]:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n", encoding="utf-8")
    catalog = tmp_path / "catalog"
    (catalog / "patterns").mkdir(parents=True)
    (catalog / "patterns" / "saga.yml").write_text("id: saga\n", encoding="utf-8")
    docs = tmp_path / "docs"
    (docs / "ko" / "diagrams").mkdir(parents=True)
    (docs / "ko" / "saga.md").write_text("## 배경과 문제\n", encoding="utf-8")
    (docs / "ko" / "diagrams" / "saga.svg").write_text("<svg/>", encoding="utf-8")
    return config, catalog, docs


def _touch_later(path: Path, text: str) -> None:
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


def test_a_prose_edit_keeps_the_layout_stamp(tmp_path: Path) -> None:
    config, catalog, docs = _tree(tmp_path)
    before = layout_stamp(config, [catalog], docs)
    _touch_later(docs / "ko" / "saga.md", "## 배경과 문제\n\n새 문장입니다.\n")
    assert layout_stamp(config, [catalog], docs) == before


@pytest.mark.parametrize("change", ["catalog", "diagram", "config", "new page", "removed page"])
def test_everything_else_a_page_is_rendered_from_changes_it(tmp_path: Path, change: str) -> None:
    config, catalog, docs = _tree(tmp_path)
    before = layout_stamp(config, [catalog], docs)
    if change == "catalog":
        _touch_later(catalog / "patterns" / "saga.yml", "id: saga\ntype: x\n")
    elif change == "diagram":
        _touch_later(docs / "ko" / "diagrams" / "saga.svg", "<svg><g/></svg>")
    elif change == "config":
        _touch_later(config, "site_name: y\n")
    elif change == "new page":
        (docs / "ko" / "cqrs.md").write_text("## 배경과 문제\n", encoding="utf-8")
    else:
        (docs / "ko" / "saga.md").unlink()
    assert layout_stamp(config, [catalog], docs) != before


def test_clear_directory_empties_but_keeps_the_folder(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "en" / "platform").mkdir(parents=True)
    (site / "index.html").write_text("x", encoding="utf-8")
    (site / "en" / "platform" / "index.html").write_text("x", encoding="utf-8")
    clear_directory(site)
    assert site.is_dir()
    assert list(site.iterdir()) == []


def _doc(location: str, text: str = "") -> dict[str, str]:
    return {"location": location, "title": location, "text": text}


def test_a_rebuilt_page_replaces_its_sections_and_keeps_its_place() -> None:
    previous = {
        "": [_doc("")],
        "platform/saga/": [_doc("platform/saga/"), _doc("platform/saga/#steps")],
        "platform/cqrs/": [_doc("platform/cqrs/")],
    }
    fresh = [_doc("platform/saga/", "new"), _doc("platform/saga/#compensation")]
    merged = merge_page_docs(previous, fresh, ["platform/saga/"], ["", "platform/saga/", "platform/cqrs/"])
    assert [d["location"] for d in flatten(merged)] == [
        "",
        "platform/saga/",
        "platform/saga/#compensation",
        "platform/cqrs/",
    ]
    assert merged["platform/saga/"][0]["text"] == "new"


def test_new_pages_come_last_and_removed_pages_drop_out() -> None:
    previous = {"a/": [_doc("a/")], "b/": [_doc("b/")]}
    merged = merge_page_docs(previous, [_doc("c/"), _doc("c/#x")], ["c/"], ["a/", "c/"])
    assert list(merged) == ["a/", "c/"]


def test_the_first_build_indexes_every_page_in_build_order() -> None:
    fresh = [_doc("b/"), _doc("a/"), _doc("a/#s")]
    merged = merge_page_docs({}, fresh, ["b/", "a/"], ["a/", "b/"])
    assert [d["location"] for d in flatten(merged)] == ["b/", "a/", "a/#s"]


def test_page_of_a_section() -> None:
    assert page_of("platform/saga/#steps") == "platform/saga/"
    assert page_of("") == ""


def test_yaml_cache_follows_the_text_and_errors_keep_their_message(tmp_path: Path) -> None:
    path = tmp_path / "saga.yml"
    path.write_text("id: saga\n", encoding="utf-8")
    assert read_yaml(path, "catalog/patterns/saga.yml") == {"id": "saga"}
    path.write_text("id: sagb\n", encoding="utf-8")  # same size, possibly the same mtime: the text decides
    assert read_yaml(path, "catalog/patterns/saga.yml") == {"id": "sagb"}
    path.write_text("id: saga\nid: again\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"line 2: malformed YAML: duplicate key 'id' \(first defined on line 1\)"):
        read_yaml(path, "catalog/patterns/saga.yml")
    path.write_text("id: [saga\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"catalog/patterns/saga.yml: line \d+: malformed YAML: "):
        read_yaml(path, "catalog/patterns/saga.yml")
