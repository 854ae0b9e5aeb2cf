"""Decision guides: ``catalog/decisions/<id>.yml`` loaded into a validated tree, and the walks through it.

A guide is a small decision tree. Each *question* offers answers; each answer leads to another question or to a
*result*, which recommends catalog patterns (each with a one-line reason) and the comparison pages that weigh the
trade-off. Every node has exactly one way in, so a node's path from the start is unique. Every bad input raises
one :class:`CatalogError` naming the file and the field.

The reader's place in a guide is written ``q1/a2/q3/a1``: the questions passed, each with the number (from 1) of
the answer chosen there. The browser script uses the same notation in the page's URL fragment.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from msa_guide.catalog.docs_tree import check_folder_pages
from msa_guide.catalog.errors import CatalogError, did_you_mean
from msa_guide.catalog.fields import KEBAB_CASE, Fields
from msa_guide.catalog.model import LANGUAGES, Catalog, Localized, Pattern
from msa_guide.catalog.yaml_source import read_yaml, record_files

#: Folder of the guide files under ``catalog/`` and of the guide pages under ``docs/<lang>/``.
FOLDER = "decisions"
#: Folder of the comparison files under ``catalog/``: a result may point at any of them.
COMPARISONS_FOLDER = "comparisons"

GUIDE_FIELDS = ("id", "order", "title", "summary", "start", "nodes")
QUESTION_FIELDS = ("question", "hint", "answers")
RESULT_FIELDS = ("result", "recommend", "comparisons")
ANSWER_FIELDS = ("answer", "next")
RECOMMENDATION_FIELDS = ("id", "reason")


@dataclass(frozen=True)
class Answer:
    label: Localized
    next: str


@dataclass(frozen=True)
class Question:
    id: str
    text: Localized
    answers: tuple[Answer, ...]
    hint: Localized | None = None


@dataclass(frozen=True)
class Recommendation:
    pattern: str
    reason: Localized


@dataclass(frozen=True)
class Result:
    id: str
    title: Localized
    recommend: tuple[Recommendation, ...]
    comparisons: tuple[str, ...] = ()


Node = Question | Result


@dataclass(frozen=True)
class Step:
    """One question passed on the way: the question and the index (from 0) of the answer chosen there."""

    question: Question
    answer: int

    @property
    def chosen(self) -> Answer:
        return self.question.answers[self.answer]


@dataclass(frozen=True)
class Guide:
    id: str
    title: Localized
    summary: Localized
    start: str
    nodes: Mapping[str, Node]
    order: int = 100
    source: str = ""
    _parents: Mapping[str, tuple[str, int]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        parents = {
            answer.next: (node.id, index)
            for node in self.nodes.values()
            if isinstance(node, Question)
            for index, answer in enumerate(node.answers)
        }
        object.__setattr__(self, "_parents", parents)

    @property
    def page(self) -> str:
        return f"{FOLDER}/{self.id}.md"

    def node(self, node_id: str) -> Node:
        return self.nodes[node_id]

    def questions(self) -> tuple[Question, ...]:
        """Questions in reading order (top to bottom, then left to right in the tree)."""
        return tuple(n for n in reading_order(self) if isinstance(n, Question))

    def results(self) -> tuple[Result, ...]:
        """Results in reading order."""
        return tuple(n for n in reading_order(self) if isinstance(n, Result))

    def parent_of(self, node_id: str) -> tuple[str, int] | None:
        """The question leading to ``node_id`` and the index of its answer (None for the start)."""
        return self._parents.get(node_id)


# -- traversal -------------------------------------------------------------------------------------


def levels(guide: Guide) -> tuple[tuple[Node, ...], ...]:
    """The nodes by distance from the start: the start alone, then its answers' targets in answer order, …"""
    found: list[tuple[Node, ...]] = []
    current: list[Node] = [guide.node(guide.start)]
    while current:
        found.append(tuple(current))
        current = [guide.node(answer.next) for node in current if isinstance(node, Question) for answer in node.answers]
    return tuple(found)


def reading_order(guide: Guide) -> tuple[Node, ...]:
    return tuple(node for level in levels(guide) for node in level)


def path_to(guide: Guide, node_id: str) -> tuple[Step, ...]:
    """The questions and answers that lead from the start to ``node_id``."""
    steps: list[Step] = []
    current = node_id
    while (parent := guide.parent_of(current)) is not None:
        question_id, answer = parent
        question = guide.node(question_id)
        assert isinstance(question, Question)
        steps.append(Step(question, answer))
        current = question_id
    return tuple(reversed(steps))


