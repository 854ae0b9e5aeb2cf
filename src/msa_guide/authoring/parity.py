"""Translation parity: every page pair has the same skeleton, diagrams, code blocks and pattern links."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from msa_guide.catalog.model import LANGUAGES
from msa_guide.catalog.page_text import outline


@dataclass(frozen=True)
class Mismatch:
    page: str
    problem: str


def parity_report(docs: Path) -> list[Mismatch]:
    """Compare every Korean page with its English twin; an empty list means the languages agree."""
    first, second = LANGUAGES[0], LANGUAGES[1]
    pages = sorted({p.relative_to(docs / lang).as_posix() for lang in LANGUAGES for p in (docs / lang).rglob("*.md")})
    found: list[Mismatch] = []
    for page in pages:
        a_file, b_file = docs / first / page, docs / second / page
        if not a_file.is_file() or not b_file.is_file():
            missing = first if not a_file.is_file() else second
            found.append(Mismatch(page, f"no {missing} version"))
            continue
        a = outline(a_file.read_text(encoding="utf-8"), page)
        b = outline(b_file.read_text(encoding="utf-8"), page)
        checks = [
            ("## sections", len(a.h2), len(b.h2)),
            ("### sections", len(a.h3), len(b.h3)),
            ("diagrams", a.diagrams, b.diagrams),
            ("code blocks", a.code_blocks, b.code_blocks),
        ]
        for what, x, y in checks:
            if x != y:
                found.append(Mismatch(page, f"{what}: {first} {x}, {second} {y}"))
        if a.links != b.links:
            only_a = ", ".join(sorted(a.links - b.links)) or "-"
            only_b = ", ".join(sorted(b.links - a.links)) or "-"
            found.append(Mismatch(page, f"links only in {first}: {only_a}; only in {second}: {only_b}"))
    return found


def stale_pages(docs: Path, changed: dict[str, int]) -> list[tuple[str, str]]:
    """Pages whose twin was last changed before them: ``(possibly stale twin, newer page)`` paths under docs."""
    first, second = LANGUAGES[0], LANGUAGES[1]
    prefix = docs.name
    stale: list[tuple[str, str]] = []
    for page_file in sorted((docs / first).rglob("*.md")):
        page = page_file.relative_to(docs / first).as_posix()
        a = changed.get(f"{prefix}/{first}/{page}")
        b = changed.get(f"{prefix}/{second}/{page}")
        if a is None or b is None or a == b:
            continue
        older, newer = (second, first) if a > b else (first, second)
        stale.append((f"{prefix}/{older}/{page}", f"{prefix}/{newer}/{page}"))
    return stale
