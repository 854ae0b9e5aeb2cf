"""Write a synthetic bilingual guide with N catalog patterns (for the scaling benchmark)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import yaml

from msa_guide.authoring.scaffold import PATTERN_SECTIONS as SECTIONS

ROOT = Path(__file__).resolve().parent.parent
CONFIG = """\
site_name: Synthetic
site_url: http://127.0.0.1:8000/
theme: {name: material, font: false}
nav: [index.md, infrastructure/index.md, platform/index.md, application/index.md]
plugins:
  - search
  - msa-catalog
  - i18n:
      docs_structure: folder
      languages:
        - {locale: ko, default: true, name: 한국어, build: true}
        - {locale: en, name: English, build: true}
markdown_extensions: [attr_list, def_list, md_in_html]
validation: {nav: {omitted_files: ignore}}
"""


def write_synthetic_site(root: Path, count: int) -> Path:
    """A site of ``count`` patterns spread over every category, each related to two earlier ones."""
    if root.exists():
        shutil.rmtree(root)
    (root / "catalog/patterns").mkdir(parents=True)
    shutil.copy(ROOT / "catalog/types.yml", root / "catalog/types.yml")
    shutil.copy(ROOT / "catalog/categories.yml", root / "catalog/categories.yml")
    categories = yaml.safe_load((ROOT / "catalog/categories.yml").read_text(encoding="utf-8"))["categories"]
    folders = {t["id"]: t["folder"] for t in yaml.safe_load((ROOT / "catalog/types.yml").read_text())["types"]}
    (root / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    for lang in ("ko", "en"):
        (root / "docs" / lang).mkdir(parents=True)
        (root / "docs" / lang / "index.md").write_text("# Home\n\nSynthetic.\n", encoding="utf-8")
        for folder in folders.values():
            (root / "docs" / lang / folder).mkdir()
            (root / "docs" / lang / folder / "index.md").write_text("Intro.\n\n<!-- catalog:type-listing -->\n")
    for index in range(count):
        category = categories[index % len(categories)]
        pattern_id = f"pattern-{index:05d}"
        related = [{"id": f"pattern-{j:05d}", "kind": "complements"} for j in (index - 1, index - 7) if j >= 0]
        record = {
            "id": pattern_id,
            "type": category["type"],
            "category": category["id"],
            "name": {"ko": f"합성 패턴 {index}", "en": f"Synthetic pattern {index}"},
            "summary": {"ko": f"{index}번째 합성 패턴입니다.", "en": f"Synthetic pattern number {index}."},
            "aliases": {"ko": [f"합성{index}"], "en": [f"syn{index}"]},
            "related": related,
            "tools": [f"Tool {index % 13}"],
        }
        (root / "catalog/patterns" / f"{pattern_id}.yml").write_text(
            yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        folder = folders[category["type"]]
        for lang in ("ko", "en"):
            body = "\n".join(f"## {title}\n\nText of {pattern_id}.\n" for title in SECTIONS[lang])
            (root / "docs" / lang / folder / f"{pattern_id}.md").write_text(body, encoding="utf-8")
    return root


if __name__ == "__main__":
    write_synthetic_site(Path(sys.argv[1]), int(sys.argv[2]))
