"""Which files the prose check reads, in which language, and the violations of each.

Pages (``docs/<lang>/**/*.md``) and diagrams (``docs/<lang>/**/*.svg``) take the language of their folder; catalog
files (``catalog/**/*.yml``) are read text by text, each in the language of its ``ko:``/``en:`` key. Files that hold
the rules themselves, search words or titles as printed (the bibliography) are not prose and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from msa_guide.prose import checks
from msa_guide.prose.model import ProseRules, Violation
from msa_guide.prose.text import catalog_texts, markdown_lines, svg_lines

#: Catalog files that are not prose: the rules, the running example, search words and printed titles.
NOT_PROSE = frozenset({"prose-rules.yml", "running-example.yml", "search-synonyms.yml", "bibliography.yml"})
#: Catalog keys whose values are search words or avoided forms, never prose.
NOT_PROSE_KEYS = frozenset({"aliases", "avoid", "says", "means", "id", "tools", "reading"})


class PathError(ValueError):
    """A path the check cannot read: missing, or not a page, diagram or catalog file."""


def default_paths(root: Path) -> list[Path]:
    """Every page, diagram and catalog file of the guide, sorted."""
    docs = sorted((root / "docs").rglob("*.md")) + sorted((root / "docs").rglob("*.svg"))
    catalog = sorted(p for p in (root / "catalog").rglob("*.yml") if p.name not in NOT_PROSE)
    return docs + catalog


def check_paths(paths: Iterable[Path], root: Path, rules: ProseRules) -> list[Violation]:
    """Violations of every file, in file order then line order."""
    found: list[Violation] = []
    for path in paths:
        found += check_file(path, root, rules)
    return found


def check_file(path: Path, root: Path, rules: ProseRules) -> list[Violation]:
    absolute = path if path.is_absolute() else root / path
    if not absolute.is_file():
        raise PathError(f"{path}: no such file")
    try:
        relative = PurePosixPath(absolute.resolve().relative_to(root.resolve()).as_posix())
    except ValueError:
        raise PathError(f"{path}: not inside {root}") from None
    text = absolute.read_text(encoding="utf-8")
    shown = relative.as_posix()
    parts = relative.parts
    if parts[0] == "docs" and len(parts) > 2 and parts[1] in ("ko", "en"):
        lang = parts[1]
        page = PurePosixPath(*parts[2:]).as_posix()
        if relative.suffix == ".md":
            findings = _page(text, lang, page, rules)
        elif relative.suffix == ".svg":
            findings = checks.line_findings(svg_lines(text), lang, rules)
        else:
            raise PathError(f"{path}: not a page (.md) or a diagram (.svg)")
    elif parts[0] == "catalog" and relative.suffix == ".yml":
        if relative.name in NOT_PROSE:
            return []
        findings = _catalog(text, rules)
    else:
        raise PathError(f"{path}: not a page or diagram under docs/ko or docs/en, nor a catalog file")
    ordered = sorted(set(findings), key=lambda f: (f.line, f.rule, f.found))
    return [Violation(shown, f.line, f.found, f.preferred, f.rule) for f in ordered]


def _page(text: str, lang: str, page: str, rules: ProseRules) -> list[checks.Finding]:
    lines = markdown_lines(text)
    allowed = page in rules.unseen_source_pages
    findings = checks.line_findings(lines, lang, rules, unseen_allowed=allowed)
    findings += checks.trade_offs(lines, rules.trade_offs_heading[lang], rules.trade_offs_header[lang])
    findings += checks.captions(text, lang, rules)
    return findings


def _catalog(text: str, rules: ProseRules) -> list[checks.Finding]:
    findings: list[checks.Finding] = []
    for item in catalog_texts(text, NOT_PROSE_KEYS):
        findings += checks.line_findings((item.line,), item.lang, rules)
        if item.path.split(".")[-2:-1] == ["caption"]:
            findings += [checks.Finding(item.line.number, *p) for p in checks.caption(item.line.raw, item.lang, rules)]
    return findings
