"""mkdocs.yml and the code agree: the languages, their order and the default one."""

from __future__ import annotations

from typing import Any

import yaml

from msa_guide.catalog.model import LANGUAGES
from tests.helpers import ROOT


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its tags (``!ENV``, ``!!python/…``): a tagged value becomes ``None``."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def mkdocs_config() -> dict[str, Any]:
    data: dict[str, Any] = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_TolerantLoader)
    return data


def test_the_languages_of_mkdocs_yml_are_the_catalog_languages() -> None:
    config = mkdocs_config()
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    locales = [language["locale"] for language in i18n["languages"]]
    assert tuple(locales) == LANGUAGES
    defaults = [language["locale"] for language in i18n["languages"] if language.get("default")]
    assert defaults == [LANGUAGES[0]]
    assert config["theme"]["language"] == LANGUAGES[0]
    search = next(p["search"] for p in config["plugins"] if isinstance(p, dict) and "search" in p)
    assert search["lang"] == list(LANGUAGES)
    assert sorted(path.name for path in (ROOT / "docs").iterdir() if path.is_dir()) == sorted(LANGUAGES)
