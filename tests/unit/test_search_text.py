"""Text normalisation shared by the index builder and the browser's query analyser."""

from __future__ import annotations

from msa_guide.search.text import PARTICLES, compact, plain_text, tokens


def test_tokens_split_scripts_and_drop_particles_after_latin() -> None:
    assert tokens("API게이트웨이는 JWT를 쓰고 2PC와 CI/CD") == ["api", "게이트웨이는", "jwt", "쓰고", "2pc", "ci", "cd"]


def test_tokens_fold_width_case_and_british_spelling() -> None:
    assert tokens("ＡＰＩ Externalised virtualisation") == ["api", "externalized", "virtualization"]


def test_compact_ignores_spacing_and_punctuation() -> None:
    assert compact("회로 차단기") == compact("회로차단기") == "회로차단기"
    assert compact("Two-phase commit") == "twophasecommit"


def test_particles_are_longest_first() -> None:
    assert PARTICLES.index("에서는") < PARTICLES.index("에서") < PARTICLES.index("는")
    assert {"를", "입니다", "하는", "으로"} <= set(PARTICLES)


def test_plain_text_of_index_html() -> None:
    assert plain_text("<p>주문 &amp; 결제</p> <code>a &lt; b</code>").split() == ["주문", "&", "결제", "a", "<", "b"]
