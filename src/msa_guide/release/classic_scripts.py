"""ES modules as one classic script, for pages opened from disk.

Chromium does not load ``<script type="module">`` (nor module workers, nor ``import()``) from ``file://`` URLs: a
module request is a CORS request, and a page on disk has no origin to allow. The offline bundle therefore ships
each module entry as a classic script that holds the entry and every module it imports, each in its own function
scope, in dependency order. Only the syntax the guide's scripts use is understood — named imports and exports,
``import * as``, declarations with ``export`` — and anything else stops the build with the file and the line.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

_IMPORT = re.compile(
    r"^import\s*(?:\{(?P<names>[^}]*)\}|\*\s*as\s+(?P<namespace>[\w$]+))\s*from\s*(?P<q>[\"'])(?P<path>[^\"']+)(?P=q)\s*;?",
    re.MULTILINE,
)
_BARE_IMPORT = re.compile(r"^import\s*(?P<q>[\"'])(?P<path>[^\"']+)(?P=q)\s*;?", re.MULTILINE)
_EXPORT_DECLARATION = re.compile(
    r"^export\s+(?P<keyword>(?:async\s+)?function\s*\*?|const|let|var|class)\s+(?P<name>[\w$]+)", re.MULTILINE
)
_EXPORT_LIST = re.compile(r"^export\s*\{(?P<names>[^}]*)\}\s*;?", re.MULTILINE)
_UNSUPPORTED = re.compile(r"^(?:export\s+default\b|export\s*\*|export\s+(?:const|let|var)\s*[\[{])|\bimport\s*\(", re.M)


class ModuleSyntaxError(ValueError):
    """Module syntax the converter does not handle, named by file and line."""


@dataclass(frozen=True)
class _Module:
    name: str  # path relative to the scripts' root, e.g. "simulations/core/mount.js"
    body: str
    imports: tuple[tuple[str, str], ...]  # (local binding statement target, module name) in source order
    exports: tuple[tuple[str, str], ...]  # (exported name, local name)


def _line(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def _names(listing: str) -> list[tuple[str, str]]:
    """``a, b as c`` → ``[("a", "a"), ("b", "c")]`` (outer name, inner name)."""
    pairs = []
    for part in listing.split(","):
        words = part.split()
        if not words:
            continue
        if len(words) == 3 and words[1] == "as":
            pairs.append((words[0], words[2]))
        elif len(words) == 1:
            pairs.append((words[0], words[0]))
        else:
            raise ValueError(part.strip())
    return pairs


def _parse(root: Path, name: str) -> tuple[_Module, list[str]]:
    path = root / name
    source = path.read_text(encoding="utf-8")
    unsupported = _UNSUPPORTED.search(source)
    if unsupported:
        raise ModuleSyntaxError(
            f"{path}: line {_line(source, unsupported.start())}: '{unsupported.group(0).strip()}' "
            "cannot be turned into a classic script"
        )
    folder = posixpath.dirname(name)
    dependencies: list[str] = []
    bindings: list[str] = []

    def resolve(spec: str, offset: int) -> str:
        if not spec.startswith("."):
            raise ModuleSyntaxError(f"{path}: line {_line(source, offset)}: '{spec}' is not a relative module path")
        target = posixpath.normpath(posixpath.join(folder, spec))
        if target.startswith("..") or not (root / target).is_file():
            raise ModuleSyntaxError(f"{path}: line {_line(source, offset)}: module '{spec}' not found")
        dependencies.append(target)
        return target

    def replace_import(match: re.Match[str]) -> str:
        target = json.dumps(resolve(match.group("path"), match.start()))
        if match.group("namespace"):
            bindings.append(f"var {match.group('namespace')} = __modules[{target}];")
        else:
            try:
                pairs = _names(match.group("names"))
            except ValueError as error:
                raise ModuleSyntaxError(f"{path}: line {_line(source, match.start())}: import '{error}'") from None
            bindings.extend(f"var {inner} = __modules[{target}].{outer};" for outer, inner in pairs)
        return "\n" * match.group(0).count("\n")  # keep line numbers

    def replace_bare(match: re.Match[str]) -> str:
        resolve(match.group("path"), match.start())
        return ""

    exports: list[tuple[str, str]] = []

    def replace_declaration(match: re.Match[str]) -> str:
        exports.append((match.group("name"), match.group("name")))
        return match.group(0).removeprefix("export").lstrip()

    def replace_list(match: re.Match[str]) -> str:
        try:
            pairs = _names(match.group("names"))
        except ValueError as error:
            raise ModuleSyntaxError(f"{path}: line {_line(source, match.start())}: export '{error}'") from None
        exports.extend((outer_as, inner) for inner, outer_as in pairs)
        return ""

    body = _IMPORT.sub(replace_import, source)
    body = _BARE_IMPORT.sub(replace_bare, body)
    body = _EXPORT_DECLARATION.sub(replace_declaration, body)
    body = _EXPORT_LIST.sub(replace_list, body)
    module = _Module(name, "\n".join([*bindings, body]), (), tuple(exports))
    return module, dependencies


def _order(root: Path, entry: str) -> list[_Module]:
    """Every module ``entry`` reaches, dependencies first; an import cycle stops with the modules in it."""
    ordered: list[_Module] = []
    done: set[str] = set()

    def visit(name: str, trail: tuple[str, ...]) -> None:
        if name in done:
            return
        if name in trail:
            cycle = " -> ".join([*trail[trail.index(name) :], name])
            raise ModuleSyntaxError(f"{root / entry}: import cycle {cycle}")
        module, dependencies = _parse(root, name)
        for dependency in dependencies:
            visit(dependency, (*trail, name))
        done.add(name)
        ordered.append(module)

    visit(entry, ())
    return ordered


def classic_script(root: Path, entry: str, epilogue: str = "") -> str:
    """The module ``entry`` (relative to ``root``) and its imports as one classic script.

    ``epilogue`` runs last, inside the same scope, with every module's exports in ``__modules[<path>]``.
    """
    parts = [
        f"/* {PurePosixPath(entry).name}: generated for the offline bundle from {entry} and its imports. */",
        "(function () {",
        '"use strict";',
        "var __modules = {};",
    ]
    for module in _order(root, entry):
        exported = ", ".join(f"{json.dumps(outer)}: {inner}" for outer, inner in module.exports)
        parts.append(f"/* {module.name} */")
        wrapped = f"(function () {{\n{module.body}\nreturn {{{exported}}};\n}})();"
        parts.append(f"__modules[{json.dumps(module.name)}] = {wrapped}")
    if epilogue:
        parts.append(epilogue)
    parts.append("})();")
    return "\n".join(parts) + "\n"
