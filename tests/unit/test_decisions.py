"""Decision guides as pure code: every bad guide stops with one exact message; walks, states and drawings."""

from __future__ import annotations

import copy
import itertools
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from msa_guide.catalog import CatalogError, load_catalog
from msa_guide.catalog.decisions import (
    Guide,
    Question,
    Result,
    check_guide_pages,
    levels,
    load_guides,
    page_owner,
    path_to,
    recommended_patterns,
    state_of,
)
from msa_guide.catalog.model import Catalog
from msa_guide.render.decision_flowchart import flowchart_figure, flowchart_svg, node_labels
from msa_guide.render.decision_guide import guide_index, guide_interactive, guide_outcomes
from tests.helpers import ROOT, pattern_record

FILE = "catalog/decisions/data-consistency.yml"


def text(ko: str, en: str) -> dict[str, str]:
    return {"ko": ko, "en": en}


def question(ko: str, en: str, *targets: str) -> dict[str, Any]:
    return {
        "question": text(ko, en),
        "answers": [{"answer": text(f"{ko} 답 {i}", f"{en} answer {i}"), "next": t} for i, t in enumerate(targets, 1)],
    }


def result(ko: str, en: str, *patterns: str, comparisons: list[str] | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "result": text(ko, en),
        "recommend": [{"id": p, "reason": text(f"{p}를 고르는 이유입니다.", f"Why {p}.")} for p in patterns],
    }
    if comparisons is not None:
        record["comparisons"] = comparisons
    return record


def guide_record() -> dict[str, Any]:
    """A valid guide: q1 → (q2 | r1), q2 → (q3 | r2), q3 → (r3 | r4)."""
    return {
        "id": "data-consistency",
        "order": 3,
        "title": text("데이터 일관성", "Data consistency"),
        "summary": text("일관성을 지키는 방법을 고릅니다.", "Pick a way to stay consistent."),
        "start": "q1",
        "nodes": {
            "q1": question("무엇이 문제입니까?", "What is the problem?", "q2", "r1"),
            "q2": question("얼마나 복잡합니까?", "How complex is it?", "q3", "r2"),
            "q3": question("누가 조정합니까?", "Who coordinates?", "r3", "r4"),
            "r1": result("CQRS", "CQRS", "cqrs"),
            "r2": result(
                "2단계 커밋", "Two-phase commit", "two-phase-commit", comparisons=["two-phase-commit-vs-saga"]
            ),
            "r3": result("코레오그래피", "Choreography", "saga-choreography", "transactional-outbox"),
            "r4": result("오케스트레이션", "Orchestration", "saga-orchestration", "saga"),
        },
    }


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    root = tmp_path_factory.mktemp("catalog") / "catalog"
    (root / "patterns").mkdir(parents=True)
    shutil.copy(ROOT / "catalog" / "types.yml", root / "types.yml")
    shutil.copy(ROOT / "catalog" / "categories.yml", root / "categories.yml")
    saga_page = "application/saga.md"
    records = [
        pattern_record("cqrs", type="application-patterns", category="data"),
        pattern_record("two-phase-commit", type="application-patterns", category="data"),
        pattern_record("transactional-outbox", type="application-patterns", category="messaging"),
        pattern_record("saga", type="application-patterns", category="data"),
        pattern_record(
            "saga-choreography", type="application-patterns", category="data", page=f"{saga_page}#saga-choreography"
        ),
        pattern_record(
            "saga-orchestration", type="application-patterns", category="data", page=f"{saga_page}#saga-orchestration"
        ),
    ]
    for record in records:
        (root / "patterns" / f"{record['id']}.yml").write_text(yaml.safe_dump(record, allow_unicode=True), "utf-8")
    return load_catalog(root)


def write_guide(tmp_path: Path, record: Any, name: str = "data-consistency") -> Path:
    catalog_dir = tmp_path / "catalog"
    (catalog_dir / "decisions").mkdir(parents=True, exist_ok=True)
    (catalog_dir / "comparisons").mkdir(exist_ok=True)
    for comparison in ("two-phase-commit-vs-saga", "choreography-vs-orchestration"):
        (catalog_dir / "comparisons" / f"{comparison}.yml").write_text(f"id: {comparison}\n", "utf-8")
    text_ = yaml.safe_dump(record, allow_unicode=True, sort_keys=False)
    (catalog_dir / "decisions" / f"{name}.yml").write_text(text_, encoding="utf-8")
    return catalog_dir


