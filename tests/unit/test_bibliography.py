"""The bibliography loader (exact messages), the ``reading:`` ids of catalog entries and the rendered citations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from msa_guide.catalog import CatalogError
from msa_guide.catalog.bibliography import Bibliography, Work, load_bibliography
from msa_guide.catalog.site_model import load_site_model
from msa_guide.render.further_reading import citation, further_reading, page_reading
from tests.helpers import ROOT, make_site, pattern_record, write_catalog_list


def work(work_id: str = "newman-building-microservices", **overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": work_id,
        "authors": ["Sam Newman"],
        "title": "Building Microservices",
        "year": 2021,
        "edition": 2,
        "kind": "book",
        "publisher": "O'Reilly",
    }
    record.update(overrides)
    return {k: v for k, v in record.items() if v is not None}


def write(tmp_path: Path, *works: dict[str, Any]) -> Path:
    return write_catalog_list(tmp_path, "bibliography.yml", "works", works)


def problem(tmp_path: Path, *works: dict[str, Any]) -> str:
    with pytest.raises(CatalogError) as error:
        load_bibliography(write(tmp_path, *works), tmp_path)
    return str(error.value)


def test_a_valid_bibliography_loads(tmp_path: Path) -> None:
    paper = work("garcia-molina-salem-sagas", authors=["Hector Garcia-Molina", "Kenneth Salem"], title="Sagas")
    paper.update(year=1987, kind="paper", venue="SIGMOD")
    del paper["edition"], paper["publisher"]
    bibliography = load_bibliography(write(tmp_path, work(), paper), tmp_path)
    assert [w.id for w in bibliography.works] == ["newman-building-microservices", "garcia-molina-salem-sagas"]
    assert bibliography.work("newman-building-microservices").edition == 2
    assert bibliography.work("garcia-molina-salem-sagas") == Work(
        id="garcia-molina-salem-sagas",
        authors=("Hector Garcia-Molina", "Kenneth Salem"),
        title="Sagas",
        year=1987,
        kind="paper",
        venue="SIGMOD",
    )


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"id": "Building_Microservices"}, "works[0].id: 'Building_Microservices' is not kebab-case"),
        ({"authors": []}, "works[0].authors: expected a non-empty list of names"),
        ({"kind": "bok"}, "works[0].kind: unknown kind of work 'bok' (did you mean 'book'?); one of: book, paper"),
        ({"publisher": None}, "works[0].publisher: missing required field (a book names its publisher)"),
        ({"kind": "paper", "edition": None}, "works[0].venue: missing required field (a paper names where it"),
        ({"year": None}, "works[0].year: missing required field"),
        ({"year": 20021}, "works[0].year: 20021 is not a publication year (1900-2026)"),
        ({"year": "2021"}, "works[0].year: expected a whole number, got text '2021'"),
        ({"edition": 0}, "works[0].edition: expected an edition number of 1 or more, got 0"),
        ({"kind": "article", "venue": "IEEE Software"}, "works[0].edition: only a book has editions, not a article"),
        ({"url": "https://example.com"}, "works[0].url: unknown field"),
        ({"edited": "yes"}, "works[0].edited: expected true or false"),
    ],
)
def test_bad_works_are_reported_with_file_and_field(tmp_path: Path, overrides: dict[str, Any], message: str) -> None:
    text = problem(tmp_path, work(**overrides))
    assert text.startswith("catalog/bibliography.yml: "), text
    assert message in text, text


def test_a_work_id_is_listed_once(tmp_path: Path) -> None:
    assert problem(tmp_path, work(), work()) == (
        "catalog/bibliography.yml: works[1].id: duplicate work id 'newman-building-microservices' (first in works[0])"
    )


def site_with_reading(tmp_path: Path, reading: list[str], *, bibliography: bool = True) -> Path:
    site = make_site(tmp_path, patterns=2)
    site.add_pattern(pattern_record("pattern-a", reading=reading), pages=False)
    if bibliography:
        site.write_catalog_file("bibliography.yml", yaml.safe_dump({"works": [work()]}, allow_unicode=True))
    return site.root


def test_reading_ids_resolve_to_works(tmp_path: Path) -> None:
    model = load_site_model(site_with_reading(tmp_path, ["newman-building-microservices"]))
    assert model.bibliography is not None
    assert model.catalog.pattern("pattern-a").reading == ("newman-building-microservices",)
    assert page_reading(model.catalog, model.catalog.pattern("pattern-a"), "en") == ("newman-building-microservices",)


def test_an_unknown_reading_id_names_the_pattern_file_and_field(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as error:
        load_site_model(site_with_reading(tmp_path, ["newman-building-microservice"]))
    assert str(error.value) == (
        "catalog/patterns/pattern-a.yml: reading[0]: unknown work id 'newman-building-microservice' "
        "(did you mean 'newman-building-microservices'?); works are listed in catalog/bibliography.yml"
    )


def test_reading_without_a_bibliography_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as error:
        load_site_model(site_with_reading(tmp_path, ["newman-building-microservices"], bibliography=False))
    assert str(error.value) == (
        "catalog/patterns/pattern-a.yml: reading[0]: 'newman-building-microservices' cannot be resolved: "
        "catalog/bibliography.yml is missing"
    )


def test_a_reading_id_is_listed_once(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as error:
        load_site_model(site_with_reading(tmp_path, ["newman-building-microservices"] * 2))
    assert str(error.value) == (
        "catalog/patterns/pattern-a.yml: reading[1]: 'newman-building-microservices' is listed twice"
    )


BOOK = Work("b", ("Sam Newman",), "Building Microservices", 2021, "book", publisher="O'Reilly", edition=2)
PAPER = Work("p", ("Hector Garcia-Molina", "Kenneth Salem"), "Sagas", 1987, "paper", venue="SIGMOD")
QUESTION = Work("q", ("Melvin E. Conway",), "How Do Committees Invent?", 1968, "article", venue="Datamation")
MANY = Work("m", ("A One", "B Two", "C Three", "D Four", "E Five"), "Many Hands", 2010, "paper", venue="OSDI")
EDITED = Work(
    "e", ("Betsy Beyer", "Chris Jones"), "Site Reliability Engineering", 2016, "book", "O'Reilly", edited=True
)
STANDARD = Work("s", ("Scott Rose",), "Zero Trust Architecture", 2020, "standard", "NIST", "SP 800-207")


@pytest.mark.parametrize(
    ("item", "ko", "en"),
    [
        (
            BOOK,
            "Sam Newman, <em>Building Microservices</em>, 제2판, O'Reilly, 2021.",
            "Sam Newman. <em>Building Microservices</em>, 2nd ed. O'Reilly, 2021.",
        ),
        (
            PAPER,
            "Hector Garcia-Molina, Kenneth Salem, “Sagas”, SIGMOD, 1987.",
            "Hector Garcia-Molina and Kenneth Salem. “Sagas.” SIGMOD, 1987.",
        ),
        (
            QUESTION,
            "Melvin E. Conway, “How Do Committees Invent?”, Datamation, 1968.",
            "Melvin E. Conway. “How Do Committees Invent?” Datamation, 1968.",
        ),
        (MANY, "A One 외, “Many Hands”, OSDI, 2010.", "A One et al. “Many Hands.” OSDI, 2010."),
        (
            EDITED,
            "Betsy Beyer, Chris Jones 엮음, <em>Site Reliability Engineering</em>, O'Reilly, 2016.",
            "Betsy Beyer and Chris Jones (eds.). <em>Site Reliability Engineering</em>. O'Reilly, 2016.",
        ),
        (
            STANDARD,
            "Scott Rose, “Zero Trust Architecture”, NIST SP 800-207, 2020.",
            "Scott Rose. “Zero Trust Architecture.” NIST SP 800-207, 2020.",
        ),
    ],
    ids=["book", "paper", "question-title", "et-al", "edited", "standard"],
)
def test_citations_in_both_languages(item: Work, ko: str, en: str) -> None:
    assert citation(item, "ko") == ko
    assert citation(item, "en") == en


def test_the_section_is_headed_and_anchored_the_same_in_both_languages() -> None:
    bibliography = Bibliography(works=(BOOK, PAPER))
    assert further_reading(bibliography, ("p", "b"), "ko") == (
        "\n\n## 더 읽을거리 {#further-reading}\n\n<ul>\n"
        "<li>Hector Garcia-Molina, Kenneth Salem, “Sagas”, SIGMOD, 1987.</li>\n"
        "<li>Sam Newman, <em>Building Microservices</em>, 제2판, O'Reilly, 2021.</li>\n</ul>\n"
    )
    english = further_reading(bibliography, ("b",), "en", hold=lambda html: "<!-- held -->")
    assert english == "\n\n## Further reading {#further-reading}\n\n<!-- held -->"
    assert further_reading(bibliography, (), "en") == ""
    assert further_reading(None, (), "ko") == ""


def test_the_real_bibliography_loads_and_every_work_is_cited_in_both_languages() -> None:
    model = load_site_model(ROOT)
    assert model.bibliography is not None
    assert len(model.bibliography.works) >= 40
    for item in model.bibliography.works:
        for lang in ("ko", "en"):
            assert citation(item, lang).endswith("."), item.id


def test_citations_escape_what_they_quote() -> None:
    odd = Work("o", ("Ann <Lee>",), "Queues & <Streams>", 2020, "book", publisher="A&B")
    assert citation(odd, "en") == "Ann &lt;Lee&gt;. <em>Queues &amp; &lt;Streams&gt;</em>. A&amp;B, 2020."
