"""`make serve` runs dirty rebuilds: an edited page shows its edit, the search index stays whole, and a catalog
edit re-renders every page. The rebuilds run the way `mkdocs serve --dirty` runs them: one process, plugins
started once (``on_startup``), a new configuration for every rebuild."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.build.test_search_index import index_of, search_site

SERVE_LIKE = """
import json, sys
from pathlib import Path
sys.argv = ["mkdocs", "serve", "--dirty"]  # static-i18n reads the flag from the command line
from mkdocs.commands.build import build
from mkdocs.config import load_config

site, steps = sys.argv_site, json.loads(sys.argv_steps)
""".replace("sys.argv_site", "sys.stdin.readline().strip()").replace("sys.argv_steps", "sys.stdin.readline()")
SERVE_LIKE += """
first = True
for step in steps:
    for path, text in step.items():
        Path(path).write_text(text, encoding="utf-8")
    config = load_config("mkdocs.yml", site_dir=site, strict=False)
    if first:
        config.plugins.on_startup(command="serve", dirty=True)
        first = False
    build(config, dirty=True)
"""


def serve_like(root: Path, site: Path, steps: list[dict[str, str]]) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-c", SERVE_LIKE],
        cwd=root,
        input=f"{site}\n{json.dumps(steps)}\n",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_prose_edits_and_catalog_edits_under_dirty_rebuilds(tmp_path: Path) -> None:
    site = search_site(tmp_path)
    page = site.docs / "ko" / "platform" / "pattern-a.md"
    record = site.catalog / "patterns" / "pattern-b.yml"
    edited = page.read_text(encoding="utf-8") + "\n새로넣은표식 문장입니다.\n"
    serve_like(site.root, site.site, [{}, {str(page): edited}])

    korean = index_of(site, "")
    first_build = {doc["location"] for doc in index_of(site, "")["docs"]}
    assert any(
        "새로넣은표식" in doc["text"] for doc in korean["docs"] if doc["location"].startswith("platform/pattern-a/")
    )
    assert "platform/pattern-b/" in first_build
    assert "explore/glossary/" in first_build
    assert "새로넣은표식" in (site.site / "platform" / "pattern-a" / "index.html").read_text(encoding="utf-8")

    summary = record.read_text(encoding="utf-8").replace("pattern-b에 대한 요약입니다.", "바뀐 요약입니다.")
    serve_like(site.root, site.site, [{}, {str(record): summary}])
    assert "바뀐 요약입니다." in (site.site / "platform" / "pattern-b" / "index.html").read_text(encoding="utf-8")
    locations = {doc["location"] for doc in index_of(site, "")["docs"]}
    assert "platform/pattern-a/" in locations
    assert {doc["location"] for doc in index_of(site, "en")["docs"]} >= {"platform/pattern-a/", "platform/pattern-b/"}
