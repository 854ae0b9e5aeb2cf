"""The search worker's pure modules, run in Node: the same tokens as Python, particle and plural stripping, ranking.

Node comes with npm, which `make system-deps` installs for the browser tests. The modules' own unit tests are in
tests/js (`make jstest`); these check them against the Python side.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest

from msa_guide.search.text import PARTICLES, tokens
from tests.helpers import ROOT

MODULES = ROOT / "overrides" / "assets" / "javascripts" / "search"
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is missing (make system-deps installs npm and node)")

SAMPLES = [
    "회로차단기를 API게이트웨이는 JWT를 쓰고 2PC와 CI/CD",
    "ＡＰＩ Externalised virtualisation, containers vs virtual machines",
    "쿠버네티스입니다. 컨테이너(container)를 오케스트레이션합니다",
    "event-driven database-per-service 2단계 커밋 Pub/Sub",
]


def run(script: str, data: Any) -> Any:
    assert NODE is not None
    modules = ("text", "engine")
    imports = [f"import * as {name} from {json.dumps((MODULES / f'{name}.js').as_uri())}" for name in modules]
    program = "\n".join([*imports, "const w = {...text, ...engine}", f"const data = {json.dumps(data)}", script])
    result = subprocess.run(
        [NODE, "--input-type=module", "-e", program], capture_output=True, text=True, check=True, timeout=30
    )
    return json.loads(result.stdout)


def test_javascript_tokens_equal_python_tokens() -> None:
    script = "console.log(JSON.stringify(data.samples.map(s => w.tokens(s, new Set(data.particles)))))"
    assert run(script, {"samples": SAMPLES, "particles": list(PARTICLES)}) == [tokens(s) for s in SAMPLES]


def test_query_words_lose_particles_and_plurals() -> None:
    script = """console.log(JSON.stringify({
      korean: data.words.map(x => w.koreanStems(x, data.particles)),
      english: ["breakers", "compensating", "externalized", "strategies", "analysis", "k8s"].map(w.englishStem),
    }))"""
    words = ["컨테이너를", "쿠버네티스입니다", "서비스들의", "사가", "게이트웨이는"]
    result = run(script, {"words": words, "particles": list(PARTICLES)})
    assert result["korean"] == [["컨테이너"], ["쿠버네티스"], ["서비스들", "서비스"], [], ["게이트웨이", "게이트웨"]]
    assert result["english"] == ["breaker", "compensat", "externaliz", "strategy", None, None]


def test_titles_and_names_rank_above_passing_mentions() -> None:
    index = {
        "config": {
            "separator": r"[\s\-]+",
            "msa": {"particles": list(PARTICLES), "groups": [["회로 차단기", "서킷 브레이커", "Circuit breaker"]]},
        },
        "docs": [
            {
                "location": "bulkhead/",
                "title": "벌크헤드",
                "text": "<p>회로 차단기와 함께 씁니다. 회로 차단기, 회로 차단기.</p>",
            },
            {
                "location": "circuit-breaker/",
                "title": "회로 차단기",
                "text": "<p>호출을 끊습니다.</p>",
                "a": ["서킷 브레이커", "Circuit breaker"],
            },
            {"location": "circuit-breaker/#example", "title": "예시", "text": "<p>주문 서비스</p>"},
        ],
    }
    script = """const index = w.buildIndex(data.index, {suggest: true})
    console.log(JSON.stringify(data.queries.map(q => {
      const r = w.search(index, q)
      return {pages: r.items.map(g => g[0].location), suggest: r.suggest, first: r.items[0][0]}
    })))"""
    results = run(script, {"index": index, "queries": ["회로차단기를", "서킷브레이커", "circuit breakers", "회로"]})
    assert [r["pages"] for r in results] == [["circuit-breaker/", "bulkhead/"]] * 4
    assert results[0]["first"]["title"] == "<mark>회로</mark> <mark>차단기</mark>"
    assert results[0]["first"]["terms"] == {"회로 차단기": True}
    assert results[3]["suggest"] == []
