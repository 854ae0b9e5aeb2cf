"""`make dist`: a versioned archive of the built site with both PDFs, ready for any static host."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tarfile
from pathlib import Path

from msa_guide.release.site_address import release_address_problem
from msa_guide.release.version import guide_version

ROOT = Path(__file__).resolve().parent.parent
PDFS = ("msa-guide-ko.pdf", "en/msa-guide-en.pdf")


def version() -> str:
    base = guide_version()
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return base
    return f"{base}+{commit}" if commit else base


def published_address_problem(site: Path) -> str | None:
    """Why the built site cannot be released: its sitemap (like its canonical links) names a local address."""
    sitemap = site / "sitemap.xml"
    if not sitemap.is_file():
        return f"{sitemap}: missing (build the site first: `make pdf`)"
    first = re.search(r"<loc>([^<]*)</loc>", sitemap.read_text(encoding="utf-8"))
    return release_address_problem(first.group(1) if first else None)


def make_archive(site: Path, out_dir: Path, name_version: str) -> Path:
    """Pack ``site`` as ``msa-guide-<version>/`` into a .tar.gz; refuse when a PDF is missing."""
    missing = [pdf for pdf in PDFS if not (site / pdf).is_file()]
    if missing:
        raise SystemExit(f"error: {site}: missing {', '.join(missing)} (run `make pdf` first)")
    out_dir.mkdir(parents=True, exist_ok=True)
    archive = out_dir / f"msa-guide-{name_version}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for path in sorted(site.rglob("*")):
            if path.is_file():
                tar.add(path, arcname=f"msa-guide-{name_version}/{path.relative_to(site).as_posix()}")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/dist.py")
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    problem = published_address_problem(args.site)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    archive = make_archive(args.site, args.out, version())
    print(f"wrote {archive.relative_to(Path.cwd()) if archive.is_relative_to(Path.cwd()) else archive}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
