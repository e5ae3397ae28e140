"""Layered highlights for a QPlainTextEdit (after frescobaldi's ArbitraryHighlighter): each layer clears alone.

Qt gets ExtraSelections only for the highlights near the visible text (a screenful above and below), rebuilt when
scrolling leaves that window: ``setExtraSelections`` lays out every paragraph a selection touches, so handing it
all 38,000 passages of a 5 MB source took 6 s. The per-scroll cost is bounded by what is near the screen.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from sofa_desktop.ui.viewer.elided_text import ElidedText

ExtraSelection = QTextEdit.ExtraSelection


class Highlight(NamedTuple):
    """A format over positions ``[start, end)`` of the text (code points, see ``HighlightLayers.offsets``)."""

    start: int
    end: int
    format: QTextCharFormat


class _Layer:
    def __init__(self, items: list[Highlight]) -> None:
        self.items = sorted(items, key=lambda h: h.start)
        self.starts = [h.start for h in self.items]
        self.longest = max((h.end - h.start for h in self.items), default=0)

    def between(self, a: int, b: int) -> list[Highlight]:
        """The highlights that overlap ``[a, b)`` (bisect, then a scan bounded by the window and the longest one)."""
        lo = bisect_left(self.starts, a - self.longest)
        hi = bisect_left(self.starts, b)
        return [h for h in self.items[lo:hi] if h.end > a]


class HighlightLayers:
    """Keeps one list of highlights per named layer; later priorities paint over earlier ones."""

    def __init__(self, editor: QPlainTextEdit, priorities: dict[str, float]) -> None:
        self._editor = editor
        self._priorities = priorities
        self._layers: dict[str, _Layer] = {}
        self._window = (0, -1)  # UTF-16 range whose highlights Qt holds
        self.offsets = ElidedText("")  # converts the highlights' positions for Qt (only those applied)
        editor.verticalScrollBar().valueChanged.connect(self._follow)
        editor.verticalScrollBar().rangeChanged.connect(self._follow)

    def make(self, start: int, end: int, fmt: QTextCharFormat) -> Highlight:
        """A highlight over code points ``[start, end)`` of the text shown."""
        return Highlight(start, end, fmt)

    def set(self, layer: str, selections: list[Highlight]) -> None:
        """Replace one layer and repaint."""
        self._layers[layer] = _Layer(selections)
        self.apply()

    def set_many(self, layers: dict[str, list[Highlight]]) -> None:
        """Replace several layers with one repaint."""
        self._layers.update({name: _Layer(items) for name, items in layers.items()})
        self.apply()

    def clear(self, layer: str | None = None) -> None:
        """Clear one layer, or all of them."""
        if layer is None:
            self._layers.clear()
        else:
            self._layers.pop(layer, None)
        self.apply()

    def count(self, layer: str) -> int:
        """How many highlights a layer holds."""
        return len(self._layers[layer].items) if layer in self._layers else 0

    def applied(self) -> int:
        """How many selections Qt holds now (those near the visible text)."""
        return len(self._editor.extraSelections())

    def apply(self) -> None:
        """Hand Qt the highlights of every layer near the visible text, in priority order."""
        a, b = self._visible()
        margin = max(b - a, 2000)
        self._window = (max(0, a - margin), b + margin)
        doc, to_qt = self._editor.document(), self.offsets.to_qt
        window = self.offsets.from_qt(self._window[0]), self.offsets.from_qt(self._window[1])
        ordered: list[ExtraSelection] = []
        for name in sorted(self._layers, key=lambda n: self._priorities.get(n, 0)):
            for h in self._layers[name].between(*window):
                sel = ExtraSelection()
                cursor = QTextCursor(doc)
                cursor.setPosition(to_qt(h.start))
                cursor.setPosition(to_qt(h.end), QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor  # type: ignore[misc]
                sel.format = h.format  # type: ignore[misc]
                ordered.append(sel)
        self._editor.setExtraSelections(ordered)

    def _visible(self) -> tuple[int, int]:
        vp = self._editor.viewport()
        top = self._editor.cursorForPosition(QPoint(0, 0)).position()
        bottom = self._editor.cursorForPosition(QPoint(vp.width(), vp.height())).position()
        return top, max(top, bottom)

    def _follow(self, *_args: int) -> None:
        if not self._layers:
            return
        a, b = self._visible()
        if a < self._window[0] or b > self._window[1]:  # scrolled out of the window: rebuild around the screen
            self.apply()