def load_one(tmp_path: Path, catalog: Catalog, record: Any) -> Guide:
    (guide,) = load_guides(write_guide(tmp_path, record), catalog)
    return guide


def error_of(tmp_path: Path, catalog: Catalog, record: Any) -> str:
    with pytest.raises(CatalogError) as caught:
        load_guides(write_guide(tmp_path, record), catalog)
    return str(caught.value)


# -- validation ------------------------------------------------------------------------------------


def test_valid_guide_loads(tmp_path: Path, catalog: Catalog) -> None:
    guide = load_one(tmp_path, catalog, guide_record())
    assert guide.id == "data-consistency"
    assert guide.source == FILE
    assert guide.page == "decisions/data-consistency.md"
    assert [q.id for q in guide.questions()] == ["q1", "q2", "q3"]
    assert [r.id for r in guide.results()] == ["r1", "r2", "r3", "r4"]
    r2 = guide.node("r2")
    assert isinstance(r2, Result)
    assert r2.comparisons == ("two-phase-commit-vs-saga",)
    assert r2.recommend[0].reason["en"] == "Why two-phase-commit."


def test_no_decisions_folder_means_no_guides(tmp_path: Path, catalog: Catalog) -> None:
    assert load_guides(tmp_path / "catalog", catalog) == ()


def test_guides_come_in_order(tmp_path: Path, catalog: Catalog) -> None:
    first = guide_record() | {"id": "b-guide", "order": 1}
    second = guide_record() | {"id": "a-guide", "order": 2}
    write_guide(tmp_path, first, "b-guide")
    catalog_dir = write_guide(tmp_path, second, "a-guide")
    assert [g.id for g in load_guides(catalog_dir, catalog)] == ["b-guide", "a-guide"]


def test_unknown_pattern_id(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["r4"]["recommend"][1]["id"] = "sagaa"
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.r4.recommend[1].id: unknown pattern id 'sagaa' (did you mean 'saga'?)"
    )


def test_unknown_node_suggests_the_closest_id(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["q2"]["answers"][1]["next"] = "r22"
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.q2.answers[1].next: unknown node 'r22' (did you mean 'r2'?)"
    )


def test_unknown_node_suggests_the_node_nothing_leads_to(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["q2"]["answers"][0]["next"] = "q9"
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.q2.answers[0].next: unknown node 'q9' (did you mean 'q3'?)"
    )


def test_unreachable_node(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["r5"] = result("남는 결과", "Left over", "cqrs")
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.r5: unreachable: no answer leads here from the start 'q1'"
    )


def test_cycle(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["q3"]["answers"][1]["next"] = "q1"
    del record["nodes"]["r4"]
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.q3.answers[1].next: 'q1' leads back to an earlier question (q1 → q2 → q3 → q1)"
    )


def test_answer_leading_to_its_own_question_is_a_cycle(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["q3"]["answers"][1]["next"] = "q3"
    del record["nodes"]["r4"]
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.q3.answers[1].next: 'q3' leads back to an earlier question (q3 → q3)"
    )


def test_node_with_two_ways_in(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["q3"]["answers"][1]["next"] = "r2"
    del record["nodes"]["r4"]
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.q3.answers[1].next: 'r2' is already reached from nodes.q2.answers[1]; in a decision tree "
        "every node has one way in (give this answer a node of its own)"
    )


def test_answer_without_target(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    del record["nodes"]["q1"]["answers"][1]["next"]
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.q1.answers[1].next: an answer needs a target: the id of the question or result it leads to"
    )


