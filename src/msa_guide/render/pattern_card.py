"""Title, lead, metadata card and relation footer of a pattern page.

The title is Markdown (the H1 is the page's title and heads its table of contents). The lead, the card and the
footer are HTML, written as Python-Markdown would write the definition lists they are: the catalog plugin puts
them into the page after Markdown has run (they were a fifth of the Markdown work of a pattern page), and every
link in them comes from :func:`~msa_guide.render.text.url_link`, checked like any other by the built-site tests.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from msa_guide.catalog.model import Catalog, Pattern, Tool
from msa_guide.catalog.page_links import Backlink
from msa_guide.render.labels import label
from msa_guide.render.mini_map import mini_map
from msa_guide.render.text import definition_list, html_inline, html_link, html_text, md_text, url_link
from msa_guide.render.type_pages import pattern_html_link, pattern_url


def pattern_title(pattern: Pattern, lang: str) -> str:
    """The H1 of a pattern page (Markdown: the title feeds the page's table of contents)."""
    return f"# {md_text(pattern.name[lang])}\n"


def pattern_lead(pattern: Pattern, lang: str) -> str:
    """The lead paragraph under the title: the catalog's one-line summary (HTML, placed after Markdown)."""
    return f'<p class="lead">{html_inline(pattern.summary[lang])}</p>'


def pattern_card(catalog: Catalog, pattern: Pattern, lang: str, use_directory_urls: bool = True) -> str:
    """The metadata card under the title: type, category, aliases and tools (HTML, placed after Markdown)."""
    page = pattern.page[lang].path
    pattern_type = catalog.type(pattern.type)
    category = catalog.category(pattern.category)
    type_url = url_link(page, pattern_type.index_page, "", use_directory_urls)
    category_url = url_link(page, pattern_type.index_page, f"category-{category.id}", use_directory_urls)
    rows = [
        (label(lang, "type"), html_link(pattern_type.name[lang], type_url, f"type-badge type-{pattern_type.id}")),
        (label(lang, "category"), html_link(category.name[lang], category_url)),
    ]
    aliases = [
        *pattern.aliases[lang],
        *(a for other in pattern.aliases if other != lang for a in pattern.aliases[other]),
    ]
    if aliases:
        rows.append((label(lang, "aliases"), " · ".join(html_inline(a) for a in aliases)))
    if pattern.tools:
        rows.append((label(lang, "tools"), " · ".join(tool_text(t, lang) for t in pattern.tools)))
    return f'<div class="pattern-card">\n{definition_list(rows)}\n</div>'


def tool_text(tool: Tool, lang: str) -> str:
    """A tool's name; a legacy tool carries a badge whose title (and printed note) says why it is legacy."""
    if tool.legacy is None:
        return html_inline(tool.name)
    badge = html_text(label(lang, "tools.legacy"))
    return f'{html_inline(tool.name)} <span class="legacy-badge" title="{html_text(tool.legacy[lang])}">{badge}</span>'


def pattern_footer(
    catalog: Catalog,
    pattern: Pattern,
    lang: str,
    relations: Mapping[str, Sequence[str]],
    backlinks: Sequence[Backlink],
    neighbours: tuple[Pattern | None, Pattern | None],
    discussed_in: Sequence[tuple[str, Backlink]] = (),
    use_directory_urls: bool = True,
) -> str:
    """Related patterns by kind, pages that discuss this one, previous/next within the type, and the mini-map (HTML).

    ``discussed_in`` pairs a label key of :mod:`labels` (e.g. ``"compared_in"``) with a page in this language.
    """
    page = pattern.page[lang].path

    def link_to(other: Pattern) -> str:
        return pattern_html_link(other, lang, page, use_directory_urls)

    def page_link(backlink: Backlink) -> str:
        return html_link(backlink.title, url_link(page, backlink.page, "", use_directory_urls))

    rows: list[tuple[str, str]] = []
    for kind, ids in relations.items():
        rows.append((label(lang, "kind." + kind), " · ".join(link_to(catalog.pattern(i)) for i in ids)))
    for key in dict.fromkeys(k for k, _ in discussed_in):
        rows.append((label(lang, key), " · ".join(page_link(b) for k, b in discussed_in if k == key)))
    if backlinks:
        rows.append((label(lang, "mentioned_in"), " · ".join(page_link(b) for b in backlinks)))
    previous, following = neighbours
    steps: list[str] = []
    if previous is not None:
        steps.append(f"← {html_inline(label(lang, 'previous'))}: {link_to(previous)}")
    if following is not None:
        steps.append(f"{html_inline(label(lang, 'next'))}: {link_to(following)} →")
    if steps:
        rows.append((label(lang, "in_type"), " · ".join(steps)))
    if not rows:
        return ""
    drawing = mini_map(
        catalog,
        pattern,
        lang,
        relations,
        lambda other: pattern_url(other, lang, page, use_directory_urls),
    )
    figure = f'\n<figure class="pattern-neighbourhood">{drawing}</figure>' if drawing else ""
    return f'<div class="pattern-relations">\n{definition_list(rows)}\n</div>{figure}'
