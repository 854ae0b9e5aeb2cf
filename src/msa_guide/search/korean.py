"""Korean morphology for the page side of search, with Kiwi (kiwipiepy; its model ships as a package).

Each Korean word of a page is analysed once. A word yields the forms a reader may type that the word itself does not
start with: the noun without its particle or ending (쿠버네티스입니다 → 쿠버네티스, 분리하는 → 분리) and the
nouns inside a compound (회로차단기가 → 차단기). Titles also get the joined form of nouns written apart
(회로 차단기 → 회로차단기). Prefix matching in the browser covers every other ending.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any, ClassVar

from msa_guide.memo import write_whole
from msa_guide.search.text import normalize

#: Kiwi tags of the morphemes a noun phrase is made of (nouns, roots, numbers, noun prefixes and suffixes).
NOMINAL = frozenset({"NNG", "NNP", "NNB", "NR", "XR", "XSN", "XPN", "SN"})
#: Tags of the morphemes that stand alone as a search key.
NOUN = frozenset({"NNG", "NNP", "XR"})

_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")

#: Version of the analyses in the word cache: 2 since every word is analysed on its own.
FORMAT = 2


@dataclass(frozen=True)
class Morpheme:
    form: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True)
class WordForms:
    """What one Korean word contributes: its nominal stem (without particles and endings) and its nouns."""

    stem: str
    nouns: frozenset[str]


def word_forms(word: str, morphemes: Sequence[Morpheme]) -> WordForms:
    """The stem is the leading run of nominal morphemes; the nouns are its nouns of two syllables or more."""
    end = 0
    for morpheme in morphemes:
        if morpheme.tag not in NOMINAL or morpheme.start > end:
            break
        end = morpheme.end
    nouns = frozenset(
        m.form for m in morphemes if m.tag in NOUN and len(m.form) >= 2 and _HANGUL_WORD.fullmatch(m.form)
    )
    return WordForms(stem=word[:end], nouns=nouns)


def as_noun(word: str, forms: WordForms) -> WordForms:
    """``forms`` of ``word`` with the whole word as its stem and one of its nouns."""
    return WordForms(stem=word, nouns=forms.nouns | {word})


def term_words(phrases: Iterable[str]) -> frozenset[str]:
    """The Korean words of two syllables or more in ``phrases`` (names and aliases), normalised."""
    return frozenset(w for phrase in phrases for w in _HANGUL_WORD.findall(normalize(phrase)) if len(w) >= 2)


def text_keys(text: str, forms: Mapping[str, WordForms], join: int = 1) -> set[str]:
    """Search keys of a text: stems and nouns of its words; with ``join`` > 1, stems of up to ``join`` adjacent
    words joined (only across plain spaces, and only while each word is a bare noun or ends the phrase).
    """
    keys: set[str] = set()
    normal = normalize(text)
    if join <= 1:  # no phrases: each distinct word once (a page repeats its words)
        for word in set(_HANGUL_WORD.findall(normal)):
            if (found := forms.get(word)) is not None:
                keys.update(found.nouns)
                keys.add(found.stem)
        keys.discard("")
        return keys
    words = list(_HANGUL_WORD.finditer(normal))
    for index, match in enumerate(words):
        found = forms.get(match.group())
        if found is None:
            continue
        keys.update(found.nouns)
        if found.stem:
            keys.add(found.stem)
        phrase = found.stem
        if found.stem != match.group():
            continue  # a word with a particle ends a phrase: 회로 차단기는 joins, 차단기는 회로 does not
        last = match
        for following in words[index + 1 : index + join]:
            between = normal[last.end() : following.start()]
            next_forms = forms.get(following.group())
            if between.strip() or next_forms is None or not next_forms.stem:
                break
            phrase += next_forms.stem
            keys.add(phrase)
            if next_forms.stem != following.group():
                break
            last = following
    keys.discard("")
    return keys


class KoreanAnalyzer:
    """Kiwi, loaded on first use and kept, with every analysed word cached for the next builds of the process.

    With ``cache_file``, the analyses also persist between processes: a build whose words were all seen before
    does not load Kiwi at all (about two seconds saved). The file is keyed by the kiwipiepy version and :data:`FORMAT`.
    """

    _kiwi: ClassVar[Any] = None
    _cache: ClassVar[dict[str, WordForms]] = {}
    _loaded_files: ClassVar[set[Path]] = set()

    def __init__(self, cache_file: Path | None = None) -> None:
        self.cache_file = cache_file

    def forms(self, texts: Iterable[str], nouns: AbstractSet[str] = frozenset()) -> dict[str, WordForms]:
        """Analyse every Korean word of ``texts`` not seen before; return the forms of all their words.

        A word of ``nouns`` (the guide's own terms, see :func:`term_words`) is a noun as written: read alone, without
        the sentence around it, Kiwi takes some short nouns for a shorter noun with a particle (회로 → 회 + 로,
        사가 → 사 + 가).
        """
        words = {w for text in texts for w in _HANGUL_WORD.findall(normalize(text))}
        self._read_cache()
        new = sorted(words - self._cache.keys())
        if new:
            self._cache.update(zip(new, self._analyse(new), strict=True))
            self._write_cache()
        return {w: as_noun(w, self._cache[w]) if w in nouns else self._cache[w] for w in words}

    def _read_cache(self) -> None:
        if self.cache_file is None or self.cache_file in self._loaded_files or not self.cache_file.is_file():
            return
        self._loaded_files.add(self.cache_file)
        try:
            data = json.loads(self.cache_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # a damaged cache is rebuilt
        if not isinstance(data, dict) or data.get("kiwipiepy") != kiwi_version() or data.get("format") != FORMAT:
            return
        for word, (stem, nouns) in data.get("words", {}).items():
            self._cache.setdefault(word, WordForms(stem, frozenset(nouns)))

    def _write_cache(self) -> None:
        if self.cache_file is None:
            return
        words = {w: [f.stem, sorted(f.nouns)] for w, f in sorted(self._cache.items())}
        data = {"kiwipiepy": kiwi_version(), "format": FORMAT, "words": words}
        write_whole(self.cache_file, json.dumps(data, ensure_ascii=False, separators=(",", ":")))

    def keys(self, texts: Sequence[str], join: int = 1, nouns: AbstractSet[str] = frozenset()) -> list[set[str]]:
        """:func:`text_keys` of each text (``nouns`` as in :meth:`forms`)."""
        forms = self.forms(texts, nouns)
        return [text_keys(text, forms, join) for text in texts]

    def _analyse(self, words: Sequence[str]) -> list[WordForms]:
        # Each word is analysed on its own (Kiwi takes a list and analyses its texts independently). Words joined
        # into one text, a word per line, were read in the context of their neighbours: 13 % of the words got
        # another analysis, so a word's keys depended on which other words were new in the same build.
        return [
            word_forms(word, [Morpheme(t.form, t.tag, t.start, t.start + t.len) for t in tokens])
            for word, tokens in zip(words, self._load().tokenize(list(words)), strict=True)
        ]

    @classmethod
    def _load(cls) -> Any:
        if cls._kiwi is None:
            from kiwipiepy import Kiwi  # a heavy import: only builds that index Korean pay for it

            cls._kiwi = Kiwi(load_multi_dict=False)  # multi-word entries are not needed; halves start-up
        return cls._kiwi


def kiwi_version() -> str:
    """The installed kiwipiepy's version: analyses of another version are not reused."""
    return version("kiwipiepy")
