"""Benchmark of the PDF books: per language, the time `make pdf` spends printing it, its pages and its size.

Usage: ``.venv/bin/python scripts/bench_pdf.py [--site DIR]`` or, from ``make bench``, ``rows()``.

The site is ``site/`` when it has been built (``make build``), else one strict build into a temporary folder.
Each book is printed by the same command as `make pdf` (``python -m msa_guide.pdf``), one after the other, and
timed as a whole process: reading the site, WeasyPrint's layout and writing the file.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ko", "en")
TARGET_SECONDS = 60
TARGET_MEGABYTES = 8
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_site(target: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(target)],
        cwd=ROOT,
        env=ENV,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def print_book(site: Path, lang: str, out: Path) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds, pages and bytes of one book printed from ``site``."""
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "msa_guide.pdf", "--site", str(site), "--lang", lang, "--out", str(out)],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - start
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    pages = re.search(r": (\d+) pages", result.stdout)
    return seconds, cpu, int(pages.group(1)) if pages else 0, out.stat().st_size


def measure(site: Path, out: Path) -> list[tuple[str, str, str]]:
    """Wall time is the target's figure; CPU time shows what a busy shared machine adds to it."""
    rows: list[tuple[str, str, str]] = []
    for lang in LANGUAGES:
        seconds, cpu, pages, size = print_book(site, lang, out / f"msa-guide-{lang}.pdf")
        rows.append((f"PDF {lang}: build time (s, wall / CPU)", f"{seconds:.1f} / {cpu:.1f}", f"<= {TARGET_SECONDS}"))
        rows.append((f"PDF {lang}: pages", str(pages), "-"))
        rows.append((f"PDF {lang}: file size (MB)", f"{size / 1_000_000:.2f}", f"<= {TARGET_MEGABYTES}"))
    return rows


def rows(site: Path | None = None) -> list[tuple[str, str, str]]:
    """The rows `scripts/bench.py` adds to its table: (figure, measured, target)."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if site is None:
            built = ROOT / "site"
            site = built if (built / "index.html").is_file() else build_site(work / "site")
        return measure(site, work)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: site/ or a fresh build)")
    args = parser.parse_args()
    for figure, measured, target in rows(args.site):
        print(f"{figure:40} {measured:>12}   {target}")


if __name__ == "__main__":
    main()