def state_of(steps: Sequence[Step]) -> str:
    """The place reached by ``steps`` as the browser writes it: ``q1/a2/q3/a1`` (empty at the start)."""
    return "/".join(f"{step.question.id}/a{step.answer + 1}" for step in steps)


def recommended_patterns(guide: Guide) -> tuple[str, ...]:
    """Every pattern id the guide recommends, once, in reading order."""
    return tuple(dict.fromkeys(r.pattern for result in guide.results() for r in result.recommend))


def page_owner(catalog: Catalog, pattern_id: str, lang: str) -> Pattern | None:
    """The entry whose own page holds a pattern's prose: the pattern itself, or the page it is a section of."""
    return catalog.owner_of(pattern_id, lang)


# -- loading ---------------------------------------------------------------------------------------


def load_guides(catalog_dir: Path, catalog: Catalog) -> tuple[Guide, ...]:
    """Read and validate ``catalog_dir/decisions/*.yml``; return the guides by ``order``, then id."""
    files = record_files(catalog_dir / FOLDER, catalog_dir.parent)
    if not files:
        return ()
    comparisons_dir = catalog_dir / COMPARISONS_FOLDER
    comparisons = sorted(p.stem for p in comparisons_dir.glob("*.yml")) if comparisons_dir.is_dir() else []
    guides = [load_guide(path, shown, catalog, comparisons) for path, shown in files]
    return tuple(sorted(guides, key=lambda g: (g.order, g.id)))


def load_guide(path: Path, shown: str, catalog: Catalog, comparisons: Collection[str]) -> Guide:
    """Read one guide file; ``comparisons`` are the comparison ids a result may point at."""
    fields = Fields(read_yaml(path, shown), shown)
    fields.reject_unknown(GUIDE_FIELDS)
    guide_id = fields.identifier("id")
    if guide_id != path.stem:
        raise fields.error("id", f"'{guide_id}' does not match the file name '{path.name}'")
    title = fields.localized("title", plain=True)
    summary = fields.localized("summary", plain=True)
    order = fields.integer("order", 100)
    raw_nodes = fields.require("nodes")
    if not isinstance(raw_nodes, dict) or not raw_nodes:
        raise fields.error("nodes", "expected a mapping of node ids to questions and results")
    nodes_fields = fields.sub("nodes", raw_nodes)
    names = [str(key) for key in raw_nodes]
    start = fields.text("start")
    suggest = _node_suggester(raw_nodes, start)
    for key in raw_nodes:
        if not isinstance(key, str) or not KEBAB_CASE.match(key):
            raise nodes_fields.error(
                str(key), f"node id '{key}' is not kebab-case (lowercase letters, digits and hyphens)"
            )
    nodes: dict[str, Node] = {}
    for key, raw in raw_nodes.items():
        nodes[key] = _node(nodes_fields.sub(key, raw), key, names, suggest, catalog, comparisons)
    if start not in nodes:
        raise fields.error("start", f"unknown node '{start}'{suggest(start)}")
    if not isinstance(nodes[start], Question):
        raise fields.error("start", f"'{start}' is a result; a guide starts with a question")
    guide = Guide(id=guide_id, title=title, summary=summary, start=start, nodes=nodes, order=order, source=shown)
    _check_tree(guide)
    return guide


def _node_suggester(raw_nodes: Mapping[Any, Any], start: str) -> Callable[[str], str]:
    """Hints for a mistyped node id: the closest spelling, else the one node that no answer leads to yet."""
    names = [str(key) for key in raw_nodes]
    targets = {
        str(answer.get("next"))
        for raw in raw_nodes.values()
        if isinstance(raw, dict) and isinstance(raw.get("answers"), list)
        for answer in raw["answers"]
        if isinstance(answer, dict)
    }
    orphans = [name for name in names if name not in targets and name != start]

    def suggest(wrong: str) -> str:
        hint = did_you_mean(wrong, names)
        if not hint and len(orphans) == 1:
            hint = f" (did you mean '{orphans[0]}'?)"
        return hint

    return suggest


def _node(
    fields: Fields,
    node_id: str,
    names: Sequence[str],
    suggest: Callable[[str], str],
    catalog: Catalog,
    comparisons: Collection[str],
) -> Node:
    is_question = any(key in fields.data for key in QUESTION_FIELDS)
    is_result = any(key in fields.data for key in RESULT_FIELDS)
    if is_question == is_result:
        what = "both" if is_question else "neither"
        raise CatalogError(
            fields.file,
            fields.prefix,
            f"a node is either a question ({', '.join(QUESTION_FIELDS)}) or a result ({', '.join(RESULT_FIELDS)}); "
            f"this one is {what}",
        )
    if is_question:
        return _question(fields, node_id, names, suggest)
    return _result(fields, node_id, catalog, comparisons)


