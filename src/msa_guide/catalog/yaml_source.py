"""Read one YAML file strictly: report syntax errors with their line and reject duplicate keys.

Parsing is the most expensive part of loading the catalog, and ``mkdocs serve`` reloads the catalog after every
edit. So a file is parsed by libyaml when PyYAML has it, and the result is kept per path for as long as the
file's text stays the same (reading a file is cheap; parsing it is not). A file that fails is parsed again by the
pure-Python loader, whose messages are the ones we report (libyaml words its problems differently).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from msa_guide.catalog.errors import CatalogError


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses duplicate mapping keys instead of silently keeping the last one."""


_FastBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FastStrictLoader(_FastBase):  # type: ignore[valid-type,misc]  # CSafeLoader is untyped
    """The same rules on libyaml's parser."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' (first defined on line {seen[key] + 1})", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_FastStrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

# path -> (text, parsed value). Values are shared: callers must not mutate what they get.
_parsed: dict[Path, tuple[str, Any]] = {}


def read_yaml(path: Path, shown_as: str) -> Any:
    """Parse ``path``; on failure raise a :class:`CatalogError` naming ``shown_as`` and the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CatalogError(shown_as, "", "file is not valid UTF-8") from None
    cached = _parsed.get(path)
    if cached is not None and cached[0] == text:
        return cached[1]
    try:
        value = yaml.load(text, Loader=_FastStrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError:
        value = _parse_for_message(text, shown_as)
    _parsed[path] = (text, value)
    return value


def _parse_for_message(text: str, shown_as: str) -> Any:
    """Parse with the pure-Python loader, whose error messages (and line numbers) are the ones we show."""
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f"line {mark.line + 1}" if mark else "YAML"
        problem = exc.problem or str(exc)
        raise CatalogError(shown_as, line, f"malformed YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise CatalogError(shown_as, "", f"malformed YAML: {exc}") from None


def record_files(folder: Path, base: Path) -> list[tuple[Path, str]]:
    """The ``*.yml`` files of a catalog folder with their names for messages (relative to ``base``), sorted.

    A missing folder holds none; a ``*.yaml`` file is an error (it would be silently ignored otherwise).
    """
    if not folder.is_dir():
        return []
    for stray in sorted(folder.glob("*.yaml")):
        raise CatalogError(shown_path(stray, base), "", "catalog files end in .yml, not .yaml")
    return [(path, shown_path(path, base)) for path in sorted(folder.glob("*.yml"))]


def shown_path(path: Path, base: Path) -> str:
    """How a file is named in messages: relative to the project root when it lies inside it."""
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()
