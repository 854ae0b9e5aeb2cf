"""The Markdown of a comparison page: title and subjects, the dimension table, "choose it when" lists,
related patterns, and the index of all comparisons. Every piece of catalog text is escaped."""

from __future__ import annotations

from collections.abc import Sequence

from msa_guide.catalog.comparisons import Comparison, Subject
from msa_guide.catalog.model import Catalog
from msa_guide.render.labels import label
from msa_guide.render.text import md_link, md_text
from msa_guide.render.type_pages import pattern_link


def subject_link(subject: Subject, lang: str, from_page: str) -> str:
    ref = subject.page[lang]
    return f"[{md_text(subject.name[lang])}]({md_link(from_page, ref.path, ref.anchor)})"


def comparison_header(comparison: Comparison, lang: str) -> str:
    """H1, lead paragraph and a line naming the compared patterns (each linked to its page)."""
    subjects = " · ".join(subject_link(s, lang, comparison.page) for s in comparison.subjects)
    return (
        f"# {md_text(comparison.title[lang])}\n\n"
        f"{md_text(comparison.summary[lang])}\n{{ .lead }}\n\n"
        f"**{label(lang, 'comparison.subjects')}** {subjects}\n{{ .comparison-subjects }}\n"
    )


def comparison_table(comparison: Comparison, lang: str) -> str:
    """One row per dimension, one column per subject (headed by a link to its page); notes numbered below."""
    head = [label(lang, "comparison.dimension")]
    head += [subject_link(s, lang, comparison.page) for s in comparison.subjects]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    notes: list[str] = []
    for dimension in comparison.dimensions:
        mark = ""
        if dimension.note is not None:
            notes.append(dimension.note[lang])
            mark = f"<sup>{len(notes)}</sup>"
        cells = [f"**{md_text(dimension.label[lang])}**{mark}"]
        cells += [md_text(dimension.values[s.id][lang]) for s in comparison.subjects]
        rows.append("| " + " | ".join(cells) + " |")
    table = "\n".join(rows)
    listed = "".join(f"{number}. {md_text(note)}\n" for number, note in enumerate(notes, start=1))
    notes_block = f'\n<div class="comparison-notes" markdown>\n\n{listed}\n</div>\n' if notes else ""
    return f'<div class="comparison-table" markdown>\n\n{table}\n\n</div>\n{notes_block}'


def comparison_choose(comparison: Comparison, lang: str) -> str:
    """One tip box per subject with the situations in which it is the better choice."""
    boxes: list[str] = []
    for subject in comparison.subjects:
        title = label(lang, "comparison.choose").format(name=subject.name[lang])
        items = "\n".join(f"    - {md_text(item)}" for item in comparison.choose[subject.id][lang])
        boxes.append(f'!!! tip "{md_text(title)}"\n\n{items}\n')
    return '<div class="comparison-choose" markdown>\n\n' + "\n".join(boxes) + "\n</div>\n"


def comparison_footer(comparison: Comparison, catalog: Catalog, lang: str) -> str:
    """Related patterns and the way back to the list of comparisons."""
    lines: list[str] = []
    if comparison.related:
        links = " · ".join(pattern_link(catalog.pattern(i), lang, comparison.page) for i in comparison.related)
        lines.append(f"{label(lang, 'related')}\n:   {links}")
    index = md_link(comparison.page, f"{comparison.page.rsplit('/', 1)[0]}/index.md")
    lines.append(f"{label(lang, 'comparison.all')}\n:   [{label(lang, 'comparison.nav')}]({index})")
    body = "\n\n".join(lines)
    return f'\n\n<div class="pattern-relations comparison-relations" markdown>\n\n{body}\n\n</div>\n'


def comparison_index(comparisons: Sequence[Comparison], lang: str, from_page: str) -> str:
    """A table of every comparison: its title (linked), its subjects (linked) and its summary."""
    head = (label(lang, "comparison.title"), label(lang, "comparison.subjects"), label(lang, "comparison.summary"))
    rows = ["| " + " | ".join(head) + " |", "|---|---|---|"]
    for comparison in comparisons:
        title = f"[{md_text(comparison.title[lang])}]({md_link(from_page, comparison.page)})"
        subjects = " · ".join(subject_link(s, lang, from_page) for s in comparison.subjects)
        rows.append(f"| {title} | {subjects} | {md_text(comparison.summary[lang])} |")
    table = "\n".join(rows)
    return f'<div class="comparison-index" markdown>\n\n{table}\n\n</div>\n'
