"""HTML blocks held back from Markdown come back in their places, once, or the build stops naming the page."""

from __future__ import annotations

import markdown
import pytest
from mkdocs.exceptions import PluginError

from msa_guide.plugins.after_markdown import AfterMarkdown

CARD = '<div class="pattern-card">\n<dl>\n<dt>Type</dt>\n<dd><a href="../">A &amp; B</a></dd>\n</dl>\n</div>'
FOOTER = '<div class="pattern-relations"><dl><dt>Uses</dt><dd><a href="../x/">X</a></dd></dl></div>'


def test_blocks_come_back_in_their_places_after_markdown() -> None:
    held = AfterMarkdown("msa-catalog")
    card, empty, footer = (held.place("en/a.md", html) for html in (CARD, "", FOOTER))
    assert empty == ""
    source = f"# Title\n{card}Body with *emphasis*.\n{footer}## Further reading\n"
    html = markdown.markdown(source, extensions=["def_list", "attr_list", "md_in_html", "toc"])
    filled = held.fill("en/a.md", html)
    assert filled.index("<h1") < filled.index(CARD) < filled.index("<em>emphasis</em>") < filled.index(FOOTER)
    assert "msa-catalog-html" not in filled
    assert held.fill("en/a.md", "<p>again</p>") == "<p>again</p>", "a page's blocks are used once"


def test_a_rebuild_forgets_what_the_page_held_before() -> None:
    held = AfterMarkdown("msa-catalog")
    held.place("ko/a.md", "<p>old</p>")
    held.forget("ko/a.md")
    marker = held.place("ko/a.md", "<p>new</p>")
    assert held.fill("ko/a.md", marker.strip()) == "<p>new</p>"


def test_a_marker_lost_in_markdown_stops_the_build_naming_the_page() -> None:
    held = AfterMarkdown("msa-catalog")
    held.place("en/platform/b.md", CARD)
    lost = r"^en/platform/b\.md: generated block 0: its marker <!--msa-catalog-html 0--> did not survive Markdown$"
    with pytest.raises(PluginError, match=lost):
        held.fill("en/platform/b.md", "<p>the marker was inside a code block and got escaped</p>")


def test_two_plugins_hold_blocks_on_one_page_without_sharing_a_marker() -> None:
    catalog, decisions = AfterMarkdown("msa-catalog"), AfterMarkdown("msa-decisions")
    page = catalog.place("ko/a.md", "<p>card</p>") + decisions.place("ko/a.md", "<p>guide</p>")
    html = markdown.markdown(page)
    assert decisions.fill("ko/a.md", catalog.fill("ko/a.md", html)).split() == ["<p>card</p>", "<p>guide</p>"]


def test_starting_a_page_forgets_its_old_blocks_and_holds_new_ones_for_it() -> None:
    held = AfterMarkdown("msa-catalog")
    held.place("ko/a.md", "<p>old</p>")
    later = held.page("ko/a.md")
    marker = later("<p>new</p>")
    assert later("") == ""
    assert held.fill("ko/a.md", marker.strip()) == "<p>new</p>"
