"""Title, lead, metadata card and relation footer of a pattern page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from msa_guide.catalog.model import Catalog, Pattern, Tool
from msa_guide.catalog.page_links import Backlink
from msa_guide.render.labels import label
from msa_guide.render.mini_map import mini_map
from msa_guide.render.text import html_text, md_link, md_text, url_link
from msa_guide.render.type_pages import pattern_link


def pattern_header(catalog: Catalog, pattern: Pattern, lang: str, *, title: bool = True) -> str:
    """H1, lead paragraph and the metadata card placed at the top of a pattern page.

    ``title=False`` leaves out the H1 and the lead, for pages whose title another plugin writes.
    """
    page = pattern.page[lang].path
    pattern_type = catalog.type(pattern.type)
    category = catalog.category(pattern.category)
    type_link = md_link(page, pattern_type.index_page, f"category-{category.id}")
    rows = [
        f"{label(lang, 'type')}\n:   [{md_text(pattern_type.name[lang])}]({md_link(page, pattern_type.index_page)})"
        f"{{ .type-badge .type-{pattern_type.id} }}",
        f"{label(lang, 'category')}\n:   [{md_text(category.name[lang])}]({type_link})",
    ]
    aliases = [
        *pattern.aliases[lang],
        *(a for other in pattern.aliases if other != lang for a in pattern.aliases[other]),
    ]
    if aliases:
        rows.append(f"{label(lang, 'aliases')}\n:   " + " · ".join(md_text(a) for a in aliases))
    if pattern.tools:
        rows.append(f"{label(lang, 'tools')}\n:   " + " · ".join(tool_text(t, lang) for t in pattern.tools))
    card = "\n\n".join(rows)
    heading = f"# {md_text(pattern.name[lang])}\n\n{md_text(pattern.summary[lang])}\n{{ .lead }}\n\n" if title else ""
    return f'{heading}<div class="pattern-card" markdown>\n\n{card}\n\n</div>\n'


def tool_text(tool: Tool, lang: str) -> str:
    """A tool's name; a legacy tool carries a badge whose title (and printed note) says why it is legacy."""
    if tool.legacy is None:
        return md_text(tool.name)
    badge = html_text(label(lang, "tools.legacy"))
    return f'{md_text(tool.name)} <span class="legacy-badge" title="{html_text(tool.legacy[lang])}">{badge}</span>'


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
    """Related patterns by kind, pages that discuss this one, previous/next within the type, and the mini-map.

    ``discussed_in`` pairs a label key of :mod:`labels` (e.g. ``"compared_in"``) with a page in this language.
    """
    page = pattern.page[lang].path
    lines: list[str] = []
    for kind, ids in relations.items():
        links = " · ".join(pattern_link(catalog.pattern(i), lang, page) for i in ids)
        lines.append(f"{label(lang, 'kind.' + kind)}\n:   {links}")
    for key in dict.fromkeys(k for k, _ in discussed_in):
        links = " · ".join(f"[{md_text(b.title)}]({md_link(page, b.page)})" for k, b in discussed_in if k == key)
        lines.append(f"{label(lang, key)}\n:   {links}")
    if backlinks:
        links = " · ".join(f"[{md_text(b.title)}]({md_link(page, b.page)})" for b in backlinks)
        lines.append(f"{label(lang, 'mentioned_in')}\n:   {links}")
    previous, following = neighbours
    steps: list[str] = []
    if previous is not None:
        steps.append(f"← {label(lang, 'previous')}: {pattern_link(previous, lang, page)}")
    if following is not None:
        steps.append(f"{label(lang, 'next')}: {pattern_link(following, lang, page)} →")
    if steps:
        lines.append(f"{label(lang, 'in_type')}\n:   " + " · ".join(steps))
    if not lines:
        return ""
    body = "\n\n".join(lines)
    drawing = mini_map(
        catalog,
        pattern,
        lang,
        relations,
        lambda other: url_link(page, other.page[lang].path, other.page[lang].anchor, use_directory_urls),
    )
    figure = f'\n<figure class="pattern-neighbourhood">{drawing}</figure>\n' if drawing else ""
    return f'\n\n<div class="pattern-relations" markdown>\n\n{body}\n\n</div>\n{figure}'
