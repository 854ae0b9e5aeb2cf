"""Both PDF books of the real site, printed in the background as soon as the site exists.

Printing is the longest single job of the suite (about a minute per language on two cores). The worker that builds
the real site starts both books right after the build when the run collected ``tests/build/test_pdf.py``, so they
print while the other tests run; the PDF tests then only wait for each book as they come to it. Started once per
run directory: a later call (e.g. from the PDF tests' fixture with ``MSA_GUIDE_PREBUILT_SITE``) finds them started.
"""

from __future__ import annotations

import fcntl
import os
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from msa_guide.catalog import LANGUAGES
from tests.helpers import ROOT

SOURCE_DATE_EPOCH = "1767225600"  # 2026-01-01: the cover date is reproducible
TIMEOUT_SECONDS = 900


@dataclass(frozen=True)
class PrintedBook:
    path: Path
    returncode: int
    stdout: str
    stderr: str


def _files(out: Path, lang: str) -> tuple[Path, Path, Path, Path]:
    return out / f"msa-guide-{lang}.pdf", out / f"{lang}.stdout", out / f"{lang}.stderr", out / f"{lang}.returncode"


def start_books(site: Path, out: Path) -> None:
    """Start printing both books of ``site`` into ``out`` in background processes, unless already started."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (out / "started").exists():
            return
        env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
        for lang in LANGUAGES:
            pdf, stdout, stderr, returncode = _files(out, lang)
            command = shlex.join(
                [
                    sys.executable,
                    "-m",
                    "msa_guide.pdf",
                    "--strict",
                    "--site",
                    str(site),
                    "--lang",
                    lang,
                    "--out",
                    str(pdf),
                ]
            )
            # The shell records the exit status where any worker can read it. It runs detached (`&`), so the printer
            # outlives this fixture and is nobody's child to wait for.
            script = f"{command} >{shlex.quote(str(stdout))} 2>{shlex.quote(str(stderr))}; echo $? >{returncode}.tmp"
            script += f" && mv {returncode}.tmp {returncode}"
            subprocess.run(["sh", "-c", f"({script}) </dev/null >/dev/null 2>&1 &"], cwd=ROOT, env=env, check=True)
        (out / "started").touch()


def wait_for_book(out: Path, lang: str, deadline: float) -> PrintedBook:
    """Wait until the ``lang`` book has been printed (or failed), at the latest until ``deadline`` (monotonic clock),
    and return what its run left behind."""
    pdf, stdout, stderr, returncode = _files(out, lang)
    while not returncode.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the {lang} book was not printed within {TIMEOUT_SECONDS} s")
        time.sleep(0.5)
    return PrintedBook(
        pdf,
        int(returncode.read_text(encoding="utf-8").strip()),
        stdout.read_text(encoding="utf-8"),
        stderr.read_text(encoding="utf-8"),
    )
