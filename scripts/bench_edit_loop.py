"""The author's edit loop under `make serve`: time from saving a file to the moment the browser would reload.

A copy of the project runs the same serve command as `make serve` on a free port. For each edit the script
reads the live-reload epoch from a served page, saves the file, then long-polls MkDocs' `/livereload/<epoch>/`
endpoint, which answers as soon as the rebuilt site is visible (that answer is what makes the browser reload).
Each run then fetches the page and checks that the edit is really there, so a fast but stale rebuild fails.

Figures: median of ``BENCH_EDIT_RUNS`` (5) prose edits of one Korean and one English page, and of catalog edits
(a pattern's summary, which must show on its page in both languages).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("mkdocs.yml", "docs", "catalog", "overrides", "src", "pyproject.toml")
EPOCH = re.compile(r"livereload\((\d+),")
PAGE = "platform/circuit-breaker.md"
PATTERN = "circuit-breaker"
TIMEOUT = 600.0


def serve_command(port: int) -> list[str]:
    """The command of `make serve`, read from the Makefile, on another port."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    found = re.search(r"^serve:.*\n\t\$\(BIN\)/mkdocs (serve[^\n]*)$", makefile, re.MULTILINE)
    assert found, "Makefile: no `serve:` recipe running $(BIN)/mkdocs serve"
    args = re.sub(r"--dev-addr\s+\S+", "", found.group(1)).split()
    return [sys.executable, "-m", "mkdocs", *args, "--dev-addr", f"127.0.0.1:{port}"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str, timeout: float = TIMEOUT) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310  # local server only
        return str(response.read().decode("utf-8"))


@contextmanager
def served_copy(source: Path) -> Iterator[tuple[Path, str]]:
    with tempfile.TemporaryDirectory(prefix="msa-edit-loop-") as tmp:
        work = Path(tmp)
        for name in COPIED:
            path = source / name
            if path.is_dir():
                shutil.copytree(path, work / name, ignore=shutil.ignore_patterns("__pycache__"))
            elif path.is_file():
                shutil.copy2(path, work / name)
        port = _free_port()
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        log = (work / "serve.log").open("w")
        process = subprocess.Popen(serve_command(port), cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}/"
        try:
            deadline = time.monotonic() + TIMEOUT
            while True:
                try:
                    _get(base, timeout=5)
                    break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError((work / "serve.log").read_text(encoding="utf-8")[-3000:]) from None
                    time.sleep(0.5)
            yield work, base
        finally:
            process.terminate()
            process.wait(timeout=30)
            log.close()


def timed_edit(base: str, page_url: str, edit: Callable[[int], str], run: int) -> float:
    """Save one edit and return the seconds until the rebuilt page is visible; fail if it does not show it."""
    epoch = EPOCH.search(_get(base + page_url))
    assert epoch, f"{page_url}: no live-reload script in the served page"
    marker = edit(run)
    start = time.perf_counter()
    _get(f"{base}livereload/{epoch.group(1)}/{run + 1}", timeout=TIMEOUT)
    seconds = time.perf_counter() - start
    page = _get(base + page_url)
    assert marker in page, f"{page_url}: the rebuilt page does not show the edit {marker!r}"
    return seconds


def append_line(path: Path, marker_prefix: str) -> Callable[[int], str]:
    original = path.read_text(encoding="utf-8")

    def edit(run: int) -> str:
        marker = f"{marker_prefix}{run}"
        path.write_text(f"{original}\n{marker}\n", encoding="utf-8")
        return marker

    return edit


def replace_summary(path: Path, lang: str) -> Callable[[int], str]:
    original = path.read_text(encoding="utf-8")
    head, tail = original.split("summary:\n", 1)

    def edit(run: int) -> str:
        marker = f"edit-loop summary {lang} {run}"
        changed = re.sub(rf"^  {lang}: .*$", f'  {lang}: "{marker}"', tail, count=1, flags=re.MULTILINE)
        path.write_text(f"{head}summary:\n{changed}", encoding="utf-8")
        return marker

    return edit


def _url(lang: str, page: str) -> str:
    return ("" if lang == "ko" else f"{lang}/") + page.removesuffix(".md") + "/"


def rows() -> list[tuple[str, str, str]]:
    runs = int(os.environ.get("BENCH_EDIT_RUNS", "5"))
    out = site_rows("guide", ROOT, runs)
    if os.environ.get("BENCH_ONLY") != "core":
        sys.path.insert(0, str(ROOT / "scripts"))
        from doubled_site import write_doubled_site

        with tempfile.TemporaryDirectory(prefix="msa-doubled-") as tmp:
            out += site_rows("guide x2", write_doubled_site(Path(tmp) / "site"), runs)
    return out


def site_rows(label: str, source: Path, runs: int) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    with served_copy(source) as (work, base):
        for lang, name, marker in (("ko", "Korean", "편집루프"), ("en", "English", "editloop")):
            edit = append_line(work / "docs" / lang / PAGE, marker)
            times = [timed_edit(base, _url(lang, PAGE), edit, run) for run in range(runs)]
            figure = f"{statistics.median(times):.2f} (max {max(times):.2f})"
            out.append((f"{label}: edit loop, {name} prose edit to reload (s, median of {runs})", figure, "<= 2.0"))
        summary = replace_summary(work / "catalog" / "patterns" / f"{PATTERN}.yml", "en")
        times = [timed_edit(base, _url("en", PAGE), summary, 100 + run) for run in range(2)]
        out.append(
            (f"{label}: edit loop, catalog edit shown on its page (s, median)", f"{statistics.median(times):.2f}", "-")
        )
    return out


if __name__ == "__main__":
    for row in rows():
        print(" | ".join(row))
