"""Text helpers shared by every layer: newline/Unicode normalisation and accent folding."""

from __future__ import annotations

import functools
import re
import unicodedata

_STRIP_CATEGORIES = {"Mn", "Cs"}  # combining marks; lone surrogates (undecodable argv bytes) cannot reach SQLite
_NON_ASCII = re.compile(r"([^\x00-\x7f]+)")


def normalize_text(text: str) -> str:
    """Return ``text`` with a BOM removed, ``\\n`` newlines and NFC composition."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Accent- and case-fold ``text`` ("Ramírez" -> "ramirez") for matching and search.

    The result is that of casefolding the NFKD form without its combining marks. ASCII characters are starters
    that NFKD leaves alone and casefolding lowers one by one, so only the runs of other characters need the slow
    path (cached: the same accented letters come back in every article); the ASCII rest is lowered."""
    if text.isascii():  # the common case: nothing to decompose or strip, and casefold() is lower() on ASCII
        return text.lower()
    parts = _NON_ASCII.split(text)  # ASCII, run, ASCII, run, ..., ASCII
    parts[::2] = [part.lower() for part in parts[::2]]
    parts[1::2] = [_fold_short(part) if len(part) <= 8 else fold_slowly(part) for part in parts[1::2]]
    return "".join(parts)


@functools.lru_cache(maxsize=4096)
def _fold_short(run: str) -> str:
    return fold_slowly(run)


def fold_slowly(text: str) -> str:
    """:func:`fold` character by character through ``unicodedata`` (its definition; tests compare the two)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) not in _STRIP_CATEGORIES)
    return stripped.casefold()
