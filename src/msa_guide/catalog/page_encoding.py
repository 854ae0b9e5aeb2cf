"""Reading a page's Markdown: UTF-8 only, and a page in another encoding is named with what it looks like."""

from __future__ import annotations

from pathlib import Path

from msa_guide.catalog.errors import CatalogError

# Encodings a page saved by mistake is likely to be in, with how the message names them.
_LIKELY = (("utf-16", "UTF-16"), ("cp949", "CP949 (EUC-KR), the older Korean encoding"))


def read_page(path: Path, shown: str) -> str:
    """The text of the page ``path`` (``shown`` names it in messages); a page that is not UTF-8 stops the build."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CatalogError(shown, "", encoding_problem(data, error.start)) from None


def encoding_problem(data: bytes, start: int) -> str:
    """``not UTF-8 (line 3: byte 0xb9; it reads as …): save the file as UTF-8``."""
    line = data.count(b"\n", 0, start) + 1
    guess = ""
    for codec, name in _LIKELY:
        if codec == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            data.decode(codec)
        except UnicodeDecodeError:
            continue
        guess = f"; it reads as {name}"
        break
    return f"not UTF-8 (line {line}: byte 0x{data[start]:02x}{guess}): save the file as UTF-8"
