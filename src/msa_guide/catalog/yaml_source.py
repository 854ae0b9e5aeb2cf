"""Read one YAML file strictly: report syntax errors with their line and reject duplicate keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from msa_guide.catalog.errors import CatalogError


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses duplicate mapping keys instead of silently keeping the last one."""


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


def read_yaml(path: Path, shown_as: str) -> Any:
    """Parse ``path``; on failure raise a :class:`CatalogError` naming ``shown_as`` and the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CatalogError(shown_as, "", "file is not valid UTF-8") from None
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
