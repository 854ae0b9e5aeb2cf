"""Input that stops a build says what and where in one line, and leaves no site behind (fixture sites)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from msa_guide.catalog.snippet_paths import included_paths
from tests.helpers import FixtureSite, build_error_lines, make_site, pattern_markdown

SNIPPETS = "  - pymdownx.snippets:\n      base_path: [docs]\n      check_paths: true\n"


def snippet_site(tmp_path: Path) -> FixtureSite:
    site = make_site(tmp_path)
    config = (site.root / "mkdocs.yml").read_text(encoding="utf-8")
    (site.root / "mkdocs.yml").write_text(config.replace("  - md_in_html\n", "  - md_in_html\n" + SNIPPETS))
    return site


def errors_of(result: subprocess.CompletedProcess[str]) -> list[str]:
    return build_error_lines(result, ("ERROR", "WARNING"))


def test_a_page_saved_in_the_old_korean_encoding_is_named(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    page = site.docs / "ko/platform/pattern-a.md"
    page.write_bytes(pattern_markdown("ko", "\n회로 차단기는 호출을 끊습니다.\n").encode("cp949"))
    assert errors_of(site.build()) == [
        "ERROR   -  docs/ko/platform/pattern-a.md: not UTF-8 (line 1: byte 0xb9; it reads as CP949 (EUC-KR), "
        "the older Korean encoding): save the file as UTF-8"
    ]
    assert not site.site.exists()


def test_a_page_in_utf16_is_named(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    (site.docs / "en/index.md").write_bytes("# Home\n\nText.\n".encode("utf-16"))
    assert errors_of(site.build()) == [
        "ERROR   -  docs/en/index.md: not UTF-8 (line 1: byte 0xff; it reads as UTF-16): save the file as UTF-8"
    ]
    assert not site.site.exists()  # the Korean site, already written, is removed


def test_a_missing_included_file_names_the_page_and_the_path(tmp_path: Path) -> None:
    site = snippet_site(tmp_path)
    (site.docs / "en/diagrams").mkdir(parents=True)
    (site.docs / "en/diagrams/here.svg").write_text("<svg/>\n", encoding="utf-8")
    figure = '\n--8<-- "en/diagrams/here.svg"\n\n--8<-- "en/diagrams/missing.svg"\n'
    site.write_page("en", "platform/pattern-a.md", pattern_markdown("en", figure))
    assert errors_of(site.build()) == [
        'ERROR   -  docs/en/platform/pattern-a.md: --8<-- "en/diagrams/missing.svg": included file not found '
        "(looked in docs/)"
    ]
    assert not site.site.exists()


def test_included_files_that_exist_build(tmp_path: Path) -> None:
    site = snippet_site(tmp_path)
    (site.docs / "ko/diagrams").mkdir(parents=True)
    (site.docs / "ko/diagrams/here.svg").write_text('<svg role="img" aria-label="그림"></svg>\n', encoding="utf-8")
    site.write_page("ko", "platform/pattern-a.md", pattern_markdown("ko", '\n--8<-- "ko/diagrams/here.svg"\n'))
    result = site.build()
    assert result.returncode == 0, result.stderr
    assert 'aria-label="그림"' in (site.site / "platform/pattern-a/index.html").read_text(encoding="utf-8")


def test_an_anchor_that_does_not_exist_fails_the_strict_build(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    site.write_page("en", "platform/pattern-a.md", pattern_markdown("en", "\nSee [B](pattern-b.md#nowhere).\n"))
    result = site.build()
    assert errors_of(result) == [
        "WARNING -  Doc file 'en/platform/pattern-a.md' contains a link 'pattern-b.md#nowhere', but the doc "
        "'en/platform/pattern-b.md' does not contain an anchor '#nowhere'."
    ]
    assert "Aborted with 1 warnings in strict mode!" in result.stdout + result.stderr
    assert not site.site.exists()


@pytest.mark.parametrize(
    ("markdown", "paths"),
    [
        ('--8<-- "ko/diagrams/a.svg"\n', ["ko/diagrams/a.svg"]),
        ("  --8<-- 'a.svg'\n;--8<-- \"escaped.svg\"\n", ["a.svg"]),
        ("--8<--\nko/a.svg\n;ko/commented.svg\n\nko/b.svg:3:8\n--8<--\ntext\n", ["ko/a.svg", "ko/b.svg:3:8"]),
        ("Prose about --8<-- markers.\n", []),
    ],
)
def test_included_paths(markdown: str, paths: list[str]) -> None:
    assert list(included_paths(markdown)) == paths
