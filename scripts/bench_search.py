"""Benchmark of search: index size per language, build-time cost of msa-search, keystroke-to-results time.

Usage: ``.venv/bin/python scripts/bench_search.py [--builds N] [--site DIR]`` or, from ``make bench``,
``bench_search()`` which returns the numbers and prints the table.

- Index size: the full index of each language (``search/msa-search.json``, fetched on the first use of the search
  box) and the stub Material fetches on every page (``search/search_index.json``), raw and gzip-compressed.
- First visit: the bytes a first visit of the home page and of a pattern page transfers in Chromium, until the
  network is idle, each response counted as the nginx recipe in deploy/ sends it (gzip level 6 for its text types
  of 512 bytes or more, other files as they are; headers not counted).
- Build cost: the median wall and CPU time of N strict builds without msa-search (Material's own search only),
  with msa-search but without its Korean morphology, and with all of it, cold (no cache of Korean word analyses,
  as in CI) and warm (the next build on a developer's machine); the ratios to the build without msa-search.
- In-browser time: in Debian Chromium, from the keystroke in Material's search box to the first rendered result,
  median of 20, for a Korean and an English query, and for forgiving queries (typo, English layout, question).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CACHE = ".cache/msa-search"
KIWI_OFF = "  - msa-search:\n      korean_morphology: false\n "
QUERIES = {"ko": ("", "회로차단기를"), "en": ("en/", "circuit breakers")}
FORGIVING = {"ko": ("", "트래픽이 몰릴 때 어떻게 하나요"), "en": ("en/", "ehzj")}
TYPO = {"ko": ("", "하이퍼바이져"), "en": ("en/", "what to do when a dependency is slow")}
# The home page, a simulation page, the largest pattern page and the three explore pages (the map is the largest HTML).
FIRST_VISIT_PAGES = (
    "",
    "platform/rate-limiting/",
    "application/saga/",
    "explore/map/",
    "explore/glossary/",
    "explore/catalog/",
)
FIRST_VISIT = {"ko": FIRST_VISIT_PAGES, "en": tuple(f"en/{path}" for path in FIRST_VISIT_PAGES)}
FIRST_VISIT_TARGET = 400 * 1024
GZIP_SUFFIXES = (".css", ".js", ".json", ".svg", ".xml", ".txt", ".html")  # deploy/nginx.conf gzip_types + HTML
GZIP_MIN_LENGTH = 512
PLACEHOLDER_TIMEOUT_MS = 10_000

# Types the query into Material's box, fires the keyup Material listens to, and resolves with the milliseconds
# until the result list has its first item.
MEASURE = """
async (query) => {
  const box = document.querySelector("input.md-search__input")
  const list = document.querySelector(".md-search-result__list")
  const type = value => {
    box.value = value
    box.dispatchEvent(new KeyboardEvent("keyup", {key: "End", bubbles: true}))
  }
  type("")
  const deadline = performance.now() + TIMEOUT
  while (list.children.length && performance.now() < deadline) await new Promise(r => setTimeout(r, 5))
  return await new Promise(resolve => {
    const start = performance.now()
    const observer = new MutationObserver(() => {
      if (list.children.length) { observer.disconnect(); resolve(performance.now() - start) }
    })
    observer.observe(list, {childList: true})
    type(query)
  })
}
""".replace("TIMEOUT", str(PLACEHOLDER_TIMEOUT_MS))


STRICT = ["--strict"]


def build(site_dir: Path, config: Path) -> tuple[float, float]:
    """Build the guide once into ``site_dir`` with ``config``; return wall time and CPU time in seconds.

    CPU time (user + system of the build process) is the steadier number on a shared machine.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *STRICT, "--quiet", "-f", str(config), "-d", str(site_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise RuntimeError(f"build with {config.name} failed:\n{result.stdout}{result.stderr}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


@contextmanager
def variant_config(replace: tuple[str, str] | None) -> Iterator[Path]:
    """mkdocs.yml, or a copy next to it with one line replaced (removed again afterwards)."""
    if replace is None:
        yield ROOT / "mkdocs.yml"
        return
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    old, new = replace
    if old not in text:
        raise RuntimeError(f"mkdocs.yml has no line {old!r} to vary")
    with tempfile.NamedTemporaryFile("w", suffix=".yml", prefix=".bench-", dir=ROOT, delete=False) as handle:
        handle.write(text.replace(old, new, 1))
    path = Path(handle.name)
    try:
        yield path
    finally:
        path.unlink()


def build_costs(runs: int, site_dir: Path) -> dict[str, tuple[float, float]]:
    """Median wall and CPU time of each variant, and the ratios of the builds with msa-search to the one without.

    "cold" empties msa-search's cache of Korean word analyses before every build (a fresh clone, CI); "warm"
    keeps it (a developer's next build).
    """
    variants: dict[str, tuple[tuple[str, str] | None, bool]] = {
        "without msa-search": (("  - msa-search", "  # - msa-search"), False),
        "msa-search, no Korean morphology": (("  - msa-search", KIWI_OFF), False),
        "msa-search, cold": (None, True),
        "msa-search, warm": (None, False),
    }
    times: dict[str, tuple[float, float]] = {}
    for name, (replace, cold) in variants.items():
        with variant_config(replace) as config:
            runs_of = []
            for _ in range(runs):
                if cold:
                    shutil.rmtree(ROOT / CACHE, ignore_errors=True)
                runs_of.append(build(site_dir, config))
        times[name] = (statistics.median(r[0] for r in runs_of), statistics.median(r[1] for r in runs_of))
    base = times["without msa-search"]
    for name in ("cold", "warm"):
        full = times[f"msa-search, {name}"]
        times[f"ratio, {name}"] = (full[0] / base[0], full[1] / base[1])
    return times


def index_sizes(site: Path) -> dict[str, tuple[int, int]]:
    """Raw and gzip size in bytes of each language's full search index and of its stub (``ko stub``, ``en stub``)."""
    sizes: dict[str, tuple[int, int]] = {}
    for lang, (root, _) in QUERIES.items():
        for name, file in ((lang, "msa-search.json"), (f"{lang} stub", "search_index.json")):
            data = (site / root / "search" / file).read_bytes()
            sizes[name] = (len(data), len(gzip.compress(data, compresslevel=9)))
    return sizes


def served_size(site: Path, path: str) -> int:
    """Bytes of a site file as the nginx recipe sends it: gzip level 6 for text types of 512 bytes or more."""
    file = site / path
    if file.is_dir():
        file = file / "index.html"
    data = file.read_bytes()
    if file.suffix in GZIP_SUFFIXES and len(data) >= GZIP_MIN_LENGTH:
        return len(gzip.compress(data, compresslevel=6))
    return len(data)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def browser_times(site: Path, repeats: int = 20) -> dict[str, Any]:
    """In headless Chromium: median milliseconds from keystroke to the first rendered result per language and query
    kind (``ko``, ``ko forgiving``, ``ko typo``, ...), and first-visit bytes per page (``first visit``)."""
    from playwright.sync_api import Request, sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    medians: dict[str, Any] = {}
    visits: dict[str, int] = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
            for pages in FIRST_VISIT.values():
                for path in pages:
                    context = browser.new_context()  # empty cache: a first visit
                    page = context.new_page()
                    fetched: list[str] = []

                    def record(request: Request, fetched: list[str] = fetched) -> None:
                        fetched.append(request.url)

                    page.on("requestfinished", record)
                    page.goto(url + path, wait_until="networkidle")
                    page.wait_for_timeout(300)
                    local = [u.removeprefix(url).split("?")[0].split("#")[0] for u in fetched if u.startswith(url)]
                    visits[path or "/"] = sum(served_size(site, p) for p in local)
                    context.close()
            page = browser.new_page()
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(url) else r.abort())
            for kind, queries in (("", QUERIES), (" forgiving", FORGIVING), (" typo", TYPO)):
                for lang, (root, query) in queries.items():
                    page.goto(url + root, wait_until="networkidle")
                    page.keyboard.press("/")
                    page.evaluate(MEASURE, query)  # warm-up: index fetched, worker set up
                    runs = [page.evaluate(MEASURE, query) for _ in range(repeats)]
                    medians[lang + kind] = statistics.median(runs)
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    medians["first visit"] = visits
    return medians


def bench_search(builds: int = 3, site: Path | None = None, root: Path = ROOT) -> dict[str, Any]:
    """Run the search benchmark, print its table and return the numbers."""
    global ROOT
    ROOT = root
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        costs = build_costs(builds, Path(tmp) / "site") if builds else {}
        if site is None:
            site = Path(tmp) / "site"
            if not costs:
                build(site, ROOT / "mkdocs.yml")  # otherwise the full build, timed last, is already there
        sizes = index_sizes(site)
        times = browser_times(site)
    print("Search                                         ko            en")
    print(f"  index size, bytes                    {sizes['ko'][0]:>12,}  {sizes['en'][0]:>12,}")
    print(f"  index size, gzip bytes               {sizes['ko'][1]:>12,}  {sizes['en'][1]:>12,}")
    print(f"  stub fetched by every page, gzip     {sizes['ko stub'][1]:>12,}  {sizes['en stub'][1]:>12,}")
    print(f"  keystroke to results, ms (median 20) {times['ko']:>12.1f}  {times['en']:>12.1f}")
    print(f"    forgiving: {FORGIVING['ko'][1]} / {FORGIVING['en'][1]}")
    print(f"                                       {times['ko forgiving']:>12.1f}  {times['en forgiving']:>12.1f}")
    print(f"    {TYPO['ko'][1]} / {TYPO['en'][1]}")
    print(f"                                       {times['ko typo']:>12.1f}  {times['en typo']:>12.1f}")
    print("  first visit, bytes as nginx sends them (index not fetched)")
    for path, size in times["first visit"].items():
        print(f"    {path:<34} {size:>12,}")
    worst = max(times["first visit"].items(), key=lambda item: item[1])
    verdict = "met" if worst[1] <= FIRST_VISIT_TARGET else "NOT met"
    print(f"  heaviest first visit: {worst[0]} {worst[1] / 1024:,.0f} KB (target <= 400 KB: {verdict})")
    if costs:
        print(f"  build, median of {builds}                        wall s         CPU s")
        for name in ("without msa-search", "msa-search, no Korean morphology", "msa-search, cold", "msa-search, warm"):
            print(f"    {name:<34} {costs[name][0]:>12.2f}  {costs[name][1]:>12.2f}")
        for name in ("cold", "warm"):
            ratio = costs[f"ratio, {name}"]
            print(f"    ratio to without msa-search, {name} {ratio[0]:>12.2f}  {ratio[1]:>12.2f}")
    return {"index": sizes, "browser_ms": times, "build_s": costs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--builds", type=int, default=3, help="builds per variant (0: skip the build timing)")
    parser.add_argument("--site", type=Path, help="measure this built site instead of building one")
    parser.add_argument("--root", type=Path, default=ROOT, help="the project to build (default: this one)")
    parser.add_argument("--no-strict", action="store_true", help="build without --strict (pages still in progress)")
    arguments = parser.parse_args()
    if arguments.no_strict:
        STRICT[:] = ["--no-strict"]
    bench_search(arguments.builds, arguments.site, arguments.root)


if __name__ == "__main__":
    main()
