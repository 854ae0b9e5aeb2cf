"""Command line: ``python -m msa_guide.authoring {new-pattern ID TYPE | parity | staleness | check-prose [PATH]}``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from msa_guide.authoring.git_history import last_changed
from msa_guide.authoring.parity import parity_report, stale_pages
from msa_guide.authoring.scaffold import new_pattern
from msa_guide.catalog import CatalogError
from msa_guide.prose.files import PathError, check_paths, default_paths
from msa_guide.prose.load import load_prose_rules


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m msa_guide.authoring")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project root (default: current directory)")
    commands = parser.add_subparsers(dest="command", required=True)
    scaffold = commands.add_parser("new-pattern", help="scaffold a catalog record and both language pages")
    scaffold.add_argument("id")
    scaffold.add_argument("type")
    commands.add_parser("parity", help="list page pairs whose languages disagree (exit 1 if any)")
    commands.add_parser("staleness", help="list pages whose twin changed later (warnings only)")
    prose = commands.add_parser(
        "check-prose",
        help="check vocabulary, spelling, running example, trade-offs tables and captions (exit 1 if any)",
    )
    prose.add_argument("paths", nargs="*", type=Path, help="pages, diagrams or catalog files (default: all of them)")
    args = parser.parse_args(argv)
    root: Path = args.root
    if args.command == "check-prose":
        return check_prose(root, args.paths)
    if args.command == "new-pattern":
        try:
            created = new_pattern(root, args.id, args.type)
        except CatalogError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        for path in created:
            print(f"created {path.relative_to(root)}")
        return 0
    if args.command == "parity":
        mismatches = parity_report(root / "docs")
        for mismatch in mismatches:
            print(f"docs/*/{mismatch.page}: {mismatch.problem}")
        pages = len(list((root / "docs" / "ko").rglob("*.md")))
        print(f"parity: {pages} page pairs, {len(mismatches)} mismatches")
        return 1 if mismatches else 0
    stale = stale_pages(root / "docs", last_changed(root))
    for older, newer in stale:
        print(f"warning: {older} may be outdated ({newer} changed later)")
    print(f"staleness: {len(stale)} page(s) whose translation may be outdated")
    return 0


def check_prose(root: Path, paths: list[Path]) -> int:
    """Print ``file:line: 'found' → 'preferred' (rule)`` per violation; 1 if any, 2 if the rules or a path are bad."""
    try:
        rules = load_prose_rules(root)
        files = paths or default_paths(root)
        violations = check_paths(files, root, rules)
    except (CatalogError, PathError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for violation in violations:
        print(violation)
    print(f"check-prose: {len(files)} files, {len(violations)} violations", file=sys.stderr)
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
