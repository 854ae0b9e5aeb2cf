"""Our reading of pages into search sections gives exactly Material's sections, on markup chosen to trip it up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from material.plugins.search.plugin import Parser

from msa_guide.memo import Memo
from msa_guide.search import sections as sections_module
from msa_guide.search.sections import FastSearchIndex, memo_code, read_sections


def sections(data: list[Any]) -> list[tuple[str, str | None, float, str, str, bool]]:
    return [(repr(s), s.id, s.depth, "".join(s.title), "".join(s.text), s.is_excluded()) for s in data]


def material(html: str) -> list[tuple[str, str | None, float, str, str, bool]]:
    parser = Parser()
    parser.feed(html)
    parser.close()
    return sections(parser.data)


def ours(html: str) -> list[tuple[str, str | None, float, str, str, bool]]:
    return sections(read_sections(html))


CASES = {
    "preface before the first heading": "<p>Lead</p><h1 id='t'>Title</h1><p>Body &amp; more</p>",
    "no h1": '<h2 id="a">A</h2><p>x</p><h3 id="b">B <code>c</code></h3><ul><li>one</li><li> </li></ul>',
    "permalink left out of the title": '<h2 id="a">Saga<a class="headerlink" href="#a">&para;</a></h2><p>t</p>',
    "excluded block and a sibling of its tag": (
        '<h2 id="a">A</h2><div data-search-exclude><p>hidden</p><div>inner</div>after</div><div>shown</div>'
    ),
    "excluded heading": '<h2 id="a" data-search-exclude>Hidden</h2><p>text</p><h2 id="b">Shown</h2><p>more</p>',
    "scripts and styles are raw text": (
        '<p>a</p><script>if (a < b && c > d) { x("</p>") }</script><style>p > a { x: "<b>" }</style><p>b</p>'
    ),
    "inline svg with self-closing elements and its own style": (
        '<figure><svg viewBox="0 0 10 10"><style>.l{fill:red}</style><title>Map</title>'
        '<path d="M0 0L1 1"/><g><text x="1">주문 서비스</text><rect width="3" /></g></svg>'
        "<figcaption>그림 1. 주문</figcaption></figure>"
    ),
    "entities in text and attributes": '<p title="a &amp; b">x &lt;y&gt; &quot;z&quot; &#44032; &nbsp;</p>',
    "pre keeps its whitespace": "<pre><code>line 1\n\n    line 2\n</code></pre><p>a\nb</p>",
    "void elements and boolean attributes": '<p>a<br>b<img src="x.png" alt="x"><input disabled>c<hr/></p>',
    "headline nested in another element": '<div><h2 id="n">Nested</h2><p>in</p></div><p>out</p>',
    "comments and declarations": "<!DOCTYPE html><!-- <p>not text</p> --><p>text</p><![CDATA[x]]>",
    "line-number tables": '<h2 id="c">Code</h2><div class="linenodiv"><pre>1\n2</pre></div><pre>code</pre>',
    "unclosed and mismatched tags": "<p>a<b>bold<i>both</b> after</p><li>item<p>para",
    "self-closing elements are opened and closed": (
        '<div><span class="icon"/><h2 id="x">T</h2><p>in</p></div><p>after</p><h2 id="y">U</h2><p>u</p>'
    ),
    "upper-case tags": '<H2 ID="u">Upper</H2><P>Text</P>',
    "sub and sup": "<p>H<sub>2</sub>O and x<sup>2</sup><sub> </sub></p>",
    "empty kept elements are dropped": "<ul><li><p> </p></li></ul><p></p><code></code>",
    "repeated attributes: the last one counts": (
        '<h2 id="a" id="b">T</h2><p class="x" class="linenodiv">hid</p><p>y</p>'
    ),
    "the word linenodiv or a flag inside another attribute": (
        '<p title="linenodiv">a</p><div data-x="data-search-exclude">b</div><p class="linenodiv x">c</p>'
    ),
    "permalinks nested, unclosed and of another class": (
        '<h2 id="a">A<a class="headerlink" href="#a">¶<span>x</span></a> tail<a class="other">o</a></h2>'
        '<h3 id="b">B<a class="headerlink">¶</h3><p>after</p><h3 id="c">C</h3><p>c</p>'
    ),
    "a script inside an excluded block, then text": (
        '<div data-search-exclude><script>var a = "</div>";</script><p>in</p></div><p>out</p><style/>tail'
    ),
    "an empty kept element written as XHTML": "<h2 id='e'>E</h2><p/>text<li/><code/>end",
}


@pytest.mark.parametrize("html", CASES.values(), ids=CASES.keys())
def test_same_sections_as_material(html: str) -> None:
    assert ours(html) == material(html)


class FakePage:
    """What the index reads of a page: its HTML, metadata, table of contents, URL and title."""

    def __init__(self, content: str) -> None:
        self.content = content
        self.meta: dict[str, Any] = {}
        self.toc: list[Any] = []
        self.url = "platform/saga/"
        self.title = "Saga"


def entries(index: FastSearchIndex, html: str) -> list[dict[str, Any]]:
    index.entries = []
    index.add_entry_from_context(FakePage(html))
    return list(index.entries)


def test_sections_from_the_memo_make_the_same_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Memo, "_entries", {})
    plain = FastSearchIndex()
    fresh = {name: entries(plain, html) for name, html in CASES.items()}
    assert fresh["no h1"][0]["title"] == "Saga"  # a section without a title takes the page's
    remembering = FastSearchIndex()
    remembering.memo = Memo(tmp_path / "sections.json", memo_code())
    for name, html in CASES.items():
        assert entries(remembering, html) == fresh[name], name  # read, then stored
    remembering.memo.save()

    monkeypatch.setattr(Memo, "_entries", {})  # another build process
    monkeypatch.setattr(sections_module, "read_sections", lambda html: pytest.fail("a page was read again"))
    again = FastSearchIndex()
    again.memo = Memo(tmp_path / "sections.json", memo_code())
    for name, html in CASES.items():
        assert entries(again, html) == fresh[name], name  # taken from the memo
