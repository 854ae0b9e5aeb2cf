"""Where a build's time goes, per plugin: the exclusive time of every plugin's event handlers in one strict build.

The build runs in this process with MkDocs' ``PluginCollection.run_event`` wrapped, so every handler call is timed
and charged to the plugin that registered it. Handlers nest (static-i18n builds the English site from inside its
``on_post_build``, and every other plugin runs again inside it), so each call is charged only its *exclusive* time:
what it spent minus the time of the handlers it ran. What no handler spent is MkDocs and Material themselves
(reading and converting Markdown, rendering templates, copying files), reported as ``mkdocs + theme``.
"""

from __future__ import annotations

import logging
import os
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.plugins import PluginCollection


def plugin_seconds(config_file: Path, site_dir: Path) -> dict[str, float]:
    """Exclusive seconds per plugin (by its mkdocs.yml name) of one build, plus ``mkdocs + theme`` and ``total``."""
    spent: dict[str, float] = defaultdict(float)
    stack: list[float] = []  # time spent by nested handlers, per open call
    original: Callable[..., Any] = PluginCollection.run_event

    def timed_run_event(self: PluginCollection, name: str, item: Any = None, **kwargs: Any) -> Any:
        pass_item = item is not None
        for method in self.events[name]:
            origin = self._event_origins.get(method, "<unknown>")
            self._current_plugin = origin
            stack.append(0.0)
            start = time.perf_counter()
            try:
                result = method(item, **kwargs) if pass_item else method(**kwargs)
            finally:
                elapsed = time.perf_counter() - start
                nested = stack.pop()
                spent[origin] += elapsed - nested
                if stack:
                    stack[-1] += elapsed
            if result is not None:
                item = result
        self._current_plugin = None
        return item

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    PluginCollection.run_event = timed_run_event  # type: ignore[method-assign,assignment]
    try:
        config = load_config(str(config_file), site_dir=str(site_dir), strict=True)
        config.plugins.on_startup(command="build", dirty=False)
        start = time.perf_counter()
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
        total = time.perf_counter() - start
    finally:
        PluginCollection.run_event = original  # type: ignore[method-assign]
    result = dict(spent)
    result["mkdocs + theme"] = total - sum(spent.values())
    result["total"] = total
    return result


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(plugin_seconds(Path(sys.argv[1]), Path(sys.argv[2]))))
