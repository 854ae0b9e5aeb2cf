"""Korean line breaking for WeasyPrint: ``word-break: keep-all`` by word joiners.

WeasyPrint 70 accepts only ``word-break: normal | break-all`` and Pango follows UAX #14, which allows a break
between any two Hangul syllables, so 컨테이너를 may end a line as 컨테이 / 너를. A WORD JOINER (U+2060) between the
letters of a word that contains Hangul forbids those breaks and leaves the spaces as the only break
opportunities, as ``keep-all`` does in browsers. The joiner is default-ignorable: it draws nothing and does not
reach the PDF's text layer, so copying, searching and text extraction see the original words.
"""

from __future__ import annotations

import re

WORD_JOINER = "\u2060"
_HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff"
# Inside a word: before a Hangul letter (also after a closing bracket, as in "(circuit breaker)는"), and between
# a Hangul letter and a following letter or digit. Other punctuation keeps its own UAX #14 behaviour.
_INSIDE = re.compile(rf"(?<=\S)(?=[{_HANGUL}])|(?<=[{_HANGUL}])(?=[^\W_])")


def keep_all(text: str, previous: str = "") -> str:
    """``text`` with word joiners wherever a line could otherwise break inside a Korean word.

    ``previous`` is the character just before ``text`` in the paragraph (text is split at inline elements:
    in ``<a>사가</a>를`` the particle must stay with the link).
    """
    joined = _INSIDE.sub(WORD_JOINER, previous[-1:] + text)
    return joined[1:] if previous else joined
