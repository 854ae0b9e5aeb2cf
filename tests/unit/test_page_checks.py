"""The Markdown source reader and the page checks every plugin applies before MkDocs renders a page."""

from __future__ import annotations

import pytest

from msa_guide.catalog.errors import CatalogError
from msa_guide.catalog.markdown_source import Heading, headings, markers, title, without_code
from msa_guide.catalog.page_checks import MarkerRule, check_markers, check_no_headings, check_no_title

SHOWN = "docs/en/page.md"


# -- reading the source ----------------------------------------------------------------------------


def test_atx_and_setext_headings_in_order() -> None:
    markdown = "Intro\n\nTitle\n=====\n\n## Second { #second }\n\nPart\n----\n\n### Third ###\n"
    assert headings(markdown) == (
        Heading(1, "Title", 2),
        Heading(2, "Second", 5),
        Heading(2, "Part", 7),
        Heading(3, "Third", 10),
    )


@pytest.mark.parametrize(
    "markdown",
    [
        "```python\n# a comment\n```\n",
        "~~~\n# a comment\n~~~\n",
        "- item\n\n    ```bash\n    # indented in a list\n    ```\n",
        "````markdown\n```\n# nested fence\n```\n````\n",
        "---\ntitle: front matter\n---\nText.\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n",
        "Text\n\n---\n\nMore text.\n",
        "- a list item\n---\n",
        "!!! note\n    Title inside\n    =====\n",
        "#hashtag is not a heading\n",
    ],
)
def test_what_is_not_a_heading(markdown: str) -> None:
    assert headings(markdown) == ()


def test_title_is_the_first_level_one_heading() -> None:
    assert title("## Sub\n\nName\n====\n\n# Later\n") == "Name"
    assert title("# Saga pattern {: #saga }\n") == "Saga pattern"
    assert title("```\n# code\n```\n## Only a section\n") is None


def test_without_code_keeps_the_line_count() -> None:
    markdown = "a\n```\nb\nc\n```\nd\n"
    assert without_code(markdown).count("\n") == markdown.count("\n")
    assert "b" not in without_code(markdown)


def test_unclosed_fence_is_left_as_text() -> None:
    assert title("```\n# Not code after all\n") == "Not code after all"


def test_markers_of_one_namespace() -> None:
    markdown = "<!-- catalog:type-table -->\n<!--comparison:table-->\n  <!-- catalog:indented -->\n<!-- catalog:x -->\n"
    assert markers(markdown, "catalog") == ["type-table", "x"]
    assert markers(markdown, "comparison") == ["table"]


# -- markers -----------------------------------------------------------------------------------------


def problem(markdown: str, rule: MarkerRule) -> str:
    with pytest.raises(CatalogError) as caught:
        check_markers(markdown, rule, SHOWN)
    return str(caught.value)


RULE = MarkerRule("demo", allowed=frozenset({"free"}), required=frozenset({"once"}))


def test_allowed_markers_may_repeat_and_required_ones_stand_once() -> None:
    check_markers("<!-- demo:free -->\n<!-- demo:once -->\n<!-- demo:free -->\n", RULE, SHOWN)


def test_unknown_marker() -> None:
    assert problem("<!-- demo:other -->\n<!-- demo:once -->\n", RULE) == (
        f"{SHOWN}: <!-- demo:other -->: unknown or misplaced demo marker"
    )
    hinted = MarkerRule("demo", misplaced="it belongs on x.md")
    assert problem("<!-- demo:once -->\n", hinted) == (
        f"{SHOWN}: <!-- demo:once -->: unknown or misplaced demo marker (it belongs on x.md)"
    )


def test_missing_and_repeated_required_marker() -> None:
    assert problem("Text.\n", RULE) == f"{SHOWN}: <!-- demo:once -->: this page needs the marker (exactly once)"
    worded = MarkerRule("demo", required=frozenset({"once"}), needs="a demo page needs this marker")
    assert problem("Text.\n", worded) == f"{SHOWN}: <!-- demo:once -->: a demo page needs this marker"
    assert problem("<!-- demo:once -->\n" * 3, RULE) == (
        f"{SHOWN}: <!-- demo:once -->: the marker appears 3 times (exactly once)"
    )


# -- headings ----------------------------------------------------------------------------------------


def test_a_setext_title_is_rejected_like_an_atx_one() -> None:
    for markdown in ("# Mine\n\nText.\n", "Mine\n====\n\nText.\n"):
        with pytest.raises(CatalogError) as caught:
            check_no_title(markdown, SHOWN, "the catalog")
        assert str(caught.value) == f"{SHOWN}: title: remove the '# ' heading; the title comes from the catalog"
    check_no_title("## A section\n\n```\n# code\n```\n", SHOWN, "the catalog")


def test_no_headings_at_all() -> None:
    with pytest.raises(CatalogError) as caught:
        check_no_headings("Intro\n\nPart\n----\n", SHOWN, "catalog/decisions/x.yml", "no headings here")
    assert str(caught.value) == f"{SHOWN}: headings: no headings here"
    check_no_headings("Intro only.\n\n<!-- decision:guide -->\n", SHOWN, "catalog/decisions/x.yml", "none")
