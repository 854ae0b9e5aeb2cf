"""Benchmark of the test suite: how long `make test` takes from a warm .venv, and how busy it keeps the machine.

Usage: ``.venv/bin/python scripts/bench_suite.py`` or, from ``make bench``, ``rows()`` (``BENCH_SUITE=0`` skips it:
the run takes minutes).

`make test` runs exactly as a contributor runs it (lint, mypy, the Node tests, pytest with its workers). Wall time
is the target's figure. Busy CPU-seconds come from ``/proc/stat`` over the same interval (the whole machine, so
Chromium, the PDF printers and every worker count): on a machine with C cores the run cannot take less than
busy / C seconds, which says whether a slower run was the suite's work or a busy machine.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 240


def busy_seconds() -> float:
    """CPU-seconds the whole machine has spent on anything but idling, since boot."""
    fields = Path("/proc/stat").read_text(encoding="ascii").splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(value) for value in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def run_suite() -> tuple[float, float, bool]:
    """Wall seconds, busy CPU-seconds and success of one `make test`."""
    start, busy = time.perf_counter(), busy_seconds()
    result = subprocess.run(
        ["make", "test"], cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start, busy_seconds() - busy, result.returncode == 0


def rows() -> list[tuple[str, str, str]]:
    """The rows `scripts/bench.py` adds to its table: (figure, measured, target)."""
    if os.environ.get("BENCH_SUITE") == "0":
        return [("make test (skipped: BENCH_SUITE=0)", "-", f"<= {TARGET_SECONDS} s")]
    seconds, busy, passed = run_suite()
    cores = os.cpu_count() or 1
    return [
        ("make test, warm .venv (s, wall)", f"{seconds:.0f}" + ("" if passed else " (FAILED)"), f"<= {TARGET_SECONDS}"),
        (f"make test: busy CPU-seconds of the machine ({cores} cores)", f"{busy:.0f} (>= {busy / cores:.0f} s)", "-"),
    ]


def main() -> None:
    for figure, measured, target in rows():
        print(f"{figure:55} {measured:>16}   {target}")


if __name__ == "__main__":
    main()
