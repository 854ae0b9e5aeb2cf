"""Test factories: small fixture sites written into ``tmp_path`` and built with the real plugins."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from msa_guide.authoring.scaffold import PATTERN_SECTIONS
from tests.mkdocs_builder import run_mkdocs

ROOT = Path(__file__).resolve().parent.parent

SECTIONS = {lang: list(titles) for lang, titles in PATTERN_SECTIONS.items()}

FIXTURE_CONFIG = """\
site_name: Fixture
site_url: !ENV [MSA_GUIDE_SITE_URL, "http://127.0.0.1:8000/"]
strict: true
theme:
  name: material
  font: false
nav:
  - index.md
  - infrastructure/index.md
  - platform/index.md
  - application/index.md
plugins:
  - search
  - msa-catalog
  - msa-site:
      release: !ENV [MSA_GUIDE_RELEASE, false]
  - i18n:
      docs_structure: folder
      fallback_to_default: false
      languages:
        - {locale: ko, default: true, name: 한국어, build: true}
        - {locale: en, name: English, build: true}
markdown_extensions:
  - attr_list
  - def_list
  - md_in_html
  - toc:
      slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}
validation:
  nav: {omitted_files: ignore}
  links: {not_found: warn, anchors: warn, unrecognized_links: warn}
"""


#: Settings read from the environment by the guide's configuration (site address, repository, release, offline).
SETTINGS = (
    "MSA_GUIDE_SITE_URL",
    "MSA_GUIDE_REPO_URL",
    "MSA_GUIDE_REPO_BRANCH",
    "MSA_GUIDE_RELEASE",
    "MSA_GUIDE_OFFLINE",
)


def build_environment(**settings: str) -> dict[str, str]:
    """The environment of a test build: none of the guide's settings from outside (CI sets some), then ``settings``.

    ``MSA_GUIDE_REPO_URL`` is empty unless given: a checkout with a GitHub ``origin`` would otherwise add edit links.
    """
    env = {key: value for key, value in os.environ.items() if key not in SETTINGS}
    env.update({"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "MSA_GUIDE_REPO_URL": ""})
    env.update(settings)
    return env


def build_error_lines(result: subprocess.CompletedProcess[str], prefixes: tuple[str, ...] = ("ERROR",)) -> list[str]:
    """The log lines of a build that must have stopped cleanly: a non-zero exit status and no traceback."""
    assert result.returncode != 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return [line for line in result.stderr.splitlines() if line.startswith(prefixes)]


def write_catalog_list(root: Path, file_name: str, key: str, items: tuple[dict[str, Any], ...]) -> Path:
    """``catalog/<file_name>`` under ``root`` holding ``{key: [items]}`` (for tests of one catalog file's checks)."""
    path = root / "catalog" / file_name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({key: list(items)}, allow_unicode=True), encoding="utf-8")
    return path


def pattern_record(pattern_id: str, **overrides: Any) -> dict[str, Any]:
    """A valid catalog record for a fixture, with any field overridden."""
    record: dict[str, Any] = {
        "id": pattern_id,
        "type": "platform-patterns",
        "category": "resilience",
        "name": {"ko": f"{pattern_id} 패턴", "en": f"{pattern_id.replace('-', ' ').title()} pattern"},
        "summary": {"ko": f"{pattern_id}에 대한 요약입니다.", "en": f"A summary of {pattern_id}."},
        "aliases": {"ko": [], "en": []},
        "related": [],
        "tools": [],
    }
    record.update(overrides)
    return record


def pattern_markdown(lang: str, extra: str = "") -> str:
    return "\n".join(f"## {title}\n\nText.\n" for title in SECTIONS[lang]) + extra


