"""Bytes to text: UTF-8 (BOM optional), UTF-16/32 with a BOM, else a detected legacy encoding (warned)."""

from __future__ import annotations

import re
import unicodedata

from sofa_desktop.corpus.article import ArticleRejected

_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # C0 controls except \t \n \f \r
_BOM_CODECS = (((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"), "utf-32"), ((b"\xff\xfe", b"\xfe\xff"), "utf-16"))
_IMPLAUSIBLE_CATEGORIES = {"Cc", "Cf", "Co", "Cn", "No", "Sm", "So", "Sk"}


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode file bytes: UTF-8 (BOM optional), UTF-16/UTF-32 with BOM, else a detected legacy encoding (warned)."""
    warnings: list[str] = []
    if not data.strip():
        raise ArticleRejected("empty file")
    for boms, codec in _BOM_CODECS:  # UTF-32 first: its little-endian BOM starts with UTF-16's
        if data.startswith(boms):
            try:
                return data.decode(codec), warnings
            except UnicodeDecodeError as exc:
                raise ArticleRejected(f"invalid {codec.upper()} text ({exc.reason})") from None
    if b"\x00" in data:
        raise ArticleRejected("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), warnings
    except UnicodeDecodeError:
        pass
    text, encoding = _decode_legacy(data)
    warnings.append(f"not UTF-8; decoded as {encoding}")
    return text, warnings


def _decode_legacy(data: bytes) -> tuple[str, str]:
    western = _decode_western(data)
    if western is not None:
        return western, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp1250", "mac_roman"]).best()
    if best is not None:
        text, encoding = str(best), best.encoding
    else:  # detection gives up on some real text (short Polish cp1250); a single-byte guess beats losing it
        encoding = "cp1252" if _decodes(data, "cp1252") else "latin_1"
        text = data.decode(encoding)
    if looks_binary(text):
        raise ArticleRejected("binary file (control characters)")
    return text, encoding


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _decode_western(data: bytes) -> str | None:
    """cp1252 (a superset of printable latin-1) when every non-ASCII character it yields is plausible in prose.

    Detection alone picks cp1250 for short Spanish text ("señor" -> "seńor"); symbols such as "¹" or "³" that
    cp1252 yields for Central European text send it on to detection instead.
    """
    if not _decodes(data, "cp1252"):
        return None
    text = data.decode("cp1252")
    odd = {ch for ch in text if ord(ch) > 127 and unicodedata.category(ch) in _IMPLAUSIBLE_CATEGORIES}
    return None if odd else text


def looks_binary(text: str) -> bool:
    """More than 1 % (and more than two) control characters other than newline, carriage return, tab and form feed."""
    if not _CONTROL.search(text):  # the common case: one pass in C
        return False
    return len(_CONTROL.findall(text)) > max(2, len(text) // 100)
