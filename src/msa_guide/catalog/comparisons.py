"""Comparisons: ``catalog/comparisons/<id>.yml`` loaded into a validated model, checked against the catalog.

A comparison sets two or more catalog patterns (its *subjects*) side by side: dimension rows with one value per
subject, "choose it when" lists, related patterns and a diagram description. Every bad input raises one
:class:`CatalogError` naming the file and the field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from msa_guide.catalog.docs_tree import check_folder_pages, shown_path
from msa_guide.catalog.errors import CatalogError, did_you_mean, one_of
from msa_guide.catalog.fields import HTML_TAG, LANGUAGE_NAMES, Fields
from msa_guide.catalog.model import LANGUAGES, Catalog, Localized, PageRef, Pattern
from msa_guide.catalog.yaml_source import read_yaml

#: Folder of the comparison pages under ``docs/<lang>/`` (its ``index.md`` lists them all).
FOLDER = "comparisons"

COMPARISON_FIELDS = ("id", "title", "summary", "subjects", "dimensions", "choose", "related", "diagram")
DIAGRAM_KINDS = ("stacks", "sequence", "flow")
#: Box fills, named after the stylesheet's ``dg-*`` classes.
BOX_STYLES = ("infra", "platform", "app", "neutral", "accent", "warn")
#: Arrow styles: a call, its reply, an event through a broker, a compensating (undo) step.
LINE_STYLES = ("call", "reply", "event", "compensate")
STACK_SHAPES = ("stack", "hexagon")

_PANEL_FIELDS = {
    "stacks": ("title", "shape", "layers"),
    "sequence": ("title", "participants", "messages"),
    "flow": ("title", "nodes", "edges"),
}


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
class Layer:
    """One layer of a stack (drawn ``count`` times side by side) or one ring of a hexagon."""

    label: Localized
    style: str
    count: int = 1
    detail: Localized | None = None


@dataclass(frozen=True)
class StackPanel:
    shape: str
    layers: tuple[Layer, ...]
    title: Localized | None = None


@dataclass(frozen=True)
class Participant:
    id: str
    label: Localized
    style: str


@dataclass(frozen=True)
class Message:
    """An arrow between two participants, or a note on one lifeline when ``source == target``."""

    source: str
    target: str
    label: Localized
    style: str


@dataclass(frozen=True)
class SequencePanel:
    participants: tuple[Participant, ...]
    messages: tuple[Message, ...]
    title: Localized | None = None


@dataclass(frozen=True)
class Node:
    id: str
    label: Localized
    style: str
    column: int
    row: int


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    style: str
    label: Localized | None = None


@dataclass(frozen=True)
class FlowPanel:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    title: Localized | None = None


Panel = StackPanel | SequencePanel | FlowPanel


@dataclass(frozen=True)
class LegendItem:
    style: str
    label: Localized


@dataclass(frozen=True)
class Diagram:
    kind: str
    caption: Localized
    panels: tuple[Panel, ...]
    legend: tuple[LegendItem, ...] = ()


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
    base = catalog_dir.parent
    folder = catalog_dir / FOLDER
    if not folder.is_dir():
        return ()
    for stray in sorted(folder.glob("*.yaml")):
        raise CatalogError(shown_path(stray, base), "", "catalog files end in .yml, not .yaml")
    comparisons = [_load(path, shown_path(path, base), catalog) for path in sorted(folder.glob("*.yml"))]
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
        choose=_per_subject(fields, "choose", ids, "list", _localized_list),
        related=_related(fields, ids, catalog),
        diagram=_diagram(fields, ids) if fields.data.get("diagram") is not None else None,
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
    ids = [p.id for p in catalog.patterns]
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
        subject_id = entry.identifier("id")
        if not catalog.has_pattern(subject_id):
            hint = did_you_mean(subject_id, ids)
            raise fields.error(field, f"unknown pattern id '{subject_id}'{hint}")
        if any(s.id == subject_id for s in subjects):
            raise fields.error(field, f"'{subject_id}' is listed twice")
        pattern = catalog.pattern(subject_id)
        name = entry.localized("label", plain=True) if entry.data.get("label") is not None else pattern.name
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
        values = _per_subject(entry, "values", subjects, "value", lambda f, k: f.localized(k, plain=True))
        note = entry.localized("note", plain=True) if entry.data.get("note") is not None else None
        dimensions.append(Dimension(label=label, values=values, note=note))
    return tuple(dimensions)


T = TypeVar("T")


def _per_subject(
    fields: Fields, key: str, subjects: tuple[str, ...], what: str, read: Callable[[Fields, str], T]
) -> dict[str, T]:
    """A mapping with exactly one entry per subject, read by ``read(fields_of_mapping, subject_id)``."""
    raw = fields.require(key)
    if not isinstance(raw, dict):
        raise fields.error(key, f"expected a mapping with one entry per subject ({', '.join(subjects)})")
    sub = fields.sub(key, raw)
    for name in raw:
        if name not in subjects:
            hint = did_you_mean(str(name), subjects)
            raise sub.error(str(name), f"'{name}' is not a subject of this comparison{hint}; {one_of(subjects)}")
    for subject in subjects:
        if raw.get(subject) is None:
            raise sub.error(subject, f"missing {what}; every subject needs one")
    return {subject: read(sub, subject) for subject in subjects}


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
    ids = [p.id for p in catalog.patterns]
    for index, pattern_id in enumerate(related):
        if not catalog.has_pattern(pattern_id):
            raise fields.error(f"related[{index}]", f"unknown pattern id '{pattern_id}'{did_you_mean(pattern_id, ids)}")
        if pattern_id in subjects:
            raise fields.error(f"related[{index}]", f"'{pattern_id}' is already a subject of this comparison")
    return related


# -- diagram ---------------------------------------------------------------------------------------


def _diagram(fields: Fields, subjects: tuple[str, ...]) -> Diagram:
    diagram = fields.sub("diagram", fields.data["diagram"])
    diagram.reject_unknown(("kind", "caption", "legend", "panels"))
    kind = diagram.choice("kind", DIAGRAM_KINDS, "diagram kind")
    readers: dict[str, Callable[[Fields, str], Panel]] = {
        "stacks": _stack_panel,
        "sequence": _sequence_panel,
        "flow": _flow_panel,
    }
    panels = _per_subject(diagram, "panels", subjects, "panel", readers[kind])
    return Diagram(
        kind=kind,
        caption=diagram.localized("caption", plain=True),
        panels=tuple(panels[s] for s in subjects),
        legend=_legend(diagram),
    )


def _legend(fields: Fields) -> tuple[LegendItem, ...]:
    items: list[LegendItem] = []
    for index, item in enumerate(_list(fields, "legend", required=False)):
        entry = fields.sub(f"legend[{index}]", item)
        entry.reject_unknown(("style", "label"))
        style = entry.choice("style", BOX_STYLES + LINE_STYLES, "legend style")
        items.append(LegendItem(style=style, label=entry.localized("label", plain=True)))
    return tuple(items)


def _panel_fields(fields: Fields, key: str, kind: str) -> tuple[Fields, Localized | None]:
    panel = fields.sub(key, fields.data[key])
    panel.reject_unknown(_PANEL_FIELDS[kind])
    title = panel.localized("title", plain=True) if panel.data.get("title") is not None else None
    return panel, title


def _stack_panel(fields: Fields, key: str) -> StackPanel:
    panel, title = _panel_fields(fields, key, "stacks")
    shape = panel.choice("shape", STACK_SHAPES, "stack shape", default="stack")
    layers: list[Layer] = []
    for index, item in enumerate(_list(panel, "layers")):
        entry = panel.sub(f"layers[{index}]", item)
        entry.reject_unknown(("label", "detail", "style", "count"))
        count = entry.integer("count", 1)
        if not 1 <= count <= 6:
            raise entry.error("count", f"expected 1 to 6 boxes side by side, got {count}")
        if count > 1 and shape == "hexagon":
            raise entry.error("count", "a ring of a hexagon is drawn once; remove 'count'")
        detail = entry.localized("detail", plain=True) if entry.data.get("detail") is not None else None
        layers.append(
            Layer(
                label=entry.localized("label", plain=True),
                style=entry.choice("style", BOX_STYLES, "box style"),
                count=count,
                detail=detail,
            )
        )
    return StackPanel(title=title, shape=shape, layers=tuple(layers))


def _sequence_panel(fields: Fields, key: str) -> SequencePanel:
    panel, title = _panel_fields(fields, key, "sequence")
    participants: list[Participant] = []
    for index, item in enumerate(_list(panel, "participants")):
        entry = panel.sub(f"participants[{index}]", item)
        entry.reject_unknown(("id", "label", "style"))
        participant_id = entry.identifier("id")
        if any(p.id == participant_id for p in participants):
            raise entry.error("id", f"duplicate participant id '{participant_id}'")
        participants.append(
            Participant(
                id=participant_id,
                label=entry.localized("label", plain=True),
                style=entry.choice("style", BOX_STYLES, "box style", default="neutral"),
            )
        )
    names = tuple(p.id for p in participants)
    messages: list[Message] = []
    for index, item in enumerate(_list(panel, "messages")):
        entry = panel.sub(f"messages[{index}]", item)
        entry.reject_unknown(("from", "to", "label", "style"))
        messages.append(
            Message(
                source=entry.choice("from", names, "participant"),
                target=entry.choice("to", names, "participant"),
                label=entry.localized("label", plain=True),
                style=entry.choice("style", LINE_STYLES, "line style", default="call"),
            )
        )
    return SequencePanel(title=title, participants=tuple(participants), messages=tuple(messages))


def _flow_panel(fields: Fields, key: str) -> FlowPanel:
    panel, title = _panel_fields(fields, key, "flow")
    nodes: list[Node] = []
    for index, item in enumerate(_list(panel, "nodes")):
        entry = panel.sub(f"nodes[{index}]", item)
        entry.reject_unknown(("id", "label", "style", "at"))
        node_id = entry.identifier("id")
        if any(n.id == node_id for n in nodes):
            raise entry.error("id", f"duplicate node id '{node_id}'")
        column, row = _grid_position(entry)
        if other := next((n for n in nodes if (n.column, n.row) == (column, row)), None):
            raise entry.error("at", f"[{column}, {row}] is already taken by node '{other.id}'")
        nodes.append(
            Node(
                id=node_id,
                label=entry.localized("label", plain=True),
                style=entry.choice("style", BOX_STYLES, "box style", default="neutral"),
                column=column,
                row=row,
            )
        )
    names = tuple(n.id for n in nodes)
    edges: list[Edge] = []
    for index, item in enumerate(_list(panel, "edges", required=False)):
        entry = panel.sub(f"edges[{index}]", item)
        entry.reject_unknown(("from", "to", "label", "style"))
        source = entry.choice("from", names, "node")
        target = entry.choice("to", names, "node")
        if source == target:
            raise entry.error("to", "an edge needs two different nodes")
        label = entry.localized("label", plain=True) if entry.data.get("label") is not None else None
        style = entry.choice("style", LINE_STYLES, "line style", default="call")
        edges.append(Edge(source=source, target=target, style=style, label=label))
    return FlowPanel(title=title, nodes=tuple(nodes), edges=tuple(edges))


def _grid_position(fields: Fields) -> tuple[int, int]:
    value = fields.require("at")
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 9 for v in value)
    ):
        raise fields.error("at", "expected [column, row], two whole numbers from 0 to 9")
    return value[0], value[1]


def _list(fields: Fields, key: str, *, required: bool = True) -> list[Any]:
    value = fields.data.get(key)
    if value is None and not required:
        return []
    value = fields.require(key)
    if not isinstance(value, list) or not value:
        raise fields.error(key, "expected a non-empty list")
    return value


def panel_title(comparison: Comparison, index: int, lang: str) -> str:
    """The heading of the diagram panel of the ``index``-th subject (its own title or the subject's name)."""
    if comparison.diagram is None:
        raise ValueError(f"comparison '{comparison.id}' has no diagram")
    title = comparison.diagram.panels[index].title
    return title[lang] if title else comparison.subjects[index].name[lang]


def owner_of(catalog: Catalog, subject: Subject, lang: str) -> Pattern | None:
    """The catalog entry whose own page holds the subject's prose (the subject itself or the page it is part of)."""
    return catalog.owner_of_page(subject.page[lang].path, lang)
