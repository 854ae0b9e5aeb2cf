"""The prose check: each rule on small strings, then a fixture project with one planted violation of every kind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from msa_guide.authoring.__main__ import main
from msa_guide.catalog import CatalogError
from msa_guide.prose import checks
from msa_guide.prose.files import check_paths, default_paths
from msa_guide.prose.load import load_prose_rules
from msa_guide.prose.model import ProseRules
from msa_guide.prose.text import catalog_texts, markdown_lines, mask, svg_lines
from tests.helpers import ROOT


@pytest.fixture(scope="module")
def rules() -> ProseRules:
    return load_prose_rules(ROOT)


def findings(rules: ProseRules, text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(f.found, f.preferred, f.rule) for f in checks.line_findings(markdown_lines(text), lang, rules)]


# -- the text the checks read ------------------------------------------------------------------------------------


def test_masking_keeps_columns_and_hides_code_urls_link_targets_and_tags() -> None:
    text = "See `behaviour` at https://example.com/colour and [the page](../colour.md) <b class='x'>ok</b>{ #id }"
    masked = mask(text)
    assert len(masked) == len(text)
    assert "behaviour" not in masked
    assert "colour" not in masked
    assert "[the page]" in masked
    assert "ok" in masked
    assert "#id" not in masked


def test_code_blocks_and_front_matter_are_raw_only() -> None:
    lines = markdown_lines("---\ntitle: colour\n---\n\n```java\nvar colour = 1;\n```\ncolour\n")
    assert [line.prose for line in lines[:7]] == [""] * 7
    assert lines[5].raw == "var colour = 1;"
    assert lines[5].code
    assert lines[7].prose == "colour"
    assert lines[7].number == 8


def test_svg_words_are_text_nodes_and_aria_labels() -> None:
    svg = '<svg aria-label="주문 흐름">\n<text x="1">OrderCreated</text><rect/>\n</svg>'
    assert [(line.number, line.prose) for line in svg_lines(svg)] == [(1, "주문 흐름"), (2, "OrderCreated")]


def test_catalog_texts_carry_language_path_and_line() -> None:
    text = "id: a\nname:\n  ko: 가\n  en: B\naliases:\n  en: [behaviour]\nchoose:\n  x: {ko: [다], en: [one, two]}\n"
    found = [(t.lang, t.path, t.line.number, t.line.raw) for t in catalog_texts(text, frozenset({"aliases", "id"}))]
    assert found == [
        ("ko", "name.ko", 3, "가"),
        ("en", "name.en", 4, "B"),
        ("ko", "choose.x.ko[0]", 8, "다"),
        ("en", "choose.x.en[0]", 8, "one"),
        ("en", "choose.x.en[1]", 8, "two"),
    ]


# -- vocabulary ----------------------------------------------------------------------------------------------------


def test_korean_avoided_forms_match_with_particles_and_name_the_preferred_form(rules: ProseRules) -> None:
    assert findings(rules, "카프카를 쓰는 어플리케이션의 속도 제한", "ko") == [
        ("카프카", "Kafka", "Korean spelling"),
        ("어플리케이션", "애플리케이션", "Korean spelling"),
        ("속도 제한", "처리율 제한", "glossary: rate-limiting"),
    ]


def test_a_korean_form_inside_a_longer_word_is_not_matched(rules: ProseRules) -> None:
    assert findings(rules, "고속도 제한 구간", "ko") == []


def test_the_longest_avoided_form_wins(rules: ProseRules) -> None:
    assert findings(rules, "아파치 카프카", "ko") == [("아파치 카프카", "Apache Kafka", "glossary: apache-kafka")]


def test_us_spelling_matches_whole_words_in_any_case(rules: ProseRules) -> None:
    assert findings(rules, "Behaviour of the organisation; a catalogued colour-blind recolouring", "en") == [
        ("Behaviour", "Behavior", "US spelling"),
        ("organisation", "organization", "US spelling"),
        ("catalogued", "cataloged", "US spelling"),
        ("colour", "color", "US spelling"),
    ]


def test_cancelled_is_the_accepted_spelling(rules: ProseRules) -> None:
    assert findings(rules, "The order is cancelled (OrderCancelled).", "en") == []


def test_english_words_in_korean_prose_follow_us_spelling(rules: ProseRules) -> None:
    assert findings(rules, "behaviour를 봅니다.", "ko") == [("behaviour", "behavior", "US spelling")]


def test_code_and_inline_code_are_not_vocabulary(rules: ProseRules) -> None:
    assert findings(rules, "`colour` and\n```\ncolour 카프카\n```\n", "en") == []


def test_unseen_source_phrases(rules: ProseRules) -> None:
    assert findings(rules, "The original guide says so.", "en") == [
        ("original guide", "state the fact directly", "unseen source")
    ]
    assert findings(rules, "원조 가이드와 원문은 다릅니다.", "ko") == [
        ("원조 가이드", "state the fact directly", "unseen source"),
        ("원문", "state the fact directly", "unseen source"),
    ]
    lines = markdown_lines("The original guide says so.")
    assert checks.line_findings(lines, "en", rules, unseen_allowed=True) == []


# -- running example -----------------------------------------------------------------------------------------------


def test_forbidden_names_anywhere_including_code(rules: ProseRules) -> None:
    text = "```java\nrecord OrderCreated(String id) {}\n```\nTopic `order-events` and 결제 완료됨.\n"
    assert findings(rules, text, "ko") == [
        ("OrderCreated", "OrderPlaced", "running example"),
        ("order-events", "order.events", "running example"),
        ("결제 완료됨", "PaymentAuthorized", "running example"),
    ]


def test_known_events_pass_and_unknown_event_like_names_are_reported(rules: ProseRules) -> None:
    assert findings(rules, "OrderPlaced, then PaymentAuthorized; RiderAssigned; OrderPlacedHandler.", "en") == []
    assert findings(rules, "OrderShipped and RiderArrived", "en") == [
        ("OrderShipped", "OrderPickedUp", "running example: unknown event"),
        ("RiderArrived", "RiderAssigned", "running example: unknown event"),
    ]


def test_a_service_given_another_database(rules: ProseRules) -> None:
    assert findings(rules, "주문 서비스는 MySQL에 주문을 저장합니다.", "ko") == [
        ("MySQL", "PostgreSQL", "running example: order store")
    ]
    assert findings(rules, "The order service keeps orders in MySQL.", "en") == [
        ("MySQL", "PostgreSQL", "running example: order store")
    ]


def test_stores_the_example_allows_pass(rules: ProseRules) -> None:
    ok = [
        "주문 서비스는 PostgreSQL에, 가게 서비스는 MongoDB에 씁니다.",
        "The order service's read model lives in Elasticsearch.",
        "The shop service's MongoDB and the Redis store that holds rider positions.",
        "MySQL is a popular database.",
        "The order service is small. MySQL is elsewhere.",
    ]
    for text in ok:
        assert findings(rules, text, "ko" if "주문" in text else "en") == [], text


# -- page structure ------------------------------------------------------------------------------------------------


def trade_offs(rules: ProseRules, text: str, lang: str = "ko") -> list[tuple[int, str]]:
    heading, header = rules.trade_offs_heading[lang], rules.trade_offs_header[lang]
    return [(f.line, f.found) for f in checks.trade_offs(markdown_lines(text), heading, header)]


def test_the_trade_offs_section_starts_with_the_table(rules: ProseRules) -> None:
    table = "| 장점 | 단점 |\n|---|---|\n| 빠름 | 복잡함 |\n"
    assert trade_offs(rules, f"## 장단점\n\n{table}") == []
    assert trade_offs(rules, f"## 장단점\n\n한 문단의 도입입니다.\n둘째 줄입니다.\n\n{table}") == []
    assert trade_offs(rules, f"## 장단점\n\n도입입니다.\n\n또 한 문단입니다.\n\n{table}") == [(5, "또 한 문단입니다.")]
    assert trade_offs(rules, "## 장단점\n\n- **얻는 것**: 속도\n") == [(3, "- **얻는 것**: 속도")]
    assert trade_offs(rules, "## 장단점\n\n| 장점 | 비용 |\n|---|---|\n") == [(3, "| 장점 | 비용 |")]
    assert trade_offs(rules, "## 장단점\n\n## 다음 절\n") == [(1, "## 장단점")]
    en = "## Trade-offs\n\n| Benefits | Costs |\n|---|---|\n"
    assert trade_offs(rules, en, "en") == []


def caption(rules: ProseRules, text: str, lang: str) -> list[tuple[str, str, str]]:
    return checks.caption(text, lang, rules)


def test_captions(rules: ProseRules) -> None:
    assert caption(rules, "주문 흐름.", "ko") == []
    assert caption(rules, "주문 흐름. 결제가 끝나면 가게가 주문을 받습니다.", "ko") == []
    assert caption(rules, "서비스마다 모듈이 하나, 경계는 모듈마다.", "ko") == []
    assert caption(rules, "결제가 끝나면 가게가 주문을 받는다.", "ko") == [
        ("결제가 끝나면 가게가 주문을 받는다.", "합니다체 or a noun phrase", "caption style")
    ]
    assert caption(rules, "주문이 상태 기계이다.", "ko") == [
        ("주문이 상태 기계이다.", "합니다체 or a noun phrase", "caption style")
    ]
    assert caption(rules, "주문 흐름", "ko") == [("주문 흐름", "주문 흐름.", "caption ends with a period")]
    assert caption(rules, "The <em>order</em> flow.", "en") == []
    assert caption(rules, "The order flow", "en") == [
        ("The order flow", "The order flow.", "caption ends with a period")
    ]


# -- a fixture project with one planted violation of every kind ----------------------------------------------------

PAGE_KO = """\
## 장단점

