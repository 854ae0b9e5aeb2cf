"""The catalog browser: every pattern as a table row with facet filters and a bilingual text filter."""

from __future__ import annotations

from msa_guide.catalog.model import LANGUAGES, Catalog
from msa_guide.render.labels import label
from msa_guide.render.text import html_text
from msa_guide.render.type_pages import pattern_url


def search_key(*texts: str) -> str:
    """What the text filter matches: lower case with spacing removed, so 회로차단기 finds 회로 차단기."""
    return " ".join("".join(t.casefold().split()) for t in texts)


def catalog_browser(catalog: Catalog, lang: str, from_page: str, use_directory_urls: bool = True) -> str:
    other = next(code for code in LANGUAGES if code != lang)
    tools = sorted({tool.name for p in catalog.patterns for tool in p.tools}, key=str.casefold)
    legacy = {tool.name for p in catalog.patterns for tool in p.tools if tool.is_legacy}
    legacy_mark = f" ({label(lang, 'tools.legacy')})"
    type_options = "".join(f'<option value="{t.id}">{html_text(t.name[lang])}</option>' for t in catalog.types)
    category_options = "".join(
        f'<option value="{c.id}" data-type="{c.type}">{html_text(c.name[lang])}</option>'
        for c in catalog.categories
        if catalog.patterns_in(c.id)
    )
    tool_options = "".join(
        f'<option value="{html_text(t)}">{html_text(t + (legacy_mark if t in legacy else ""))}</option>' for t in tools
    )
    rows: list[str] = []
    for pattern in catalog.reading_order():
        href = pattern_url(pattern, lang, from_page, use_directory_urls)
        key = search_key(
            *(pattern.name[code] for code in LANGUAGES),
            *(alias for code in LANGUAGES for alias in pattern.aliases[code]),
            pattern.id,
        )
        rows.append(
            f'<tr data-id="{pattern.id}" data-type="{pattern.type}" data-category="{pattern.category}" '
            f'data-tools="{html_text("|".join(pattern.tool_names))}" data-key="{html_text(key)}">'
            f'<td><a href="{html_text(href)}">{html_text(pattern.name[lang])}</a></td>'
            f"<td>{html_text(pattern.name[other])}</td>"
            f'<td><span class="type-badge type-{pattern.type}">'
            f"{html_text(catalog.type(pattern.type).name[lang])}</span>"
            f"<br>{html_text(catalog.category(pattern.category).name[lang])}</td>"
            f"<td>{html_text(pattern.summary[lang])}</td></tr>"
        )
    return (
        f'<form class="catalog-browser-controls" role="search" onsubmit="return false">'
        f'<input type="search" data-filter="text" placeholder="{html_text(label(lang, "browser.search"))}" '
        f'aria-label="{html_text(label(lang, "browser.search"))}">'
        f'<select data-filter="type" aria-label="{html_text(label(lang, "type"))}">'
        f'<option value="">{html_text(label(lang, "browser.all_types"))}</option>{type_options}</select>'
        f'<select data-filter="category" aria-label="{html_text(label(lang, "category"))}">'
        f'<option value="">{html_text(label(lang, "browser.all_categories"))}</option>{category_options}</select>'
        f'<select data-filter="tool" aria-label="{html_text(label(lang, "tools"))}">'
        f'<option value="">{html_text(label(lang, "browser.all_tools"))}</option>{tool_options}</select>'
        f'<output class="catalog-browser-count" aria-live="polite"><span>{len(rows)}</span> '
        f"{html_text(label(lang, 'browser.shown'))}</output></form>\n"
        f'<table class="catalog-browser"><thead><tr><th>{html_text(label(lang, "browser.name"))}</th>'
        f"<th>{html_text(label(lang, 'browser.english'))}</th><th>{html_text(label(lang, 'type'))}</th>"
        f"<th>{html_text(label(lang, 'browser.summary'))}</th></tr></thead><tbody>\n"
        + "\n".join(rows)
        + f'\n</tbody></table>\n<p class="catalog-browser-empty" hidden>{html_text(label(lang, "browser.none"))}</p>\n'
    )
