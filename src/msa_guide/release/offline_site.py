"""The offline variant of the built site: what it needs beyond ``use_directory_urls: false`` to work from disk.

Material's own ``offline`` plugin is the model: it turns directory URLs off and copies the search index into
``search/search_index.js`` as ``var __index = …``, which Material's bundle loads with a ``<script>`` element when
the page is a ``file://`` URL. Its worker shim (iframe-worker) comes from a CDN, though, and the guide's own scripts
are ES modules, which Chromium does not load from disk. So, in addition:

- the search worker's code is shipped as a string (:data:`WORKER_SOURCE`) and started from a ``blob:`` URL;
- every module entry gets a classic twin under :data:`OFFLINE_SCRIPTS` (:mod:`msa_guide.release.classic_scripts`);
- the ``hreflang`` alternate links leave the head: Material fetches a sitemap for each of them, which a page on
  disk cannot do (the language menu keeps its links).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from msa_guide.release.classic_scripts import classic_script
from msa_guide.search.files import FULL_INDEX

SCRIPTS = "assets/javascripts/"
OFFLINE_SCRIPTS = "assets/javascripts/offline/"
WORKER_ENTRY = "search/worker.js"
#: The worker's code as a string in ``window.__msaSearchWorker``, for ``new Worker(blob URL)``.
WORKER_SOURCE = OFFLINE_SCRIPTS + "search-worker-source.js"
#: Material's name for the inlined index (as its offline plugin writes it), relative to a language root.
INDEX_SCRIPT = "search/search_index.js"

_ALTERNATE = re.compile(r'\n?[ \t]*<link rel="alternate" (?:[^>]*\s)?hreflang="[^"]*"[^>]*>')


def offline_path(script: str) -> str:
    """Where the classic twin of the module ``script`` (a site path under ``assets/javascripts/``) is written."""
    if not script.startswith(SCRIPTS):
        raise ValueError(f"{script}: only scripts under {SCRIPTS} have an offline twin")
    return OFFLINE_SCRIPTS + script.removeprefix(SCRIPTS)


def write_classic_scripts(site: Path, modules: Iterable[str]) -> list[Path]:
    """Write the classic twin of every module entry (site paths) and the worker's source; return the files."""
    root = site / SCRIPTS
    written = []
    for module in sorted(set(modules)):
        target = site / offline_path(module)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(classic_script(root, module.removeprefix(SCRIPTS)), encoding="utf-8")
        written.append(target)
    worker = classic_script(root, WORKER_ENTRY, epilogue=f"__modules[{json.dumps(WORKER_ENTRY)}].serve(self, []);")
    target = site / WORKER_SOURCE
    target.write_text(f"var __msaSearchWorker = {json.dumps(worker)};\n", encoding="utf-8")
    return [*written, target]


def write_index_scripts(site: Path, roots: Iterable[str]) -> list[Path]:
    """Each language's full search index as Material's ``search/search_index.js`` (``var __index = …``)."""
    written = []
    for root in roots:
        index = site / root / FULL_INDEX
        target = site / root / INDEX_SCRIPT
        target.write_text(f"var __index = {index.read_text(encoding='utf-8')}\n", encoding="utf-8")
        written.append(target)
    return written


def without_language_alternates(html: str) -> str:
    """The page without ``<link rel="alternate" hreflang=…>`` in its head (Material fetches a sitemap for each)."""
    return _ALTERNATE.sub("", html)
