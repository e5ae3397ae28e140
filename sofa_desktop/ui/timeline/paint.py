"""Painting of the timeline view: grid, axis, lanes legend, marks with level of detail, conflicts, undated strip."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen

from sofa_desktop.ui.colours import CONFLICT, source_colour
from sofa_desktop.ui.icons import icon
from sofa_desktop.ui.timeline.conflicts_paint import (
    paint_conflict_badges,
    paint_conflict_links,
    paint_edited_badge,
    paint_edited_legend,
)
from sofa_desktop.ui.timeline.geometry import AXIS_H, FOOTER_LEGEND_H, UNDATED_H, ViewGeometry
from sofa_desktop.ui.timeline.labels import gutter_text
from sofa_desktop.ui.timeline.layout import ticks
from sofa_desktop.ui.timeline.marks import paint_mark, paint_marks
from sofa_desktop.ui.timeline.rows import MODE_TITLES
from sofa_desktop.ui.timeline.threads.paint import paint_thread_legend, paint_thread_rows

if TYPE_CHECKING:
    from sofa_desktop.ui.timeline.view import TimelineView

DETAIL_LIMIT = 600  # above this many visible marks: no labels, no antialiasing, batched rectangles


def paint_view(v: TimelineView, p: QPainter, interactive: bool = True) -> None:
    """Paint everything visible; cost grows with the visible marks only (images: not ``interactive``, no focus frame
    and no mouse hints)."""
    g, pal = v.geo, v.palette()
    p.fillRect(0, 0, g.width, g.height, pal.color(QPalette.ColorRole.Base))
    plot = g.plot_rect
    _paint_lane_bands(v, p, plot)
    minor, major = ticks(v.scale.day(plot.left() - v.geo.gutter - 40), v.scale.day(g.width), v.scale.px_per_day)
    _paint_grid(v, p, plot, minor, major)
    if not v.lay.marks and not v.lay.undated:
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        p.drawText(plot.adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                   "No events yet.\nImport articles with File › Import… or drop files here.")
    p.save()
    p.setClipRect(plot)
    badges = paint_conflict_links(v, p)  # under the marks and labels
    taken = paint_thread_rows(v, p, plot) if v.showing_threads else paint_marks(v, p, plot)
    paint_conflict_badges(v, p, badges, taken)
    p.restore()
    _paint_axis(v, p, minor, major)
    _paint_gutter(v, p, plot)
    _paint_footer(v, p, interactive)
    if interactive and v.hasFocus():  # keyboard users see where ←/→ will act
        focus = QColor(pal.color(QPalette.ColorRole.Highlight))
        focus.setAlpha(160)
        for edge in (QRect(0, 0, g.width, 2), QRect(0, g.height - 2, g.width, 2), QRect(0, 0, 2, g.height),
                     QRect(g.width - 2, 0, 2, g.height)):  # four fills: a stroked frame cost ~3 ms a repaint
            p.fillRect(edge, focus)


def _paint_lane_bands(v: TimelineView, p: QPainter, plot: QRectF) -> None:
    alt = v.palette().color(QPalette.ColorRole.AlternateBase)
    for i in v.geo.visible_lanes(len(v.lay.lanes)):
        top, h = v.geo.lane_top(i), v.geo.lane_height(v.lay.lanes, i)
        if top > plot.bottom() or top + h < plot.top():
            continue
        if i % 2:
            p.fillRect(QRectF(0, top, v.geo.width, h).intersected(QRectF(0, plot.top(), v.geo.width, plot.height())),
                       alt)


def _paint_grid(v: TimelineView, p: QPainter, plot: QRectF, minor: list, major: list) -> None:
    text = v.palette().color(QPalette.ColorRole.Text)
    light, strong = QColor(text), QColor(text)
    light.setAlpha(22)
    strong.setAlpha(55)
    # Grid lines as 1-px integer rectangles (fillRect's fast path): translucent pen lines dominated repaints.
    bottom = int(plot.bottom())
    for ts, colour, top in ((minor, light, int(plot.top())), (major, strong, AXIS_H - 20)):
        for t in ts:
            x = round(v.geo.gutter + v.scale.x(t.day))
            if x >= plot.left():
                p.fillRect(QRect(x, top, 1, bottom - top), colour)
    today = v.geo.gutter + v.scale.x(dt.date.today().toordinal() + 0.5)
    if plot.left() <= today <= plot.right():
        pen = QPen(QColor(CONFLICT.red(), 120, 40, 160), 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QLineF(today, AXIS_H, today, plot.bottom()))
        fm = QFontMetrics(p.font())
        x = today + 3 if today + 3 + fm.horizontalAdvance("today") <= plot.right() - 2 else \
            today - 3 - fm.horizontalAdvance("today")
        p.drawText(QPointF(x, plot.top() + fm.ascent() + 2), "today")


def _paint_axis(v: TimelineView, p: QPainter, minor: list, major: list) -> None:
    pal, g = v.palette(), v.geo
    p.fillRect(QRectF(0, 0, g.width, AXIS_H), pal.color(QPalette.ColorRole.Window))
    p.setPen(pal.color(QPalette.ColorRole.Mid))
    p.drawLine(QLineF(0, AXIS_H - 0.5, g.width, AXIS_H - 0.5))
    p.save()
    p.setClipRect(QRectF(v.geo.gutter, 0, g.width - v.geo.gutter, AXIS_H))
    fm = QFontMetrics(p.font())
    text = pal.color(QPalette.ColorRole.WindowText)
    bold = p.font()
    bold.setBold(True)
    # Major labels stick to the left edge while their period is visible (like a calendar header).
    p.setFont(bold)
    for i, t in enumerate(major):
        x = v.geo.gutter + v.scale.x(t.day)
        nxt = v.geo.gutter + v.scale.x(major[i + 1].day) if i + 1 < len(major) else g.width + 1000
        w = QFontMetrics(bold).horizontalAdvance(t.label)
        lx = min(max(x + 4, v.geo.gutter + 4), nxt - w - 8)
        if lx < v.geo.gutter + 4 or (lx + w > g.width and i > 0):
            continue  # pushed out by the next period's label, or past the right edge: a clipped "4" of "2024" reads
            # as a glitch
        p.setPen(text)
        p.drawText(QPointF(lx, 16), t.label)
    p.setFont(v.font())
    p.setPen(text)
    last_end = -1e9
    tick_lines = []
    for t in minor:
        x = v.geo.gutter + v.scale.x(t.day)
        label_w = fm.horizontalAdvance(t.label)
        if x + 3 > last_end and x + 3 >= v.geo.gutter and x + 3 + label_w <= g.width:  # never a clipped "J"
            p.drawText(QPointF(x + 3, AXIS_H - 8), t.label)
            last_end = x + 3 + label_w + 6
        tick_lines.append(QLineF(x, AXIS_H - 5, x, AXIS_H))
    p.drawLines(tick_lines)
    p.restore()
    p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
    p.drawText(QRectF(8, 0, v.geo.gutter - 12, AXIS_H), Qt.AlignmentFlag.AlignVCenter,
               MODE_TITLES.get(v.mode if v.showing_threads or v.mode != "thread" else "source", "Sources"))


def _paint_gutter(v: TimelineView, p: QPainter, plot: QRectF) -> None:
    """Row titles (wrapped on tall rows, elided: the tooltip has the whole title) and a second line."""
    pal, g = v.palette(), v.geo
    p.save()
    p.setClipRect(QRectF(0, plot.top(), g.gutter, plot.height()))
    p.fillRect(QRectF(0, plot.top(), g.gutter, plot.height()), pal.color(QPalette.ColorRole.Window))
    fm = QFontMetrics(v.font())
    small = v.font()
    small.setPointSizeF(small.pointSizeF() * 0.88)
    fms = QFontMetrics(small)
    picked = {("thread", t) for t in v.selected_threads}
    for i in g.visible_lanes(len(v.lay.lanes)):
        lane = v.lay.lanes[i]
        top, h = g.lane_top(i), g.lane_height(v.lay.lanes, i)
        if top > plot.bottom() or top + h < plot.top():
            continue
        if lane.key in picked:
            p.fillRect(QRectF(0, top, g.gutter, h), pal.color(QPalette.ColorRole.Highlight).lighter(100))
        text_colour = pal.color(QPalette.ColorRole.HighlightedText if lane.key in picked else
                                QPalette.ColorRole.WindowText)
        if lane.colour >= 0:
            p.fillRect(QRectF(6, top + 6, 5, h - 12), source_colour(lane.colour))
        title, meta = v.ctx.lane_title(lane.key)
        meta_pen = pal.color(QPalette.ColorRole.PlaceholderText) if lane.key not in picked else text_colour
        for x, y, text, is_meta in gutter_text(fm, fms, title, meta, g.gutter, top, h):
            p.setFont(small if is_meta else v.font())
            p.setPen(meta_pen if is_meta else text_colour)
            p.drawText(QPointF(x, y), text)
    p.setPen(pal.color(QPalette.ColorRole.Mid))
    p.drawLine(QLineF(g.gutter - 0.5, plot.top(), g.gutter - 0.5, plot.bottom()))
    p.fillRect(QRectF(g.gutter - 2, plot.center().y() - 12, 2, 24), pal.color(QPalette.ColorRole.Mid))  # a grip
    p.restore()
    p.setFont(v.font())


def _paint_footer(v: TimelineView, p: QPainter, hints: bool = True) -> None:
    g, pal = v.geo, v.palette()
    top = g.height - g.footer_h
    p.fillRect(QRectF(0, top, g.width, g.footer_h), pal.color(QPalette.ColorRole.Window))
    p.setPen(pal.color(QPalette.ColorRole.Mid))
    p.drawLine(QLineF(0, top + 0.5, g.width, top + 0.5))
    fm = QFontMetrics(v.font())
    if g.has_undated:
        _paint_undated(v, p, top, fm)
    _paint_symbol_legend(v, p, g.height - FOOTER_LEGEND_H, fm, hints)


def _paint_undated(v: TimelineView, p: QPainter, top: float, fm: QFontMetrics) -> None:
    pal = v.palette()
    p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
    p.drawText(QRectF(8, top, v.geo.gutter - 12, UNDATED_H), Qt.AlignmentFlag.AlignVCenter,
               f"Undated ({len(v.lay.undated)})")
    chips, hidden_before, hidden_after = v.undated_chips()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for r, event_id, title in chips:
        ev = v.events[event_id]
        selected = event_id == v.selected_id
        border = pal.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        p.setPen(QPen(border, 2 if selected else 1))
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        p.drawRoundedRect(r, 9, 9)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(source_colour(v.event_colour(event_id)))
        p.drawEllipse(QPointF(r.left() + 10, r.center().y()), 4, 4)
        p.setPen(pal.color(QPalette.ColorRole.Text))
        p.drawText(QPointF(r.left() + 18, r.center().y() + fm.ascent() / 2 - 1), title)
        if ev.curated:
            paint_edited_badge(p, r, outline=False)
    p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
    baseline = top + UNDATED_H / 2 + fm.ascent() / 2 - 1
    if hidden_before:
        p.drawText(QPointF(v.undated_x0() - fm.horizontalAdvance(f"{hidden_before} ‹") - 4, baseline),
                   f"{hidden_before} ‹")
    v.more_rect = None
    if hidden_after:  # a link: clicking it lists the hidden chips
        x = chips[-1][0].right() + 8 if chips else v.undated_x0()
        text = f"› {hidden_after} more"
        p.setPen(pal.color(QPalette.ColorRole.Link))
        p.drawText(QPointF(x, baseline), text)
        v.more_rect = QRectF(x - 4, top + 2, fm.horizontalAdvance(text) + 8, UNDATED_H - 4)


def _paint_symbol_legend(v: TimelineView, p: QPainter, top: float, fm: QFontMetrics, hints: bool = True) -> None:
    pal = v.palette()
    grey = pal.color(QPalette.ColorRole.PlaceholderText)
    x = 10.0
    cy = top + FOOTER_LEGEND_H / 2
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if v.showing_threads:
        x = paint_thread_legend(v, p, x, cy, fm)
    else:
        for label, point, expected in (("day", True, False), ("week/month/year", False, False),
                                       ("expected", False, True)):
            r = QRectF(x, cy - 5, 10, 10) if point else QRectF(x, cy - 4, 22, 8)
            paint_mark(p, point, expected, r, QColor(grey))
            p.setPen(grey)
            p.drawText(QPointF(r.right() + 5, cy + fm.ascent() / 2 - 1), label)
            x = r.right() + 5 + fm.horizontalAdvance(label) + 16
    p.drawPixmap(int(x), int(cy - 8), icon("conflict", CONFLICT.name()).pixmap(16, 16))
    p.setPen(grey)
    p.drawText(QPointF(x + 20, cy + fm.ascent() / 2 - 1), "conflict")
    x += 20 + fm.horizontalAdvance("conflict") + 24
    if v.any_curated:
        x = paint_edited_legend(p, x, cy, fm, grey)
    hint = "wheel: zoom · drag: pan · ←/→: events"
    if hints and v.geo.width - fm.horizontalAdvance(hint) - 10 > x:
        p.drawText(QPointF(v.geo.width - fm.horizontalAdvance(hint) - 10, cy + fm.ascent() / 2 - 1), hint)


__all__ = ["paint_view", "ViewGeometry"]
