"""On the built guide, our reading of pages into search sections gives exactly Material's sections."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_search_sections import material, ours


def test_same_sections_as_material_on_the_guide(built_site: Path) -> None:
    """The pages of the guide with the richest markup (inline diagrams and code) and a spread of the rest."""
    pages = sorted(built_site.rglob("*.html"))
    rich = [p for p in pages if "<svg" in (text := p.read_text(encoding="utf-8")) and "<pre" in text]
    chosen = sorted({*rich[:40], *pages[::10]})
    assert len(chosen) >= 40
    for path in chosen:
        html = path.read_text(encoding="utf-8")
        assert ours(html) == material(html), path.relative_to(built_site)
