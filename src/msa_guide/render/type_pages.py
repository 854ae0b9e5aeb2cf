"""The pattern-type table of the overview page and the category listing of each type page."""

from __future__ import annotations

from msa_guide.catalog.model import Catalog, Pattern
from msa_guide.render.labels import label
from msa_guide.render.text import html_link, md_link, md_text, url_link


def pattern_link(pattern: Pattern, lang: str, from_page: str) -> str:
    """A Markdown link to a pattern's page (or its section of another page); MkDocs validates it."""
    ref = pattern.page[lang]
    return f"[{md_text(pattern.name[lang])}]({md_link(from_page, ref.path, ref.anchor)})"


def pattern_url(pattern: Pattern, lang: str, from_page: str, use_directory_urls: bool = True) -> str:
    """The address of a pattern's page (or its section of another page) from ``from_page``, for HTML that skips
    Markdown (the built-site tests check every such link)."""
    ref = pattern.page[lang]
    return url_link(from_page, ref.path, ref.anchor, use_directory_urls)


def pattern_html_link(pattern: Pattern, lang: str, from_page: str, use_directory_urls: bool = True) -> str:
    """The same link as :func:`pattern_link`, as HTML."""
    return html_link(pattern.name[lang], pattern_url(pattern, lang, from_page, use_directory_urls))


def type_table(catalog: Catalog, lang: str, from_page: str) -> str:
    """The chapter's pattern-type table: one row per type, linking the type page and its patterns."""
    rows = [
        f"| {label(lang, 'pattern_type')} | {label(lang, 'description')} | {label(lang, 'patterns')} |",
        "|---|---|---|",
    ]
    for pattern_type in catalog.types:
        link = f"[{md_text(pattern_type.name[lang])}]({md_link(from_page, pattern_type.index_page)})"
        patterns = " · ".join(pattern_link(p, lang, from_page) for p in catalog.patterns_of_type(pattern_type.id))
        rows.append(f"| {link} | {md_text(pattern_type.description[lang])} | {patterns} |")
    table = "\n".join(rows)
    return f'<div class="pattern-type-table" markdown>\n\n{table}\n\n</div>\n'


def type_listing(catalog: Catalog, type_id: str, lang: str, from_page: str) -> str:
    """Patterns of one type grouped by category, each with its one-line summary."""
    parts: list[str] = []
    for category in catalog.categories_of(type_id):
        patterns = catalog.patterns_in(category.id)
        if not patterns:
            continue
        parts.append(f"### {md_text(category.name[lang])} {{#category-{category.id}}}\n")
        for pattern in patterns:
            parts.append(f"- {pattern_link(pattern, lang, from_page)} — {md_text(pattern.summary[lang])}")
        parts.append("")
    return "\n".join(parts)


def type_header(catalog: Catalog, type_id: str, lang: str) -> str:
    """Title and lead paragraph of a type page, from the catalog."""
    pattern_type = catalog.type(type_id)
    return f"# {md_text(pattern_type.name[lang])}\n\n{md_text(pattern_type.description[lang])}\n{{ .lead }}\n"
