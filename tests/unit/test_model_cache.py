"""The site model kept on disk: reused while its inputs are the same, loaded again when one changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from msa_guide.catalog import model_cache
from msa_guide.catalog.errors import CatalogError
from msa_guide.catalog.model_cache import cached_site_model
from msa_guide.catalog.site_model import SiteModel, source_stamp
from tests.helpers import make_site


def test_a_second_process_takes_the_model_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = make_site(tmp_path, patterns=2)
    cache = tmp_path / ".cache" / "model.pickle"
    docs = site.root / "docs"
    first = cached_site_model(site.root, docs, source_stamp(site.root, docs), cache)
    assert cache.is_file()
    loads: list[Path] = []
    monkeypatch.setattr(model_cache, "load_site_model", lambda root, docs: loads.append(root) or first)
    again = cached_site_model(site.root, docs, source_stamp(site.root, docs), cache)
    assert again == first
    assert again is not first  # read back from the file, not loaded
    assert loads == []


def test_an_edited_file_loads_the_model_again(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=2)
    cache = tmp_path / "cache" / "model.pickle"
    docs = site.root / "docs"
    before = cached_site_model(site.root, docs, source_stamp(site.root, docs), cache)
    record = next((site.root / "catalog").rglob("pattern-a.yml"))
    record.write_text(record.read_text(encoding="utf-8").replace("pattern-a 패턴", "에이 패턴"), encoding="utf-8")
    after = cached_site_model(site.root, docs, source_stamp(site.root, docs), cache)
    assert before.catalog.pattern("pattern-a").name["ko"] == "pattern-a 패턴"
    assert after.catalog.pattern("pattern-a").name["ko"] == "에이 패턴"


def test_bad_input_is_never_stored_and_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    site = make_site(tmp_path, patterns=2)
    cache = tmp_path / "cache" / "model.pickle"
    docs = site.root / "docs"
    record = next((site.root / "catalog").rglob("pattern-a.yml"))
    good = record.read_text(encoding="utf-8")
    record.write_text(good + "unknown_field: 1\n", encoding="utf-8")
    with pytest.raises(CatalogError):
        cached_site_model(site.root, docs, source_stamp(site.root, docs), cache)
    assert not cache.exists()
    record.write_text(good, encoding="utf-8")
    cache.parent.mkdir()
    cache.write_bytes(b"not a pickle")
    model = cached_site_model(site.root, docs, source_stamp(site.root, docs), cache)
    assert isinstance(model, SiteModel)
    assert [p.name for p in cache.parent.iterdir()] == ["model.pickle"]  # rewritten whole, no partial file left
    os.utime(record)  # touched: another stamp, loaded again (and still valid)
    assert cached_site_model(site.root, docs, source_stamp(site.root, docs), cache) == model
