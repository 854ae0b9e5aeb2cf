"""Builds of fixture sites, each in a process forked from one that has MkDocs, Material and our plugins imported.

``python -m mkdocs build`` spends about 0.3 CPU-seconds importing them before it reads a file: half of what a small
fixture site's build costs, and the suite builds some fifty of them. Each test process starts one builder
(``python -m tests.mkdocs_builder``), which imports those modules once and then forks a child for every build it is
asked for. The child is what ``python -m mkdocs build`` would be, with nothing built before it: it changes to the
site's folder, takes the build's environment and command line, reads nothing, writes its output to two files, runs
MkDocs' command line and exits as the interpreter does (exit handlers run, streams flushed), with MkDocs' status.

Requests and replies are one JSON line each on the builder's stdin and stdout.
"""

from __future__ import annotations

import atexit
import importlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
#: What every build imports before it reads a file (the builder imports them once).
PRELOAD = (
    "mkdocs.__main__",
    "mkdocs.commands.build",
    "material.plugins.search.plugin",
    "mkdocs_static_i18n.plugin",
    "msa_guide.plugins.catalog_plugin",
    "msa_guide.plugins.comparison_plugin",
    "msa_guide.plugins.decision_plugin",
    "msa_guide.plugins.search_plugin",
    "msa_guide.plugins.site_plugin",
)


def _build_in_child(request: dict[str, Any], replies: IO[str]) -> None:
    """In the forked child: become ``python -m mkdocs <args>`` run in ``cwd`` with ``env``, then exit."""
    replies.close()
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    for fd, path in ((1, request["stdout"]), (2, request["stderr"])):
        os.dup2(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.path[0] = request["cwd"]  # what `python -m` puts first
    main = sys.modules["mkdocs.__main__"]
    sys.argv = [str(main.__file__), *request["args"]]
    main.cli(prog_name="mkdocs")  # click ends the process with SystemExit and MkDocs' status


def serve(requests: IO[str], replies: IO[str]) -> None:
    """Answer each request line with the exit status of a build forked for it."""
    for line in requests:
        request = json.loads(line)
        replies.flush()
        pid = os.fork()
        if pid == 0:
            _build_in_child(request, replies)
        _, status = os.waitpid(pid, 0)
        replies.write(json.dumps({"returncode": os.waitstatus_to_exitcode(status)}) + "\n")
        replies.flush()


class Builder:
    """The builder process of this test process, started on first use with the environment of its first build."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None
        atexit.register(self.close)

    def _started(self, env: dict[str, str]) -> subprocess.Popen[str]:
        if self.process is None or self.process.poll() is not None:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.mkdocs_builder"],
                cwd=ROOT,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            )
        return self.process

    def run(self, args: Sequence[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        """What ``subprocess.run([python, -m, mkdocs, *args], cwd=cwd, env=env, capture_output=True, text=True)``
        returns."""
        process = self._started(env)
        assert process.stdin is not None
        assert process.stdout is not None
        with tempfile.TemporaryDirectory(prefix="mkdocs-build-") as out:
            stdout, stderr = Path(out) / "stdout", Path(out) / "stderr"
            request = {"args": list(args), "cwd": str(cwd), "env": env, "stdout": str(stdout), "stderr": str(stderr)}
            process.stdin.write(json.dumps(request) + "\n")
            process.stdin.flush()
            reply = process.stdout.readline()
            if not reply:
                raise RuntimeError(f"the MkDocs builder (tests/mkdocs_builder.py) stopped with status {process.wait()}")
            return subprocess.CompletedProcess(
                [sys.executable, "-m", "mkdocs", *args],
                json.loads(reply)["returncode"],
                stdout.read_text(encoding="utf-8"),
                stderr.read_text(encoding="utf-8"),
            )

    def close(self) -> None:
        if self.process is not None and self.process.stdin is not None:
            self.process.stdin.close()  # the builder ends with its input
            self.process.wait()
            if self.process.stdout is not None:
                self.process.stdout.close()
            self.process = None


BUILDER = Builder()


def run_mkdocs(args: Sequence[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``python -m mkdocs <args>`` in ``cwd`` with exactly ``env``, forked from this process's builder."""
    return BUILDER.run(args, cwd, env)


if __name__ == "__main__":
    for module in PRELOAD:
        importlib.import_module(module)
    # Replies go to a copy of stdout; the process's own stdout is /dev/null, so nothing else can mix into them.
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    serve(sys.stdin, replies)
