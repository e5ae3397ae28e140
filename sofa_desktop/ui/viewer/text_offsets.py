"""The one place that converts code-point offsets (the store's) to UTF-16 offsets (QTextCursor's) and back, and
that decides how a text is shown (``display_text``: very long lines are cut into blocks, offsets stay exact)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")

# Qt lays out a paragraph as one QTextLayout: a 1 MB line without spaces (PDF extraction) took minutes, quadratic in
# its length, and each highlight's QTextCursor lays out the paragraph it lands in. A line longer than MAX_LINE code
# points (no prose paragraph is) is shown as blocks of at most MAX_BLOCK; each loop below advances by at least
# MAX_BLOCK / 2 (a bound), so cutting is linear.
MAX_LINE = 2000
MAX_BLOCK = 500
_LONG_RUN = re.compile(f"[^\n]{{{MAX_LINE + 1},}}")
_SPACES = " \t\u3000"  # a break replaces one of these: same length, offsets unchanged
_PUNCT = "。！？；，、.!?;,؟،/-"  # a break may follow one of these
# The longest stretch of a block (half to all of MAX_BLOCK) that ends before a space or after punctuation: the
# regex engine backtracks over one window at most, so each cut costs MAX_BLOCK steps.
_BLOCK = re.compile(f"[^\n]{{{MAX_BLOCK // 2},{MAX_BLOCK - 1}}}(?:(?=[{_SPACES}])|[{re.escape(_PUNCT)}])")


def display_text(text: str) -> tuple[str, list[int]]:
    """The text as the viewer shows it and the code-point offsets before which a line break was inserted.

    A line longer than MAX_LINE is cut into blocks of at most MAX_BLOCK, at the last space in each window (the space
    becomes the break) or after punctuation, else anywhere (an inserted break, which ``OffsetMap(text, breaks)``
    skips)."""
    if len(text) <= MAX_LINE:
        return text, []
    pieces: list[str] = []
    breaks: list[int] = []
    done = 0  # text[:done] is in pieces
    for run in _LONG_RUN.finditer(text):
        pos, end = run.start(), run.end()
        while end - pos > MAX_BLOCK:
            m = _BLOCK.match(text, pos, end)
            cut = m.end() if m else pos + MAX_BLOCK
            if text[cut] in _SPACES:
                pieces += [text[done:cut], "\n"]
                done = pos = cut + 1
            else:
                pieces += [text[done:cut], "\n"]
                breaks.append(cut)
                done = pos = cut
    if not pieces:
        return text, []
    pieces.append(text[done:])
    return "".join(pieces), breaks


class OffsetMap:
    """Converts offsets for one text (shown with line breaks inserted before the code points ``breaks``); O(1) for
    all-BMP text without inserted breaks, O(log n) otherwise."""

    def __init__(self, text: str, breaks: Sequence[int] = ()) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        self._breaks = list(breaks)
        # UTF-16 positions just after each extra unit (an astral character's second surrogate, an inserted break):
        # from there on, a UTF-16 position is one more than its code point.
        self._extra_qt: list[int] = []
        a = b = 0  # one merge of the two sorted lists (a break at p comes before the character at p)
        while a < len(self._astral) or b < len(self._breaks):
            if b == len(self._breaks) or (a < len(self._astral) and self._astral[a] < self._breaks[b]):
                self._extra_qt.append(self._astral[a] + a + b + 2)
                a += 1
            else:
                self._extra_qt.append(self._breaks[b] + a + b + 1)
                b += 1
        self._shifted = bool(self._astral or self._breaks)

    def to_qt(self, i: int) -> int:
        """Code-point offset -> UTF-16 offset (an offset at an inserted break: the start of the next line)."""
        if not self._astral and not self._breaks:
            return i
        return i + bisect_left(self._astral, i) + bisect_right(self._breaks, i)

    def from_qt(self, q: int) -> int:
        """UTF-16 offset -> code-point offset (a position inside a surrogate pair maps to its character)."""
        return q - bisect_right(self._extra_qt, q) if self._shifted else q


def qt_pos(text: str, i: int) -> int:
    """Code-point offset -> UTF-16 offset for QTextCursor.setPosition (one-off convenience)."""
    return OffsetMap(text).to_qt(i)
