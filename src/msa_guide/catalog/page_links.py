"""Links between pages, in one language, computed from the site model: what each pattern page lists at its foot.

- :func:`discussed_in`: the comparisons that compare a pattern and the decision guides that recommend it,
  keyed by the entry that owns the page the pattern is written on;
- :func:`map_edges`: the comparison edges the pattern map draws next to the authored relations;
- :func:`neighbours`: previous and next pattern page within a type;
- :func:`also_discussed_on`: the other pages whose prose links to a pattern page.

All pure: the plugins hand in the model, the language and (for the prose) the page sources.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from msa_guide.catalog.decisions import recommended_patterns
from msa_guide.catalog.markdown_source import title
from msa_guide.catalog.model import Pattern
from msa_guide.catalog.prose_links import inbound, links_by_page
from msa_guide.catalog.site_model import SiteModel

#: The label keys of the "discussed in" groups, in the order a pattern page shows them.
COMPARED_IN = "compared_in"
RECOMMENDED_IN = "recommended_in"


@dataclass(frozen=True)
class Backlink:
    """A page that links to a pattern: its source path under ``docs/<lang>/`` and its title."""

    page: str
    title: str


#: Per pattern id, the ``(label key, page)`` pairs of its "discussed in" groups.
DiscussedIn = Mapping[str, tuple[tuple[str, Backlink], ...]]


def discussed_in(model: SiteModel, lang: str) -> DiscussedIn:
    """Comparisons first, then decision guides; each page once per owning entry."""
    catalog = model.catalog
    found: dict[str, list[tuple[str, Backlink]]] = {}
    for comparison in model.comparisons:
        backlink = Backlink(page=comparison.page, title=comparison.title[lang])
        owners = (catalog.owner_of_page(subject.page[lang].path, lang) for subject in comparison.subjects)
        for owner_id in dict.fromkeys(owner.id for owner in owners if owner is not None):
            found.setdefault(owner_id, []).append((COMPARED_IN, backlink))
    for guide in model.guides:
        backlink = Backlink(page=guide.page, title=guide.title[lang])
        owners = (catalog.owner_of(pattern_id, lang) for pattern_id in recommended_patterns(guide))
        for owner_id in dict.fromkeys(owner.id for owner in owners if owner is not None):
            found.setdefault(owner_id, []).append((RECOMMENDED_IN, backlink))
    return {pattern_id: tuple(entries) for pattern_id, entries in found.items()}


def map_edges(model: SiteModel, lang: str) -> tuple[tuple[str, str, str], ...]:
    """``(source id, target id, comparison title)`` for every pair of subjects of every comparison."""
    return tuple(
        (a.id, b.id, comparison.title[lang])
        for comparison in model.comparisons
        for a, b in itertools.combinations(comparison.subjects, 2)
    )


def own_pages(model: SiteModel, lang: str) -> dict[str, Pattern]:
    """Page path → the entry whose own page it is."""
    return {p.page[lang].path: p for p in model.catalog.patterns if p.has_own_page(lang)}


def neighbours(model: SiteModel, lang: str) -> dict[str, tuple[Pattern | None, Pattern | None]]:
    """Per pattern with a page of its own, the previous and next such pattern of its type (reading order)."""
    catalog = model.catalog
    result: dict[str, tuple[Pattern | None, Pattern | None]] = {}
    for pattern_type in catalog.types:
        siblings = [p for p in catalog.patterns_of_type(pattern_type.id) if p.has_own_page(lang)]
        for index, pattern in enumerate(siblings):
            previous = siblings[index - 1] if index > 0 else None
            following = siblings[index + 1] if index + 1 < len(siblings) else None
            result[pattern.id] = (previous, following)
    return result


def page_titles(model: SiteModel, sources: Mapping[str, str], lang: str) -> dict[str, str]:
    """The title of every page as readers see it: from the catalog, a comparison or guide, else its H1."""
    named: dict[str, str] = {path: p.name[lang] for path, p in own_pages(model, lang).items()}
    named.update({t.index_page: t.name[lang] for t in model.catalog.types})
    named.update({c.page: c.title[lang] for c in model.comparisons})
    named.update({g.page: g.title[lang] for g in model.guides})
    return {page: named.get(page) or title(markdown) or page for page, markdown in sources.items()}


def also_discussed_on(model: SiteModel, sources: Mapping[str, str], lang: str) -> dict[str, tuple[Backlink, ...]]:
    """Per pattern page, the pages whose prose links to it, except related patterns and "discussed in" pages.

    ``sources`` maps every page path of the language (under ``docs/<lang>/``) to its Markdown.
    """
    owned = own_pages(model, lang)
    listed = discussed_in(model, lang)
    titles = page_titles(model, sources, lang)
    result: dict[str, tuple[Backlink, ...]] = {}
    for target, linking in inbound(links_by_page(sources)).items():
        pattern = owned.get(target)
        if pattern is None:
            continue
        related = {i for ids in model.relations[pattern.id].values() for i in ids}
        shown_elsewhere = {model.catalog.pattern(i).page[lang].path for i in related}
        shown_elsewhere |= {backlink.page for _, backlink in listed.get(pattern.id, ())}
        result[target] = tuple(Backlink(page=s, title=titles[s]) for s in linking if s not in shown_elsewhere)
    return result
