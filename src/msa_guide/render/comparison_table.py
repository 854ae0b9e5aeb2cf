"""A comparison page: its title and subjects (Markdown), then the dimension table, "choose it when" boxes, related
patterns and the index of all comparisons, as HTML.

The HTML blocks are written as Python-Markdown would write the tables, admonitions and definition lists they used
to be, and skip Markdown (the comparison plugin puts them into the page from ``on_page_content``); their links
come from :func:`~msa_guide.render.text.url_link`. Every piece of catalog text is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence

from msa_guide.catalog.comparisons import Comparison, Subject
from msa_guide.catalog.model import Catalog
from msa_guide.render.labels import label
from msa_guide.render.text import definition_list, html_inline, html_link, md_link, md_text, url_link
from msa_guide.render.type_pages import pattern_html_link


def subject_link(subject: Subject, lang: str, from_page: str) -> str:
    """A Markdown link to a compared pattern's page."""
    ref = subject.page[lang]
    return f"[{md_text(subject.name[lang])}]({md_link(from_page, ref.path, ref.anchor)})"


def subject_html(subject: Subject, lang: str, from_page: str, use_directory_urls: bool) -> str:
    """An HTML link to a compared pattern's page."""
    ref = subject.page[lang]
    return html_link(subject.name[lang], url_link(from_page, ref.path, ref.anchor, use_directory_urls))


def comparison_header(comparison: Comparison, lang: str) -> str:
    """H1, lead paragraph and a line naming the compared patterns (Markdown: the H1 heads the table of contents)."""
    subjects = " · ".join(subject_link(s, lang, comparison.page) for s in comparison.subjects)
    return (
        f"# {md_text(comparison.title[lang])}\n\n"
        f"{md_text(comparison.summary[lang])}\n{{ .lead }}\n\n"
        f"**{label(lang, 'comparison.subjects')}** {subjects}\n{{ .comparison-subjects }}\n"
    )


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """An HTML table of HTML cells, as Python-Markdown's tables extension writes one."""
    header = "\n".join(f"<th>{cell}</th>" for cell in head)
    body = "\n".join("<tr>\n" + "\n".join(f"<td>{cell}</td>" for cell in row) + "\n</tr>" for row in rows)
    return f"<table>\n<thead>\n<tr>\n{header}\n</tr>\n</thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def comparison_table(comparison: Comparison, lang: str, use_directory_urls: bool = True) -> str:
    """One row per dimension, one column per subject (headed by a link to its page); notes numbered below."""
    head = [html_inline(label(lang, "comparison.dimension"))]
    head += [subject_html(s, lang, comparison.page, use_directory_urls) for s in comparison.subjects]
    rows: list[list[str]] = []
    notes: list[str] = []
    for dimension in comparison.dimensions:
        mark = ""
        if dimension.note is not None:
            notes.append(dimension.note[lang])
            mark = f"<sup>{len(notes)}</sup>"
        cells = [f"<strong>{html_inline(dimension.label[lang])}</strong>{mark}"]
        cells += [html_inline(dimension.values[s.id][lang]) for s in comparison.subjects]
        rows.append(cells)
    table = f'<div class="comparison-table">\n{_table(head, rows)}\n</div>'
    if not notes:
        return table
    listed = "\n".join(f"<li>{html_inline(note)}</li>" for note in notes)
    return f'{table}\n<div class="comparison-notes">\n<ol>\n{listed}\n</ol>\n</div>'


def comparison_choose(comparison: Comparison, lang: str) -> str:
    """One tip box per subject with the situations in which it is the better choice."""
    boxes: list[str] = []
    for subject in comparison.subjects:
        title = label(lang, "comparison.choose").format(name=subject.name[lang])
        items = "\n".join(f"<li>{html_inline(item)}</li>" for item in comparison.choose[subject.id][lang])
        boxes.append(
            f'<div class="admonition tip">\n<p class="admonition-title">{html_inline(title)}</p>\n'
            f"<ul>\n{items}\n</ul>\n</div>"
        )
    return '<div class="comparison-choose">\n' + "\n".join(boxes) + "\n</div>"


def comparison_footer(comparison: Comparison, catalog: Catalog, lang: str, use_directory_urls: bool = True) -> str:
    """Related patterns and the way back to the list of comparisons."""
    page = comparison.page
    rows: list[tuple[str, str]] = []
    if comparison.related:
        links = (pattern_html_link(catalog.pattern(i), lang, page, use_directory_urls) for i in comparison.related)
        rows.append((label(lang, "related"), " · ".join(links)))
    index = url_link(page, f"{page.rsplit('/', 1)[0]}/index.md", "", use_directory_urls)
    rows.append((label(lang, "comparison.all"), html_link(label(lang, "comparison.nav"), index)))
    return f'<div class="pattern-relations comparison-relations">\n{definition_list(rows)}\n</div>'


def comparison_index(
    comparisons: Sequence[Comparison], lang: str, from_page: str, use_directory_urls: bool = True
) -> str:
    """A table of every comparison: its title (linked), its subjects (linked) and its summary."""
    head = [html_inline(label(lang, key)) for key in ("comparison.title", "comparison.subjects", "comparison.summary")]
    rows = [
        [
            html_link(comparison.title[lang], url_link(from_page, comparison.page, "", use_directory_urls)),
            " · ".join(subject_html(s, lang, from_page, use_directory_urls) for s in comparison.subjects),
            html_inline(comparison.summary[lang]),
        ]
        for comparison in comparisons
    ]
    return f'<div class="comparison-index">\n{_table(head, rows)}\n</div>'
