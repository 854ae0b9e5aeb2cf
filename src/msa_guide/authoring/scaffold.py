"""Scaffold a new pattern: its catalog record and both language pages with the standard sections."""

from __future__ import annotations

from pathlib import Path

from msa_guide.catalog import CatalogError, load_catalog
from msa_guide.catalog.errors import did_you_mean, one_of
from msa_guide.catalog.fields import KEBAB_CASE

PATTERN_SECTIONS = {
    "ko": ("배경과 문제", "해법", "예시", "장단점", "고려 사항", "언제 쓰고 언제 피하는가", "관련 패턴과 도구"),
    "en": (
        "Context and problem",
        "Solution",
        "Example",
        "Trade-offs",
        "Issues and considerations",
        "When to use it and when not to",
        "Related patterns and tools",
    ),
}
GUIDANCE = {
    "ko": "<!-- 이 절을 합니다체로 채우세요. 규칙은 CONTRIBUTING.ko.md를 보세요. -->",
    "en": "<!-- Write this section; CONTRIBUTING.md explains the conventions. -->",
}


def new_pattern(root: Path, pattern_id: str, type_id: str) -> list[Path]:
    """Create the record and the two pages; refuse an invalid id or type, or an id that exists."""
    catalog = load_catalog(root / "catalog")
    if not KEBAB_CASE.match(pattern_id):
        raise CatalogError("ID", "", f"'{pattern_id}' is not kebab-case (lowercase letters, digits and hyphens)")
    type_ids = [t.id for t in catalog.types]
    if type_id not in type_ids:
        raise CatalogError(
            "TYPE", "", f"unknown pattern type '{type_id}'{did_you_mean(type_id, type_ids)}; {one_of(type_ids)}"
        )
    record = root / "catalog" / "patterns" / f"{pattern_id}.yml"
    if catalog.has_pattern(pattern_id) or record.exists():
        raise CatalogError(f"catalog/patterns/{pattern_id}.yml", "id", f"'{pattern_id}' already exists")
    pattern_type = catalog.type(type_id)
    category = catalog.categories_of(type_id)[0].id
    title = pattern_id.replace("-", " ").capitalize()
    record.write_text(
        f"id: {pattern_id}\n"
        f"type: {type_id}\n"
        f"category: {category}  # {one_of(c.id for c in catalog.categories_of(type_id))}\n"
        "name:\n"
        f'  ko: ""  # Korean name\n'
        f"  en: {title}\n"
        "summary:  # one or two plain sentences; they become the lead paragraph\n"
        '  ko: ""\n'
        '  en: ""\n'
        "aliases:\n"
        "  ko: []\n"
        "  en: []\n"
        "related: []  # - {id: other-pattern, kind: uses}\n"
        "tools: []\n",
        encoding="utf-8",
    )
    created = [record]
    for lang, sections in PATTERN_SECTIONS.items():
        page = root / "docs" / lang / pattern_type.folder / f"{pattern_id}.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text("\n".join(f"## {s}\n\n{GUIDANCE[lang]}\n" for s in sections), encoding="utf-8")
        created.append(page)
    return created
