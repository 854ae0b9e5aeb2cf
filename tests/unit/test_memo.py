"""The memo of derived search keys: reused while the code that wrote it is the same, rebuilt otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from msa_guide import memo as memo_module
from msa_guide.memo import Memo, digest, fingerprint


@pytest.fixture(autouse=True)
def new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Memo, "_entries", {})


def test_values_survive_the_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cache" / "memo.json"
    memo = Memo(path, "code-1")
    memo.put(digest("title", "text"), ["a b", "c"])
    memo.save()
    monkeypatch.setattr(Memo, "_entries", {})
    assert Memo(path, "code-1").get(digest("title", "text")) == ["a b", "c"]
    assert Memo(path, "code-1").get(digest("titl", "etext")) is None  # the parts are kept apart


def test_a_file_of_other_code_or_a_damaged_file_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "memo.json"
    memo = Memo(path, "code-1")
    memo.put("k", 1)
    memo.save()
    monkeypatch.setattr(Memo, "_entries", {})
    assert Memo(path, "code-2").get("k") is None
    path.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(Memo, "_entries", {})
    assert Memo(path, "code-1").get("k") is None


def test_a_grown_file_keeps_only_what_the_last_build_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo_module, "MAX_ENTRIES", 2)
    path = tmp_path / "memo.json"
    old = Memo(path, "c")
    for key in ("a", "b"):
        old.put(key, key)
    old.save()
    assert json.loads(path.read_text(encoding="utf-8"))["entries"] == {"a": "a", "b": "b"}
    monkeypatch.setattr(Memo, "_entries", {})
    new = Memo(path, "c")
    assert new.get("a") == "a"
    new.put("c", "c")
    new.save()
    assert json.loads(path.read_text(encoding="utf-8"))["entries"] == {"a": "a", "c": "c"}


def test_the_fingerprint_follows_the_code(tmp_path: Path) -> None:
    source = tmp_path / "module.py"
    source.write_text("x = 1\n", encoding="utf-8")
    before = fingerprint([source], "kiwi 0.21")
    assert fingerprint([source], "kiwi 0.21") == before
    assert fingerprint([source], "kiwi 0.22") != before
    source.write_text("x = 2\n", encoding="utf-8")
    assert fingerprint([source], "kiwi 0.21") != before


def test_only_a_memo_with_new_entries_is_written_and_an_unwritable_one_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "memo.json"
    memo = Memo(path, "c")
    assert memo.save() is False  # nothing added: nothing written
    assert not path.exists()
    memo.put("k", 1)
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    assert memo.save() is False  # a cache: the build goes on
    blocked.unlink()
    assert memo.save() is True
    assert memo.save() is False
    assert path.is_file()
