"""Write a copy of the guide with every pattern twice (for the "twice the size" benchmark).

Every catalog entry gets a twin ``<id>-twin`` with the same type, category, relations (to the original entries and
to their twins), tools and summary, its names and aliases marked so they stay unique, and a page that is a copy of
the original's page in both languages (sections stay anchored). The result builds strictly like the real guide, so
the benchmark measures real prose, diagrams, cards and navigation at twice the catalog size.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("mkdocs.yml", "docs", "catalog", "overrides")
SUFFIX = "-twin"


def _twin_names(localized: dict[str, Any]) -> dict[str, Any]:
    return {lang: f"{text} ({'사본' if lang == 'ko' else 'copy'})" for lang, text in localized.items()}


def _twin_aliases(aliases: dict[str, list[str]] | None) -> dict[str, list[str]]:
    return {lang: [f"{alias} twin" for alias in words] for lang, words in (aliases or {}).items()}


def _twin_page(page: str) -> str:
    path, _, anchor = page.partition("#")
    twin = path.removesuffix(".md") + SUFFIX + ".md"
    return f"{twin}#{anchor}" if anchor else twin


def write_doubled_site(target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy2(source, target / name)
    (target / "src" / "msa_guide").mkdir(parents=True)  # mkdocs.yml watches it (the plugins come from the install)
    folders = {t["id"]: t["folder"] for t in yaml.safe_load((ROOT / "catalog/types.yml").read_text())["types"]}
    records = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "catalog/patterns").glob("*.yml"))]
    pages = {r["id"]: r.get("page", f"{folders[r['type']]}/{r['id']}.md") for r in records}
    # Entries whose page lives outside the part folders (a comparison page) keep no twin.
    twinned = {i for i, page in pages.items() if page.split("/", 1)[0] in folders.values()}
    for record in records:
        if record["id"] not in twinned:
            continue
        twin = dict(record)
        twin["id"] = record["id"] + SUFFIX
        twin["name"] = _twin_names(record["name"])
        twin["aliases"] = _twin_aliases(record.get("aliases"))
        twin["related"] = [{"id": record["id"], "kind": "alternative-to"}] + [
            {**relation, "id": relation["id"] + SUFFIX if relation["id"] in twinned else relation["id"]}
            for relation in record.get("related", [])
        ]
        page = pages[record["id"]]
        if "page" in record:
            twin["page"] = _twin_page(page)
        (target / "catalog/patterns" / f"{twin['id']}.yml").write_text(
            yaml.safe_dump(twin, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        if "#" not in page:
            for lang in ("ko", "en"):
                shutil.copy2(ROOT / "docs" / lang / page, target / "docs" / lang / _twin_page(page))
    return target


if __name__ == "__main__":
    write_doubled_site(Path(sys.argv[1]))