- **얻는 것**: 빠릅니다.

## 예시

주문 서비스는 MySQL에 주문을 저장하고, 원조 가이드처럼 카프카로 `OrderPlaced`를 보냅니다.

<figure class="diagram" markdown="0">
<figcaption>주문이 흐른다.</figcaption>
</figure>

```java
record PaymentApproved(String orderId) {}
```
"""

PAGE_EN = """\
## Trade-offs

| Benefits | Costs |
|---|---|
| Fast | Complex |

The original guide models the behaviour of OrderShipped.

<figure class="diagram" markdown="0">
<figcaption>The order flow</figcaption>
</figure>
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "catalog", tmp_path / "catalog")
    pages = {"ko": PAGE_KO, "en": PAGE_EN}
    for lang, text in pages.items():
        page = tmp_path / "docs" / lang / "platform" / "example.md"
        page.parent.mkdir(parents=True)
        page.write_text(text, encoding="utf-8")
        about = tmp_path / "docs" / lang / "about.md"
        about.write_text("원조 가이드 / the original guide.\n" if lang == "ko" else "The original guide.\n")
    (tmp_path / "docs" / "en" / "diagrams").mkdir()
    (tmp_path / "docs" / "en" / "diagrams" / "flow.svg").write_text('<svg aria-label="order-events flow"/>\n')
    return tmp_path


