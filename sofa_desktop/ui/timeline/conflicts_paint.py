"""Painting of badges on the timeline: cross-source conflicts (dashed connectors between marks, warning badges) and
analysts' edits (a pencil badge on edited marks and chips, and its legend entry)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen

from sofa_desktop.ui.colours import CONFLICT
from sofa_desktop.ui.curation.marks import EDITED_COLOUR, RESOLVED_COLOUR, resolved_icon
from sofa_desktop.ui.icons import icon

if TYPE_CHECKING:
    from sofa_desktop.ui.timeline.layout import Mark, TimelineLayout
    from sofa_desktop.ui.timeline.view import TimelineView


def paint_conflict_links(v: TimelineView, p: QPainter) -> list[tuple[int, QPainterPath]]:
    """A red dashed connector per conflicting pair, between their nearest marks (plain lines when many); returns the
    paths the badges go on."""
    g = v.geo
    plot = g.plot_rect
    visible: list[tuple[int, QPointF, QPointF]] = []
    for conflict_id, ma, mb in conflict_pairs(v.lay, same_row_only=v.mode == "actor"):
        ca, cb = g.mark_rect(ma, v.scale).center(), g.mark_rect(mb, v.scale).center()
        if max(ca.x(), cb.x()) < plot.left() or min(ca.x(), cb.x()) > plot.right():
            continue
        visible.append((conflict_id, ca, cb))
    if len(visible) > 60:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(QPen(CONFLICT, 1))
        p.drawLines([QLineF(ca, cb) for _c, ca, cb in visible])
        return []
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    open_pen = QPen(CONFLICT, 1.8, Qt.PenStyle.DashLine)
    resolved_pen = QPen(RESOLVED_COLOUR, 1.4, Qt.PenStyle.DotLine)  # resolved: quiet green dots
    p.setBrush(Qt.BrushStyle.NoBrush)
    badges: list[tuple[int, QPainterPath]] = []
    for conflict_id, ca, cb in visible:
        path = QPainterPath(ca)
        path.quadTo(QPointF((ca.x() + cb.x()) / 2 + 30, (ca.y() + cb.y()) / 2), cb)
        c = v.conflicts.get(conflict_id)
        p.setPen(resolved_pen if c is not None and c.resolved else open_pen)
        p.drawPath(path)
        badges.append((conflict_id, path))
    return badges


def conflict_pairs(lay: TimelineLayout, same_row_only: bool = False) -> list[tuple[int, Mark, Mark]]:
    """Each conflicting pair's nearest two marks (an event may be in several rows). ``same_row_only`` (actor rows):
    only pairs that share a row, since a connector between two actors' rows would cross every row between them;
    their marks keep their conflict rings."""
    out = []
    for conflict_id, a, b in lay.conflict_links:
        pairs = [(ma, mb) for ma in lay.marks_of(a) for mb in lay.marks_of(b)]
        if not pairs:
            continue
        ma, mb = min(pairs, key=lambda t: abs(t[0].lane - t[1].lane))
        if not same_row_only or ma.lane == mb.lane:
            out.append((conflict_id, ma, mb))
    return out


EDIT_BADGE = 13.0


def paint_edited_badge(p: QPainter, mark: QRectF, outline: bool = True) -> None:
    """A violet outline around the mark and a pencil badge on its top-right corner."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if outline:
        p.setPen(QPen(EDITED_COLOUR, 1.4, Qt.PenStyle.DotLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(mark.adjusted(-2, -2, 2, 2), 3, 3)
    r = QRectF(mark.right() - EDIT_BADGE / 2, mark.top() - EDIT_BADGE + 3, EDIT_BADGE, EDIT_BADGE)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(EDITED_COLOUR)
    p.drawEllipse(r)
    p.drawPixmap(r.adjusted(2, 2, -2, -2).toRect(), icon("edited", "#ffffff").pixmap(16, 16))


def paint_edited_legend(p: QPainter, x: float, cy: float, fm: QFontMetrics, colour: QColor) -> float:
    """The legend entry "edited"; returns the x after it."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    r = QRectF(x, cy - EDIT_BADGE / 2, EDIT_BADGE, EDIT_BADGE)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(EDITED_COLOUR)
    p.drawEllipse(r)
    p.drawPixmap(r.adjusted(2, 2, -2, -2).toRect(), icon("edited", "#ffffff").pixmap(16, 16))
    p.setPen(colour)
    p.drawText(QPointF(r.right() + 5, cy + fm.ascent() / 2 - 1), "edited")
    return r.right() + 5 + fm.horizontalAdvance("edited") + 24


BADGE_SPOTS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8)  # along the connector, the middle first


def badge_rect(path: QPainterPath, taken: list[QRectF]) -> QRectF:
    """Where a badge goes on a connector: its middle, or the spot nearest to it that covers no mark or label in
    ``taken``; when every spot covers some, the one covering least (a badge over a label's first word hides it)."""
    spots = []
    for spot in BADGE_SPOTS:
        mid = path.pointAtPercent(spot)
        r = QRectF(mid.x() - 9, mid.y() - 9, 18, 18)
        if not any(r.intersects(t) for t in taken):
            return r
        spots.append(r)
    best, best_cover = spots[0], float("inf")
    for r in spots:  # only when no spot is free (rare: measured only then)
        cover = sum(area(r.intersected(t)) for t in taken if r.intersects(t))
        if cover < best_cover - 0.5:  # clearly less (sub-pixel differences keep the spot nearer the middle)
            best, best_cover = r, cover
    return best


def area(r: QRectF) -> float:
    """A rectangle's area in square pixels."""
    return max(0.0, r.width()) * max(0.0, r.height())


def paint_conflict_badges(v: TimelineView, p: QPainter, badges: list[tuple[int, QPainterPath]],
                          taken: list[QRectF] = ()) -> None:
    """A warning badge on each connector, on top of everything, off the marks and labels in ``taken`` where it can
    be; remembered for tooltips."""
    v.conflict_icon_rects.clear()
    if not badges:
        return
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pix = icon("conflict", CONFLICT.name()).pixmap(16, 16)
    done = resolved_icon().pixmap(16, 16)
    taken = list(taken)
    for conflict_id, path in badges:
        resolved = (c := v.conflicts.get(conflict_id)) is not None and c.resolved
        r = badge_rect(path, taken)
        taken.append(r)
        p.setBrush(v.palette().color(QPalette.ColorRole.Base))
        p.setPen(QPen(RESOLVED_COLOUR if resolved else CONFLICT, 1))
        p.drawEllipse(r)
        p.drawPixmap(r.adjusted(1, 1, -1, -1).toRect(), done if resolved else pix)
        v.conflict_icon_rects.append((r, conflict_id))
