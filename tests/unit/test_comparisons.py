"""Comparisons: every bad input stops with one exact message; the renderers escape text and draw every label."""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from msa_guide.catalog import Catalog, CatalogError, load_catalog
from msa_guide.catalog.comparison_diagrams import (
    Diagram,
    Edge,
    FlowPanel,
    Layer,
    LegendItem,
    Message,
    Node,
    Participant,
    SequencePanel,
    StackPanel,
)
from msa_guide.catalog.comparisons import Comparison, Dimension, Subject, check_comparison_pages, load_comparisons
from msa_guide.catalog.model import PageRef
from msa_guide.render.comparison_diagrams import diagram_figure, diagram_svg
from msa_guide.render.comparison_table import comparison_choose, comparison_index, comparison_table
from msa_guide.render.svg import text_width, wrap
from tests.helpers import ROOT, comparison_record, pattern_record

FILE = "catalog/comparisons/a-vs-b.yml"


def localized(text: str) -> dict[str, str]:
    return {"ko": f"{text} (한국어)", "en": text}


def write_catalog(tmp_path: Path, record: Any, *, name: str = "a-vs-b") -> Path:
    catalog = tmp_path / "catalog"
    (catalog / "patterns").mkdir(parents=True)
    (catalog / "comparisons").mkdir()
    shutil.copy(ROOT / "catalog" / "types.yml", catalog / "types.yml")
    shutil.copy(ROOT / "catalog" / "categories.yml", catalog / "categories.yml")
    for pattern_id in ("pattern-a", "pattern-b", "pattern-c"):
        text = yaml.safe_dump(pattern_record(pattern_id), allow_unicode=True, sort_keys=False)
        (catalog / "patterns" / f"{pattern_id}.yml").write_text(text, encoding="utf-8")
    text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False)
    (catalog / "comparisons" / f"{name}.yml").write_text(text, encoding="utf-8")
    return catalog


def load(catalog_dir: Path) -> tuple[Catalog, tuple[Comparison, ...]]:
    catalog = load_catalog(catalog_dir)
    return catalog, load_comparisons(catalog_dir, catalog)


def error_of(tmp_path: Path, record: Any, *, name: str = "a-vs-b") -> str:
    with pytest.raises(CatalogError) as caught:
        load(write_catalog(tmp_path, record, name=name))
    return str(caught.value)


def changed(path: str, value: Any, **overrides: Any) -> dict[str, Any]:
    """The valid record with one nested value replaced (``path`` like ``dimensions.2.values``); None deletes."""
    record = copy.deepcopy(comparison_record(**overrides))
    *parents, last = path.split(".")
    target: Any = record
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]
    key: Any = int(last) if isinstance(target, list) else last
    if value is None:
        del target[key]
    else:
        target[key] = value
    return record


# -- loading ---------------------------------------------------------------------------------------


def test_valid_comparison_loads(tmp_path: Path) -> None:
    _, comparisons = load(write_catalog(tmp_path, comparison_record()))
    (comparison,) = comparisons
    assert comparison.page == "comparisons/a-vs-b.md"
    assert [s.id for s in comparison.subjects] == ["pattern-a", "pattern-b"]
    assert comparison.dimensions[1].values["pattern-b"]["en"] == "B1"
    assert comparison.choose["pattern-a"]["ko"] == ("에이가 맞을 때",)
    assert comparison.related == ("pattern-c",)
    assert comparison.diagram is not None
    assert comparison.diagram.kind == "stacks"


def test_no_comparisons_folder_means_no_comparisons(tmp_path: Path) -> None:
    catalog_dir = write_catalog(tmp_path, comparison_record())
    shutil.rmtree(catalog_dir / "comparisons")
    assert load(catalog_dir)[1] == ()


def test_unknown_subject_suggests_the_right_one(tmp_path: Path) -> None:
    record = comparison_record(subjects=["pattern-a", "pattern-bb"])
    assert (
        error_of(tmp_path, record)
        == f"{FILE}: subjects[1]: unknown pattern id 'pattern-bb' (did you mean 'pattern-b'?)"
    )


def test_a_comparison_needs_two_subjects(tmp_path: Path) -> None:
    assert error_of(tmp_path, comparison_record(subjects=["pattern-a"])) == (
        f"{FILE}: subjects: expected a list of at least two catalog pattern ids"
    )


def test_dimension_missing_a_subjects_value(tmp_path: Path) -> None:
    record = changed("dimensions.2.values.pattern-b", None)
    assert (
        error_of(tmp_path, record) == f"{FILE}: dimensions[2].values.pattern-b: missing value; every subject needs one"
    )


@pytest.mark.parametrize(("lang", "language"), [("ko", "Korean"), ("en", "English")])
def test_dimension_value_missing_a_language(tmp_path: Path, lang: str, language: str) -> None:
    record = changed(f"dimensions.2.values.pattern-b.{lang}", None)
    assert error_of(tmp_path, record) == f"{FILE}: dimensions[2].values.pattern-b.{lang}: missing {language} text"


