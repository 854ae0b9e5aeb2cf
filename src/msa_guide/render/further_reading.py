"""The "further reading" section at the end of a pattern page, from the ``reading:`` ids of its catalog entries.

One line per work: authors (the first one and "et al." beyond four), the title (italic for a book, quoted
otherwise), the edition of a book, the publisher or venue and the year. Words come from :mod:`labels`. The heading
is Markdown (it belongs in the page's table of contents); the list is HTML, which the catalog plugin puts in place
after Markdown has run (:mod:`msa_guide.plugins.after_markdown`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from msa_guide.catalog.bibliography import Bibliography, Work
from msa_guide.catalog.model import Catalog, Pattern
from msa_guide.render.labels import label
from msa_guide.render.text import html_inline, md_text

#: Anchor of the section, the same in both languages.
ANCHOR = "further-reading"
#: Up to this many authors are all named; beyond it, the first one and "et al.".
MAX_NAMED_AUTHORS = 4
_END_PUNCTUATION = ("?", "!", ".")


def page_reading(catalog: Catalog, owner: Pattern, lang: str) -> tuple[str, ...]:
    """Work ids for the page ``owner`` owns: its own, then those of entries that are sections of the page."""
    page = owner.page[lang].path
    sections = [p for p in catalog.patterns_on_page(page, lang) if p is not owner]
    return tuple(dict.fromkeys(work for entry in (owner, *sections) for work in entry.reading))


def further_reading(
    bibliography: Bibliography | None,
    work_ids: Sequence[str],
    lang: str,
    hold: Callable[[str], str] = lambda html: f"{html}\n",
) -> str:
    """The section (empty when there is nothing to read): a Markdown heading, then the list as HTML passed through
    ``hold`` (by default it stays in the Markdown as a raw HTML block). Ids are checked when the site model loads.
    """
    if bibliography is None or not work_ids:
        return ""
    items = "\n".join(f"<li>{citation(bibliography.work(work_id), lang)}</li>" for work_id in work_ids)
    heading = f"## {md_text(label(lang, 'reading.heading'))} {{#{ANCHOR}}}"
    listed = f"<ul>\n{items}\n</ul>"
    return f"\n\n{heading}\n\n{hold(listed)}"


def citation(work: Work, lang: str) -> str:
    """One work as a line of HTML in the reading conventions of ``lang``."""
    names = _authors(work, lang)
    where = html_inline(" ".join(part for part in (work.publisher, work.venue) if part))
    edition = label(lang, "reading.edition", number=_ordinal(work.edition, lang)) if work.edition > 1 else ""
    if lang == "ko":
        title = f"<em>{html_inline(work.title)}</em>" if work.kind == "book" else f"“{html_inline(work.title)}”"
        return ", ".join(part for part in (names, title, edition, where, str(work.year)) if part) + "."
    if work.kind == "book":
        title = f"<em>{html_inline(work.title)}</em>" + (f", {edition}" if edition else "")
        title += "" if (edition or work.title).endswith(_END_PUNCTUATION) else "."
    else:
        title = f"“{html_inline(work.title)}" + ("" if work.title.endswith(_END_PUNCTUATION) else ".") + "”"
    return f"{names}{' ' if names.endswith('.') else '. '}{title} {where}, {work.year}."


def _authors(work: Work, lang: str) -> str:
    authors = [html_inline(name) for name in work.authors]
    if len(authors) > MAX_NAMED_AUTHORS:
        names = label(lang, "reading.et_al", first=authors[0])
    elif lang == "en" and len(authors) > 1:
        names = ", ".join(authors[:-1]) + " and " + authors[-1]
    else:
        names = ", ".join(authors)
    return label(lang, "reading.edited", names=names) if work.edited else names


def _ordinal(number: int, lang: str) -> str:
    if lang != "en":
        return str(number)
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
