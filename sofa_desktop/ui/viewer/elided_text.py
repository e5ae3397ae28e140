"""``ElidedText``: a text as the viewer shows it, without some ranges (the dateline marker) and with very long lines
cut into blocks (``display_text``), with exact offset conversion both ways."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from sofa_desktop.ui.viewer.text_offsets import OffsetMap, display_text


class ElidedText:
    """``shown`` is ``text`` without ``hidden`` ranges, long lines cut; ``to_qt``/``from_qt`` convert the store's
    code-point offsets into ``text`` to UTF-16 positions in ``shown`` and back (a position inside a hidden range maps
    to its start)."""

    def __init__(self, text: str, hidden: Sequence[tuple[int, int]] = ()) -> None:
        ranges: list[tuple[int, int]] = []
        for start, end in sorted((max(0, s), min(len(text), e)) for s, e in hidden):
            if start >= end:
                continue
            if ranges and start <= ranges[-1][1]:  # overlapping or touching: one range
                ranges[-1] = (ranges[-1][0], max(end, ranges[-1][1]))
            else:
                ranges.append((start, end))
        self._ranges = ranges
        self._starts = [s for s, _ in ranges]
        self._removed = [0]  # code points hidden before each range
        for start, end in ranges:
            self._removed.append(self._removed[-1] + end - start)
        pieces, at = [], 0
        for start, end in ranges:
            pieces.append(text[at:start])
            at = end
        pieces.append(text[at:])
        visible = "".join(pieces) if ranges else text
        self.shown, breaks = display_text(visible)
        self._map = OffsetMap(visible, breaks)

    def to_qt(self, i: int) -> int:
        """Code-point offset into the full text -> UTF-16 position in ``shown``."""
        k = bisect_right(self._starts, i)  # ranges starting at or before i
        removed = self._removed[k]
        if k and i < self._ranges[k - 1][1]:  # inside a hidden range: at its start
            removed -= self._ranges[k - 1][1] - i
        return self._map.to_qt(i - removed)

    def from_qt(self, q: int) -> int:
        """UTF-16 position in ``shown`` -> code-point offset into the full text."""
        full = self._map.from_qt(q)
        for start, end in self._ranges:
            if full < start:
                break
            full += end - start
        return full