def test_dimension_value_for_something_that_is_not_a_subject(tmp_path: Path) -> None:
    record = changed("dimensions.0.values.patern-b", localized("B"))
    assert error_of(tmp_path, record) == (
        f"{FILE}: dimensions[0].values.patern-b: 'patern-b' is not a subject of this comparison "
        "(did you mean 'pattern-b'?); one of: pattern-a, pattern-b"
    )


def test_empty_dimension_list(tmp_path: Path) -> None:
    assert error_of(tmp_path, comparison_record(dimensions=[])) == (
        f"{FILE}: dimensions: expected a non-empty list of dimensions"
    )


def test_empty_choose_list(tmp_path: Path) -> None:
    record = changed("choose.pattern-a.ko", [])
    assert error_of(tmp_path, record) == f"{FILE}: choose.pattern-a.ko: expected a non-empty list"


def test_choose_list_missing_for_a_subject(tmp_path: Path) -> None:
    record = changed("choose.pattern-b", None)
    assert error_of(tmp_path, record) == f"{FILE}: choose.pattern-b: missing list; every subject needs one"


def test_unknown_diagram_kind(tmp_path: Path) -> None:
    record = changed("diagram.kind", "stack")
    assert error_of(tmp_path, record) == (
        f"{FILE}: diagram.kind: unknown diagram kind 'stack' (did you mean 'stacks'?); one of: stacks, sequence, flow"
    )


def test_unknown_field_suggests_the_right_one(tmp_path: Path) -> None:
    record = comparison_record()
    record["dimension"] = record.pop("dimensions")
    assert error_of(tmp_path, record) == (
        f"{FILE}: dimension: unknown field (did you mean 'dimensions'?); "
        "allowed fields: id, title, summary, subjects, dimensions, choose, related, diagram"
    )


def test_id_must_match_file_name(tmp_path: Path) -> None:
    assert error_of(tmp_path, comparison_record(), name="b-vs-a") == (
        "catalog/comparisons/b-vs-a.yml: id: 'a-vs-b' does not match the file name 'b-vs-a.yml'"
    )


def test_unknown_related_pattern(tmp_path: Path) -> None:
    assert error_of(tmp_path, comparison_record(related=["pattern-cc"])) == (
        f"{FILE}: related[0]: unknown pattern id 'pattern-cc' (did you mean 'pattern-c'?)"
    )


def test_related_pattern_that_is_a_subject(tmp_path: Path) -> None:
    assert error_of(tmp_path, comparison_record(related=["pattern-a"])) == (
        f"{FILE}: related[0]: 'pattern-a' is already a subject of this comparison"
    )


def test_diagram_panel_missing_for_a_subject(tmp_path: Path) -> None:
    record = changed("diagram.panels.pattern-b", None)
    assert error_of(tmp_path, record) == f"{FILE}: diagram.panels.pattern-b: missing panel; every subject needs one"


def test_unknown_box_style(tmp_path: Path) -> None:
    record = changed("diagram.panels.pattern-a.layers.0.style", "infr")
    assert error_of(tmp_path, record) == (
        f"{FILE}: diagram.panels.pattern-a.layers[0].style: unknown box style 'infr' "
        "(did you mean 'infra'?); one of: infra, platform, app, neutral, accent, warn"
    )


def sequence_diagram(message_to: str) -> dict[str, Any]:
    panel = {
        "participants": [
            {"id": "order", "label": localized("Order")},
            {"id": "payment", "label": localized("Payment")},
        ],
        "messages": [{"from": "order", "to": message_to, "label": localized("pay")}],
    }
    return {"kind": "sequence", "caption": localized("Calls"), "panels": {"pattern-a": panel, "pattern-b": panel}}


def test_sequence_message_to_unknown_participant(tmp_path: Path) -> None:
    record = comparison_record(diagram=sequence_diagram("paymnt"))
    assert error_of(tmp_path, record) == (
        f"{FILE}: diagram.panels.pattern-a.messages[0].to: unknown participant 'paymnt' (did you mean 'payment'?); "
        "one of: order, payment"
    )


def test_flow_nodes_in_the_same_cell(tmp_path: Path) -> None:
    panel = {
        "nodes": [
            {"id": "one", "label": localized("One"), "at": [0, 0]},
            {"id": "two", "label": localized("Two"), "at": [0, 0]},
        ]
    }
    diagram = {"kind": "flow", "caption": localized("Flow"), "panels": {"pattern-a": panel, "pattern-b": panel}}
    assert error_of(tmp_path, comparison_record(diagram=diagram)) == (
        f"{FILE}: diagram.panels.pattern-a.nodes[1].at: [0, 0] is already taken by node 'one'"
    )


