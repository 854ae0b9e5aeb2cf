"""Publishing recipes: the nginx configuration is valid and serves per-language 404s; dist packs site and PDFs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from pypdf import PdfWriter

from msa_guide.catalog import load_catalog
from msa_guide.render.text import page_url
from tests.helpers import ROOT

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


def test_pages_workflow_runs_the_tests_and_keeps_the_pdfs() -> None:
    workflow = (ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    steps = ("make test", "make dist", "upload-pages-artifact", "deploy-pages", "msa-guide-ko.pdf", "offline-*.zip")
    for step in steps:
        assert step in workflow


@pytest.mark.skipif(NGINX is None, reason="nginx is not installed (Debian package nginx-light); config not checked")
def test_nginx_configuration_is_valid(tmp_path: Path) -> None:
    conf = tmp_path / "nginx.conf"
    conf.write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  access_log off;\n"
        f"  client_body_temp_path {tmp_path}/body;\n"
        f"  {(ROOT / 'deploy/nginx.conf').read_text(encoding='utf-8')}\n}}\n",
        encoding="utf-8",
    )
    result = subprocess.run([str(NGINX), "-t", "-c", str(conf), "-p", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr


def test_dockerfile_serves_the_site_with_our_configuration() -> None:
    dockerfile = (ROOT / "deploy/Dockerfile").read_text(encoding="utf-8")
    assert "COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf" in dockerfile
    assert "COPY site/ /usr/share/nginx/html/" in dockerfile


def blank_pdf(path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        writer.write(handle)


def run_dist(site: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts/dist.py"), "--site", str(site), "--out", str(out), "--no-offline"],
        capture_output=True,
        text=True,
    )


def test_dist_refuses_a_site_built_for_localhost(built_site: Path, tmp_path: Path) -> None:
    result = run_dist(built_site, tmp_path / "dist")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: site_url is http://127.0.0.1:8000/, a local address: set MSA_GUIDE_SITE_URL to the published "
        "address (https://<owner>.github.io/<repo>/) for a release build"
    ]
    assert not (tmp_path / "dist").exists()


def test_dist_archive_contains_site_and_both_pdfs(built_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    sitemap = site / "sitemap.xml"  # as a release build with MSA_GUIDE_SITE_URL would have written it
    sitemap.write_text(
        sitemap.read_text(encoding="utf-8").replace("http://127.0.0.1:8000/", "https://acme.github.io/g/")
    )
    for pdf in ("msa-guide-ko.pdf", "en/msa-guide-en.pdf"):
        if not (site / pdf).exists():
            blank_pdf(site / pdf)
    result = run_dist(site, tmp_path / "dist")
    assert result.returncode == 0, result.stderr
    (archive,) = (tmp_path / "dist").glob("msa-guide-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    prefix = archive.name.removesuffix(".tar.gz")
    for member in ("index.html", "en/index.html", "404.html", "en/404.html", "msa-guide-ko.pdf", "en/msa-guide-en.pdf"):
        assert f"{prefix}/{member}" in names


def test_dist_refuses_a_site_without_pdfs(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site/sitemap.xml").write_text("<urlset><url><loc>https://acme.github.io/g/</loc></url></urlset>")
    result = run_dist(tmp_path / "site", tmp_path)
    assert result.returncode != 0
    assert "missing msa-guide-ko.pdf, en/msa-guide-en.pdf (run `make pdf` first)" in result.stderr


def head_tags(html: str) -> dict[str, str]:
    """The metadata the publishing issue asks for, read from a built page's head."""
    found: dict[str, str] = {}
    link = re.compile(
        r'<link rel="(canonical|alternate)" (?:href="([^"]*)" hreflang="([^"]*)"'
        r'|hreflang="([^"]*)" href="([^"]*)"|href="([^"]*)")'
    )
    for match in link.finditer(html):
        rel = match.group(1)
        if rel == "canonical":
            found["canonical"] = match.group(6) or ""
        else:
            lang = match.group(3) or match.group(4)
            found[f"hreflang:{lang}"] = match.group(2) or match.group(5)
    for match in re.finditer(r'<meta (?:property|name)="((?:og|twitter):[a-z:_]+)" content="([^"]*)"', html):
        found.setdefault(match.group(1), match.group(2))
    return found


