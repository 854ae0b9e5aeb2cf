"""Shared fixtures: the real site is built once per session into a temporary directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the real guide once (strict) and return its site directory.

    ``MSA_GUIDE_PREBUILT_SITE`` points the suite at an already built site (for quick local iterations only).
    """
    prebuilt = os.environ.get("MSA_GUIDE_PREBUILT_SITE")
    if prebuilt:
        return Path(prebuilt)
    site = tmp_path_factory.mktemp("site") / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (site.parent / "build.log").write_text(result.stdout + result.stderr, encoding="utf-8")
    return site
