"""`make dist`: a versioned archive of the built site with both PDFs, ready for any static host, and the offline bundle.

The offline bundle (``msa-guide-offline-<version>.zip``) is the same guide built again as files to open from disk
(:mod:`msa_guide.release.offline_site`), with the PDFs of the site copied in.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

from msa_guide.release.offline_bundle import build_offline_site, write_offline_zip
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


def make_offline_bundle(site: Path, offline_site: Path, out_dir: Path, name_version: str) -> Path:
    """Build the offline variant into ``offline_site``, copy in the PDFs of ``site`` and zip it."""
    result = build_offline_site(ROOT, offline_site)
    if result.returncode != 0:
        errors = [line for line in result.stderr.splitlines() if line.startswith(("ERROR", "WARNING"))]
        raise SystemExit("error: the offline build failed\n" + "\n".join(errors or result.stderr.splitlines()[-5:]))
    for pdf in PDFS:
        shutil.copyfile(site / pdf, offline_site / pdf)
    return write_offline_zip(offline_site, out_dir, name_version)


def _shown(path: Path) -> Path:
    return path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/dist.py")
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--offline-site", type=Path, default=ROOT / "build" / "offline-site")
    parser.add_argument("--no-offline", action="store_true", help="only the archive of the site (no offline bundle)")
    args = parser.parse_args(argv)
    problem = published_address_problem(args.site)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    name_version = version()
    archive = make_archive(args.site, args.out, name_version)
    print(f"wrote {_shown(archive)}")
    if not args.no_offline:
        bundle = make_offline_bundle(args.site, args.offline_site, args.out, name_version)
        print(f"wrote {_shown(bundle)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
