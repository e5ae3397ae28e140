"""Painting of analyst edits on the timeline: a pencil badge on edited marks and chips, and its legend entry."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen

from sofa_desktop.ui.curation.marks import EDITED_COLOUR
from sofa_desktop.ui.icons import icon

BADGE = 13.0


def paint_edited_badge(p: QPainter, mark: QRectF, outline: bool = True) -> None:
    """A violet outline around the mark and a pencil badge on its top-right corner."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if outline:
        p.setPen(QPen(EDITED_COLOUR, 1.4, Qt.PenStyle.DotLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(mark.adjusted(-2, -2, 2, 2), 3, 3)
    r = QRectF(mark.right() - BADGE / 2, mark.top() - BADGE + 3, BADGE, BADGE)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(EDITED_COLOUR)
    p.drawEllipse(r)
    p.drawPixmap(r.adjusted(2, 2, -2, -2).toRect(), icon("edited", "#ffffff").pixmap(16, 16))


def paint_edited_legend(p: QPainter, x: float, cy: float, fm: QFontMetrics, colour: QColor) -> float:
    """The legend entry "edited"; returns the x after it."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    r = QRectF(x, cy - BADGE / 2, BADGE, BADGE)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(EDITED_COLOUR)
    p.drawEllipse(r)
    p.drawPixmap(r.adjusted(2, 2, -2, -2).toRect(), icon("edited", "#ffffff").pixmap(16, 16))
    p.setPen(colour)
    p.drawText(QPointF(r.right() + 5, cy + fm.ascent() / 2 - 1), "edited")
    return r.right() + 5 + fm.horizontalAdvance("edited") + 24
