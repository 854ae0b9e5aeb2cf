"""Simulation pages in the built site: each loads its own module and no other page loads one; without scripts
(print, the PDF book) the page shows the static figure with its caption and no control at all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from msa_guide.catalog import LANGUAGES
from msa_guide.pdf.chapters import plan_book
from msa_guide.pdf.site_reader import read_site
from tests.helpers import ROOT

SIMULATIONS = sorted(p.stem for p in (ROOT / "overrides/assets/javascripts/simulations").glob("*.js"))
MODULE = re.compile(r'<script type="module" src="[^"]*assets/javascripts/simulations/([a-z-]+)\.js"></script>')
EMBED = re.compile(r'<div class="simulation" data-simulation="([a-z-]+)"[^>]*>(.*?</figure>)\s*</div>', re.DOTALL)
CONTROL = re.compile(r"<(button|input|select|fieldset)\b")


def test_there_are_at_least_eight_simulations() -> None:
    assert len(SIMULATIONS) >= 8, SIMULATIONS


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_simulation_page_loads_only_its_own_module(built_site: Path, lang: str) -> None:
    root = built_site if lang == LANGUAGES[0] else built_site / lang
    found: dict[str, str] = {}
    for page in sorted(root.rglob("index.html")):
        if lang == LANGUAGES[0] and any(part in LANGUAGES[1:] for part in page.relative_to(root).parts[:1]):
            continue
        html = page.read_text(encoding="utf-8")
        modules, embeds = MODULE.findall(html), EMBED.findall(html)
        assert modules == [simulation for simulation, _ in embeds], f"{page}: modules {modules}, embeds {embeds}"
        for simulation, block in embeds:
            found[simulation] = str(page.relative_to(root))
            # Without JavaScript the embed is the static figure alone: never an empty control.
            assert "<svg" in block, page
            assert not CONTROL.search(block), page
    assert sorted(found) == SIMULATIONS


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_book_prints_every_static_figure_with_its_caption(built_site: Path, lang: str) -> None:
    book = plan_book(read_site(built_site, lang))
    printed = []
    for chapter in book.chapters:
        for element in chapter.article.iter() if chapter.article is not None else ():
            if "simulation-figure" in (element.get("class") or "").split():
                assert list(element.iter("svg")), f"{chapter.title}: figure without its SVG"
                caption = element.find(".//figcaption")
                assert caption is not None, chapter.title
                assert "".join(caption.itertext()).strip(), chapter.title
                printed.append(chapter.title)
    assert len(printed) == len(SIMULATIONS)
