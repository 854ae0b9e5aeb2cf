"""Which markers and headings each kind of page may carry, per plugin namespace (pure; see :mod:`page_checks`)."""

from __future__ import annotations

from msa_guide.catalog import comparisons, decisions
from msa_guide.catalog.page_checks import MarkerRule, check_markers, check_no_headings, check_no_title
from msa_guide.catalog.site_model import SiteModel

#: Pages whose title and lead the comparison plugin writes (a comparison can also be a catalog entry).
TITLED_BY_COMPARISONS = (f"{comparisons.FOLDER}/",)
COMPARISON_INDEX = f"{comparisons.FOLDER}/index.md"
DECISION_INDEX = f"{decisions.FOLDER}/index.md"
GUIDE_HEADINGS = (
    "write the introduction of a guide page without headings "
    "(a table of contents would let Material overwrite the guide's place in the URL)"
)
_CATALOG_ANYWHERE = frozenset({"type-table", "pattern-map", "pattern-browser"})


def check_catalog_page(model: SiteModel, path: str, markdown: str, shown: str, lang: str) -> None:
    """Catalog markers where they belong; no hand-written title on a type page or a pattern's own page."""
    catalog = model.catalog
    is_type_page = any(t.index_page == path for t in catalog.types)
    is_pattern_page = catalog.owner_of_page(path, lang) is not None
    rule = MarkerRule(
        "catalog",
        allowed=_CATALOG_ANYWHERE,
        required=frozenset({"type-listing"}) if is_type_page else frozenset(),
        needs="a type page needs this marker",
    )
    check_markers(markdown, rule, shown)
    if is_type_page or is_pattern_page:
        check_no_title(markdown, shown, "the catalog")


def comparison_markers(model: SiteModel, path: str) -> frozenset[str]:
    """The comparison markers a page must carry, each exactly once (no other may stand on it)."""
    if path == COMPARISON_INDEX:
        return frozenset({"index"})
    comparison = model.comparison_on(path)
    if comparison is None:
        return frozenset()
    return frozenset({"table", "choose"} | ({"diagram"} if comparison.diagram is not None else set()))


def check_comparison_page(model: SiteModel, path: str, markdown: str, shown: str) -> None:
    check_markers(markdown, MarkerRule("comparison", required=comparison_markers(model, path)), shown)
    comparison = model.comparison_on(path)
    if comparison is not None:
        check_no_title(markdown, shown, comparison.title_source)


def check_decision_page(model: SiteModel, path: str, markdown: str, shown: str) -> None:
    """Markers only where they belong, exactly once; a guide page without headings of its own."""
    guide = model.guide_on(path)
    required = {"index"} if path == DECISION_INDEX else {"guide"} if guide is not None else set()
    check_markers(markdown, MarkerRule("decision", required=frozenset(required)), shown)
    if guide is not None:
        check_no_headings(markdown, shown, guide.source, GUIDE_HEADINGS)


def check_glossary_page(path: str, markdown: str, shown: str, glossary_page: str) -> None:
    """The terms marker on the glossary page, exactly once, and nowhere else."""
    rule = MarkerRule(
        "glossary",
        required=frozenset({"terms"}) if path == glossary_page else frozenset(),
        needs="the glossary page needs this marker, exactly once",
        misplaced=f"it belongs on {glossary_page}",
    )
    check_markers(markdown, rule, shown)