def test_title_of_a_comparison_that_is_a_catalog_entry_comes_from_the_catalog(tmp_path: Path) -> None:
    catalog_dir = write_catalog(tmp_path, comparison_record())
    entry = pattern_record("a-vs-b", page="comparisons/a-vs-b.md")
    (catalog_dir / "patterns" / "a-vs-b.yml").write_text(yaml.safe_dump(entry, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load(catalog_dir)
    assert str(caught.value) == f"{FILE}: title: already given by catalog/patterns/a-vs-b.yml (name); remove it here"
    record = comparison_record()
    del record["title"], record["summary"]
    (catalog_dir / "comparisons" / "a-vs-b.yml").write_text(yaml.safe_dump(record, allow_unicode=True), "utf-8")
    _, (comparison,) = load(catalog_dir)
    assert comparison.title["en"] == "A Vs B pattern"


def test_every_comparison_needs_its_pages(tmp_path: Path) -> None:
    _, comparisons = load(write_catalog(tmp_path, comparison_record()))
    docs = tmp_path / "docs"
    (docs / "ko" / "comparisons").mkdir(parents=True)
    (docs / "ko" / "comparisons" / "a-vs-b.md").write_text("x", encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        check_comparison_pages(comparisons, docs)
    assert str(caught.value) == (
        f"{FILE}: id: page 'comparisons/a-vs-b.md' does not exist in English (expected docs/en/comparisons/a-vs-b.md)"
    )


def test_page_without_comparison_is_rejected(tmp_path: Path) -> None:
    _, comparisons = load(write_catalog(tmp_path, comparison_record()))
    docs = tmp_path / "docs"
    for lang in ("ko", "en"):
        (docs / lang / "comparisons").mkdir(parents=True)
        for name in ("a-vs-b.md", "index.md"):
            (docs / lang / "comparisons" / name).write_text("x", encoding="utf-8")
    check_comparison_pages(comparisons, docs)
    (docs / "en" / "comparisons" / "c-vs-d.md").write_text("x", encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        check_comparison_pages(comparisons, docs)
    assert str(caught.value) == (
        "docs/en/comparisons/c-vs-d.md: page in the comparisons folder has no comparison "
        "(create catalog/comparisons/c-vs-d.yml)"
    )


# -- rendering -------------------------------------------------------------------------------------

NASTY = "<script>alert('x')</script> & \"quotes\""


def text(label: str) -> dict[str, str]:
    return {"ko": f"{label} 한국어", "en": label}


def subject(subject_id: str, name: str) -> Subject:
    return Subject(
        id=subject_id,
        name=text(name),
        page={"ko": PageRef(f"platform/{subject_id}.md")} | {"en": PageRef(f"platform/{subject_id}.md")},
    )


def model(diagram: Diagram) -> Comparison:
    return Comparison(
        id="a-vs-b",
        title=text("A vs B"),
        summary=text("Compares A with B."),
        subjects=(subject("pattern-a", NASTY), subject("pattern-b", "B")),
        dimensions=(
            Dimension(label=text("Size"), values={"pattern-a": text("GB | big"), "pattern-b": text(NASTY)}),
            Dimension(
                label=text("Speed"),
                values={"pattern-a": text("slow"), "pattern-b": text("fast")},
                note=text("Typical values"),
            ),
        ),
        choose={"pattern-a": {"ko": ("가",), "en": (NASTY,)}, "pattern-b": {"ko": ("나",), "en": ("b",)}},
        related=(),
        diagram=diagram,
    )


STACKS = Diagram(
    kind="stacks",
    caption=text(NASTY),
    panels=(
        StackPanel(
            shape="stack",
            layers=(Layer(label=text("Hardware"), style="infra"), Layer(label=text("App {n}"), style="app", count=3)),
        ),
        StackPanel(
            shape="hexagon",
            layers=(
                Layer(label=text(NASTY), style="app"),
                Layer(label=text("Ports"), style="accent", detail=text("Out")),
            ),
        ),
    ),
    legend=(LegendItem(style="infra", label=text("Infrastructure")), LegendItem(style="reply", label=text("Reply"))),
)


def text_elements(svg: str) -> list[str]:
    """The text of every ``<text>`` element, its ``<tspan>`` lines joined by spaces."""
    return [
        " ".join(re.findall(r"<tspan[^>]*>(.*?)</tspan>", body))
        for body in re.findall(r"<text\b[^>]*>(.*?)</text>", svg)
    ]


def test_stack_diagram_draws_one_text_element_per_label() -> None:
    svg = diagram_svg(model(STACKS), "en")
    labels = text_elements(svg)
    # two panel titles (the subjects' names), hardware, three numbered apps, core and ring of the hexagon
    # (ring label plus its detail), two legend entries
    assert len(labels) == 2 + 1 + 3 + 1 + 2 + 2
    assert [label for label in labels if label.startswith("App")] == ["App 1", "App 2", "App 3"]
    assert "Infrastructure" in labels
    assert "Reply" in labels


def test_diagram_escapes_every_piece_of_text() -> None:
    figure = diagram_figure(model(STACKS), "en")
    assert "<script" not in figure
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in figure
    assert "&amp; &quot;quotes&quot;" in figure
    assert 'aria-label="&lt;script&gt;' in figure
    assert figure.startswith('<figure class="diagram">\n<svg xmlns="http://www.w3.org/2000/svg"')
    assert "<figcaption>&lt;script&gt;" in figure


def test_diagram_follows_the_page_colours_and_has_no_blank_line() -> None:
    for lang in ("ko", "en"):
        figure = diagram_figure(model(STACKS), lang)
        assert "\n\n" not in figure
        assert "href=" not in figure.replace('marker-end="url(#cmp-a-vs-b-arrow)"', "")
        assert all('fill="currentColor"' in element for element in re.findall(r"<text\b[^>]*>", figure))
        assert all('stroke="currentColor"' in element for element in re.findall(r"<line\b[^>]*>", figure))
        assert re.search(r'viewBox="0 0 \d+ \d+"', figure)
        assert " width=" not in figure.split(">", 2)[1]  # the <svg> element scales with the page


def test_korean_labels_in_the_korean_diagram() -> None:
    labels = text_elements(diagram_svg(model(STACKS), "ko"))
    assert "Hardware 한국어" in labels
    assert "App 2 한국어" in labels


def test_sequence_diagram_numbers_its_messages() -> None:
    panel = SequencePanel(
        participants=(Participant("order", text("Order"), "app"), Participant("payment", text("Payment"), "app")),
        messages=(
            Message("order", "payment", text("pay"), "call"),
            Message("payment", "order", text("paid"), "reply"),
            Message("order", "order", text(NASTY), "compensate"),
        ),
    )
    diagram = Diagram(kind="sequence", caption=text("Calls"), panels=(panel, panel))
    svg = diagram_svg(model(diagram), "en")
    labels = text_elements(svg)
    assert len(labels) == 2 * (1 + 2 + 3)  # per panel: title, two participants, three messages
    assert labels.count("① pay") == 2
    assert labels.count("② paid") == 2
    assert "③ &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quotes&quot;" in labels
    assert 'stroke-dasharray="6 4"' in svg  # the reply


def test_flow_diagram_labels_nodes_and_edges() -> None:
    panel = FlowPanel(
        nodes=(Node("a", text("Build"), "platform", 0, 0), Node("b", text("Deploy"), "app", 1, 0)),
        edges=(Edge("a", "b", "call", text("automatic")), Edge("b", "a", "reply")),
    )
    diagram = Diagram(kind="flow", caption=text("Pipeline"), panels=(panel, panel))
    labels = text_elements(diagram_svg(model(diagram), "en"))
    assert len(labels) == 2 * (1 + 2 + 1)  # per panel: title, two nodes, one labelled edge
    assert labels.count("automatic") == 2


def test_wrapping_keeps_korean_words_whole() -> None:
    lines = wrap("컨테이너 엔진과 런타임이 격리된 공간을 만듭니다", 90, 13)
    assert len(lines) > 1
    assert " ".join(lines) == "컨테이너 엔진과 런타임이 격리된 공간을 만듭니다"
    assert text_width("가", 10) > text_width("a", 10)


def test_table_has_every_dimension_and_links_every_subject() -> None:
    table = comparison_table(model(STACKS), "en")
    rows = [line for line in table.splitlines() if line.startswith("<td><strong>")]
    assert len(rows) == 2
    assert '<th><a href="../../platform/pattern-a/">' in table  # from comparisons/a-vs-b/ to the pattern's page
    assert '<th><a href="../../platform/pattern-b/">' in table
    assert "<td>GB | big</td>" in table  # a pipe in a value is only text
    assert "&lt;script&gt;" in table
    assert "<script" not in table
    assert "<td><strong>Speed</strong><sup>1</sup></td>" in table
    assert '<div class="comparison-notes">\n<ol>\n<li>Typical values' in table
    flat = comparison_table(model(STACKS), "en", use_directory_urls=False)
    assert '<a href="../platform/pattern-a.html">' in flat


def test_choose_boxes_and_index_are_escaped() -> None:
    comparison = model(STACKS)
    choose = comparison_choose(comparison, "en")
    assert choose.count('<div class="admonition tip">\n<p class="admonition-title">') == 2
    assert "<script" not in choose
    index = comparison_index([comparison], "ko", "comparisons/index.md")
    assert '<a href="a-vs-b/">A vs B 한국어</a>' in index
    assert '<a href="../platform/pattern-b/">' in index
