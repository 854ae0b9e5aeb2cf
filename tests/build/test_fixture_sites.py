"""Small fixture sites in tmp_path: generated pages, strictness, escaping and clean error reporting."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.helpers import FixtureSite, build_error_lines, make_site, pattern_markdown, pattern_record


def test_generated_pages_exist_in_both_languages(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=3)
    result = site.build()
    assert result.returncode == 0, result.stderr
    for root in (site.site, site.site / "en"):
        assert (root / "platform/index.html").is_file()
        for pattern_id in ("pattern-a", "pattern-b", "pattern-c"):
            assert (root / f"platform/{pattern_id}/index.html").is_file()
    ko = (site.site / "platform/pattern-b/index.html").read_text(encoding="utf-8")
    assert "<h1" in ko
    assert "pattern-b 패턴" in ko
    assert "함께 쓰면 좋은 패턴" in ko  # the relation written on pattern-b and the inverse from pattern-c
    en = (site.site / "en/platform/index.html").read_text(encoding="utf-8")
    assert 'id="category-resilience"' in en
    assert "Pattern C pattern" in en


def test_strict_build_fails_on_a_broken_link(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    site.write_page("en", "platform/pattern-a.md", pattern_markdown("en", "\nSee [nowhere](missing.md).\n"))
    result = site.build()
    assert result.returncode != 0
    assert "contains a link 'missing.md'" in result.stderr
    assert "Traceback" not in result.stderr


def test_catalog_text_is_escaped_everywhere(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=1)
    payload = "<img src=x onerror=alert(1)>"
    site.add_pattern(pattern_record("pattern-x", tools=[payload], aliases={"ko": [payload], "en": ["*not emphasis*"]}))
    result = site.build()
    assert result.returncode == 0, result.stderr
    for path in ("platform/pattern-x/index.html", "en/platform/pattern-x/index.html", "en/patterns.json"):
        text = (site.site / path).read_text(encoding="utf-8")
        if path.endswith(".json"):
            assert payload in text  # JSON carries data, never markup
            continue
        assert "<img src=x" not in text
        assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "*not emphasis*" in (site.site / "en/platform/pattern-x/index.html").read_text(encoding="utf-8")


def test_bad_catalog_input_stops_the_build_with_one_line(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    site.add_pattern(pattern_record("pattern-z", related=[{"id": "pattern-aa", "kind": "uses"}]))
    result = site.build()
    assert build_error_lines(result) == [
        "ERROR   -  catalog/patterns/pattern-z.yml: related[0].id: unknown pattern id 'pattern-aa' "
        "(did you mean 'pattern-a'?)"
    ]
    assert not site.site.exists()


def test_missing_translation_stops_the_build(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    site.write_page("ko", "extra.md", "# 추가\n")
    result = site.build()
    assert build_error_lines(result) == ["ERROR   -  docs/en/extra.md: missing English translation of docs/ko/extra.md"]


def test_pattern_page_with_its_own_title_is_rejected(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    site.write_page("en", "platform/pattern-a.md", "# Handwritten title\n\n" + pattern_markdown("en"))
    result = site.build()
    assert build_error_lines(result) == [
        "ERROR   -  docs/en/platform/pattern-a.md: title: remove the '# ' heading; the title comes from the catalog"
    ]


def test_type_page_without_listing_marker_is_rejected(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    site.write_page("ko", "platform/index.md", "소개만 있습니다.\n")
    result = site.build()
    assert build_error_lines(result) == [
        "ERROR   -  docs/ko/platform/index.md: <!-- catalog:type-listing -->: a type page needs this marker"
    ]


def test_an_error_in_the_second_language_leaves_no_half_written_site(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    site.write_page("en", "platform/index.md", "Intro without the listing.\n")
    result = site.build()
    assert result.returncode != 0
    assert "docs/en/platform/index.md: <!-- catalog:type-listing -->: a type page needs this marker" in result.stderr
    assert not site.site.exists()


def test_unknown_marker_is_rejected(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    site.write_page("en", "index.md", "# Home\n\n<!-- catalog:pattern-mapp -->\n")
    result = site.build()
    assert build_error_lines(result) == [
        "ERROR   -  docs/en/index.md: <!-- catalog:pattern-mapp -->: unknown or misplaced catalog marker"
    ]


def commit(root: Path, message: str, when: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    for argv in (["git", "add", "-A"], ["git", "commit", "-q", "-m", message]):
        subprocess.run(argv, cwd=root, env=env, check=True, capture_output=True)


def korean_changed_after_english(site: FixtureSite) -> None:
    """Commit the site on 5 March 2026, then a change to the Korean pattern-a page on 9 April."""
    subprocess.run(["git", "init", "-q"], cwd=site.root, check=True)
    subprocess.run(["git", "config", "user.email", "t@example.org"], cwd=site.root, check=True)
    subprocess.run(["git", "config", "user.name", "Test"], cwd=site.root, check=True)
    commit(site.root, "first", "2026-03-05T12:00:00Z")
    site.write_page("ko", "platform/pattern-a.md", pattern_markdown("ko", "\n추가한 문단입니다.\n"))
    commit(site.root, "Korean changed", "2026-04-09T12:00:00Z")


def test_last_updated_date_and_outdated_translation_note(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    korean_changed_after_english(site)
    result = site.build()
    assert result.returncode == 0, result.stderr
    en = (site.site / "en/platform/pattern-a/index.html").read_text(encoding="utf-8")
    assert "This translation may be outdated" in en
    assert 'href="../../../platform/pattern-a/"' in en
    assert "5 March 2026" in en
    ko = (site.site / "platform/pattern-a/index.html").read_text(encoding="utf-8")
    assert "2026년 4월 9일" in ko
    assert "번역이 오래되었을 수 있습니다" not in ko
    assert "outdated" not in (site.site / "en/platform/pattern-b/index.html").read_text(encoding="utf-8")


def test_a_site_without_directory_urls_links_every_page_as_a_file(tmp_path: Path) -> None:
    """``use_directory_urls: false`` (what a bundle opened from disk needs): every generated link is a file."""
    site = make_site(tmp_path)
    config = (site.root / "mkdocs.yml").read_text(encoding="utf-8")
    (site.root / "mkdocs.yml").write_text(config + "use_directory_urls: false\n", encoding="utf-8")
    korean_changed_after_english(site)
    result = site.build()
    assert result.returncode == 0, result.stderr
    en = (site.site / "en/platform/pattern-a.html").read_text(encoding="utf-8")
    assert 'href="../../platform/pattern-a.html"' in en  # the note pointing at the newer Korean page
    assert 'href="pattern-b.html"' in en  # the relation footer
    for lang_root in ("", "en/"):
        data = json.loads((site.site / lang_root / "patterns.json").read_text(encoding="utf-8"))
        urls = [p["url"] for p in data["patterns"]] + [t["url"] for t in data["types"]]
        assert all((site.site / url.lstrip("/").partition("#")[0]).is_file() for url in urls), urls
