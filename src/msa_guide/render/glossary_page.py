"""The glossary page of one language: every term in that language's order, with an anchor per term.

Korean order is 가나다 (Hangul syllables compare in dictionary order by code point), then terms in Latin letters
A–Z; English order is A–Z ignoring case. Terms are grouped under their initial (ㄱ, ㄴ, … / A, B, …).
"""

from __future__ import annotations

from collections.abc import Callable

from msa_guide.catalog.glossary import Glossary, GlossaryEntry
from msa_guide.catalog.model import LANGUAGES, Catalog
from msa_guide.render.labels import label
from msa_guide.render.text import html_inline, md_text
from msa_guide.render.type_pages import pattern_html_link

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


def glossary_markdown(
    glossary: Glossary,
    catalog: Catalog,
    lang: str,
    page: str = GLOSSARY_PAGE,
    use_directory_urls: bool = True,
    hold: Callable[[str], str] = lambda html: f"{html}\n",
) -> str:
    """The Markdown of the glossary for ``lang``, to replace the page's ``<!-- glossary:terms -->`` marker.

    Initials and terms are Markdown headings (they make the page's table of contents and anchors); each term's
    body is HTML, passed through ``hold``: by default it stays in the Markdown as a raw HTML block, and the search
    plugin holds it back until Markdown has run (:mod:`msa_guide.plugins.after_markdown`).
    """
    entries = sorted(glossary.entries, key=lambda e: sort_key(e.term[lang], lang))
    blocks: list[str] = []
    heading = ""
    for entry in entries:
        letter = initial(entry.term[lang], lang)
        if letter != heading:
            heading = letter
            blocks.append(f"## {md_text(letter)}\n")
        blocks.append(f"### {md_text(entry.term[lang])} {{#{entry.id}}}\n")
        blocks.append(hold(entry_html(entry, catalog, lang, page, use_directory_urls)))
    return "\n".join(blocks)


def entry_html(entry: GlossaryEntry, catalog: Catalog, lang: str, page: str, use_directory_urls: bool = True) -> str:
    """A term's body: its name in the other language, its definition, other names and the page that explains it."""
    other = next(code for code in LANGUAGES if code != lang)
    parts = [
        f"<p>{html_inline(label(lang, 'glossary.other'))}: <em>{html_inline(entry.term[other])}</em></p>",
        f"<p>{html_inline(entry.definition[lang])}</p>",
    ]
    items: list[str] = []
    aliases = [*entry.aliases[lang], *entry.aliases[other]]
    if aliases:
        names = ", ".join(html_inline(a) for a in _unique(aliases))
        items.append(f"<li>{html_inline(label(lang, 'glossary.aliases'))}: {names}</li>")
    if entry.pattern is not None:
        link = pattern_html_link(catalog.pattern(entry.pattern), lang, page, use_directory_urls)
        items.append(f"<li>{html_inline(label(lang, 'glossary.page'))}: {link}</li>")
    if items:
        parts.append("<ul>\n" + "\n".join(items) + "\n</ul>")
    return "\n".join(parts)


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
