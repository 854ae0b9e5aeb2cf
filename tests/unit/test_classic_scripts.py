"""ES modules turned into one classic script for pages opened from disk (the offline bundle)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from msa_guide.release.classic_scripts import ModuleSyntaxError, classic_script
from msa_guide.release.offline_site import offline_path, without_language_alternates

NODE = shutil.which("node")


def modules(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


SOURCES = {
    "core/random.js": "export const SEED = 7;\nexport function next(x) { return x + SEED; }\n",
    "core/text.js": (
        'import { next as step } from "./random.js";\n'
        "const twice = (x) => step(step(x));\n"
        "export { twice, step as once };\n"
    ),
    "sim/model.js": (
        'import {\n  twice,\n  once,\n} from "../core/text.js"\n'
        'import * as random from "../core/random.js";\n'
        "export class Model { value() { return twice(1) + once(0) + random.SEED; } }\n"
    ),
    "sim.js": 'import { Model } from "./sim/model.js";\nglobalThis.result = new Model().value();\n',
}


def test_dependencies_come_first_each_in_its_own_scope(tmp_path: Path) -> None:
    script = classic_script(modules(tmp_path, SOURCES), "sim.js")
    order = [script.index(f"/* {name} */") for name in ("core/random.js", "core/text.js", "sim/model.js", "sim.js")]
    assert order == sorted(order)
    assert "import " not in script.replace("/* sim.js: generated", "")
    assert "export " not in script
    assert 'return {"twice": twice, "once": step};' in script


@pytest.mark.skipif(NODE is None, reason="node is not installed (make jstest needs it too)")
def test_the_classic_script_runs_like_the_modules(tmp_path: Path) -> None:
    script = classic_script(modules(tmp_path, SOURCES), "sim.js")
    (tmp_path / "bundle.js").write_text(script + "console.log(globalThis.result);\n", encoding="utf-8")
    result = subprocess.run([str(NODE), str(tmp_path / "bundle.js")], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == str((1 + 7 + 7) + (0 + 7) + 7)


def test_the_epilogue_reaches_the_exports(tmp_path: Path) -> None:
    script = classic_script(
        modules(tmp_path, SOURCES), "core/random.js", epilogue='self.n = __modules["core/random.js"].next(1);'
    )
    assert script.rstrip().endswith('self.n = __modules["core/random.js"].next(1);\n})();'.rstrip())


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("const a = 1;\nexport default a;\n", "line 2: 'export default' cannot be turned into a classic script"),
        ('const m = await import("./x.js");\n', "line 1: 'import(' cannot be turned into a classic script"),
        ('import { a } from "lodash";\n', "line 1: 'lodash' is not a relative module path"),
        ('\n\nimport { a } from "./missing.js";\n', "line 3: module './missing.js' not found"),
    ],
)
def test_syntax_it_cannot_convert_is_named_with_file_and_line(tmp_path: Path, source: str, problem: str) -> None:
    root = modules(tmp_path, {"entry.js": source})
    with pytest.raises(ModuleSyntaxError) as error:
        classic_script(root, "entry.js")
    assert str(error.value) == f"{root / 'entry.js'}: {problem}"


def test_an_import_cycle_is_named(tmp_path: Path) -> None:
    root = modules(
        tmp_path,
        {
            "a.js": 'import { b } from "./b.js";\nexport const a = 1;\n',
            "b.js": 'import { a } from "./a.js";\nexport const b = 2;\n',
        },
    )
    with pytest.raises(ModuleSyntaxError, match=r"import cycle a\.js -> b\.js -> a\.js"):
        classic_script(root, "a.js")


def test_the_guides_module_entries_convert() -> None:
    root = Path(__file__).resolve().parents[2] / "overrides/assets/javascripts"
    for entry in [
        "pattern-map.js",
        "search-page.js",
        "search/worker.js",
        *(f"simulations/{p.name}" for p in (root / "simulations").glob("*.js")),
    ]:
        assert "__modules" in classic_script(root, entry)


def test_offline_twins_and_head_alternates() -> None:
    assert offline_path("assets/javascripts/simulations/saga.js") == "assets/javascripts/offline/simulations/saga.js"
    with pytest.raises(ValueError, match="only scripts under"):
        offline_path("vendor/x.js")
    head = (
        '<title>t</title>\n        <link rel="alternate" href="../en/" hreflang="en">\n<link rel="canonical" href="x">'
    )
    assert without_language_alternates(head) == '<title>t</title>\n<link rel="canonical" href="x">'
