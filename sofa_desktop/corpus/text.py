"""Text helpers shared by every layer: newline/Unicode normalisation and accent folding."""

from __future__ import annotations

import unicodedata

_STRIP_CATEGORIES = {"Mn", "Cs"}  # combining marks; lone surrogates (undecodable argv bytes) cannot reach SQLite


def normalize_text(text: str) -> str:
    """Return ``text`` with a BOM removed, ``\\n`` newlines and NFC composition."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Accent- and case-fold ``text`` ("Ramírez" -> "ramirez") for matching and search."""
    if text.isascii():  # the common case: nothing to decompose or strip, and casefold() is lower() on ASCII
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) not in _STRIP_CATEGORIES)
    return stripped.casefold()
