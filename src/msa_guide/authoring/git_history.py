"""When each file was last changed, read from git in one pass (no network, no per-file processes)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def last_changed(repo: Path, under: str = "docs") -> dict[str, int]:
    """Map each path (relative to the repository root) under ``under`` to its last commit time (Unix seconds).

    Files that git does not know yet (new, uncommitted) are absent; an unavailable git gives an empty map.
    """
    try:
        output = subprocess.run(
            ["git", "log", "--format=%x00%ct", "--name-only", "--no-renames", "--", under],
            cwd=repo,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    times: dict[str, int] = {}
    for block in output.split("\x00")[1:]:
        lines = block.strip().splitlines()
        if not lines:
            continue
        stamp = int(lines[0])
        for name in lines[1:]:
            if name:
                times.setdefault(name, stamp)  # newest commit comes first
    return times