def test_every_page_pair_has_seo_and_sharing_metadata(built_site: Path) -> None:
    site_url = "http://127.0.0.1:8000/"
    pages = sorted(p.relative_to(ROOT / "docs/ko").as_posix() for p in (ROOT / "docs/ko").rglob("*.md"))
    problems: list[str] = []
    for rel in pages:
        url = page_url(rel)
        for prefix in ("", "en/"):
            page = built_site / prefix / url / "index.html"
            tags = head_tags(page.read_text(encoding="utf-8"))
            for key in (
                "canonical",
                "hreflang:ko",
                "hreflang:en",
                "hreflang:x-default",
                "og:title",
                "og:description",
                "og:url",
                "og:locale",
                "twitter:card",
            ):
                if not tags.get(key):
                    problems.append(f"{prefix}{url}: missing {key}")
            if tags.get("canonical") != site_url + prefix + url:
                problems.append(f"{prefix}{url}: canonical {tags.get('canonical')}")
            for lang, twin in (("ko", ""), ("en", "en/"), ("x-default", "")):
                href = tags.get(f"hreflang:{lang}", "missing")
                base = built_site if href.startswith("/") else page.parent
                target = (base / href.lstrip("/")).resolve() / "index.html"
                if target != (built_site / twin / url / "index.html").resolve():
                    problems.append(f"{prefix}{url}: hreflang {lang} -> {target}")
    assert problems == [], "\n".join(problems[:30])


def test_pattern_pages_describe_themselves_with_the_catalog_summary(built_site: Path) -> None:
    catalog = load_catalog(ROOT / "catalog")
    saga = catalog.pattern("saga")
    for prefix, lang in (("", "ko"), ("en/", "en")):
        html = (built_site / prefix / "application/saga/index.html").read_text(encoding="utf-8")
        assert f'<meta name="description" content="{saga.summary[lang]}">' in html
        assert f'<meta property="og:description" content="{saga.summary[lang]}">' in html


def test_sitemap_lists_every_page_of_both_languages(built_site: Path) -> None:
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    locations = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    pages = sorted(p.relative_to(ROOT / "docs/ko").as_posix() for p in (ROOT / "docs/ko").rglob("*.md"))
    missing = [
        prefix + page_url(rel)
        for rel in pages
        for prefix in ("", "en/")
        if f"http://127.0.0.1:8000/{prefix}{page_url(rel)}" not in locations
    ]
    assert missing == []
    assert (built_site / "en" / "sitemap.xml").read_text(encoding="utf-8") == sitemap


def test_not_found_pages_exist_in_both_languages(built_site: Path) -> None:
    ko = (built_site / "404.html").read_text(encoding="utf-8")
    en = (built_site / "en" / "404.html").read_text(encoding="utf-8")
    assert '<html lang="ko"' in ko
    assert "페이지를 찾을 수 없습니다" in ko
    assert '<html lang="en"' in en
    assert "Page not found" in en


def test_pages_show_last_update_edit_link_and_citation(built_site: Path) -> None:
    ko = (built_site / "application/saga/index.html").read_text(encoding="utf-8")
    en = (built_site / "en/application/saga/index.html").read_text(encoding="utf-8")
    assert re.search(r"마지막 수정: <time>\d{4}년 \d{1,2}월 \d{1,2}일</time>", ko)
    assert re.search(r"Last updated: <time>\d{1,2} [A-Z][a-z]+ \d{4}</time>", en)
    # built without a repository (tests/conftest.py): no edit link to an address nobody configured
    assert 'rel="edit"' not in ko
    assert 'rel="edit"' not in en
    assert "이 문서 인용하기" in ko
    assert "Cite this page" in en
    assert "http://127.0.0.1:8000/en/application/saga/</code>" in en
