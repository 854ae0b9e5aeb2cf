"""Release builds of fixture sites: the published address, honest edit links, sitemap dates from git."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.build.test_fixture_sites import korean_changed_after_english
from tests.helpers import ROOT, FixtureSite, build_environment, build_error_lines, make_site

SITE = "https://acme.github.io/msa-guide/"


def with_theme_overrides(site: FixtureSite) -> FixtureSite:
    """Use the guide's own templates (the page footer with its date and edit link)."""
    config = (site.root / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  name: material\n", f"  name: material\n  custom_dir: {ROOT / 'overrides'}\n")
    (site.root / "mkdocs.yml").write_text(config, encoding="utf-8")
    return site


def sitemap_dates(site: FixtureSite) -> dict[str, str]:
    text = (site.site / "sitemap.xml").read_text(encoding="utf-8")
    return dict(re.findall(r"<loc>([^<]+)</loc>\s*<lastmod>([^<]+)</lastmod>", text))


def edit_links(site: FixtureSite) -> list[str]:
    return [
        link
        for page in sorted(site.site.rglob("*.html"))
        for link in re.findall(r'<a href="([^"]*)" rel="edit"', page.read_text(encoding="utf-8"))
    ]


def test_published_address_dates_from_git_and_no_edit_link_without_a_repository(tmp_path: Path) -> None:
    site = with_theme_overrides(make_site(tmp_path))
    korean_changed_after_english(site)  # a git repository without any remote
    result = site.build(build_environment(MSA_GUIDE_SITE_URL=SITE, MSA_GUIDE_RELEASE="true", MSA_GUIDE_REPO_URL=""))
    assert result.returncode == 0, result.stderr
    en = (site.site / "en/platform/pattern-a/index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{SITE}en/platform/pattern-a/">' in en
    assert f'<meta property="og:url" content="{SITE}en/platform/pattern-a/">' in en
    assert "127.0.0.1" not in (site.site / "sitemap.xml").read_text(encoding="utf-8")
    dates = sitemap_dates(site)
    # the day each page shows under its text, from the same commit time
    assert "2026년 4월 9일" in (site.site / "platform/pattern-a/index.html").read_text(encoding="utf-8")
    assert dates[f"{SITE}platform/pattern-a/"] == "2026-04-09"
    assert "5 March 2026" in en
    assert dates[f"{SITE}en/platform/pattern-a/"] == "2026-03-05"
    assert dates[f"{SITE}en/platform/pattern-b/"] == "2026-03-05"
    page_sitemap = (site.site / "en/platform/pattern-a/sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{SITE}en/platform/pattern-a/</loc>" in page_sitemap
    assert edit_links(site) == []
    assert 'rel="edit"' not in en


def test_pages_not_yet_committed_keep_the_build_date(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=1)
    result = site.build(build_environment(SOURCE_DATE_EPOCH="1780000000"))  # 2026-05-28
    assert result.returncode == 0, result.stderr
    assert set(sitemap_dates(site).values()) == {"2026-05-28"}


def test_edit_links_point_at_the_origin_repository_per_language(tmp_path: Path) -> None:
    site = with_theme_overrides(make_site(tmp_path, patterns=1))
    subprocess.run(["git", "init", "-q"], cwd=site.root, check=True)
    subprocess.run(
        ["git", "remote", "add", "origin", "https://github.com/acme/msa-guide.git"], cwd=site.root, check=True
    )
    env = build_environment()
    del env["MSA_GUIDE_REPO_URL"]  # not configured: the remote decides
    result = site.build(env)
    assert result.returncode == 0, result.stderr
    ko = (site.site / "platform/pattern-a/index.html").read_text(encoding="utf-8")
    en = (site.site / "en/platform/pattern-a/index.html").read_text(encoding="utf-8")
    edit = "https://github.com/acme/msa-guide/edit/main/docs/"
    assert f'<a href="{edit}ko/platform/pattern-a.md" rel="edit">이 문서 고치기</a>' in ko
    assert f'<a href="{edit}en/platform/pattern-a.md" rel="edit">Edit this page</a>' in en
    assert all(link.startswith(edit + ("en/" if "/en/" in link else "ko/")) for link in edit_links(site))


def test_a_configured_repository_and_branch_give_the_edit_links(tmp_path: Path) -> None:
    site = with_theme_overrides(make_site(tmp_path, patterns=1))
    env = build_environment(MSA_GUIDE_REPO_URL="https://github.com/fork/guide", MSA_GUIDE_REPO_BRANCH="draft")
    result = site.build(env)
    assert result.returncode == 0, result.stderr
    en = (site.site / "en/index.html").read_text(encoding="utf-8")
    assert '<a href="https://github.com/fork/guide/edit/draft/docs/en/index.md" rel="edit">' in en


def test_a_release_build_refuses_a_local_address_in_one_line(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=1)
    errors = build_error_lines(site.build(build_environment(MSA_GUIDE_RELEASE="true")))
    assert errors == [
        "ERROR   -  site_url is http://127.0.0.1:8000/, a local address: set MSA_GUIDE_SITE_URL to the published "
        "address (https://<owner>.github.io/<repo>/) for a release build"
    ]
    assert not site.site.exists()


def test_a_bad_repository_setting_stops_the_build_in_one_line(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=1)
    errors = build_error_lines(site.build(build_environment(MSA_GUIDE_REPO_URL="github.com/acme/guide")))
    assert errors == [
        "ERROR   -  MSA_GUIDE_REPO_URL=github.com/acme/guide: not an https address of a GitHub or GitLab repository "
        "(https://github.com/<owner>/<repo>); leave it empty for no edit links"
    ]
    assert not site.site.exists()
