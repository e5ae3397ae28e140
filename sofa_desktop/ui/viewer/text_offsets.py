"""The one place that converts code-point offsets (the store's) to UTF-16 offsets (QTextCursor's) and back."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts offsets for one text; O(1) for all-BMP text, O(log n) otherwise."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        # UTF-16 positions just after each astral character's surrogate pair, for the reverse mapping.
        self._astral_qt = [i + k + 2 for k, i in enumerate(self._astral)]

    def to_qt(self, i: int) -> int:
        """Code-point offset -> UTF-16 offset."""
        return i + bisect_left(self._astral, i) if self._astral else i

    def from_qt(self, q: int) -> int:
        """UTF-16 offset -> code-point offset (a position inside a surrogate pair maps to its character)."""
        return q - bisect_right(self._astral_qt, q) if self._astral else q


def qt_pos(text: str, i: int) -> int:
    """Code-point offset -> UTF-16 offset for QTextCursor.setPosition (one-off convenience)."""
    return OffsetMap(text).to_qt(i)
