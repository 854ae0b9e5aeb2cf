"""Pure checks of prose: each takes text (and the rules) and returns ``(found, preferred, rule)`` findings.

- vocabulary: avoided forms of the glossary and of ``catalog/prose-rules.yml`` (Korean spellings, product names
  in Latin script, UK spelling);
- unseen source: phrases that refer to a source the reader never meets;
- running example: forbidden names, unknown ``Order…ed``-style events, a service given a store it does not have;
- trade-offs: the section starts with the benefits/costs table (after an optional one-paragraph lead);
- captions: a Korean caption is never in the plain style (해라체); every caption ends with a period.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from msa_guide.prose.model import ProseRules, Replacement, RunningExample
from msa_guide.prose.text import TextLine

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_WORD = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z]+(?![A-Za-z0-9_])")
# An event of the example is named <Subject><Verb>ed (OrderPlaced); longer names (OrderHistoryProjectorStalled) are
# alerts, classes or metrics, not events.
_EVENT_LIKE = re.compile(r"(?<![A-Za-z0-9_])(?:Order|Payment|Rider|Shop|Notification)[A-Z][a-z]+ed(?![A-Za-z0-9_])")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*(?:\{[^}]*\})?[ \t]*$")
_TABLE_CELLS = re.compile(r"\s*\|\s*")
_TAGS = re.compile(r"<[^>]*>")
_FIGCAPTION = re.compile(r"<figcaption[^>]*>(.*?)</figcaption>", re.DOTALL)
UNSEEN_SOURCE_FIX = "state the fact directly"


@dataclass(frozen=True)
class Finding:
    line: int
    found: str
    preferred: str
    rule: str


# -- vocabulary --------------------------------------------------------------------------------------------------


class Vocabulary:
    """Avoided forms compiled for fast matching: Latin words by lookup, Korean and multi-word forms by one regex."""

    def __init__(self, replacements: Sequence[Replacement]) -> None:
        self.words: dict[str, Replacement] = {}
        self.forms: dict[str, Replacement] = {}
        for item in replacements:
            if _LATIN_WORD.fullmatch(item.avoided):
                self.words[item.avoided.casefold()] = item
            else:
                self.forms[item.avoided.casefold()] = item
        alternatives = "|".join(re.escape(f) for f in sorted(self.forms, key=lambda f: (-len(f), f)))
        # particles attach to a Korean form, so only its start is bounded
        self.pattern = (
            re.compile(rf"(?<![\uac00-\ud7a3A-Za-z0-9])(?:{alternatives})", re.IGNORECASE) if self.forms else None
        )

    def find(self, text: str) -> list[tuple[int, str, Replacement]]:
        """``(position, found, replacement)`` of every avoided form in ``text``."""
        found: list[tuple[int, str, Replacement]] = []
        if self.words:
            for match in _WORD.finditer(text):
                item = self.words.get(match.group(0).casefold())
                if item is not None:
                    found.append((match.start(), match.group(0), item))
        if self.pattern is not None:
            for match in self.pattern.finditer(text):
                found.append((match.start(), match.group(0), self.forms[match.group(0).casefold()]))
        return sorted(found, key=lambda hit: hit[0])


_VOCABULARIES: dict[tuple[int, str], tuple[ProseRules, Vocabulary]] = {}


def vocabulary_of(rules: ProseRules, lang: str) -> Vocabulary:
    """The compiled vocabulary of a language (English rules apply to English words in Korean text too)."""
    cached = _VOCABULARIES.get((id(rules), lang))
    if cached is not None and cached[0] is rules:
        return cached[1]
    items = rules.replacements.get(lang, ()) + (rules.replacements.get("en", ()) if lang != "en" else ())
    compiled = Vocabulary(items)
    _VOCABULARIES[(id(rules), lang)] = (rules, compiled)
    return compiled


def _same_case(found: str, preferred: str) -> str:
    if found.isupper() and len(found) > 1:
        return preferred.upper()
    if found[:1].isupper() and preferred[:1].islower():
        return preferred[:1].upper() + preferred[1:]
    return preferred


def vocabulary(text: str, words: Vocabulary) -> list[tuple[str, str, str]]:
    """Avoided forms in ``text``: ``(found, preferred, rule)`` in order of appearance."""
    return [(found, _same_case(found, item.preferred), item.rule) for _, found, item in words.find(text)]


def unseen_source(text: str, phrases: Sequence[str]) -> list[str]:
    """Phrases in ``text`` that point at a source the reader never meets."""
    found: list[str] = []
    for phrase in phrases:
        pattern = rf"(?<![\uac00-\ud7a3]){re.escape(phrase)}" if _HANGUL.search(phrase) else rf"\b{re.escape(phrase)}\b"
        found += [m.group(0) for m in re.finditer(pattern, text, re.IGNORECASE)]
    return found


# -- running example ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _forbidden_pattern(items: tuple[Replacement, ...]) -> re.Pattern[str]:
    parts = []
    for item in sorted(items, key=lambda r: -len(r.avoided)):
        form = re.escape(item.avoided)
        parts.append(form if _HANGUL.search(item.avoided) else rf"(?<![A-Za-z0-9_]){form}(?![A-Za-z0-9_])")
    return re.compile("|".join(parts))


def example_names(text: str, example: RunningExample) -> list[tuple[str, str, str]]:
    """Forbidden names and unknown event-like identifiers (``OrderShipped``) in ``text``, code included."""
    found: list[tuple[str, str, str]] = []
    by_form = {item.avoided: item for item in example.forbidden}
    if example.forbidden:
        for match in _forbidden_pattern(example.forbidden).finditer(text):
            found.append((match.group(0), by_form[match.group(0)].preferred, "running example"))
    known = {*example.events, *example.commands, *by_form}
    for match in _EVENT_LIKE.finditer(text):
        name = match.group(0)
        if name not in known:
            close = difflib.get_close_matches(name, example.events, n=1, cutoff=0.6)
            preferred = close[0] if close else "an event of catalog/running-example.yml"
            found.append((name, preferred, "running example: unknown event"))
    return found


def _service_mention(name: str, lang: str) -> re.Pattern[str]:
    if lang == "ko":
        return re.compile(rf"(?<![\uac00-\ud7a3]){re.escape(name)}\s*(?:서비스|DB|데이터베이스|저장소)")
    return re.compile(
        rf"(?<![A-Za-z0-9_]){re.escape(name)}s?[ -](?:service|database|db|datastore|store)\b", re.IGNORECASE
    )


def _bare_name(name: str, lang: str) -> re.Pattern[str]:
    if lang == "ko":
        return re.compile(rf"(?<![\uac00-\ud7a3]){re.escape(name)}")
    return re.compile(rf"(?<![A-Za-z0-9_]){re.escape(name)}", re.IGNORECASE)


def example_stores(sentence: str, lang: str, example: RunningExample) -> list[tuple[str, str, str]]:
    """A database the sentence gives a service of the example that the example does not give it."""
    services = [s for s in example.services if _service_mention(s.name[lang], lang).search(sentence)]
    if not services:
        return []
    # a store of any service the sentence names, even in passing ("the Redis store that holds rider positions")
    named = [s for s in example.services if _bare_name(s.name[lang], lang).search(sentence)]
    allowed = {store for service in (*services, *named) for store in service.stores}
    lowered = sentence.casefold()
    if any(word.casefold() in lowered for word in example.read_model_words.get(lang, ())):
        allowed |= set(example.read_model_stores)
    found: list[tuple[str, str, str]] = []
    for database in example.databases:
        if database in allowed:
            continue
        for match in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(database)}(?![A-Za-z0-9])", sentence, re.IGNORECASE):
            owner = services[0]
            found.append((match.group(0), " + ".join(owner.stores), f"running example: {owner.id} store"))
    return found


def sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


# -- page structure ----------------------------------------------------------------------------------------------


def trade_offs(lines: Sequence[TextLine], heading: str, header: Sequence[str]) -> list[Finding]:
    """The ``## <heading>`` section starts with the ``| a | b |`` table, after at most one paragraph."""
    expected = "| " + " | ".join(header) + " |"
    found: list[Finding] = []
    for index, line in enumerate(lines):
        match = _HEADING.match(line.prose) if not line.code else None
        if not match or len(match.group(1)) != 2 or match.group(2).strip() != heading:
            continue
        rest = list(lines[index + 1 :])
        position = _skip_blank(rest, 0)
        if position < len(rest) and _is_paragraph(rest[position]):
            while position < len(rest) and rest[position].raw.strip() and _is_paragraph(rest[position]):
                position += 1
            position = _skip_blank(rest, position)
        if position >= len(rest) or _HEADING.match(rest[position].raw):
            found.append(Finding(line.number, line.raw.strip(), expected, "trade-offs table"))
            continue
        first = rest[position]
        cells = [c for c in _TABLE_CELLS.split(first.raw.strip()) if c]
        if not first.raw.lstrip().startswith("|") or cells != list(header):
            found.append(Finding(first.number, _short(first.raw.strip()), expected, "trade-offs table"))
    return found


