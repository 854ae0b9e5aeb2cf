"""Decision guides in the built site: both languages, every step and the flowchart, back-links on the patterns;
and small fixture sites for the plugin's own checks."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

from msa_guide.catalog import LANGUAGES, load_catalog
from msa_guide.catalog.decisions import Question, load_guides, page_owner, recommended_patterns
from msa_guide.render.text import html_text, page_url
from tests.build.html_pages import parse, resolve
from tests.helpers import ROOT, FixtureSite, build_error_lines, make_site

CATALOG = load_catalog(ROOT / "catalog")
GUIDES = load_guides(ROOT / "catalog", CATALOG)
GUIDE_IDS = [g.id for g in GUIDES]
RECOMMENDED_IN = {"ko": "추천하는 결정 가이드", "en": "Recommended in"}


def language_root(site: Path, lang: str) -> Path:
    return site if lang == LANGUAGES[0] else site / lang


def html_of(site: Path, lang: str, page: str) -> str:
    return (language_root(site, lang) / page_url(page) / "index.html").read_text(encoding="utf-8")


# -- the real guides -------------------------------------------------------------------------------


def test_six_guides_of_the_right_size() -> None:
    assert GUIDE_IDS == [
        "split-the-monolith",
        "service-communication",
        "data-consistency",
        "surviving-failures",
        "run-and-ship",
        "how-to-test",
    ]
    for guide in GUIDES:
        assert 3 <= len(guide.questions()) <= 6, guide.id
        assert 4 <= len(guide.results()) <= 8, guide.id
        for result in guide.results():
            assert 1 <= len(result.recommend) <= 4, (guide.id, result.id)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("guide_id", GUIDE_IDS)
def test_guide_page_renders_every_step_and_the_flowchart(built_site: Path, lang: str, guide_id: str) -> None:
    guide = next(g for g in GUIDES if g.id == guide_id)
    page = html_of(built_site, lang, guide.page)
    assert re.search(rf"<h1[^>]*>{re.escape(html.escape(guide.title[lang], quote=False))}", page)
    assert html.escape(guide.summary[lang], quote=False) in page
    widget, _, static = page.partition('<figure class="diagram dg-flowchart">')
    assert static, "flowchart missing"
    assert f'<div class="decision-guide" data-guide="{guide.id}" data-start="{guide.start}"' in widget
    svg = static.split("</svg>")[0]
    assert svg.lstrip().startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    for node_id, node in guide.nodes.items():
        kind = "question" if isinstance(node, Question) else "result"
        assert f'data-node="{node_id}" data-kind="{kind}"' in widget, node_id
        assert f'<g class="dg-node dg-{kind}" data-node="{node_id}">' in svg, node_id
        if isinstance(node, Question):
            assert html_text(node.text[lang]) in widget
            for answer in node.answers:
                assert html_text(answer.label[lang]) in widget
    for result in guide.results():
        assert f'<li class="dg-outcome" data-node="{result.id}"' in static
        for recommendation in result.recommend:
            assert f'<li class="dg-card" data-pattern="{recommendation.pattern}">' in widget
            assert html_text(recommendation.reason[lang]) in widget
    assert "<figcaption>" in static
    # no table of contents: Material's anchor tracking would overwrite the fragment that holds the reader's place
    assert 'data-md-component="toc"' not in page
    assert "assets/javascripts/decision-guide.js" in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cards_and_comparison_links_land_on_pages_that_exist(built_site: Path, lang: str) -> None:
    for guide in GUIDES:
        page = language_root(built_site, lang) / page_url(guide.page) / "index.html"
        text = page.read_text(encoding="utf-8")
        generated = text[text.index('<div class="decision-guide"') : text.index('<section class="dg-outcomes">')]
        hrefs = re.findall(r'href="([^"]+)"', generated)
        assert len(hrefs) >= sum(len(r.recommend) + len(r.comparisons) for r in guide.results())
        for href in hrefs:
            target, fragment = resolve(built_site, page, html.unescape(href))
            assert target is not None
            assert target.exists(), (guide.id, href)
            if fragment:
                assert fragment in parse(target).ids, (guide.id, href)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_index_lists_every_guide(built_site: Path, lang: str) -> None:
    content = html_of(built_site, lang, "decisions/index.md")
    for guide in GUIDES:
        assert f'href="{guide.id}/"' in content
        assert html_text(guide.title[lang]) in content
    nav_title = {"ko": "결정 가이드", "en": "Decision guides"}[lang]
    assert nav_title in content


@pytest.mark.parametrize("lang", LANGUAGES)
def test_recommended_patterns_link_back_to_their_guides(built_site: Path, lang: str) -> None:
    missing: list[str] = []
    for guide in GUIDES:
        owners = {o.id: o for i in recommended_patterns(guide) if (o := page_owner(CATALOG, i, lang)) is not None}
        for owner in owners.values():
            page = owner.page[lang].path
            content = html_of(built_site, lang, page)
            relations = content.partition('class="pattern-relations"')[2]
            section = relations.partition(RECOMMENDED_IN[lang])[2].partition("</dd>")[0]
            expected = page_url(guide.page).rstrip("/")
            if RECOMMENDED_IN[lang] not in relations or expected not in section:
                missing.append(f"{lang}/{page} → {guide.id}")
    assert missing == []


def test_home_pages_link_the_guides() -> None:
    for lang in LANGUAGES:
        assert "(decisions/index.md)" in (ROOT / "docs" / lang / "index.md").read_text(encoding="utf-8")


# -- fixture sites: what the plugin refuses --------------------------------------------------------


def guide_site(tmp_path: Path) -> FixtureSite:
    """A fixture site with one guide over its two patterns, its pages and the index."""
    site = make_site(tmp_path)
    config = (site.root / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - msa-catalog\n", "  - msa-catalog\n  - msa-decisions\n")
    config = config.replace(
        "  - application/index.md\n", "  - application/index.md\n  - decisions/index.md\n  - decisions/pick.md\n"
    )
    (site.root / "mkdocs.yml").write_text(config, encoding="utf-8")

    def text(ko: str, en: str) -> dict[str, str]:
        return {"ko": ko, "en": en}

    guide = {
        "id": "pick",
        "title": text("고르기 <가이드>", "Picking & choosing"),
        "summary": text("고릅니다.", "It picks."),
        "start": "q1",
        "nodes": {
            "q1": {
                "question": text("어느 쪽입니까?", "Which one?"),
                "answers": [
                    {"answer": text("에이", "A & B"), "next": "r1"},
                    {"answer": text("비", "B"), "next": "r2"},
                ],
            },
            "r1": {"result": text("에이", "A"), "recommend": [{"id": "pattern-a", "reason": text("이유", "Why A")}]},
            "r2": {"result": text("비", "B"), "recommend": [{"id": "pattern-b", "reason": text("이유", "Why B")}]},
        },
    }
    site.write_catalog_file("decisions/pick.yml", yaml.safe_dump(guide, allow_unicode=True, sort_keys=False))
    for lang, title in (("ko", "결정 가이드"), ("en", "Decision guides")):
        site.write_page(lang, "decisions/index.md", f"# {title}\n\n<!-- decision:index -->\n")
        site.write_page(lang, "decisions/pick.md", "Intro.\n\n<!-- decision:guide -->\n")
    return site


def errors_of(site: FixtureSite) -> list[str]:
    return build_error_lines(site.build())


def test_fixture_guide_builds_with_escaped_text_and_back_links(tmp_path: Path) -> None:
    site = guide_site(tmp_path)
    result = site.build()
    assert result.returncode == 0, result.stderr
    en = (site.site / "en/decisions/pick/index.html").read_text(encoding="utf-8")
    assert "Picking &amp; choosing</h1>" in en
    assert ">A &amp; B</button>" in en
    assert 'data-node="r2" data-kind="result"' in en
    ko_pattern = (site.site / "platform/pattern-b/index.html").read_text(encoding="utf-8")
    assert "추천하는 결정 가이드" in ko_pattern
    assert "고르기 &lt;가이드&gt;" in ko_pattern
    en_pattern = (site.site / "en/platform/pattern-b/index.html").read_text(encoding="utf-8")
    # each language lists its own guide title once: nothing accumulates from the other language's build
    assert en_pattern.count("Picking &amp; choosing</a>") == 1
    assert "고르기" not in en_pattern


def test_bad_guide_stops_the_build_with_one_line(tmp_path: Path) -> None:
    site = guide_site(tmp_path)
    text_ = (site.catalog / "decisions/pick.yml").read_text(encoding="utf-8").replace("pattern-b", "pattern-bb")
    site.write_catalog_file("decisions/pick.yml", text_)
    assert errors_of(site) == [
        "ERROR   -  catalog/decisions/pick.yml: nodes.r2.recommend[0].id: unknown pattern id 'pattern-bb' "
        "(did you mean 'pattern-b'?)"
    ]


def test_guide_page_without_marker_or_with_headings_is_rejected(tmp_path: Path) -> None:
    site = guide_site(tmp_path)
    site.write_page("en", "decisions/pick.md", "Intro.\n")
    assert errors_of(site) == [
        "ERROR   -  docs/en/decisions/pick.md: <!-- decision:guide -->: this page needs the marker (exactly once)"
    ]
    site.write_page("en", "decisions/pick.md", "# Pick\n\n<!-- decision:guide -->\n")
    assert errors_of(site) == [
        "ERROR   -  docs/en/decisions/pick.md: title: remove the '# ' heading; the title comes from "
        "catalog/decisions/pick.yml"
    ]
    site.write_page("en", "decisions/pick.md", "## When to use it\n\n<!-- decision:guide -->\n")
    assert errors_of(site) == [
        "ERROR   -  docs/en/decisions/pick.md: headings: write the introduction of a guide page without headings "
        "(a table of contents would let Material overwrite the guide's place in the URL)"
    ]


def test_misplaced_marker_and_missing_page_are_rejected(tmp_path: Path) -> None:
    site = guide_site(tmp_path)
    site.write_page("ko", "index.md", "# 홈\n\n<!-- decision:guide -->\n")
    assert errors_of(site) == [
        "ERROR   -  docs/ko/index.md: <!-- decision:guide -->: unknown or misplaced decision marker"
    ]
    site.write_page("ko", "index.md", "# 홈\n")
    (site.docs / "ko/decisions/pick.md").unlink()
    (site.docs / "en/decisions/pick.md").unlink()
    assert errors_of(site) == [
        "ERROR   -  catalog/decisions/pick.yml: id: page 'decisions/pick.md' does not exist in Korean "
        "(expected docs/ko/decisions/pick.md)"
    ]
