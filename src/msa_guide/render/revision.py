"""What a page says about its own revision: the "last updated" date and the outdated-translation note."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime

from babel.dates import format_date

from msa_guide.render.labels import label
from msa_guide.render.text import twin_link

#: Babel locale per language: British English writes "5 March 2026", as the guide's English does.
DATE_LOCALES: Mapping[str, str] = {"ko": "ko_KR", "en": "en_GB"}


def commit_date(stamp: int) -> date:
    """The day of a commit time, in UTC so that every build agrees (the page and the sitemap show this day)."""
    return datetime.fromtimestamp(stamp, tz=UTC).date()


def localized_date(stamp: int, lang: str) -> str:
    """A commit time as a date in the reader's language."""
    return format_date(commit_date(stamp), format="long", locale=DATE_LOCALES[lang])


def iso_date(stamp: int) -> str:
    """A commit time as the sitemap's ``<lastmod>`` (``2026-03-05``)."""
    return commit_date(stamp).isoformat()


def newer_twin(changed: Mapping[str, int], page: str, lang: str, languages: Sequence[str]) -> str | None:
    """The first other language whose twin of ``page`` changed after this one (keys: ``<lang>/<page>``)."""
    this = changed.get(f"{lang}/{page}")
    if this is None:
        return None
    return next((other for other in languages if other != lang and changed.get(f"{other}/{page}", 0) > this), None)


def with_stale_note(
    markdown: str, page: str, lang: str, other: str, roots: Mapping[str, str], use_directory_urls: bool = True
) -> str:
    """The page with a note under its title that the ``other`` language's twin is newer.

    ``roots`` maps each language to its URL prefix (``""`` for the default language, ``"en/"``).
    """
    twin = twin_link(page, roots[lang], roots[other], use_directory_urls)
    language = label(lang, f"language.{other}")
    note = f'!!! note "{label(lang, "stale.title")}"\n    {label(lang, "stale.body", other=language, twin=twin)}\n'
    head, separator, rest = markdown.partition("\n")
    if head.startswith("# "):
        return f"{head}\n\n{note}{separator}{rest}"
    return f"{note}\n{markdown}"