def _question(fields: Fields, node_id: str, names: Sequence[str], suggest: Callable[[str], str]) -> Question:
    fields.reject_unknown(QUESTION_FIELDS)
    text = fields.localized("question", plain=True)
    hint = fields.optional_localized("hint")
    raw = fields.require("answers")
    if not isinstance(raw, list) or len(raw) < 2:
        raise fields.error("answers", "expected a list of at least two answers")
    answers: list[Answer] = []
    for index, item in enumerate(raw):
        entry = fields.sub(f"answers[{index}]", item)
        entry.reject_unknown(ANSWER_FIELDS)
        label = entry.localized("answer", plain=True)
        for lang in LANGUAGES:
            if any(a.label[lang] == label[lang] for a in answers):
                raise entry.error(f"answer.{lang}", f"'{label[lang]}' is already an answer to this question")
        if entry.data.get("next") is None:
            raise entry.error("next", "an answer needs a target: the id of the question or result it leads to")
        target = entry.text("next")
        if target not in names:
            raise entry.error("next", f"unknown node '{target}'{suggest(target)}")
        answers.append(Answer(label=label, next=target))
    return Question(id=node_id, text=text, answers=tuple(answers), hint=hint)


def _result(fields: Fields, node_id: str, catalog: Catalog, comparisons: Collection[str]) -> Result:
    fields.reject_unknown(RESULT_FIELDS)
    title = fields.localized("result", plain=True)
    raw = fields.require("recommend")
    if not isinstance(raw, list) or not raw:
        raise fields.error("recommend", "expected a non-empty list of {id, reason} recommendations")
    recommend: list[Recommendation] = []
    for index, item in enumerate(raw):
        entry = fields.sub(f"recommend[{index}]", item)
        entry.reject_unknown(RECOMMENDATION_FIELDS)
        pattern_id = entry.known_pattern("id", entry.identifier("id"), catalog)
        if any(r.pattern == pattern_id for r in recommend):
            raise entry.error("id", f"'{pattern_id}' is recommended twice in this result")
        recommend.append(Recommendation(pattern=pattern_id, reason=entry.localized("reason", plain=True)))
    listed = fields.text_list("comparisons")
    for index, comparison in enumerate(listed):
        if comparison not in comparisons:
            hint = did_you_mean(comparison, comparisons)
            raise fields.error(
                f"comparisons[{index}]",
                f"unknown comparison '{comparison}'{hint}; comparisons are the files in catalog/{COMPARISONS_FOLDER}/",
            )
    return Result(id=node_id, title=title, recommend=tuple(recommend), comparisons=listed)


def _check_tree(guide: Guide) -> None:
    """From the start, every answer leads somewhere new: no cycle, no node with two ways in, nothing left out.

    The walk goes level by level, so a problem is reported on the answer a reader of the file meets last.
    """
    reached: dict[str, str] = {guide.start: "start"}
    above: dict[str, str | None] = {guide.start: None}
    queue = [guide.start]
    while queue:
        node_id = queue.pop(0)
        node = guide.node(node_id)
        if not isinstance(node, Question):
            continue
        for index, answer in enumerate(node.answers):
            where = f"nodes.{node_id}.answers[{index}]"
            if answer.next in reached:
                chain = [node_id]
                while (parent := above[chain[-1]]) is not None:
                    chain.append(parent)
                if answer.next in chain:
                    loop = " → ".join([*reversed(chain[: chain.index(answer.next) + 1]), answer.next])
                    raise CatalogError(
                        guide.source, f"{where}.next", f"'{answer.next}' leads back to an earlier question ({loop})"
                    )
                raise CatalogError(
                    guide.source,
                    f"{where}.next",
                    f"'{answer.next}' is already reached from {reached[answer.next]}; in a decision tree "
                    "every node has one way in (give this answer a node of its own)",
                )
            reached[answer.next] = where
            above[answer.next] = node_id
            queue.append(answer.next)
    for node_id in guide.nodes:
        if node_id not in reached:
            raise CatalogError(
                guide.source, f"nodes.{node_id}", f"unreachable: no answer leads here from the start '{guide.start}'"
            )


def check_guide_pages(guides: Sequence[Guide], docs_dir: Path) -> None:
    """Every guide has its page in every language; every page of the folder (but the index) has its guide."""
    check_folder_pages([(g.source, g.page) for g in guides], docs_dir, FOLDER, "guide")
