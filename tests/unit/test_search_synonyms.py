"""The synonym table of search (catalog/search-synonyms.yml): loading, exact error messages, the index form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from msa_guide.catalog import CatalogError
from msa_guide.catalog.synonyms import load_synonyms, synonyms_for_index
from msa_guide.search.files import FULL_INDEX, STUB, index_files
from tests.helpers import ROOT, write_catalog_list

SLOW = {
    "id": "slow",
    "says": {"ko": ["느려지다"], "en": ["slow", "too slow to answer"]},
    "means": {"ko": ["지연"], "en": ["latency", "timeout"]},
}


def write(tmp_path: Path, *entries: dict[str, Any]) -> Path:
    return write_catalog_list(tmp_path, "search-synonyms.yml", "synonyms", entries)


def error_of(tmp_path: Path, *entries: dict[str, Any]) -> str:
    with pytest.raises(CatalogError) as caught:
        load_synonyms(write(tmp_path, *entries), tmp_path)
    return str(caught.value)


def test_the_guide_s_table_loads() -> None:
    entries = load_synonyms(ROOT / "catalog" / "search-synonyms.yml", ROOT)
    assert {"slow", "crowded", "too-many-requests"} <= {entry.id for entry in entries}


def test_an_entry_in_the_index_has_both_languages_together(tmp_path: Path) -> None:
    entries = load_synonyms(write(tmp_path, SLOW), tmp_path)
    assert synonyms_for_index(entries) == [
        {"says": ["느려지다", "slow", "too slow to answer"], "means": ["지연", "latency", "timeout"]}
    ]


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([{**SLOW, "says": {"ko": ["slow down"]}}], "synonyms[0].says.ko[0]: 'slow down' has no Hangul; English "),
        ([{**SLOW, "says": {"en": ["느리다"]}}], "synonyms[0].says.en[0]: '느리다' is Korean; Korean sayings belong"),
        ([{**SLOW, "says": {"ko": [], "en": []}}], "synonyms[0].says: expected at least one word in ko or en"),
        ([{**SLOW, "means": {"ko": ["?!"]}}], "synonyms[0].means.ko[0]: '?!' has no letters or digits to search for"),
        ([{**SLOW, "typo": 1}], "synonyms[0].typo: unknown field; allowed fields: id, says, means"),
        ([SLOW, {**SLOW, "id": "late"}], "synonyms[1].says.ko[0]: '느려지다' is already a saying of 'slow'"),
        ([SLOW, SLOW], "synonyms[1].id: duplicate id 'slow' (first in synonyms[0])"),
    ],
)
def test_errors_name_the_file_and_the_field(tmp_path: Path, entries: list[dict[str, Any]], message: str) -> None:
    error = error_of(tmp_path, *entries)
    assert error.startswith("catalog/search-synonyms.yml: ")
    assert message in error


def test_the_stub_keeps_the_configuration_and_no_sections(tmp_path: Path) -> None:
    index = {
        "config": {"lang": ["ko"], "separator": " ", "msa": {"format": 2, "lang": "ko", "particles": ["을"]}},
        "docs": [{"location": "a/", "title": "A", "text": "a"}],
    }
    files = index_files(index, tmp_path)
    assert set(files) == {tmp_path / STUB, tmp_path / FULL_INDEX}
    assert (
        files[tmp_path / STUB] == '{"config":{"lang":["ko"],"separator":" ","msa":{"format":2,"lang":"ko"}},"docs":[]}'
    )
    assert '"particles":["을"]' in files[tmp_path / FULL_INDEX]
