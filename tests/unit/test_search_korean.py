"""Korean morphology of the page side: stems, inner nouns and joined phrases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from msa_guide.search.korean import (
    KoreanAnalyzer,
    Morpheme,
    WordForms,
    as_noun,
    term_words,
    text_keys,
    word_forms,
)
from msa_guide.search.text import normalize

#: Words of a real section (the circuit breaker's problem statement), analysed together and one by one.
PAGE_TEXT = """
점심 피크에 결제 대행사의 승인 API가 느려졌다고 해 봅시다 평소 200ms에 돌아오던 응답이 10초를 넘기기 시작합니다
주문 서비스는 결제 서비스를 동기로 호출하고 결제 서비스는 PG를 동기로 호출합니다 가게별 사가 회로 가게라면 가능성
결제 서비스의 요청 처리 스레드는 응답을 기다리며 하나씩 묶이고 곧 스레드 풀이 바닥납니다 가까이 가기
"""


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
    texts = ["쿠버네티스입니다", "회로차단기가 열리면", "회로 차단기는", "컨테이너를", "사가 패턴"]
    keys = analyzer.keys(texts, join=2, nouns=term_words(["회로 차단기", "사가 패턴"]))
    assert "쿠버네티스" in keys[0]
    assert {"회로", "차단기", "회로차단기"} <= keys[1]
    assert "회로차단기" in keys[2]
    assert "컨테이너" in keys[3]
    assert {"사가", "사가패턴"} <= keys[4]


def test_the_guides_terms_are_nouns_as_written() -> None:
    cached = {"회로": WordForms("회", frozenset()), "차단기는": WordForms("차단기", frozenset({"차단기"}))}
    nouns = term_words(["회로 차단기", "CQRS", "장애 격리 (bulkhead)"])
    assert nouns == {"회로", "차단기", "장애", "격리"}
    forms = {w: as_noun(w, f) if w in nouns else f for w, f in cached.items()}
    assert forms["회로"] == WordForms("회로", frozenset({"회로"}))
    assert text_keys("회로 차단기는", forms, join=2) == {"회로", "차단기", "회로차단기"}


def test_each_word_is_analysed_on_its_own() -> None:
    """A word's forms do not depend on the other words analysed with it (they did when a batch was one text)."""
    words = sorted(set(normalize(PAGE_TEXT).split()) - {""})
    analyzer = KoreanAnalyzer()
    together = analyzer._analyse(words)
    assert together == [analyzer._analyse([word])[0] for word in words]


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