PLANTED = [
    "docs/en/platform/example.md:7: 'behaviour' → 'behavior' (US spelling)",
    "docs/en/platform/example.md:7: 'OrderShipped' → 'OrderPickedUp' (running example: unknown event)",
    "docs/en/platform/example.md:7: 'original guide' → 'state the fact directly' (unseen source)",
    "docs/en/platform/example.md:10: 'The order flow' → 'The order flow.' (caption ends with a period)",
    "docs/en/diagrams/flow.svg:1: 'order-events' → 'order.events' (running example)",
    "docs/ko/platform/example.md:3: '- **얻는 것**: 빠릅니다.' → '| 장점 | 단점 |' (trade-offs table)",
    "docs/ko/platform/example.md:7: '카프카' → 'Kafka' (Korean spelling)",
    "docs/ko/platform/example.md:7: 'MySQL' → 'PostgreSQL' (running example: order store)",
    "docs/ko/platform/example.md:7: '원조 가이드' → 'state the fact directly' (unseen source)",
    "docs/ko/platform/example.md:10: '주문이 흐른다.' → '합니다체 or a noun phrase' (caption style)",
    "docs/ko/platform/example.md:14: 'PaymentApproved' → 'PaymentAuthorized' (running example)",
]


def test_every_planted_violation_is_reported_with_its_exact_message(project: Path) -> None:
    rules = load_prose_rules(project)
    paths = sorted((project / "docs").rglob("*.md")) + sorted((project / "docs").rglob("*.svg"))
    assert sorted(str(v) for v in check_paths(paths, project, rules)) == sorted(PLANTED)


