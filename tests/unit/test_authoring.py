"""The authoring CLI: scaffolding refuses bad input clearly; parity and staleness reports find drift."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from msa_guide.authoring.__main__ import main
from msa_guide.authoring.parity import parity_report, stale_pages
from msa_guide.catalog import load_catalog
from msa_guide.catalog.page_text import outline
from tests.helpers import ROOT, SECTIONS, pattern_record


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "catalog" / "patterns").mkdir(parents=True)
    for name in ("types.yml", "categories.yml"):
        shutil.copy(ROOT / "catalog" / name, tmp_path / "catalog" / name)
    record = pattern_record("saga", type="application-patterns", category="data")
    (tmp_path / "catalog" / "patterns" / "saga.yml").write_text(yaml.safe_dump(record), encoding="utf-8")
    return tmp_path


def test_new_pattern_scaffolds_record_and_both_pages(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(project), "new-pattern", "rate-limiter", "platform-patterns"]) == 0
    out = capsys.readouterr().out
    assert "created catalog/patterns/rate-limiter.yml" in out
    for lang in ("ko", "en"):
        page = (project / "docs" / lang / "platform" / "rate-limiter.md").read_text(encoding="utf-8")
        assert outline(page, "platform/rate-limiter.md").h2 == tuple(SECTIONS[lang])
    with pytest.raises(Exception, match=r"rate-limiter.yml: name.ko: missing Korean text"):
        load_catalog(project / "catalog")  # the scaffold asks for the names before the build accepts it


def test_new_pattern_refuses_an_existing_id(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(project), "new-pattern", "saga", "application-patterns"]) == 2
    assert capsys.readouterr().err == "error: catalog/patterns/saga.yml: id: 'saga' already exists\n"


def test_new_pattern_refuses_an_invalid_type(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(project), "new-pattern", "outbox", "application-pattern"]) == 2
    assert capsys.readouterr().err == (
        "error: TYPE: unknown pattern type 'application-pattern' (did you mean 'application-patterns'?); "
        "one of: infrastructure-components, platform-patterns, application-patterns\n"
    )


def test_new_pattern_refuses_an_invalid_id(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(project), "new-pattern", "Rate_Limiter", "platform-patterns"]) == 2
    assert "ID: 'Rate_Limiter' is not kebab-case" in capsys.readouterr().err


def write(docs: Path, lang: str, page: str, text: str) -> None:
    target = docs / lang / page
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def test_parity_report_lists_each_kind_of_drift(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs, "ko", "a.md", "## 하나\n\n## 둘\n\n[링크](b.md)\n\n```python\nx = 1\n```\n")
    write(docs, "en", "a.md", "## One\n\n[link](c.md)\n")
    write(docs, "ko", "only-ko.md", "## 하나\n")
    problems = [(m.page, m.problem) for m in parity_report(docs)]
    assert problems == [
        ("a.md", "## sections: ko 2, en 1"),
        ("a.md", "code blocks: ko 1, en 0"),
        ("a.md", "links only in ko: b.md; only in en: c.md"),
        ("only-ko.md", "no en version"),
    ]


def test_real_site_has_translation_parity() -> None:
    assert [f"{m.page}: {m.problem}" for m in parity_report(ROOT / "docs")] == []


def test_stale_pages_compares_git_times(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    for lang in ("ko", "en"):
        write(docs, lang, "a.md", "x")
        write(docs, lang, "b.md", "x")
    changed = {"docs/ko/a.md": 200, "docs/en/a.md": 100, "docs/ko/b.md": 50, "docs/en/b.md": 50}
    assert stale_pages(docs, changed) == [("docs/en/a.md", "docs/ko/a.md")]
