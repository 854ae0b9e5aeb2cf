"""Text normalisation shared by the index builder and, through the index, by the browser's query analyser.

The browser worker (``overrides/assets/javascripts/search-worker.js``) repeats :func:`tokens` in JavaScript; the
particle list travels inside each index (``config.msa.particles``) so both sides strip the same endings.
"""

from __future__ import annotations

import html
import re
import unicodedata


def _words(*lines: str) -> set[str]:
    return {word for line in lines for word in line.split()}


#: Korean particles and endings that attach to a noun (컨테이너를, 사가의, 쿠버네티스입니다, 분리하는), longest
#: first. The query side strips at most two of them and keeps stems of two syllables or more.
PARTICLES: tuple[str, ...] = tuple(
    sorted(
        _words(
            "은 는 이 가 을 를 의 에 에서 에게 께 한테 로 으로 와 과 도 만 까지 부터 처럼 보다 마다",
            "조차 마저 이나 나 이든 든 이랑 랑 하고 라도 이라도 들",
            # particles stacked on particles
            "에서는 에서도 에서의 에게는 으로는 로는 으로도 로도 에는 에도 와의 과의 와는 과는",
            "까지는 부터는 만의 으로의 로의 이라는 라는 이란 란 이라고 라고 이라면 라면",
            # the copula after a noun
            "이다 입니다 이며 이고 이므로 이지만 인 였다 이었다 예요 이에요",
            # 하다/되다 verbs and -적 adjectives built on a noun (분리하는, 배포된, 비동기적으로)
            "하다 하는 한 할 하여 해서 했다 합니다 하기 하면 하려면",
            "되다 되는 된 될 되어 됩니다 시키는 적 적인 적으로",
        ),
        key=lambda s: (-len(s), s),
    )
)

_WORD = re.compile(r"[^\W_]+")
_SCRIPT = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+|[^\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+")
_TAG = re.compile(r"<[^>]*>")
_BRITISH = re.compile(r"is(e|es|ed|ing|ation|ations)$")
_PARTICLE_SET = frozenset(PARTICLES)


def normalize(text: str) -> str:
    """NFKC and case folding: the form every term is compared in."""
    return unicodedata.normalize("NFKC", text).casefold()


def tokens(text: str) -> list[str]:
    """Words of ``text``: letters and digits, split where Hangul meets another script (``API게이트웨이``).

    A Hangul piece that is only a particle (``JWT를`` → ``jwt``) is dropped, and British ``-ise`` spellings are
    folded into ``-ize`` so that both spellings meet.
    """
    result: list[str] = []
    for word in _WORD.findall(normalize(text)):
        for piece in _SCRIPT.findall(word):
            if _is_hangul(piece[0]):
                if piece in _PARTICLE_SET and result:
                    continue
            elif len(piece) >= 7:
                piece = _BRITISH.sub(r"iz\1", piece)
            result.append(piece)
    return result


def compact(text: str) -> str:
    """A phrase with its spacing removed, for spacing-insensitive comparison (회로 차단기 = 회로차단기)."""
    return "".join(tokens(text))


def plain_text(markup: str) -> str:
    """Visible text of an HTML fragment of the search index."""
    return html.unescape(_TAG.sub(" ", markup))


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff" or "\u3130" <= char <= "\u318f"
