"""Painting of thread rows: the consensus range (a bar, or a dot for a day) behind one tick per report in its
outlet's colour; expected reports hollow, outliers ringed in red with a connector to the consensus, not-asserted
ones faint and dashed; the consensus date beside the row (right of it, else left). Only the visible rows are
looked at."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen

from sofa_desktop.store.threads import format_date
from sofa_desktop.ui.colours import CONFLICT, source_colour
from sofa_desktop.ui.colours import dimmed as dimmed_colour
from sofa_desktop.ui.timeline.geometry import TICK_H, TICK_W
from sofa_desktop.ui.timeline.layout import Mark
from sofa_desktop.ui.timeline.marks import DETAIL_LIMIT, paint_hover_and_selection, visible_marks

if TYPE_CHECKING:
    from sofa_desktop.ui.timeline.view import TimelineView

CONSENSUS_H = 12.0
OUTLIER_RING = 8.0
MIN_CONSENSUS_W = 8.0


def consensus_rect(v: TimelineView, lane: int) -> QRectF | None:
    """Viewport rectangle of a thread row's consensus (a circle's box for a day)."""
    c = v.lay.consensus.get(lane)
    if c is None:
        return None
    d0, d1, point = c
    cy = v.geo.row_centre_y(lane, 0)
    x0, x1 = v.geo.gutter + v.scale.x(d0), v.geo.gutter + v.scale.x(d1)
    if point or x1 - x0 < MIN_CONSENSUS_W:
        mid = (x0 + x1) / 2
        x0, x1 = mid - CONSENSUS_H / 2, mid + CONSENSUS_H / 2
    return QRectF(x0, cy - CONSENSUS_H / 2, x1 - x0, CONSENSUS_H)


def paint_thread_rows(v: TimelineView, p: QPainter, plot: QRectF) -> list[QRectF]:
    """Paint the visible thread rows; returns the rectangles painted (for badges to avoid: none here)."""
    lanes, shown = visible_marks(v, plot)
    detailed = len(shown) <= DETAIL_LIMIT
    p.setRenderHint(QPainter.RenderHint.Antialiasing, detailed)
    pal = v.palette()
    picked = {("thread", t) for t in v.selected_threads}
    highlight = QColor(pal.color(QPalette.ColorRole.Highlight))
    highlight.setAlpha(45)
    for lane in lanes:
        if v.lay.lanes[lane].key in picked:
            top = v.geo.lane_top(lane)
            p.fillRect(QRectF(plot.left(), top, plot.width(), v.geo.lane_height(v.lay.lanes, lane)), highlight)
    rects = {lane: r for lane in lanes if (r := consensus_rect(v, lane)) is not None}
    _paint_consensus(v, p, rects)
    if detailed:
        _paint_connectors(v, p, shown, rects)
        for m in shown:
            _paint_tick(v, p, m)
        _paint_row_dates(v, p, plot, lanes, shown, rects)
    else:
        _paint_ticks_coarse(v, p, shown)
    paint_hover_and_selection(v, p, set(lanes))
    return []


def _paint_consensus(v: TimelineView, p: QPainter, rects: dict[int, QRectF]) -> None:
    text = v.palette().color(QPalette.ColorRole.Text)
    fill, edge = QColor(text), QColor(text)
    fill.setAlpha(40)
    edge.setAlpha(110)
    for lane, r in rects.items():
        t = v.ctx.threads.get(v.lay.lanes[lane].key[1])  # type: ignore[index]
        expected = t is not None and t.status != "reported"
        p.setPen(QPen(edge, 1.2, Qt.PenStyle.DashLine if expected else Qt.PenStyle.SolidLine))
        p.setBrush(Qt.BrushStyle.NoBrush if expected else QBrush(fill))
        if r.width() <= CONSENSUS_H + 0.5:
            p.drawEllipse(r)
        else:
            p.drawRoundedRect(r, CONSENSUS_H / 2, CONSENSUS_H / 2)


def _paint_connectors(v: TimelineView, p: QPainter, shown: list[Mark], rects: dict[int, QRectF]) -> None:
    """A red line from each outlier to the nearest edge of its row's consensus (none between agreeing reports)."""
    lines = []
    for m in shown:
        r = rects.get(m.lane)
        if m.role != "disagrees" or r is None:
            continue
        c = v.geo.mark_rect(m, v.scale).center()
        x = r.left() if c.x() < r.left() else r.right() if c.x() > r.right() else c.x()
        lines.append(QLineF(c, QPointF(x, c.y())))
    if lines:
        p.setPen(QPen(CONFLICT, 1.4, Qt.PenStyle.DashLine))
        p.drawLines(lines)


