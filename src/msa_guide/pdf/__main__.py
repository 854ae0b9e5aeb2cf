"""``python -m msa_guide.pdf --site site --lang ko [--out site/msa-guide-ko.pdf]``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from msa_guide.pdf.site_reader import SiteError

PANGO_HINT = (
    "WeasyPrint needs Pango and HarfBuzz from the system: "
    "sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m msa_guide.pdf", description=__doc__)
    parser.add_argument("--site", type=Path, default=Path("site"), help="the built site (default: site)")
    parser.add_argument("--lang", required=True, help="language to print, e.g. ko or en")
    parser.add_argument("--out", type=Path, help="PDF to write (default: msa-guide-<lang>.pdf in the language root)")
    parser.add_argument("--html", type=Path, help="also write the book's HTML here (to debug the layout)")
    parser.add_argument("--strict", action="store_true", help="fail when a link of the site has no target in the book")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)s - %(name)s: %(message)s", level=logging.WARNING)
    try:
        from msa_guide.pdf.writer import build_pdf, default_output
    except OSError as error:  # cffi could not load a system library
        print(f"error: {error}\n{PANGO_HINT}", file=sys.stderr)
        return 1
    out: Path = args.out or default_output(args.site, args.lang)
    try:
        result = build_pdf(args.site, args.lang, out, html_out=args.html)
    except (SiteError, FileNotFoundError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{result.path}: {result.pages} pages, {result.size / 1_000_000:.1f} MB, {result.seconds:.1f} s")
    if args.strict and result.problems:
        print(f"error: {len(result.problems)} link(s) without a target in the book (see above)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
