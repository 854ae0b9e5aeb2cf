"""`make bench`: whole-process timings of the build and the ratios the issues set targets for.

Ratios are measured in one run with the two commands interleaved (A B A B …), so drift of a shared machine
affects both sides alike. Later parts (search, PDF) add their own tables through ``scripts/bench_*.py``
modules, which expose either ``rows() -> list[tuple[str, str, str]]`` (figure, measured value, target) or a
``main()`` that prints a table.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs", "build", "--quiet"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
OUR_PLUGINS = ("msa-",)


def run_seconds(argv: Sequence[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def interleaved(
    a: Sequence[str], b: Sequence[str], cwd_a: Path, cwd_b: Path, runs: int
) -> tuple[list[float], list[float]]:
    run_seconds(a, cwd_a)  # warm-up: imports, file cache
    run_seconds(b, cwd_b)
    times_a, times_b = [], []
    for _ in range(runs):
        times_a.append(run_seconds(a, cwd_a))
        times_b.append(run_seconds(b, cwd_b))
    return times_a, times_b


def without_our_plugins(config: Path, target: Path) -> Path:
    lines = config.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.strip().startswith(tuple(f"- {p}" for p in OUR_PLUGINS))]
    kept = [line.replace("strict: true", "strict: false") for line in kept]
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return target


def table(rows: list[tuple[str, str, str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    line = "+-" + "-+-".join("-" * w for w in widths) + "-+"
    out = [line]
    for index, row in enumerate(rows):
        out.append("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |")
        if index == 0:
            out.append(line)
    out.append(line)
    return "\n".join(out)


def main() -> None:
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    rows: list[tuple[str, str, str]] = [("figure", "measured", "target")]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        full = [*MKDOCS, "--site-dir", str(work / "full")]
        bare_config = without_our_plugins(ROOT / "mkdocs.yml", ROOT / ".bench-without-plugins.yml")
        try:
            bare = [*MKDOCS, "-f", str(bare_config), "--site-dir", str(work / "bare")]
            with_ours, without = interleaved(full, bare, ROOT, ROOT, runs)
        finally:
            bare_config.unlink()
        rows.append(
            (
                "build, both languages (s, min / median)",
                f"{min(with_ours):.2f} / {statistics.median(with_ours):.2f}",
                "-",
            )
        )
        rows.append(("build without our plugins (s, median)", f"{statistics.median(without):.2f}", "-"))
        ratio = statistics.median(a / b for a, b in zip(with_ours, without, strict=True))
        rows.append(("full build / build without our plugins", f"{ratio:.2f}", "<= 1.15"))

        sys.path.insert(0, str(ROOT / "scripts"))
        from synthetic_site import write_synthetic_site

        small = write_synthetic_site(work / "syn200", 200)
        large = write_synthetic_site(work / "syn2000", 2000)
        small_times, large_times = interleaved(MKDOCS, MKDOCS, small, large, max(1, runs - 1))
        rows.append(("synthetic 200 patterns (s, median)", f"{statistics.median(small_times):.2f}", "-"))
        rows.append(("synthetic 2,000 patterns (s, median)", f"{statistics.median(large_times):.2f}", "-"))
        scale = statistics.median(b / a for a, b in zip(small_times, large_times, strict=True))
        rows.append(("2,000 / 200 patterns", f"{scale:.2f}", "<= 11"))

    print(table(rows))
    for extra in sorted((ROOT / "scripts").glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(extra.stem, extra)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print()
        if hasattr(module, "rows"):
            print(table([("figure", "measured", "target"), *module.rows()]))
        else:
            module.main()


if __name__ == "__main__":
    main()
