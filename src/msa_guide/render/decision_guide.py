"""A decision guide's page: title and lead, the interactive guide, the list of outcomes, and the guides' index.

The interactive guide is rendered completely on the server: every question and every result is a hidden
``<section>`` with data attributes, and ``decision-guide.js`` only shows one of them at a time, keeps the place
in the URL fragment and draws the breadcrumbs. Without JavaScript the whole block stays hidden and the page
still carries the flowchart and the outcomes list. Every piece of catalog text is escaped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from msa_guide.catalog.decisions import COMPARISONS_FOLDER, Guide, Question, Result, path_to, state_of
from msa_guide.catalog.model import Catalog, Localized
from msa_guide.render.decision_flowchart import node_labels
from msa_guide.render.labels import label
from msa_guide.render.text import html_text, md_link, md_text, url_link
from msa_guide.render.type_pages import pattern_url


def _label(lang: str, key: str, **values: str | int) -> str:
    return label(lang, f"guide.{key}", **values)


def guide_header(guide: Guide, lang: str) -> str:
    """The page's H1 and lead paragraph, from the guide file."""
    return f"# {md_text(guide.title[lang])}\n\n{md_text(guide.summary[lang])}\n{{ .lead }}\n"


def guide_interactive(
    guide: Guide,
    catalog: Catalog,
    comparison_titles: Mapping[str, Localized],
    lang: str,
    from_page: str,
    use_directory_urls: bool = True,
) -> str:
    """Every step of the guide as a hidden section; the script shows one at a time."""
    names = node_labels(guide)
    sections: list[str] = []
    for node in (guide.node(guide.start), *(n for n in guide.nodes.values() if n.id != guide.start)):
        if isinstance(node, Question):
            sections.append(_question_section(node, names, lang))
        else:
            sections.append(
                _result_section(node, names, catalog, comparison_titles, lang, from_page, use_directory_urls)
            )
    return (
        f'<div class="decision-guide" data-guide="{guide.id}" data-start="{guide.start}" hidden>\n'
        f'<nav class="dg-trail" aria-label="{html_text(_label(lang, "trail"))}" '
        f'data-revisit="{html_text(_label(lang, "revisit"))}" hidden><ol></ol></nav>\n'
        + "\n".join(sections)
        + '\n<div class="dg-controls">'
        f'<button type="button" class="md-button" data-action="back">← {html_text(_label(lang, "back"))}</button>'
        f'<button type="button" class="md-button" data-action="restart">{html_text(_label(lang, "restart"))}</button>'
        "</div>\n</div>\n"
    )


def _question_section(question: Question, names: Mapping[str, str], lang: str) -> str:
    number = names[question.id][1:]
    hint = f'<p class="dg-hint">{html_text(question.hint[lang])}</p>' if question.hint is not None else ""
    buttons = "".join(
        f'<button type="button" class="dg-answer" data-answer="{index}" data-next="{answer.next}">'
        f"{html_text(answer.label[lang])}</button>"
        for index, answer in enumerate(question.answers, start=1)
    )
    return (
        f'<section class="dg-step dg-step-question" data-node="{question.id}" data-kind="question" '
        f'data-name="{names[question.id]}" hidden>'
        f'<p class="dg-step-label">{html_text(_label(lang, "question", number=number))}</p>'
        f'<h2 class="dg-step-title" tabindex="-1">{html_text(question.text[lang])}</h2>{hint}'
        f'<div class="dg-answers" role="group" aria-label="{html_text(_label(lang, "answers"))}">{buttons}</div>'
        "</section>"
    )