def _skip_blank(lines: Sequence[TextLine], position: int) -> int:
    while position < len(lines) and not lines[position].raw.strip():
        position += 1
    return position


def _is_paragraph(line: TextLine) -> bool:
    text = line.raw.lstrip()
    return bool(text) and not line.code and not re.match(r"(?:\||[-*+] |\d+[.)] |!!!|\?\?\?|#|<|>)", text)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def caption(text: str, lang: str, rules: ProseRules) -> list[tuple[str, str, str]]:
    """Problems of one figure caption: a plain-style (해라체) Korean sentence, a missing final period."""
    plain = " ".join(_TAGS.sub("", text).split())
    if not plain:
        return []
    found: list[tuple[str, str, str]] = []
    if lang == "ko":
        for sentence in sentences(plain):
            ending = sentence.rstrip()
            if _plain_style(ending, rules.caption_plain_endings):
                found.append((_tail(ending), "합니다체 or a noun phrase", "caption style"))
    if not plain.endswith("."):
        found.append((_tail(plain), _tail(plain) + ".", "caption ends with a period"))
    return found


def _plain_style(sentence: str, endings: Sequence[str]) -> bool:
    """A Korean sentence in the plain style: a listed ending, or a verb in -ㄴ다 (한다, 된다, 는다, 간다)."""
    if sentence.endswith(tuple(endings)):
        return True
    if not sentence.endswith("다.") or len(sentence) < 3:
        return False
    syllable = ord(sentence[-3]) - 0xAC00
    return 0 <= syllable < 11172 and syllable % 28 == 4


