"""Read the built site: pages, their links and their anchors (standard-library HTML parser only)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class ParsedPage:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    lang: str = ""
    alternates: dict[str, str] = field(default_factory=dict)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.page.ids.add(str(values["id"]))
        if tag == "a" and values.get("name"):
            self.page.ids.add(str(values["name"]))
        if tag == "html":
            self.page.lang = values.get("lang") or ""
        if tag == "a" and values.get("href"):
            self.page.links.append(str(values["href"]))
        if tag == "link" and values.get("rel") == "alternate" and values.get("hreflang"):
            self.page.alternates[str(values["hreflang"])] = str(values.get("href"))


@functools.cache  # several tests read every page of the same site: each page is parsed once per worker
def parse(path: Path) -> ParsedPage:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector.page


def html_pages(site: Path) -> list[Path]:
    """Every rendered page of both languages (search/asset files excluded)."""
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts)


def resolve(site: Path, page: Path, href: str) -> tuple[Path | None, str]:
    """The file a relative link of ``page`` points to (None for external links) and its fragment."""
    if href.startswith(("http://", "https://", "mailto:", "javascript:", "data:")):
        return None, ""
    target, _, fragment = href.partition("#")
    target = target.split("?", 1)[0]
    if not target:
        return page, fragment
    resolved = (site / target.lstrip("/")) if target.startswith("/") else (page.parent / target)
    resolved = resolved.resolve()
    if resolved.is_dir() or target.endswith("/"):
        resolved = resolved / "index.html"
    return resolved, fragment
