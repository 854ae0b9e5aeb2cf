"""Comparisons: ``catalog/comparisons/<id>.yml`` loaded into a validated model, checked against the catalog.

A comparison sets two or more catalog patterns (its *subjects*) side by side: dimension rows with one value per
subject, "choose it when" lists, related patterns and a diagram description (read by
:mod:`msa_guide.catalog.comparison_diagrams`). Every bad input raises one :class:`CatalogError` naming the file
and the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from msa_guide.catalog.comparison_diagrams import Diagram, per_subject, read_diagram
from msa_guide.catalog.docs_tree import check_folder_pages
from msa_guide.catalog.fields import HTML_TAG, LANGUAGE_NAMES, Fields
from msa_guide.catalog.model import LANGUAGES, Catalog, Localized, PageRef, Pattern
from msa_guide.catalog.yaml_source import read_yaml, record_files

#: Folder of the comparison pages under ``docs/<lang>/`` (its ``index.md`` lists them all).
FOLDER = "comparisons"

COMPARISON_FIELDS = ("id", "title", "summary", "subjects", "dimensions", "choose", "related", "diagram")


@dataclass(frozen=True)
class Subject:
    """A compared pattern: its id, the name shown for it (catalog name unless overridden) and its page."""

    id: str
    name: Localized
    page: Mapping[str, PageRef]


@dataclass(frozen=True)
class Dimension:
    label: Localized
    values: Mapping[str, Localized]
    note: Localized | None = None


@dataclass(frozen=True)
class Comparison:
    id: str
    title: Localized
    summary: Localized
    subjects: tuple[Subject, ...]
    dimensions: tuple[Dimension, ...]
    choose: Mapping[str, Mapping[str, tuple[str, ...]]]
    related: tuple[str, ...]
    diagram: Diagram | None
    source: str = ""
    title_source: str = ""  # the file that gives title and lead: this one, or the catalog entry of the page

    @property
    def page(self) -> str:
        return f"{FOLDER}/{self.id}.md"


def load_comparisons(catalog_dir: Path, catalog: Catalog) -> tuple[Comparison, ...]:
    """Read and validate ``catalog_dir/comparisons/*.yml``; return them in the catalog's reading order."""
    comparisons = [
        _load(path, shown, catalog) for path, shown in record_files(catalog_dir / FOLDER, catalog_dir.parent)
    ]
    position = {p.id: index for index, p in enumerate(catalog.reading_order())}
    return tuple(sorted(comparisons, key=lambda c: (min(position[s.id] for s in c.subjects), c.id)))


def check_comparison_pages(comparisons: tuple[Comparison, ...], docs_dir: Path) -> None:
    """Every comparison has its page in every language; every page of the folder has its comparison."""
    check_folder_pages([(r.source, r.page) for r in comparisons], docs_dir, FOLDER, "comparison")


# -- one file --------------------------------------------------------------------------------------


def _load(path: Path, shown: str, catalog: Catalog) -> Comparison:
    fields = Fields(read_yaml(path, shown), shown)
    fields.reject_unknown(COMPARISON_FIELDS)
    comparison_id = fields.identifier("id")
    if comparison_id != path.stem:
        raise fields.error("id", f"'{comparison_id}' does not match the file name '{path.name}'")
    title, summary, title_source = _title_and_summary(fields, f"{FOLDER}/{comparison_id}.md", catalog)
    subjects = _subjects(fields, catalog)
    ids = tuple(s.id for s in subjects)
    return Comparison(
        id=comparison_id,
        title=title,
        summary=summary,
        subjects=subjects,
        dimensions=_dimensions(fields, ids),
        choose=per_subject(fields, "choose", ids, "list", _localized_list),
        related=_related(fields, ids, catalog),
        diagram=read_diagram(fields, ids) if fields.data.get("diagram") is not None else None,
        source=shown,
        title_source=title_source,
    )


def _title_and_summary(fields: Fields, page: str, catalog: Catalog) -> tuple[Localized, Localized, str]:
    """Title and lead come from the catalog entry whose page this is, if there is one; else from this file."""
    entry = next((p for p in catalog.patterns if p.page["ko"] == PageRef(page)), None)
    if entry is None:
        return fields.localized("title", plain=True), fields.localized("summary", plain=True), fields.file
    for key, source in (("title", "name"), ("summary", "summary")):
        if fields.data.get(key) is not None:
            raise fields.error(key, f"already given by {entry.source} ({source}); remove it here")
    return entry.name, entry.summary, entry.source


def _subjects(fields: Fields, catalog: Catalog) -> tuple[Subject, ...]:
    raw = fields.require("subjects")
    if not isinstance(raw, list) or len(raw) < 2:
        raise fields.error("subjects", "expected a list of at least two catalog pattern ids")
    subjects: list[Subject] = []
    for index, item in enumerate(raw):
        key = f"subjects[{index}]"
        if isinstance(item, str):
            entry = Fields({"id": item}, fields.file, fields.name(key))
            field = key
        else:
            entry = fields.sub(key, item)
            entry.reject_unknown(("id", "label"))
            field = f"{key}.id"
        subject_id = fields.known_pattern(field, entry.identifier("id"), catalog)
        if any(s.id == subject_id for s in subjects):
            raise fields.error(field, f"'{subject_id}' is listed twice")
        pattern = catalog.pattern(subject_id)
        name = entry.optional_localized("label") or pattern.name
        subjects.append(Subject(id=subject_id, name=name, page=pattern.page))
    return tuple(subjects)


def _dimensions(fields: Fields, subjects: tuple[str, ...]) -> tuple[Dimension, ...]:
    raw = fields.require("dimensions")
    if not isinstance(raw, list) or not raw:
        raise fields.error("dimensions", "expected a non-empty list of dimensions")
    dimensions: list[Dimension] = []
    for index, item in enumerate(raw):
        entry = fields.sub(f"dimensions[{index}]", item)
        entry.reject_unknown(("label", "values", "note"))
        label = entry.localized("label", plain=True)
        if any(d.label["en"].casefold() == label["en"].casefold() for d in dimensions):
            raise entry.error("label", f"dimension '{label['en']}' is listed twice")
        values = per_subject(entry, "values", subjects, "value", lambda f, k: f.localized(k, plain=True))
        note = entry.optional_localized("note")
        dimensions.append(Dimension(label=label, values=values, note=note))
    return tuple(dimensions)


def _localized_list(fields: Fields, key: str) -> dict[str, tuple[str, ...]]:
    """``{ko: [...], en: [...]}``: a non-empty list of plain sentences per language."""
    sub = fields.sub(key, fields.require(key))
    sub.reject_unknown(LANGUAGES)
    result: dict[str, tuple[str, ...]] = {}
    for lang in LANGUAGES:
        if sub.data.get(lang) is None:
            raise sub.error(lang, f"missing {LANGUAGE_NAMES[lang]} text")
        items = sub.text_list(lang)
        if not items:
            raise sub.error(lang, "expected a non-empty list")
        for index, item in enumerate(items):
            if tag := HTML_TAG.search(item):
                raise sub.error(f"{lang}[{index}]", f"HTML is not allowed here ('{tag.group(0)}'); write plain text")
        result[lang] = items
    return result


def _related(fields: Fields, subjects: tuple[str, ...], catalog: Catalog) -> tuple[str, ...]:
    related = fields.text_list("related")
    for index, pattern_id in enumerate(related):
        fields.known_pattern(f"related[{index}]", pattern_id, catalog)
        if pattern_id in subjects:
            raise fields.error(f"related[{index}]", f"'{pattern_id}' is already a subject of this comparison")
    return related


def panel_title(comparison: Comparison, index: int, lang: str) -> str:
    """The heading of the diagram panel of the ``index``-th subject (its own title or the subject's name)."""
    if comparison.diagram is None:
        raise ValueError(f"comparison '{comparison.id}' has no diagram")
    title = comparison.diagram.panels[index].title
    return title[lang] if title else comparison.subjects[index].name[lang]


def owner_of(catalog: Catalog, subject: Subject, lang: str) -> Pattern | None:
    """The catalog entry whose own page holds the subject's prose (the subject itself or the page it is part of)."""
    return catalog.owner_of_page(subject.page[lang].path, lang)