def _result_section(
    result: Result,
    names: Mapping[str, str],
    catalog: Catalog,
    comparison_titles: Mapping[str, Localized],
    lang: str,
    from_page: str,
    use_directory_urls: bool,
) -> str:
    cards: list[str] = []
    for recommendation in result.recommend:
        pattern = catalog.pattern(recommendation.pattern)
        href = pattern_url(pattern, lang, from_page, use_directory_urls)
        cards.append(
            f'<li class="dg-card" data-pattern="{pattern.id}">'
            f'<a class="dg-card-name" href="{html_text(href)}">{html_text(pattern.name[lang])}</a>'
            f'<p class="dg-card-summary">{html_text(pattern.summary[lang])}</p>'
            f'<p class="dg-card-reason"><strong>{html_text(_label(lang, "why"))}:</strong> '
            f"{html_text(recommendation.reason[lang])}</p></li>"
        )
    return (
        f'<section class="dg-step dg-step-result" data-node="{result.id}" data-kind="result" hidden>'
        f'<p class="dg-step-label">{html_text(_label(lang, "result", name=names[result.id]))}</p>'
        f'<h2 class="dg-step-title" tabindex="-1">{html_text(result.title[lang])}</h2>'
        f'<ul class="dg-cards">{"".join(cards)}</ul>'
        + _comparisons(result, comparison_titles, lang, from_page, use_directory_urls)
        + "</section>"
    )


def _comparisons(
    result: Result,
    comparison_titles: Mapping[str, Localized],
    lang: str,
    from_page: str,
    use_directory_urls: bool,
) -> str:
    if not result.comparisons:
        return ""
    links = "".join(
        f'<li><a href="{html_text(url_link(from_page, f"{COMPARISONS_FOLDER}/{c}.md", "", use_directory_urls))}">'
        f"{html_text(comparison_titles[c][lang])}</a></li>"
        for c in result.comparisons
    )
    return f'<div class="dg-compare"><p>{html_text(_label(lang, "compare"))}</p><ul>{links}</ul></div>'


def guide_outcomes(
    guide: Guide,
    catalog: Catalog,
    comparison_titles: Mapping[str, Localized],
    lang: str,
    from_page: str,
    use_directory_urls: bool = True,
) -> str:
    """Every result with its path, patterns, reasons and comparisons: the static companion of the flowchart."""
    names = node_labels(guide)
    items: list[str] = []
    for result in guide.results():
        steps = path_to(guide, result.id)
        path = " → ".join(f"{names[s.question.id]} {html_text(s.chosen.label[lang])}" for s in steps)
        patterns = "".join(
            f'<li><a href="{html_text(pattern_url(catalog.pattern(r.pattern), lang, from_page, use_directory_urls))}">'
            f"{html_text(catalog.pattern(r.pattern).name[lang])}</a> — {html_text(r.reason[lang])}</li>"
            for r in result.recommend
        )
        compare = _comparisons(result, comparison_titles, lang, from_page, use_directory_urls)
        items.append(
            f'<li class="dg-outcome" data-node="{result.id}" data-state="{html_text(state_of(steps))}">'
            f'<p class="dg-outcome-title"><strong>{names[result.id]} · {html_text(result.title[lang])}</strong></p>'
            f'<p class="dg-outcome-path">{html_text(_label(lang, "reached_by"))}: {path}</p>'
            f"<ul>{patterns}</ul>{compare}</li>"
        )
    return (
        f'<section class="dg-outcomes"><h2>{html_text(_label(lang, "outcomes"))}</h2>'
        f'<p>{html_text(_label(lang, "outcomes_lead"))}</p>\n<ul class="dg-outcome-list">\n'
        + "\n".join(items)
        + "\n</ul></section>\n"
    )


def guide_index(guides: Sequence[Guide], lang: str, from_page: str) -> str:
    """The guides as Material cards: title, lead, size and first question (readable Markdown)."""
    cards: list[str] = []
    for guide in guides:
        start = guide.node(guide.start)
        assert isinstance(start, Question)
        count = _label(lang, "count", questions=len(guide.questions()), results=len(guide.results()))
        cards.append(
            f"-   **[{md_text(guide.title[lang])}]({md_link(from_page, guide.page)})**\n\n"
            f"    ---\n\n"
            f"    {md_text(guide.summary[lang])}\n\n"
            f"    {md_text(_label(lang, 'first'))}: *{md_text(start.text[lang])}*\n\n"
            f"    {md_text(count)}\n"
        )
    return '<div class="grid cards dg-index" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"
