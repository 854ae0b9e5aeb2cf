"""Korean morphology of the page side: stems, inner nouns and joined phrases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from msa_guide.search.korean import KoreanAnalyzer, Morpheme, WordForms, text_keys, word_forms


def m(form: str, tag: str, start: int) -> Morpheme:
    return Morpheme(form, tag, start, start + len(form))


def test_word_forms_strip_particles_and_keep_inner_nouns() -> None:
    morphemes = [m("회로", "NNG", 0), m("차단기", "NNG", 2), m("가", "JKS", 5)]
    assert word_forms("회로차단기가", morphemes) == WordForms(stem="회로차단기", nouns=frozenset({"회로", "차단기"}))


def test_word_forms_of_a_copula() -> None:
    morphemes = [m("쿠버네티스", "NNG", 0), m("이", "VCP", 5), m("ᆸ니다", "EF", 5)]
    assert word_forms("쿠버네티스입니다", morphemes) == WordForms(stem="쿠버네티스", nouns=frozenset({"쿠버네티스"}))


def test_text_keys_join_bare_nouns_into_phrases() -> None:
    forms = {
        "회로": WordForms("회로", frozenset({"회로"})),
        "차단기는": WordForms("차단기", frozenset({"차단기"})),
        "열립니다": WordForms("", frozenset()),
    }
    assert text_keys("회로 차단기는 열립니다", forms, join=3) == {"회로", "차단기", "회로차단기"}
    assert text_keys("회로 차단기는 열립니다", forms) == {"회로", "차단기"}
    assert text_keys("회로, 차단기는", forms, join=3) == {"회로", "차단기"}  # not across punctuation


def test_kiwi_finds_the_forms_readers_type() -> None:
    analyzer = KoreanAnalyzer()
    keys = analyzer.keys(["쿠버네티스입니다", "회로차단기가 열리면", "회로 차단기는", "컨테이너를"], join=2)
    assert "쿠버네티스" in keys[0]
    assert {"회로", "차단기", "회로차단기"} <= keys[1]
    assert "회로차단기" in keys[2]
    assert "컨테이너" in keys[3]


def test_word_analyses_persist_between_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(KoreanAnalyzer, "_cache", {})
    monkeypatch.setattr(KoreanAnalyzer, "_loaded_files", set())
    calls: list[list[str]] = []

    def analyse(self: KoreanAnalyzer, words: list[str]) -> list[WordForms]:
        calls.append(list(words))
        return [WordForms(word[:2], frozenset({word[:2]})) for word in words]

    monkeypatch.setattr(KoreanAnalyzer, "_analyse", analyse)
    cache = tmp_path / "cache" / "korean-words.json"
    assert KoreanAnalyzer(cache).forms(["회로차단기가 열리면"])["회로차단기가"] == WordForms(
        "회로", frozenset({"회로"})
    )
    assert json.loads(cache.read_text(encoding="utf-8"))["words"]["열리면"] == ["열리", ["열리"]]

    monkeypatch.setattr(KoreanAnalyzer, "_cache", {})
    monkeypatch.setattr(KoreanAnalyzer, "_loaded_files", set())
    KoreanAnalyzer(cache).forms(["회로차단기가 열리면 사가"])
    assert calls == [["열리면", "회로차단기가"], ["사가"]]  # only the new word is analysed again


def test_a_cache_of_another_kiwi_version_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(KoreanAnalyzer, "_cache", {})
    monkeypatch.setattr(KoreanAnalyzer, "_loaded_files", set())
    monkeypatch.setattr(KoreanAnalyzer, "_analyse", lambda self, words: [WordForms("새", frozenset()) for _ in words])
    cache = tmp_path / "korean-words.json"
    cache.write_text(json.dumps({"kiwipiepy": "0.0.1", "words": {"사가": ["옛", []]}}), encoding="utf-8")
    assert KoreanAnalyzer(cache).forms(["사가"])["사가"].stem == "새"
