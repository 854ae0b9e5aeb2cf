"""The caches under .cache/ (site model, build memo, search keys) never show a page older than its sources.

A fixture site is built, its sources are edited, and it is built again with the caches of the first build: the
second site shows every edit and is the same, file for file, as a build of the edited sources without any cache.
"""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

from tests.helpers import build_error_lines, make_site


def different_files(left: Path, right: Path) -> list[str]:
    found: list[str] = []
    comparison = filecmp.dircmp(left, right)
    stack = [(comparison, "")]
    while stack:
        current, prefix = stack.pop()
        found += [prefix + name for name in current.left_only + current.right_only]
        _, mismatch, errors = filecmp.cmpfiles(current.left, current.right, current.common_files, shallow=False)
        found += [prefix + name for name in mismatch + errors]
        stack += [(sub, f"{prefix}{name}/") for name, sub in current.subdirs.items()]
    return found


def test_a_build_with_the_caches_of_an_older_build_shows_every_edit(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=2)
    site.write_page("ko", "index.md", "# 홈\n\n[패턴 B](platform/pattern-b.md)를 보세요.\n")
    assert site.build().returncode == 0
    footer = (site.site / "platform/pattern-b/index.html").read_text(encoding="utf-8")
    assert "이 패턴을 다루는 다른 문서" in footer  # the home page mentions pattern-b
    caches = sorted(p.relative_to(site.root).as_posix() for p in (site.root / ".cache").rglob("*.*"))
    assert any(p.startswith(".cache/msa-catalog/") for p in caches)
    assert any(p.startswith(".cache/msa-build/memo-") for p in caches)

    site.write_page("ko", "index.md", "# 홈\n\n링크가 없는 홈입니다.\n")  # a page edit: pattern-b's footer changes
    record = site.catalog / "patterns" / "pattern-a.yml"  # a catalog edit: pattern-a's lead and card change
    record.write_text(record.read_text(encoding="utf-8").replace("pattern-a에 대한", "에이에 대한"), encoding="utf-8")
    assert site.build().returncode == 0
    assert "이 패턴을 다루는 다른 문서" not in (site.site / "platform/pattern-b/index.html").read_text(encoding="utf-8")
    assert "에이에 대한 요약입니다." in (site.site / "platform/pattern-a/index.html").read_text(encoding="utf-8")
    with_caches = tmp_path / "with-caches"
    shutil.copytree(site.site, with_caches)

    shutil.rmtree(site.root / ".cache")
    assert site.build().returncode == 0
    assert different_files(with_caches, site.site) == []

    site.write_page("en", "platform/pattern-b.md", "## Problem\n\n<!-- catalog:no-such-marker -->\n")
    result = site.build()  # pages that passed their checks before are checked again once they change
    assert build_error_lines(result)
    assert "no-such-marker" in result.stderr
