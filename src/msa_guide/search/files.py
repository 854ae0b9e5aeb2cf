"""The files of one language's search index: the stub Material fetches on every page and the full index.

Material's main thread fetches ``search/search_index.json`` at page load, whether or not anyone searches. That
file is only the index's configuration, without sections (a few hundred bytes); the full index is written next to
it as :data:`FULL_INDEX`, and the worker fetches it on the first use of the search box (see
``overrides/assets/javascripts/search/worker.js``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: Material's fixed name, relative to a language root: the stub.
STUB = "search/search_index.json"
#: The full index, relative to a language root.
FULL_INDEX = "search/msa-search.json"


def index_files(index: dict[str, Any], root: Path) -> dict[Path, str]:
    """The text of the stub and of the full index of ``index``, by target path under the language folder ``root``."""
    config: dict[str, Any] = {key: value for key, value in index["config"].items() if key != "msa"}
    config["msa"] = {"format": index["config"]["msa"]["format"], "lang": index["config"]["msa"]["lang"]}
    stub = {"config": config, "docs": []}
    return {root / STUB: _dump(stub), root / FULL_INDEX: _dump(index)}


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
