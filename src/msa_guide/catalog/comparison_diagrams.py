"""The diagram of a comparison: one panel per subject, read from the ``diagram`` field of a comparison file.

Three kinds: ``stacks`` (layers from the bottom up, or concentric rings), ``sequence`` (participants and
numbered messages) and ``flow`` (boxes on a small grid joined by arrows); :mod:`msa_guide.render.comparison_diagrams`
draws them. Every bad input raises one :class:`CatalogError` naming the file and the field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from msa_guide.catalog.errors import did_you_mean, one_of
from msa_guide.catalog.fields import Fields
from msa_guide.catalog.model import Localized

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


T = TypeVar("T")


def per_subject(
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


def read_diagram(fields: Fields, subjects: tuple[str, ...]) -> Diagram:
    diagram = fields.sub("diagram", fields.data["diagram"])
    diagram.reject_unknown(("kind", "caption", "legend", "panels"))
    kind = diagram.choice("kind", DIAGRAM_KINDS, "diagram kind")
    readers: dict[str, Callable[[Fields, str], Panel]] = {
        "stacks": _stack_panel,
        "sequence": _sequence_panel,
        "flow": _flow_panel,
    }
    panels = per_subject(diagram, "panels", subjects, "panel", readers[kind])
    return Diagram(
        kind=kind,
        caption=diagram.localized("caption", plain=True),
        panels=tuple(panels[s] for s in subjects),
        legend=_legend(diagram),
    )


def _legend(fields: Fields) -> tuple[LegendItem, ...]:
    items: list[LegendItem] = []
    for index, item in enumerate(fields.items("legend", required=False)):
        entry = fields.sub(f"legend[{index}]", item)
        entry.reject_unknown(("style", "label"))
        style = entry.choice("style", BOX_STYLES + LINE_STYLES, "legend style")
        items.append(LegendItem(style=style, label=entry.localized("label", plain=True)))
    return tuple(items)


def _panel_fields(fields: Fields, key: str, kind: str) -> tuple[Fields, Localized | None]:
    panel = fields.sub(key, fields.data[key])
    panel.reject_unknown(_PANEL_FIELDS[kind])
    title = panel.optional_localized("title")
    return panel, title


def _stack_panel(fields: Fields, key: str) -> StackPanel:
    panel, title = _panel_fields(fields, key, "stacks")
    shape = panel.choice("shape", STACK_SHAPES, "stack shape", default="stack")
    layers: list[Layer] = []
    for index, item in enumerate(panel.items("layers")):
        entry = panel.sub(f"layers[{index}]", item)
        entry.reject_unknown(("label", "detail", "style", "count"))
        count = entry.integer("count", 1)
        if not 1 <= count <= 6:
            raise entry.error("count", f"expected 1 to 6 boxes side by side, got {count}")
        if count > 1 and shape == "hexagon":
            raise entry.error("count", "a ring of a hexagon is drawn once; remove 'count'")
        detail = entry.optional_localized("detail")
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
    for index, item in enumerate(panel.items("participants")):
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
    for index, item in enumerate(panel.items("messages")):
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
    for index, item in enumerate(panel.items("nodes")):
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
    for index, item in enumerate(panel.items("edges", required=False)):
        entry = panel.sub(f"edges[{index}]", item)
        entry.reject_unknown(("from", "to", "label", "style"))
        source = entry.choice("from", names, "node")
        target = entry.choice("to", names, "node")
        if source == target:
            raise entry.error("to", "an edge needs two different nodes")
        label = entry.optional_localized("label")
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
