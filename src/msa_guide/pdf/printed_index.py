"""The catalog browser as a printed index: every pattern in alphabetical order, with its page number."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from msa_guide.pdf.site_reader import BuiltSite, CatalogEntry
from msa_guide.render.labels import label


def index_article(site: BuiltSite, title: str, level: int, targets: dict[str, tuple[CatalogEntry, str]]) -> ET.Element:
    """The catalog browser as a printed index: every pattern in alphabetical order, with its page."""
    article = ET.Element("article")
    heading = ET.SubElement(article, "h1", {"data-title": title, "class": f"pdf-bm-{level}"})
    heading.text = title
    intro = ET.SubElement(article, "p", {"class": "lead"})
    intro.text = label(site.lang, "pdf.index.intro")
    table = ET.SubElement(article, "table", {"class": "pdf-index"})
    head = ET.SubElement(ET.SubElement(table, "thead"), "tr")
    for key in ("index.name", "index.other", "index.type", "index.page"):
        ET.SubElement(head, "th").text = label(site.lang, f"pdf.{key}")
    body = ET.SubElement(table, "tbody")
    for entry, anchor in sorted(targets.values(), key=lambda item: item[0].name.casefold()):
        row = ET.SubElement(body, "tr")
        ET.SubElement(ET.SubElement(row, "td"), "a", {"href": f"#{anchor}"}).text = entry.name
        ET.SubElement(row, "td").text = entry.other_name
        ET.SubElement(row, "td").text = f"{entry.type_name} · {entry.category_name}"
        ET.SubElement(ET.SubElement(row, "td", {"class": "pdf-index-page"}), "a", {"href": f"#{anchor}"})
    return article
