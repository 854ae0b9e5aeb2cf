"""Words the book adds around the site's pages, per language."""

from __future__ import annotations

from collections.abc import Mapping

LABELS: Mapping[str, Mapping[str, str]] = {
    "ko": {
        "language": "한국어판",
        "contents": "목차",
        "version": "버전",
        "date": "만든 날",
        "edition": "웹 사이트의 인쇄판",
        "introduction": "들어가며",
        "index.intro": (
            "사이트의 카탈로그 탐색기를 인쇄용으로 옮긴 색인입니다. 안내서가 다루는 모든 패턴과 개념을 가나다순으로 "
            "모았고, 쪽 번호를 누르면 해당 문서로 이동합니다."
        ),
        "index.name": "이름",
        "index.other": "영문 이름",
        "index.type": "유형 · 분류",
        "index.page": "쪽",
    },
    "en": {
        "language": "English edition",
        "contents": "Contents",
        "version": "Version",
        "date": "Built",
        "edition": "Print edition of the web site",
        "introduction": "Introduction",
        "index.intro": (
            "The printable form of the site's catalog browser: every pattern and concept of the guide in alphabetical "
            "order, with the page it is described on."
        ),
        "index.name": "Name",
        "index.other": "Korean name",
        "index.type": "Type · category",
        "index.page": "Page",
    },
}


def label(lang: str, key: str) -> str:
    return LABELS[lang][key]
