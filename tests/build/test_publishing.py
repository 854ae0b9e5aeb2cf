"""Publishing recipes: the nginx configuration is valid and serves per-language 404s; dist packs site and PDFs."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from pypdf import PdfWriter

from tests.helpers import ROOT

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


def test_pages_workflow_runs_the_tests_and_keeps_the_pdfs() -> None:
    workflow = (ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    for step in ("make test", "make pdf", "upload-pages-artifact", "deploy-pages", "msa-guide-ko.pdf"):
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


def test_dist_archive_contains_site_and_both_pdfs(built_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    for pdf in ("msa-guide-ko.pdf", "en/msa-guide-en.pdf"):
        if not (site / pdf).exists():
            blank_pdf(site / pdf)
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/dist.py"), "--site", str(site), "--out", str(tmp_path / "dist")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    (archive,) = (tmp_path / "dist").glob("msa-guide-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    prefix = archive.name.removesuffix(".tar.gz")
    for member in ("index.html", "en/index.html", "404.html", "en/404.html", "msa-guide-ko.pdf", "en/msa-guide-en.pdf"):
        assert f"{prefix}/{member}" in names


def test_dist_refuses_a_site_without_pdfs(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/dist.py"), "--site", str(tmp_path / "site"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "missing msa-guide-ko.pdf, en/msa-guide-en.pdf (run `make pdf` first)" in result.stderr
