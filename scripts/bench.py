"""`make bench`: whole-process timings of the build and the ratios the issues set targets for.

Ratios are measured in one run with the two commands interleaved (A B A B …), so drift of a shared machine
affects both sides alike. Later parts (search, PDF) add their own tables through ``scripts/bench_*.py``
modules, which expose either ``rows() -> list[tuple[str, str, str]]`` (figure, measured value, target) or a
``main()`` that prints a table.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs", "build", "--quiet"]
# Python's default: compiled modules are cached in __pycache__ (a machine that sets PYTHONDONTWRITEBYTECODE would
# charge every build with compiling our plugins' modules again, ~0.3 s; MkDocs' and Material's come compiled by pip).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"NO_MKDOCS_2_WARNING": "1"}
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
    kept: list[str] = []
    dropped_indent = -1  # the indentation of the plugin entry being dropped, with its options below it
    for line in config.read_text(encoding="utf-8").splitlines():
        indent = len(line) - len(line.lstrip())
        if dropped_indent >= 0 and line.strip() and indent > dropped_indent:
            continue
        dropped_indent = -1
        if line.strip().startswith(tuple(f"- {p}" for p in OUR_PLUGINS)):
            dropped_indent = indent
            continue
        kept.append(line)
    # Our template overrides read what our plugins put in the context (labels, search roots): plain Material instead.
    kept = [line for line in kept if not line.strip().startswith("custom_dir:")]
    kept = [line.replace("strict: true", "strict: false") for line in kept]
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return target


def catalog_pipeline_seconds(root: Path) -> float:
    """Everything our plugins compute for a catalog, both languages: load and validate, relations, type table
    and listings, every card and footer, map, browser and JSON export. (A full MkDocs build of 2,000 patterns is
    dominated by Material rendering the whole navigation into every page, which grows with pages x nav size.)"""
    from msa_guide.catalog import LANGUAGES, load_catalog
    from msa_guide.catalog.relations import all_relations_of
    from msa_guide.render.catalog_browser import catalog_browser
    from msa_guide.render.pattern_card import pattern_card, pattern_footer, pattern_title
    from msa_guide.render.pattern_map import pattern_map
    from msa_guide.render.patterns_json import patterns_json
    from msa_guide.render.type_pages import type_listing, type_table

    start = time.perf_counter()
    catalog = load_catalog(root / "catalog")
    relations = all_relations_of(catalog)
    for lang in LANGUAGES:
        type_table(catalog, lang, "overview.md")
        for pattern_type in catalog.types:
            type_listing(catalog, pattern_type.id, lang, pattern_type.index_page)
        for pattern in catalog.patterns:
            pattern_title(pattern, lang)
            pattern_card(catalog, pattern, lang)
            pattern_footer(catalog, pattern, lang, relations[pattern.id], [], (None, None))
        pattern_map(catalog, lang, "explore/map.md")
        catalog_browser(catalog, lang, "explore/catalog.md")
        patterns_json(catalog, lang, "/")
    return time.perf_counter() - start


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


def build_rows(label: str, root: Path, work: Path, runs: int) -> list[tuple[str, str, str]]:
    """Full build vs the build without our plugins of the site at ``root``, interleaved, and where the time goes."""
    full = [*MKDOCS, "--site-dir", str(work / "full")]
    bare_config = without_our_plugins(root / "mkdocs.yml", root / ".bench-without-plugins.yml")
    try:
        bare = [*MKDOCS, "-f", str(bare_config), "--site-dir", str(work / "bare")]
        with_ours, without = interleaved(full, bare, root, root, runs)
        cold = cold_cache_seconds(full, root, root / ".cache-aside")
        spent = plugin_breakdown(root / "mkdocs.yml", work / "timed")
        spent_bare = plugin_breakdown(bare_config, work / "timed-bare")
    finally:
        bare_config.unlink()
    ratio = statistics.median(a / b for a, b in zip(with_ours, without, strict=True))
    rows = [
        (
            f"{label}: build, both languages (s, min / median)",
            f"{min(with_ours):.2f} / {statistics.median(with_ours):.2f}",
            "-",
        ),
        (f"{label}: build without our plugins (s, median)", f"{statistics.median(without):.2f}", "-"),
        (f"{label}: full build / build without our plugins", f"{ratio:.2f}", "<= 1.15"),
        (
            f"{label}:   first build, no .cache/ (s; / without ours)",
            f"{cold:.2f}; {cold / statistics.median(without):.2f}",
            "-",
        ),
    ]
    total, total_bare = spent.pop("total"), spent_bare.pop("total")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        without_ours = f", {spent_bare[name]:.2f} s without ours" if name in spent_bare else ""
        rows.append(
            (
                f"{label}:   time in {name} (one in-process build)",
                f"{seconds:.2f} s = {seconds / total:.0%}{without_ours}",
                "-",
            )
        )
    rows.append((f"{label}:   in-process build, with / without ours (s)", f"{total:.2f} / {total_bare:.2f}", "-"))
    return rows


def cold_cache_seconds(build: Sequence[str], root: Path, aside: Path) -> float:
    """One full build without the caches under ``.cache/`` (a fresh clone's first build), which are then put back.

    The other builds of the table run as a writer's do, with the caches of the builds before them: the site model,
    the generated blocks and the search sections of unchanged inputs, and Kiwi's analyses of known words.
    """
    cache = root / ".cache"
    moved = cache.is_dir()
    if moved:
        cache.rename(aside)
    try:
        return run_seconds(build, root)
    finally:
        if moved:
            shutil.rmtree(cache, ignore_errors=True)
            aside.rename(cache)


def plugin_breakdown(config: Path, site: Path) -> dict[str, float]:
    """Exclusive seconds per plugin of one build, in a fresh process (scripts/plugin_timing.py)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "plugin_timing.py"), str(config), str(site)],
        cwd=config.parent,
        env=ENV,
        check=True,
        capture_output=True,
        text=True,
    )
    return {str(k): float(v) for k, v in json.loads(result.stdout.strip().splitlines()[-1]).items()}


def main() -> None:
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    rows: list[tuple[str, str, str]] = [("figure", "measured", "target")]
    sys.path.insert(0, str(ROOT / "scripts"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows += build_rows("guide", ROOT, work / "guide", runs)
        if os.environ.get("BENCH_ONLY") != "core":
            from doubled_site import write_doubled_site

            doubled = write_doubled_site(work / "doubled-source")
            rows += build_rows("guide x2", doubled, work / "doubled", max(1, runs - 1))

        from synthetic_site import write_synthetic_site

        small = write_synthetic_site(work / "syn200", 200)
        large = write_synthetic_site(work / "syn2000", 2000)
        # The fastest of five runs, as timeit reports: a slower run measures what else the machine did (the median of
        # three gave 10.9 to 13.8 for the same code, the small catalog taking a tenth of a second).
        small_times = [catalog_pipeline_seconds(small) for _ in range(5)]
        large_times = [catalog_pipeline_seconds(large) for _ in range(5)]
        rows.append(("catalog core + renderers, 200 patterns (s, best of 5)", f"{min(small_times):.3f}", "-"))
        rows.append(("catalog core + renderers, 2,000 patterns (s, best of 5)", f"{min(large_times):.3f}", "-"))
        scale = min(large_times) / min(small_times)
        rows.append(("2,000 / 200 patterns, our pipeline", f"{scale:.2f}", "<= 11"))

    print(table(rows))
    if os.environ.get("BENCH_ONLY") == "core":
        return
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
