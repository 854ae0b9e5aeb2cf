"""The machine-readable export ``patterns.json`` of one language."""

from __future__ import annotations

from typing import Any

from msa_guide.catalog.model import LANGUAGES, Catalog
from msa_guide.catalog.relations import all_relations_of
from msa_guide.render.text import page_url


def patterns_json(catalog: Catalog, lang: str, base_url: str, use_directory_urls: bool = True) -> dict[str, Any]:
    """Everything a tool needs to link into the guide; ``base_url`` is the language root (``/`` or ``/en/``)."""
    relations = all_relations_of(catalog)
    patterns: list[dict[str, Any]] = []
    for pattern in catalog.reading_order():
        ref = pattern.page[lang]
        url = base_url + page_url(ref.path, use_directory_urls) + (f"#{ref.anchor}" if ref.anchor else "")
        patterns.append(
            {
                "id": pattern.id,
                "type": pattern.type,
                "category": pattern.category,
                "name": pattern.name[lang],
                "names": {code: pattern.name[code] for code in LANGUAGES},
                "summary": pattern.summary[lang],
                "aliases": {code: list(pattern.aliases[code]) for code in LANGUAGES},
                "tools": list(pattern.tool_names),
                "legacyTools": {tool.name: tool.legacy[lang] for tool in pattern.tools if tool.legacy is not None},
                "relations": {kind: list(ids) for kind, ids in relations[pattern.id].items()},
                "url": url,
            }
        )
    return {
        "language": lang,
        "types": [
            {"id": t.id, "name": t.name[lang], "url": base_url + page_url(t.index_page, use_directory_urls)}
            for t in catalog.types
        ],
        "categories": [{"id": c.id, "type": c.type, "name": c.name[lang]} for c in catalog.categories],
        "patterns": patterns,
    }
