"""Cached accent/case folding for the extractor's many lookups of the same short phrases."""

from __future__ import annotations

import functools

from sofa_desktop.corpus import fold as _fold


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """``corpus.fold`` with a cache and an ASCII fast path (same result: ASCII has nothing to decompose)."""
    return text.lower() if text.isascii() else _fold(text.replace("\u00ad", ""))  # soft hyphens: not part of names
