"""One version, written in pyproject.toml: in the site footer, on the PDF cover and in the changelog."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from msa_guide.pdf.writer import default_edition
from msa_guide.release.version import guide_version
from tests.helpers import ROOT

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_the_installed_version_is_the_one_in_pyproject() -> None:
    assert guide_version() == VERSION, "reinstall the package (make .venv/.installed-test) after a version change"
    assert default_edition().version == VERSION  # what the PDF cover prints


def test_the_footer_of_both_languages_shows_the_version(built_site: Path) -> None:
    for page, word in (
        ("index.html", "버전"),
        ("en/index.html", "Version"),
        ("en/application/saga/index.html", "Version"),
    ):
        html = (built_site / page).read_text(encoding="utf-8")
        footer = html[html.index('<div class="md-copyright">') :]
        assert re.search(rf"{word} <span data-msa-version>{re.escape(VERSION)}</span>", footer), page


def test_the_changelog_has_an_entry_for_the_version_and_an_unreleased_section() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$", changelog, flags=re.MULTILINE)
    assert headings[0] == ("Unreleased", "")
    released = {version: date for version, date in headings[1:]}
    assert released.get(VERSION), f"CHANGELOG.md: no '## [{VERSION}] - <date>' entry"
    assert list(released) == sorted(released, key=lambda v: tuple(int(n) for n in v.split(".")), reverse=True)
    for section in re.split(r"^## ", changelog, flags=re.MULTILINE)[1:]:
        assert re.search(r"^### (Added|Changed|Deprecated|Removed|Fixed|Security)$", section, re.MULTILINE), section[
            :40
        ]