def _paint_tick(v: TimelineView, p: QPainter, m: Mark) -> None:
    r = v.geo.mark_rect(m, v.scale)
    colour = source_colour(m.colour)
    if m.event_id in v.dimmed_ids:
        colour = dimmed_colour(colour, v.palette())
    if m.faint or m.role == "wrong":
        faint = QColor(colour)
        faint.setAlpha(150)
        p.setPen(QPen(faint, 1.2, Qt.PenStyle.DotLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
    elif m.expected:  # expected: hollow
        p.setPen(QPen(colour, 1.5))
        p.setBrush(v.palette().color(QPalette.ColorRole.Base))
    else:
        p.setPen(QPen(colour.darker(135), 1))
        p.setBrush(colour)
    p.drawRoundedRect(r, 1.5, 1.5)
    if m.role == "disagrees":
        p.setPen(QPen(CONFLICT, 1.8))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(r.center(), OUTLIER_RING, OUTLIER_RING + 1)


def _paint_row_dates(v: TimelineView, p: QPainter, plot: QRectF, lanes: list[int], shown: list[Mark],
                     rects: dict[int, QRectF]) -> None:
    """The consensus date right of each row's last mark; left of its first one when only that side has room
    for all of it; elided as a last resort."""
    right: dict[int, float] = {lane: r.right() for lane, r in rects.items()}
    left: dict[int, float] = {lane: r.left() for lane, r in rects.items()}
    for m in shown:
        r = v.geo.mark_rect(m, v.scale)
        right[m.lane] = max(right.get(m.lane, plot.left()), r.right())
        left[m.lane] = min(left.get(m.lane, plot.right()), r.left())
    fm = QFontMetrics(v.font())
    p.setPen(v.palette().color(QPalette.ColorRole.PlaceholderText))
    for lane in lanes:
        key = v.lay.lanes[lane].key
        t = v.ctx.threads.get(key[1]) if isinstance(key, tuple) else None
        x = right.get(lane)
        if t is None or x is None:
            continue
        label = format_date(t.date_start, t.date_end, t.precision) + (" (expected)" if t.status == "expected" else "")
        y = v.geo.row_centre_y(lane, 0) + fm.ascent() / 2 - 1
        if x < plot.left():  # the whole row is left of the view: say when it is, at the edge
            label = f"‹ {label}"
            x = plot.left() - 8
        elif left[lane] > plot.right():  # right of the view
            label = f"{label} ›"
            p.drawText(QPointF(plot.right() - 6 - fm.horizontalAdvance(label), y), label)
            continue
        w = fm.horizontalAdvance(label)
        if x + 12 + w > plot.right() - 4 and left[lane] - 12 - w >= plot.left() + 4:
            p.drawText(QPointF(left[lane] - 12 - w, y), label)
        elif x + 12 <= plot.right() - 40:
            room = int(plot.right() - x - 14)
            p.drawText(QPointF(x + 12, y), fm.elidedText(label, Qt.TextElideMode.ElideRight, room))


def _paint_ticks_coarse(v: TimelineView, p: QPainter, shown: list[Mark]) -> None:
    """Crowded: one rectangle per occupied pixel column and row, batched per colour; outliers in red."""
    batches: dict[int, list[QRectF]] = {}
    seen: set[tuple[int, int]] = set()
    for m in shown:
        r = v.geo.mark_rect(m, v.scale)
        key = (m.lane, int(r.left()))
        if key in seen:
            continue
        seen.add(key)
        batches.setdefault(-2 if m.role == "disagrees" else m.colour, []).append(r)
    p.setPen(Qt.PenStyle.NoPen)
    for index, rects in batches.items():
        p.setBrush(CONFLICT if index == -2 else source_colour(index))
        p.drawRects(rects)


def paint_thread_legend(v: TimelineView, p: QPainter, x: float, cy: float, fm: QFontMetrics) -> float:
    """The footer's key for thread rows: consensus, a report, an expected report, one that disagrees; returns the
    x after it."""
    grey = v.palette().color(QPalette.ColorRole.PlaceholderText)
    fill = QColor(v.palette().color(QPalette.ColorRole.Text))
    fill.setAlpha(40)
    tick = QColor(grey)
    for label in ("consensus", "report", "expected", "disagrees"):
        if label == "consensus":
            r = QRectF(x, cy - CONSENSUS_H / 2 + 2, 22, CONSENSUS_H - 4)
            p.setPen(QPen(grey, 1.2))
            p.setBrush(fill)
            p.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        else:
            r = QRectF(x + 4, cy - TICK_H / 2 + 2, TICK_W, TICK_H - 4)
            p.setPen(QPen(tick.darker(135) if label != "expected" else tick, 1.2))
            p.setBrush(v.palette().color(QPalette.ColorRole.Base) if label == "expected" else tick)
            p.drawRoundedRect(r, 1.5, 1.5)
            if label == "disagrees":
                p.setPen(QPen(CONFLICT, 1.6))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(r.center(), OUTLIER_RING - 1, OUTLIER_RING)
            r = QRectF(x, r.top(), 12, r.height())
        p.setPen(grey)
        p.drawText(QPointF(r.right() + 6, cy + fm.ascent() / 2 - 1), label)
        x = r.right() + 6 + fm.horizontalAdvance(label) + 16
    return x
