"""The per-language search index: Material's sections of one language, plus what the browser needs to find them.

The file keeps Material's shape (``{"config": ..., "docs": [{"location", "title", "text"}]}``), so Material's
main thread fetches it and highlights with it as usual; the extra fields are read by our search worker:

- ``a``: names and aliases of the catalog or glossary entry this section is the page of (ranked like the title);
- ``r``: names of glossary terms that this section explains (ranked above the text, below the title);
- ``k`` / ``b``: Korean noun forms of the title / text that its words do not start with (see :mod:`.korean`);
- ``w``: a weight below 1 for sections that should yield to the pattern pages (the glossary);
- ``config.msa``: the particle list and the synonym groups of the query analyser, and the synonym table of
  everyday words (:mod:`.synonyms`).
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from msa_guide.memo import Memo, digest, fingerprint
from msa_guide.search import korean
from msa_guide.search import text as text_module
from msa_guide.search.aliases import AliasTables
from msa_guide.search.korean import KoreanAnalyzer, term_words
from msa_guide.search.text import PARTICLES, plain_text, tokens

#: Version of the index format the worker understands.
FORMAT = 2

_CODE = re.compile(r"<pre[^>]*>.*?</pre>", re.DOTALL)


def build_index(
    entries: Sequence[Mapping[str, Any]],
    lang: str,
    tables: AliasTables,
    *,
    material_config: Mapping[str, Any],
    root: str = "",
    analyzer: KoreanAnalyzer | None = None,
    weights: Mapping[str, float] | None = None,
    synonyms: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """Index the Material search entries of one language.

    ``root`` is the language prefix of the entries' locations (``en/``), removed because the language's pages fetch
    the index relative to their own root. ``weights`` maps a location prefix to a ranking weight (the longest
    matching prefix applies).
    """
    docs: list[dict[str, Any]] = []
    for entry in entries:
        where = str(entry["location"])
        if root and not where.startswith(root):
            continue
        docs.append({"location": where[len(root) :], "title": str(entry["title"]), "text": str(entry["text"])})
    if analyzer is not None:
        phrases = [p for table in (tables.names, tables.related) for ps in table.values() for p in ps]
        _add_korean_keys(docs, analyzer, term_words(phrases + [p for group in tables.groups for p in group]))
    for doc in docs:
        if names := tables.names.get(doc["location"]):
            doc["a"] = names
        if related := tables.related.get(doc["location"]):
            doc["r"] = related
        matching = [prefix for prefix in weights or {} if doc["location"].startswith(prefix)]
        if matching:
            doc["w"] = (weights or {})[max(matching, key=len)]  # the most specific prefix wins
    config = {key: material_config[key] for key in ("separator", "pipeline", "fields") if key in material_config}
    config["lang"] = [lang]
    config["msa"] = {
        "format": FORMAT,
        "lang": lang,
        "particles": list(PARTICLES),
        "groups": tables.groups,
        "synonyms": [dict(entry) for entry in synonyms],
    }
    return {"config": config, "docs": docs}


def _add_korean_keys(docs: list[dict[str, Any]], analyzer: KoreanAnalyzer, nouns: frozenset[str]) -> None:
    """Titles get every key their words do not already spell; texts only the keys no word of theirs starts with
    (the browser matches query words as prefixes, so 쿠버네티스 already finds 쿠버네티스입니다).

    A section's keys depend only on its title and text: with a cache file, those of the sections seen in an earlier
    build are taken from ``korean-sections.json`` next to it, and only new or edited sections are analysed.
    """
    memo = _section_memo(analyzer, nouns)
    todo: list[tuple[dict[str, Any], str]] = []
    for doc in docs:
        key = digest(doc["title"], doc["text"])
        known = memo.get(key) if memo is not None else None
        if known is None:
            todo.append((doc, key))
        else:
            _set_keys(doc, *known)
    if not todo:
        return
    titles = [doc["title"] for doc, _ in todo]
    texts = [plain_text(_CODE.sub(" ", doc["text"])) for doc, _ in todo]
    for (doc, key), title, text, title_keys, text_keys in zip(
        todo, titles, texts, analyzer.keys(titles, 3, nouns), analyzer.keys(texts, 1, nouns), strict=True
    ):
        in_title = " ".join(sorted(title_keys - set(tokens(title))))
        words = sorted(set(tokens(text)))
        in_text = " ".join(sorted(k for k in text_keys - title_keys if not _starts_any(words, k)))
        _set_keys(doc, in_title, in_text)
        if memo is not None:
            memo.put(key, [in_title, in_text])
    if memo is not None:
        memo.save()


def _set_keys(doc: dict[str, Any], in_title: str, in_text: str) -> None:
    if in_title:
        doc["k"] = in_title
    if in_text:
        doc["b"] = in_text


def _section_memo(analyzer: KoreanAnalyzer, nouns: frozenset[str]) -> Memo | None:
    if analyzer.cache_file is None:
        return None
    return Memo(analyzer.cache_file.with_name("korean-sections.json"), digest(_code(), *sorted(nouns)))


@functools.cache
def _code() -> str:
    """What a section's keys depend on besides its text: this code, the analyser's and Kiwi's version."""
    sources = [Path(module.__file__ or "") for module in (sys.modules[__name__], korean, text_module)]
    return fingerprint(sources, korean.kiwi_version(), str(korean.FORMAT))


def _starts_any(sorted_words: list[str], prefix: str) -> bool:
    at = bisect.bisect_left(sorted_words, prefix)
    return at < len(sorted_words) and sorted_words[at].startswith(prefix)
