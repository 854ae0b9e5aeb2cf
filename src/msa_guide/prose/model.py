"""Typed rules of the prose check and the violation it reports."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Violation:
    """One finding: ``file:line: '<found>' → '<preferred>' (<rule>)``."""

    file: str
    line: int
    found: str
    preferred: str
    rule: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: '{self.found}' → '{self.preferred}' ({self.rule})"


@dataclass(frozen=True)
class Replacement:
    """Write ``preferred`` instead of ``avoided`` (``rule`` names where the pair comes from)."""

    avoided: str
    preferred: str
    rule: str


@dataclass(frozen=True)
class Service:
    id: str
    name: Mapping[str, str]
    stores: tuple[str, ...]


@dataclass(frozen=True)
class RunningExample:
    """``catalog/running-example.yml``: the food-delivery platform every page's examples agree with."""

    services: tuple[Service, ...]
    read_model_stores: tuple[str, ...]
    read_model_words: Mapping[str, tuple[str, ...]]
    databases: tuple[str, ...]
    events: tuple[str, ...]
    commands: tuple[str, ...]
    topics: tuple[str, ...]
    order_states: tuple[str, ...]
    forbidden: tuple[Replacement, ...]


@dataclass(frozen=True)
class ProseRules:
    """Everything the prose check knows, per language where it differs."""

    replacements: Mapping[str, tuple[Replacement, ...]]
    """Korean forms are matched inside words (particles attach); English forms as whole words, in any case."""
    unseen_source: Mapping[str, tuple[str, ...]]
    unseen_source_pages: tuple[str, ...]
    """Pages (under ``docs/<lang>/``) that may name the guide's source: the page that describes its origin."""
    trade_offs_heading: Mapping[str, str]
    trade_offs_header: Mapping[str, tuple[str, ...]]
    caption_plain_endings: tuple[str, ...]
    example: RunningExample
