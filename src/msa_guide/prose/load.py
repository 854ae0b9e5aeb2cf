"""The rules of the prose check, read from the catalog; a bad file raises one :class:`CatalogError` (file, field)."""

from __future__ import annotations

import re
from pathlib import Path

from msa_guide.catalog.errors import CatalogError
from msa_guide.catalog.fields import Fields
from msa_guide.catalog.glossary import load_glossary
from msa_guide.catalog.load import load_catalog
from msa_guide.catalog.model import LANGUAGES
from msa_guide.catalog.yaml_source import read_yaml, shown_path
from msa_guide.prose.model import ProseRules, Replacement, RunningExample, Service

RULES_FILE = "prose-rules.yml"
EXAMPLE_FILE = "running-example.yml"
GLOSSARY_FILE = "glossary.yml"
_IDENTIFIER = re.compile(r"^[A-Z][A-Za-z]+$")
_TOPIC = re.compile(r"^[a-z]+(?:\.[a-z]+)+$")
_STATE = re.compile(r"^[A-Z]+(?:_[A-Z]+)*$")


def load_prose_rules(root: Path) -> ProseRules:
    """The rules under ``root/catalog``: prose rules, the glossary's avoided forms and the running example."""
    catalog_dir = root / "catalog"
    rules = _top(catalog_dir / RULES_FILE, root)
    spelling = rules.sub("spelling", rules.require("spelling"))
    spelling.reject_unknown(LANGUAGES)
    replacements: dict[str, list[Replacement]] = {lang: [] for lang in LANGUAGES}
    for lang in LANGUAGES:
        replacements[lang] += _pairs(spelling, lang, f"{'Korean' if lang == 'ko' else 'US'} spelling")
    glossary = load_glossary(catalog_dir / GLOSSARY_FILE, load_catalog(catalog_dir), root)
    for entry in glossary.entries:
        for lang in LANGUAGES:
            for form in entry.avoid.get(lang, ()):
                replacements[lang].append(Replacement(form, entry.term[lang], f"glossary: {entry.id}"))
    _check_once(replacements, rules.file)
    unseen = rules.sub("unseen-source", rules.require("unseen-source"))
    unseen.reject_unknown(("allowed-pages", *LANGUAGES))
    trade_offs = rules.sub("trade-offs", rules.require("trade-offs"))
    trade_offs.reject_unknown(("heading", "table-header"))
    header = trade_offs.localized_lists("table-header")
    for lang in LANGUAGES:
        if len(header[lang]) < 2:
            raise trade_offs.error(f"table-header.{lang}", "expected the names of at least two columns")
    captions = rules.sub("captions", rules.require("captions"))
    captions.reject_unknown(("ko-plain-endings",))
    rules.reject_unknown(("spelling", "unseen-source", "trade-offs", "captions"))
    return ProseRules(
        replacements={lang: tuple(items) for lang, items in replacements.items()},
        unseen_source={lang: unseen.text_list(lang) for lang in LANGUAGES},
        unseen_source_pages=unseen.text_list("allowed-pages"),
        trade_offs_heading=trade_offs.localized("heading", plain=True),
        trade_offs_header=header,
        caption_plain_endings=captions.text_list("ko-plain-endings"),
        example=load_running_example(catalog_dir / EXAMPLE_FILE, root),
    )


def load_running_example(path: Path, root: Path) -> RunningExample:
    """``catalog/running-example.yml``, validated."""
    fields = _top(path, root)
    fields.reject_unknown(
        (
            "services",
            "read-model-stores",
            "read-model-words",
            "databases",
            "events",
            "commands",
            "topics",
            "order-states",
            "forbidden",
        )
    )
    databases = fields.text_list("databases")
    services: list[Service] = []
    for index, raw in enumerate(fields.items("services")):
        item = fields.sub(f"services[{index}]", raw)
        item.reject_unknown(("id", "name", "stores"))
        stores = item.text_list("stores")
        for number, store in enumerate(stores):
            if store not in databases:
                raise item.error(f"stores[{number}]", f"'{store}' is not one of 'databases'")
        services.append(Service(id=item.identifier("id"), name=item.localized("name", plain=True), stores=stores))
    read_stores = fields.text_list("read-model-stores")
    for number, store in enumerate(read_stores):
        if store not in databases:
            raise fields.error(f"read-model-stores[{number}]", f"'{store}' is not one of 'databases'")
    events = _matching(fields, "events", _IDENTIFIER, "an identifier in PascalCase")
    commands = _matching(fields, "commands", _IDENTIFIER, "an identifier in PascalCase")
    forbidden: list[Replacement] = []
    known = {*events, *commands}
    for index, raw in enumerate(fields.items("forbidden")):
        item = fields.sub(f"forbidden[{index}]", raw)
        item.reject_unknown(("found", "use"))
        found = item.text("found")
        if found in known:
            raise item.error("found", f"'{found}' is an event or command of the example")
        forbidden.append(Replacement(found, item.text("use"), "running example"))
    return RunningExample(
        services=tuple(services),
        read_model_stores=read_stores,
        read_model_words=fields.localized_lists("read-model-words"),
        databases=databases,
        events=events,
        commands=commands,
        topics=_matching(fields, "topics", _TOPIC, "a dotted lowercase topic name like 'order.events'"),
        order_states=_matching(fields, "order-states", _STATE, "an UPPER_CASE state"),
        forbidden=tuple(forbidden),
    )


def _top(path: Path, root: Path) -> Fields:
    shown = shown_path(path, root)
    if not path.is_file():
        raise CatalogError(shown, "", "file is missing")
    return Fields(read_yaml(path, shown), shown)


def _pairs(fields: Fields, lang: str, rule: str) -> list[Replacement]:
    pairs: list[Replacement] = []
    for index, raw in enumerate(fields.items(lang)):
        item = fields.sub(f"{lang}[{index}]", raw)
        item.reject_unknown(("use", "avoid"))
        preferred = item.text("use")
        avoided = item.text_list("avoid")
        if not avoided:
            raise item.error("avoid", "expected a non-empty list of forms to avoid")
        pairs += [Replacement(form, preferred, rule) for form in avoided]
    return pairs


def _check_once(replacements: dict[str, list[Replacement]], file: str) -> None:
    for lang, items in replacements.items():
        seen: dict[str, Replacement] = {}
        for item in items:
            key = item.avoided.casefold()
            if key in seen:
                raise CatalogError(
                    file, f"spelling.{lang}", f"'{item.avoided}' is avoided twice ({seen[key].rule}; {item.rule})"
                )
            seen[key] = item


def _matching(fields: Fields, key: str, shape: re.Pattern[str], what: str) -> tuple[str, ...]:
    values = fields.text_list(key)
    if not values:
        raise fields.error(key, "expected a non-empty list")
    for index, value in enumerate(values):
        if not shape.match(value):
            raise fields.error(f"{key}[{index}]", f"'{value}' is not {what}")
    return values