@pytest.mark.parametrize(
    ("where", "field", "message"),
    [
        (("q2", "question"), "nodes.q2.question.en", "missing English text"),
        (("r3", "result"), "nodes.r3.result.en", "missing English text"),
        (("q1", "answers", 0, "answer"), "nodes.q1.answers[0].answer.en", "missing English text"),
        (("r1", "recommend", 0, "reason"), "nodes.r1.recommend[0].reason.en", "missing English text"),
    ],
)
def test_missing_translation(
    tmp_path: Path, catalog: Catalog, where: tuple[str | int, ...], field: str, message: str
) -> None:
    record = guide_record()
    target: Any = record["nodes"]
    for key in where:
        target = target[key]
    del target["en"]
    assert error_of(tmp_path, catalog, record) == f"{FILE}: {field}: {message}"


def test_missing_korean_title(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["title"]["ko"] = " "
    assert error_of(tmp_path, catalog, record) == f"{FILE}: title.ko: missing Korean text"


def test_unknown_comparison(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["r2"]["comparisons"] = ["two-phase-commit-vs-sagas"]
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.r2.comparisons[0]: unknown comparison 'two-phase-commit-vs-sagas' "
        "(did you mean 'two-phase-commit-vs-saga'?); comparisons are the files in catalog/comparisons/"
    )


def test_unknown_start(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["start"] = "q0"
    assert error_of(tmp_path, catalog, record) == f"{FILE}: start: unknown node 'q0' (did you mean 'q1'?)"


def test_start_must_be_a_question(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["start"] = "r1"
    assert error_of(tmp_path, catalog, record) == f"{FILE}: start: 'r1' is a result; a guide starts with a question"


def test_node_is_a_question_or_a_result(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["r1"]["answers"] = copy.deepcopy(record["nodes"]["q3"]["answers"])
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.r1: a node is either a question (question, hint, answers) or a result "
        "(result, recommend, comparisons); this one is both"
    )
    record["nodes"]["r1"] = {"title": text("제목", "Title")}
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.r1: a node is either a question (question, hint, answers) or a result "
        "(result, recommend, comparisons); this one is neither"
    )


def test_question_needs_two_answers(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["q3"]["answers"].pop()
    del record["nodes"]["r4"]
    assert error_of(tmp_path, catalog, record) == f"{FILE}: nodes.q3.answers: expected a list of at least two answers"


def test_answer_given_twice(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["q3"]["answers"][1]["answer"]["en"] = "Who coordinates? answer 1"
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.q3.answers[1].answer.en: 'Who coordinates? answer 1' is already an answer to this question"
    )


def test_pattern_recommended_twice(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["r4"]["recommend"][1]["id"] = "saga-orchestration"
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.r4.recommend[1].id: 'saga-orchestration' is recommended twice in this result"
    )


def test_result_needs_a_recommendation(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["r1"]["recommend"] = []
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.r1.recommend: expected a non-empty list of {{id, reason}} recommendations"
    )


def test_node_id_must_be_kebab_case(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["Q4"] = record["nodes"].pop("r4")
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.Q4: node id 'Q4' is not kebab-case (lowercase letters, digits and hyphens)"
    )


def test_unknown_field_and_html(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["q1"]["hints"] = text("힌트", "Hint")
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.q1.hints: unknown field (did you mean 'hint'?); allowed fields: question, hint, answers"
    )
    record = guide_record()
    record["nodes"]["r1"]["result"]["en"] = "<b>CQRS</b>"
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: nodes.r1.result.en: HTML is not allowed here ('<b>'); write plain text"
    )


def test_id_must_match_file_name(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record() | {"id": "consistency"}
    assert error_of(tmp_path, catalog, record) == (
        f"{FILE}: id: 'consistency' does not match the file name 'data-consistency.yml'"
    )


def test_every_guide_needs_its_pages(tmp_path: Path, catalog: Catalog) -> None:
    guide = load_one(tmp_path, catalog, guide_record())
    docs = tmp_path / "docs"
    (docs / "ko" / "decisions").mkdir(parents=True)
    (docs / "ko" / "decisions" / "data-consistency.md").write_text("Intro.\n", "utf-8")
    with pytest.raises(CatalogError) as caught:
        check_guide_pages([guide], docs)
    assert str(caught.value) == (
        f"{FILE}: id: page 'decisions/data-consistency.md' does not exist in English "
        "(expected docs/en/decisions/data-consistency.md)"
    )
    (docs / "en" / "decisions").mkdir(parents=True)
    (docs / "en" / "decisions" / "data-consistency.md").write_text("Intro.\n", "utf-8")
    (docs / "en" / "decisions" / "index.md").write_text("# Guides\n", "utf-8")
    check_guide_pages([guide], docs)
    (docs / "en" / "decisions" / "stray.md").write_text("Intro.\n", "utf-8")
    with pytest.raises(CatalogError) as caught:
        check_guide_pages([guide], docs)
    assert str(caught.value) == (
        "docs/en/decisions/stray.md: page in the decisions folder has no guide (create catalog/decisions/stray.yml)"
    )


# -- traversal -------------------------------------------------------------------------------------


def test_levels_and_reading_order(tmp_path: Path, catalog: Catalog) -> None:
    guide = load_one(tmp_path, catalog, guide_record())
    assert [[n.id for n in level] for level in levels(guide)] == [["q1"], ["q2", "r1"], ["q3", "r2"], ["r3", "r4"]]
    assert node_labels(guide) == {"q1": "Q1", "q2": "Q2", "q3": "Q3", "r1": "A", "r2": "B", "r3": "C", "r4": "D"}


def test_path_and_state(tmp_path: Path, catalog: Catalog) -> None:
    guide = load_one(tmp_path, catalog, guide_record())
    steps = path_to(guide, "r4")
    assert [(s.question.id, s.answer) for s in steps] == [("q1", 0), ("q2", 0), ("q3", 1)]
    assert steps[-1].chosen.next == "r4"
    assert path_to(guide, "q1") == ()
    assert state_of(steps) == "q1/a1/q2/a1/q3/a2"
    assert state_of(()) == ""


def test_every_result_is_reached_by_its_own_path(tmp_path: Path, catalog: Catalog) -> None:
    guide = load_one(tmp_path, catalog, guide_record())
    for found in guide.results():
        steps = path_to(guide, found.id)
        assert steps[0].question.id == guide.start
        assert all(a.chosen.next == b.question.id for a, b in itertools.pairwise(steps))
        assert steps[-1].chosen.next == found.id


def test_recommended_patterns_and_their_pages(tmp_path: Path, catalog: Catalog) -> None:
    guide = load_one(tmp_path, catalog, guide_record())
    assert recommended_patterns(guide) == (
        "cqrs",
        "two-phase-commit",
        "saga-choreography",
        "transactional-outbox",
        "saga-orchestration",
        "saga",
    )
    owner = page_owner(catalog, "saga-orchestration", "en")
    assert owner is not None
    assert owner.id == "saga"
    owner = page_owner(catalog, "cqrs", "ko")
    assert owner is not None
    assert owner.id == "cqrs"


# -- rendering -------------------------------------------------------------------------------------

RECT = re.compile(r'<g class="dg-node [^"]+" data-node="([^"]+)"><rect [^>]*x="([\d.]+)" y="([\d.]+)" '
                  r'width="([\d.]+)" height="([\d.]+)"')  # fmt: skip


def boxes_of(svg: str) -> dict[str, tuple[float, float, float, float]]:
    return {m.group(1): tuple(float(v) for v in m.groups()[1:]) for m in RECT.finditer(svg)}  # type: ignore[misc]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_flowchart_draws_every_node_without_overlap(tmp_path: Path, catalog: Catalog, lang: str) -> None:
    guide = load_one(tmp_path, catalog, guide_record())
    svg = flowchart_svg(guide, catalog, lang)
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ')
    assert "\n" not in svg
    boxes = boxes_of(svg)
    assert set(boxes) == set(guide.nodes)
    width, height = (float(v) for v in re.search(r'viewBox="0 0 (\S+) (\S+)"', svg).groups())  # type: ignore[union-attr]
    for a, (x, y, w, h) in boxes.items():
        assert x >= 0, a
        assert y >= 0, a
        assert x + w <= width, a
        assert y + h <= height, a
        for b, (x2, y2, w2, h2) in boxes.items():
            if a < b:
                assert x + w <= x2 or x2 + w2 <= x or y + h <= y2 or y2 + h2 <= y, (a, b)
    # every answer is written on the drawing, and children sit below their question
    for q in guide.questions():
        for answer in q.answers:
            assert answer.label[lang].split()[0] in svg
            assert boxes[answer.next][1] > boxes[q.id][1] + boxes[q.id][3]
    for attribute in ('fill="currentColor"', 'stroke="currentColor"', 'class="dg-neutral"', 'class="dg-accent"'):
        assert attribute in svg


def test_long_labels_wrap_onto_several_lines(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    long_question = "How do the services that take part in this business operation agree on the outcome " * 2
    record["nodes"]["q2"]["question"]["en"] = long_question.strip()
    guide = load_one(tmp_path, catalog, record)
    svg = flowchart_svg(guide, catalog, "en")
    group = re.search(r'data-node="q2">.*?</g>', svg)
    assert group is not None
    assert group.group(0).count("<text") >= 5  # "Q2" and at least four lines of question
    assert max(w for _, _, w, _ in boxes_of(svg).values()) <= 260


def test_catalog_text_is_escaped(tmp_path: Path, catalog: Catalog) -> None:
    record = guide_record()
    record["nodes"]["q1"]["question"]["en"] = 'Tom & Jerry\'s "order"?'
    record["nodes"]["r1"]["recommend"][0]["reason"]["en"] = "Because 1 < 2 & 3 > 2."
    guide = load_one(tmp_path, catalog, record)
    titles = {"two-phase-commit-vs-saga": text("비교", "Compared")}
    html = guide_interactive(guide, catalog, titles, "en", guide.page)
    html += guide_outcomes(guide, catalog, titles, "en", guide.page)
    svg = flowchart_figure(guide, catalog, "en")
    for rendered in (html, svg):
        assert "Tom &amp; Jerry&#x27;s &quot;order&quot;?" in rendered
        assert "<b" not in rendered.replace("<button", "")
    assert "Because 1 &lt; 2 &amp; 3 &gt; 2." in html


def test_interactive_guide_renders_every_step_hidden(tmp_path: Path, catalog: Catalog) -> None:
    guide = load_one(tmp_path, catalog, guide_record())
    titles = {"two-phase-commit-vs-saga": text("2PC와 사가", "2PC vs saga")}
    html = guide_interactive(guide, catalog, titles, "en", guide.page)
    assert html.startswith('<div class="decision-guide" data-guide="data-consistency" data-start="q1"')
    for node_id, node in guide.nodes.items():
        kind = "question" if isinstance(node, Question) else "result"
        assert re.search(f'<section [^>]*data-node="{node_id}" data-kind="{kind}"[^>]* hidden>', html), node_id
    assert html.count('<button type="button" class="dg-answer"') == 6
    assert '<button type="button" class="dg-answer" data-answer="2" data-next="r1">' in html
    assert 'href="../../application/saga/#saga-orchestration"' in html
    assert '<a href="../../comparisons/two-phase-commit-vs-saga/">2PC vs saga</a>' in html
    assert "\n\n" not in html


def test_outcomes_list_paths_and_states(tmp_path: Path, catalog: Catalog) -> None:
    guide = load_one(tmp_path, catalog, guide_record())
    html = guide_outcomes(guide, catalog, {"two-phase-commit-vs-saga": text("비교", "Compared")}, "ko", guide.page)
    assert 'data-node="r4" data-state="q1/a1/q2/a1/q3/a2"' in html
    assert "이르는 길: Q1 무엇이 문제입니까? 답 1 → Q2 얼마나 복잡합니까? 답 1 → Q3 누가 조정합니까? 답 2" in html


def test_index_is_readable_markdown(tmp_path: Path, catalog: Catalog) -> None:
    guide = load_one(tmp_path, catalog, guide_record())
    markdown = guide_index([guide], "en", "decisions/index.md")
    assert markdown.startswith(
        '<div class="grid cards dg-index" markdown>\n\n-   **[Data consistency](data-consistency.md)**'
    )
    assert "3 questions · 4 outcomes" in markdown
