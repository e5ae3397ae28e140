"""The undated strip under the timeline: which chips show, with titles elided once per event and font.

Per-paint cost is the chips that fit in the strip (a few dozen), never the number of undated events: every loop
below stops once the strip is full, and elided titles are cached (a store can hold 40,000 undated events).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetrics

from sofa_desktop.ui.timeline.geometry import UNDATED_H

CHIP_TITLE_W = 170  # pixels of title in a chip; the tooltip has the rest
CHIP_PAD = 26  # the source dot and the rounded ends
CHIP_GAP = 6

Chip = tuple[QRectF, int, str]  # viewport rectangle, event id, elided title


class UndatedStrip:
    """Chip geometry for the undated strip; ``reset`` when the events or the font change."""

    def __init__(self) -> None:
        self._cache: dict[int, tuple[str, float]] = {}  # event id -> (elided title, chip width)
        self._font_key: tuple[float, int, int] | None = None

    def reset(self) -> None:
        """Forget the cached titles (new events)."""
        self._cache.clear()

    @property
    def cached_titles(self) -> int:
        """How many chip titles were elided so far (for tests: the chips shown, never every undated event)."""
        return len(self._cache)

    def chips(self, fm: QFontMetrics, undated: Sequence[int], title: Callable[[int], str], selected: int | None,
              x0: float, available: float, top: float) -> tuple[list[Chip], int, int]:
        """The chips that fit in ``available`` pixels from ``x0`` (starting at the first one, or so that the chip at
        index ``selected`` is the last one shown) and how many are hidden before and after."""
        key = fm.fontDpi(), fm.height(), fm.averageCharWidth()
        if key != self._font_key:  # another font: widths change
            self._cache.clear()
            self._font_key = key

        def chip(i: int) -> tuple[str, float]:
            event_id = undated[i]
            if (hit := self._cache.get(event_id)) is None:
                text = fm.elidedText(title(event_id), Qt.TextElideMode.ElideRight, CHIP_TITLE_W)
                hit = self._cache[event_id] = (text, fm.horizontalAdvance(text) + CHIP_PAD)
            return hit

        first = 0
        if selected is not None and not self._fits(chip, 0, selected, available):
            first = selected  # walk back from the selected chip while the chips still fit (bounded by the strip)
            used = chip(selected)[1]
            while first > 0 and used + CHIP_GAP + chip(first - 1)[1] <= available:
                first -= 1
                used += CHIP_GAP + chip(first)[1]
        shown: list[Chip] = []
        x = x0
        for i in range(first, len(undated)):  # stops at the strip's right end
            text, width = chip(i)
            if x + width > x0 + available and shown:
                break
            shown.append((QRectF(x, top, width, UNDATED_H - 10), undated[i], text))
            x += width + CHIP_GAP
        return shown, first, len(undated) - first - len(shown)

    @staticmethod
    def _fits(chip: Callable[[int], tuple[str, float]], first: int, last: int, available: float) -> bool:
        """Whether chips ``first..last`` fit side by side; stops as soon as they do not (a few dozen chips)."""
        used = -CHIP_GAP
        for i in range(first, last + 1):
            used += CHIP_GAP + chip(i)[1]
            if used > available:
                return False
        return True