def test_the_command_prints_violations_and_exits_1(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--root", str(project), "check-prose", "docs/en/platform/example.md", "docs/en/about.md"])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.splitlines() == [line for line in PLANTED if line.startswith("docs/en/platform/")]
    assert err.strip() == "check-prose: 2 files, 4 violations"


def test_the_command_exits_0_on_clean_files_and_2_on_a_bad_path(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--root", str(project), "check-prose", "docs/ko/about.md"]) == 0
    assert main(["--root", str(project), "check-prose", "docs/ko/missing.md"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == "error: docs/ko/missing.md: no such file"


def test_without_paths_every_page_diagram_and_catalog_file_is_checked(project: Path) -> None:
    paths = [p.relative_to(project).as_posix() for p in default_paths(project)]
    assert "docs/ko/platform/example.md" in paths
    assert "docs/en/diagrams/flow.svg" in paths
    assert "catalog/patterns/saga.yml" in paths
    assert "catalog/running-example.yml" not in paths
    assert "catalog/bibliography.yml" not in paths


def test_a_catalog_text_is_checked_in_its_language(project: Path) -> None:
    path = project / "catalog" / "comparisons" / "planted.yml"
    path.write_text(
        yaml.safe_dump(
            {"summary": {"ko": "카프카", "en": "colour"}, "diagram": {"caption": {"ko": "흐름", "en": "Flow."}}}
        ),
        encoding="utf-8",
    )
    found = [str(v) for v in check_paths([path], project, load_prose_rules(project))]
    assert found == [
        "catalog/comparisons/planted.yml:4: '흐름' → '흐름.' (caption ends with a period)",
        "catalog/comparisons/planted.yml:6: 'colour' → 'color' (US spelling)",
        "catalog/comparisons/planted.yml:7: '카프카' → 'Kafka' (Korean spelling)",
    ]


# -- the rule files ------------------------------------------------------------------------------------------------


def rewrite(project: Path, name: str, change: str, to: str) -> None:
    path = project / "catalog" / name
    text = path.read_text(encoding="utf-8")
    assert change in text
    path.write_text(text.replace(change, to, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "change", "to", "message"),
    [
        (
            "running-example.yml",
            "  stores: [MongoDB]",
            "  stores: [Mongo]",
            "catalog/running-example.yml: services[2].stores[0]: 'Mongo' is not one of 'databases'",
        ),
        (
            "running-example.yml",
            "- {found: OrderCreated, use: OrderPlaced}",
            "- {found: OrderPlaced, use: OrderCreated}",
            "catalog/running-example.yml: forbidden[0].found: 'OrderPlaced' is an event or command of the example",
        ),
        (
            "running-example.yml",
            "topics: [order.events,",
            "topics: [order-events,",
            "catalog/running-example.yml: topics[0]: 'order-events' is not a dotted lowercase topic name",
        ),
        (
            "prose-rules.yml",
            "  - {use: Redis, avoid: [레디스]}",
            "  - {use: Redis, avoid: [레디스]}\n  - {use: 레디스, avoid: [레디스]}",
            "catalog/prose-rules.yml: spelling.ko: '레디스' is avoided twice (Korean spelling; Korean spelling)",
        ),
        (
            "prose-rules.yml",
            "  - {use: Redis, avoid: [레디스]}",
            "  - {use: Redis, avoid: [속도 제한]}",
            "catalog/prose-rules.yml: spelling.ko: '속도 제한' is avoided twice "
            "(Korean spelling; glossary: rate-limiting)",
        ),
        (
            "prose-rules.yml",
            "  - {use: Redis, avoid: [레디스]}",
            "  - {use: Redis, avod: [레디스]}",
            "catalog/prose-rules.yml: spelling.ko[",
        ),
        (
            "glossary.yml",
            "    ko: [관찰 가능성]",
            "    ko: [처리율 제한]",
            "'처리율 제한' is the term of 'rate-limiting'",
        ),
    ],
)
def test_bad_rule_files_are_reported_with_file_and_field(
    project: Path, name: str, change: str, to: str, message: str
) -> None:
    rewrite(project, name, change, to)
    with pytest.raises(CatalogError) as error:
        load_prose_rules(project)
    assert message in str(error.value)


def test_longer_names_ending_in_ed_are_not_events(rules: ProseRules) -> None:
    assert findings(rules, "The alert OrderHistoryProjectorStalled fires.", "en") == []
