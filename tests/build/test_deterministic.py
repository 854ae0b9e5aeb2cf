"""Two clean builds of the real guide produce identical files (the sitemap's dates aside)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

DATED = {"sitemap.xml", "sitemap.xml.gz"}


def digests(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file() and not (p.name in DATED and p.parent in (site, site / "en"))
    }


@pytest.mark.slow
def test_two_clean_builds_are_identical(built_site: Path, tmp_path: Path) -> None:
    second = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(second)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    first_files, second_files = digests(built_site), digests(second)
    assert sorted(first_files) == sorted(second_files)
    differing = [name for name in first_files if first_files[name] != second_files[name]]
    assert differing == []
