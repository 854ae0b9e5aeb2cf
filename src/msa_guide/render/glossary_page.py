"""The glossary page of one language: every term in that language's order, with an anchor per term.

Korean order is 가나다 (Hangul syllables compare in dictionary order by code point), then terms in Latin letters
A–Z; English order is A–Z ignoring case. Terms are grouped under their initial (ㄱ, ㄴ, … / A, B, …).
"""

from __future__ import annotations

from msa_guide.catalog.glossary import Glossary, GlossaryEntry
from msa_guide.catalog.model import LANGUAGES, Catalog
from msa_guide.render.labels import label
from msa_guide.render.text import md_link, md_text

#: Path of the glossary page under docs/<lang>/.
GLOSSARY_PAGE = "explore/glossary.md"

# Initial consonants of Hangul syllables, in the order of their index in the syllable block (U+AC00 + 588 × i).
_CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
# Doubled consonants are filed under their plain letter, as Korean dictionaries do in their index.
_PLAIN = {"ㄲ": "ㄱ", "ㄸ": "ㄷ", "ㅃ": "ㅂ", "ㅆ": "ㅅ", "ㅉ": "ㅈ"}


def sort_key(term: str, lang: str) -> tuple[int, str]:
    """Korean: Hangul first in 가나다 order, then everything else; English: case-insensitive."""
    folded = term.casefold()
    if lang == "ko":
        return (0 if _is_syllable(term[0]) else 1, folded)
    return (0, folded)


def initial(term: str, lang: str) -> str:
    """The heading a term is filed under: its initial consonant (Korean) or letter (English)."""
    first = term[0]
    if _is_syllable(first):
        consonant = _CHOSEONG[(ord(first) - 0xAC00) // 588]
        return _PLAIN.get(consonant, consonant)
    if first.isascii() and first.isalpha():
        return first.upper() if lang == "en" else label(lang, "glossary.other_initial")
    return label(lang, "glossary.other_initial")


def glossary_markdown(glossary: Glossary, catalog: Catalog, lang: str, page: str = GLOSSARY_PAGE) -> str:
    """The Markdown of the glossary for ``lang``, to replace the page's ``<!-- glossary:terms -->`` marker."""
    entries = sorted(glossary.entries, key=lambda e: sort_key(e.term[lang], lang))
    blocks: list[str] = []
    heading = ""
    for entry in entries:
        letter = initial(entry.term[lang], lang)
        if letter != heading:
            heading = letter
            blocks.append(f"## {md_text(letter)}\n")
        blocks.append(_entry(entry, catalog, lang, page))
    return "\n".join(blocks)


def _entry(entry: GlossaryEntry, catalog: Catalog, lang: str, page: str) -> str:
    other = next(code for code in LANGUAGES if code != lang)
    lines = [f"### {md_text(entry.term[lang])} {{#{entry.id}}}", ""]
    lines.append(f"{label(lang, 'glossary.other')}: *{md_text(entry.term[other])}*")
    lines.append("")
    lines.append(md_text(entry.definition[lang]))
    lines.append("")
    aliases = [*entry.aliases[lang], *entry.aliases[other]]
    if aliases:
        lines.append(f"- {label(lang, 'glossary.aliases')}: " + ", ".join(md_text(a) for a in _unique(aliases)))
    if entry.pattern is not None:
        pattern = catalog.pattern(entry.pattern)
        ref = pattern.page[lang]
        target = md_link(page, ref.path, ref.anchor)
        lines.append(f"- {label(lang, 'glossary.page')}: [{md_text(pattern.name[lang])}]({target})")
    lines.append("")
    return "\n".join(lines)


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    kept: list[str] = []
    for item in items:
        if item.casefold() not in seen:
            seen.add(item.casefold())
            kept.append(item)
    return kept


def _is_syllable(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"