def _tail(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else "…" + text[-(limit - 1) :]


def captions(markdown: str, lang: str, rules: ProseRules) -> list[Finding]:
    """Every ``<figcaption>`` of a page."""
    found: list[Finding] = []
    for match in _FIGCAPTION.finditer(markdown):
        number = markdown.count("\n", 0, match.start(1)) + 1
        found += [Finding(number, *item) for item in caption(match.group(1), lang, rules)]
    return found


def line_findings(
    lines: Iterable[TextLine], lang: str, rules: ProseRules, *, unseen_allowed: bool = False
) -> list[Finding]:
    """Vocabulary, unseen-source and running-example findings of every line (``lang`` is the text's language)."""
    words = vocabulary_of(rules, lang)
    found: list[Finding] = []
    for line in lines:
        items: list[tuple[str, str, str]] = []
        if line.prose.strip():
            items += vocabulary(line.prose, words)
            if not unseen_allowed:
                items += [
                    (p, UNSEEN_SOURCE_FIX, "unseen source")
                    for p in unseen_source(line.prose, rules.unseen_source.get(lang, ()))
                ]
            for sentence in sentences(line.prose):
                items += example_stores(sentence, lang, rules.example)
        if line.raw.strip():
            items += example_names(line.raw, rules.example)
        found += [Finding(line.number, *item) for item in items]
    return found
