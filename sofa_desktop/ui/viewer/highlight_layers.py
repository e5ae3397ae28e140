"""Layered ExtraSelections for a QPlainTextEdit (after frescobaldi's ArbitraryHighlighter): each layer clears alone."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

ExtraSelection = QTextEdit.ExtraSelection


class HighlightLayers:
    """Keeps one list of ExtraSelections per named layer; later priorities paint over earlier ones."""

    def __init__(self, editor: QPlainTextEdit, priorities: dict[str, int]) -> None:
        self._editor = editor
        self._priorities = priorities
        self._layers: dict[str, list[ExtraSelection]] = {}

    def make(self, start: int, end: int, fmt: QTextCharFormat) -> ExtraSelection:
        """An ExtraSelection over UTF-16 positions ``[start, end)`` of the editor's document."""
        sel = ExtraSelection()
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor  # type: ignore[misc]
        sel.format = fmt  # type: ignore[misc]
        return sel

    def set(self, layer: str, selections: list[ExtraSelection]) -> None:
        """Replace one layer and repaint."""
        self._layers[layer] = selections
        self.apply()

    def set_many(self, layers: dict[str, list[ExtraSelection]]) -> None:
        """Replace several layers with one repaint."""
        self._layers.update(layers)
        self.apply()

    def clear(self, layer: str | None = None) -> None:
        """Clear one layer, or all of them."""
        if layer is None:
            self._layers.clear()
        else:
            self._layers.pop(layer, None)
        self.apply()

    def count(self, layer: str) -> int:
        """How many selections a layer holds."""
        return len(self._layers.get(layer, []))

    def apply(self) -> None:
        """Hand every layer, in priority order, to the editor."""
        ordered: list[ExtraSelection] = []
        for name in sorted(self._layers, key=lambda n: self._priorities.get(n, 0)):
            ordered.extend(self._layers[name])
        self._editor.setExtraSelections(ordered)