@dataclass
class FixtureSite:
    root: Path

    @property
    def catalog(self) -> Path:
        return self.root / "catalog"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def site(self) -> Path:
        return self.root / "site"

    def add_pattern(self, record: dict[str, Any], *, pages: bool = True, folder: str = "platform") -> None:
        (self.catalog / "patterns" / f"{record['id']}.yml").write_text(
            yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        if pages:
            for lang in ("ko", "en"):
                self.write_page(lang, f"{folder}/{record['id']}.md", pattern_markdown(lang))

    def write_page(self, lang: str, path: str, text: str) -> None:
        target = self.docs / lang / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def write_catalog_file(self, relative: str, text: str) -> None:
        target = self.catalog / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def build(self, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        """Strict build into ``site/`` (``env``: from :func:`build_environment`; by default no settings), as
        ``python -m mkdocs build`` would make it, in a process forked from tests/mkdocs_builder.py."""
        args = ["build", "--strict", "--site-dir", str(self.site)]
        return run_mkdocs(args, self.root, env if env is not None else build_environment())


def make_site(tmp_path: Path, patterns: int = 2) -> FixtureSite:
    """A small valid bilingual site: the real types and categories, ``patterns`` resilience patterns."""
    site = FixtureSite(tmp_path / "fixture")
    (site.catalog / "patterns").mkdir(parents=True)
    shutil.copy(ROOT / "catalog" / "types.yml", site.catalog / "types.yml")
    shutil.copy(ROOT / "catalog" / "categories.yml", site.catalog / "categories.yml")
    (site.root / "mkdocs.yml").write_text(FIXTURE_CONFIG, encoding="utf-8")
    for lang, title in (("ko", "홈"), ("en", "Home")):
        site.write_page(lang, "index.md", f"# {title}\n\nFixture home.\n")
        for folder in ("infrastructure", "platform", "application"):
            site.write_page(lang, f"{folder}/index.md", "Intro.\n\n<!-- catalog:type-listing -->\n")
    ids = [f"pattern-{chr(ord('a') + i)}" for i in range(patterns)]
    for index, pattern_id in enumerate(ids):
        related = [{"id": ids[index - 1], "kind": "complements"}] if index else []
        site.add_pattern(pattern_record(pattern_id, related=related))
    return site


def _localized(text: str) -> dict[str, str]:
    return {"ko": f"{text} (한국어)", "en": text}


def comparison_record(**overrides: Any) -> dict[str, Any]:
    """A valid comparison of pattern-a and pattern-b (pattern-c related), with any field overridden."""
    record: dict[str, Any] = {
        "id": "a-vs-b",
        "title": {"ko": "에이와 비 비교", "en": "A vs B"},
        "summary": {"ko": "에이와 비를 비교합니다.", "en": "Compares A with B."},
        "subjects": ["pattern-a", "pattern-b"],
        "dimensions": [
            {
                "label": _localized(f"Dimension {n}"),
                "values": {"pattern-a": _localized(f"A{n}"), "pattern-b": _localized(f"B{n}")},
            }
            for n in range(3)
        ],
        "choose": {
            "pattern-a": {"ko": ["에이가 맞을 때"], "en": ["When A fits"]},
            "pattern-b": {"ko": ["비가 맞을 때"], "en": ["When B fits"]},
        },
        "related": ["pattern-c"],
        "diagram": {
            "kind": "stacks",
            "caption": _localized("Two stacks"),
            "panels": {
                "pattern-a": {"layers": [{"label": _localized("Ground"), "style": "infra"}]},
                "pattern-b": {"layers": [{"label": _localized("Ground"), "style": "infra"}]},
            },
        },
    }
    record.update(overrides)
    return record


COMPARISON_MARKERS = "<!-- comparison:table -->\n\n<!-- comparison:diagram -->\n\n<!-- comparison:choose -->\n"


def add_comparisons(site: FixtureSite, *records: dict[str, Any]) -> None:
    """Switch the comparison plugin on for a fixture site and add an index page and one page per comparison."""
    config = (site.root / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - msa-catalog\n", "  - msa-catalog\n  - msa-comparisons\n")
    config = config.replace("  - application/index.md\n", "  - application/index.md\n  - comparisons/index.md\n")
    (site.root / "mkdocs.yml").write_text(config, encoding="utf-8")
    for lang, title in (("ko", "비교 문서"), ("en", "Comparisons")):
        site.write_page(lang, "comparisons/index.md", f"# {title}\n\n<!-- comparison:index -->\n")
    for record in records:
        site.write_catalog_file(
            f"comparisons/{record['id']}.yml", yaml.safe_dump(record, allow_unicode=True, sort_keys=False)
        )
        for lang in ("ko", "en"):
            site.write_page(lang, f"comparisons/{record['id']}.md", f"## {lang}\n\n{COMPARISON_MARKERS}")
