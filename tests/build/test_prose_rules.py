"""The prose rules over the real guide: every page, diagram and catalog text (what ``make prose`` prints)."""

from __future__ import annotations

from msa_guide.prose.files import check_paths, default_paths
from msa_guide.prose.load import load_prose_rules
from tests.helpers import ROOT


def test_the_guide_follows_the_prose_rules() -> None:
    violations = check_paths(default_paths(ROOT), ROOT, load_prose_rules(ROOT))
    listing = "\n".join(str(v) for v in violations)
    assert not violations, f"{len(violations)} prose violations (make prose):\n{listing}"
