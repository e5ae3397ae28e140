"""Painting of the timeline view: grid, axis, lanes legend, marks with level of detail, conflicts, undated strip."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen

from sofa_desktop.ui.colours import CONFLICT, source_colour
from sofa_desktop.ui.icons import icon
from sofa_desktop.ui.timeline.clusters import BADGE_GAP, badge_size, paint_cluster_badges
from sofa_desktop.ui.timeline.conflicts_paint import paint_conflict_badges, paint_conflict_links
from sofa_desktop.ui.timeline.curation_paint import paint_edited_badge, paint_edited_legend
from sofa_desktop.ui.timeline.geometry import AXIS_H, FOOTER_LEGEND_H, GUTTER_W, UNDATED_H, ViewGeometry
from sofa_desktop.ui.timeline.labels import LABEL_W, wrap_text
from sofa_desktop.ui.timeline.layout import Mark, ticks

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
    minor, major = ticks(v.scale.day(plot.left() - GUTTER_W - 40), v.scale.day(g.width), v.scale.px_per_day)
    _paint_grid(v, p, plot, minor, major)
    if not v.lay.marks and not v.lay.undated:
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        p.drawText(plot.adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                   "No events yet.\nImport articles with File › Import… or drop files here.")
    p.save()
    p.setClipRect(plot)
    badges = paint_conflict_links(v, p)  # under the marks and labels
    taken = _paint_marks(v, p, plot)
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
            x = round(GUTTER_W + v.scale.x(t.day))
            if x >= plot.left():
                p.fillRect(QRect(x, top, 1, bottom - top), colour)
    today = GUTTER_W + v.scale.x(dt.date.today().toordinal() + 0.5)
    if plot.left() <= today <= plot.right():
        pen = QPen(QColor(CONFLICT.red(), 120, 40, 160), 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QLineF(today, AXIS_H, today, plot.bottom()))
        p.drawText(QPointF(today + 3, plot.top() + 11), "today")


def _paint_axis(v: TimelineView, p: QPainter, minor: list, major: list) -> None:
    pal, g = v.palette(), v.geo
    p.fillRect(QRectF(0, 0, g.width, AXIS_H), pal.color(QPalette.ColorRole.Window))
    p.setPen(pal.color(QPalette.ColorRole.Mid))
    p.drawLine(QLineF(0, AXIS_H - 0.5, g.width, AXIS_H - 0.5))
    p.save()
    p.setClipRect(QRectF(GUTTER_W, 0, g.width - GUTTER_W, AXIS_H))
    fm = QFontMetrics(p.font())
    text = pal.color(QPalette.ColorRole.WindowText)
    bold = p.font()
    bold.setBold(True)
    # Major labels stick to the left edge while their period is visible (like a calendar header).
    p.setFont(bold)
    for i, t in enumerate(major):
        x = GUTTER_W + v.scale.x(t.day)
        nxt = GUTTER_W + v.scale.x(major[i + 1].day) if i + 1 < len(major) else g.width + 1000
        w = QFontMetrics(bold).horizontalAdvance(t.label)
        lx = min(max(x + 4, GUTTER_W + 4), nxt - w - 8)
        p.setPen(text)
        p.drawText(QPointF(lx, 16), t.label)
    p.setFont(v.font())
    p.setPen(text)
    last_end = -1e9
    tick_lines = []
    for t in minor:
        x = GUTTER_W + v.scale.x(t.day)
        if x + 3 > last_end and x + 3 >= GUTTER_W:
            p.drawText(QPointF(x + 3, AXIS_H - 8), t.label)
            last_end = x + 3 + fm.horizontalAdvance(t.label) + 6
        tick_lines.append(QLineF(x, AXIS_H - 5, x, AXIS_H))
    p.drawLines(tick_lines)
    p.restore()
    p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
    p.drawText(QRectF(8, 0, GUTTER_W - 12, AXIS_H), Qt.AlignmentFlag.AlignVCenter, "Sources")


def _paint_gutter(v: TimelineView, p: QPainter, plot: QRectF) -> None:
    pal, g = v.palette(), v.geo
    p.save()
    p.setClipRect(QRectF(0, plot.top(), GUTTER_W, plot.height()))
    p.fillRect(QRectF(0, plot.top(), GUTTER_W, plot.height()), pal.color(QPalette.ColorRole.Window))
    fm = QFontMetrics(v.font())
    small = v.font()
    small.setPointSizeF(small.pointSizeF() * 0.88)
    fms = QFontMetrics(small)
    for i in g.visible_lanes(len(v.lay.lanes)):
        lane = v.lay.lanes[i]
        top, h = g.lane_top(i), g.lane_height(v.lay.lanes, i)
        if top > plot.bottom() or top + h < plot.top():
            continue
        p.fillRect(QRectF(6, top + 6, 5, h - 12), source_colour(lane.colour))
        row = v.sources.get(lane.source_id)
        title = row.label if row else f"source {lane.source_id}"
        meta = " · ".join(x for x in ((row.outlet if row else None),
                                      row.published.isoformat() if row and row.published else None) if x)
        p.setFont(v.font())
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        meta_h = fms.height() if meta else 0
        lines = max(1, min(3, int((h - 10 - meta_h) // fm.height())))  # tall lanes wrap the title
        y = top + 6
        for line in wrap_text(fm, title, GUTTER_W - 24, lines):
            p.drawText(QPointF(17, y + fm.ascent()), line)
            y += fm.height()
        if meta and y + fms.height() <= top + h - 2:
            p.setFont(small)
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(QPointF(17, y + fms.ascent()), fms.elidedText(meta, Qt.TextElideMode.ElideRight, GUTTER_W - 24))
    p.setPen(pal.color(QPalette.ColorRole.Mid))
    p.drawLine(QLineF(GUTTER_W - 0.5, plot.top(), GUTTER_W - 0.5, plot.bottom()))
    p.restore()
    p.setFont(v.font())


def _paint_marks(v: TimelineView, p: QPainter, plot: QRectF) -> list[QRectF]:
    """Paint the visible marks; the rectangles of the marks and labels painted (for badges to avoid)."""
    lay, g, scale = v.lay, v.geo, v.scale
    lo, hi = lay.index_range(scale.day(plot.left() - GUTTER_W - 8), scale.day(plot.right() - GUTTER_W + 8))
    visible_lanes = set(g.visible_lanes(len(lay.lanes)))
    detailed = hi - lo <= DETAIL_LIMIT
    p.setRenderHint(QPainter.RenderHint.Antialiasing, detailed)
    if not detailed:
        _paint_marks_coarse(v, p, lo, hi, visible_lanes, plot)
        v.label_rects = {}
        v.cluster_rects = []
        taken: list[QRectF] = []
    else:
        taken = _paint_marks_detailed(v, p, plot, lo, hi, visible_lanes)
    hov = lay.by_id.get(v.hovered_id) if v.hovered_id not in (None, v.selected_id) else None
    if hov is not None and hov.lane in visible_lanes:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        hover_colour = QColor(v.palette().color(QPalette.ColorRole.Highlight))
        hover_colour.setAlpha(120)
        p.setPen(QPen(hover_colour, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(g.mark_rect(hov, scale).adjusted(-3, -3, 3, 3), 4, 4)
    sel = lay.by_id.get(v.selected_id) if v.selected_id is not None else None
    if sel is not None and sel.lane in visible_lanes:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        r = g.mark_rect(sel, scale).adjusted(-4, -4, 4, 4)
        p.setPen(QPen(v.palette().color(QPalette.ColorRole.Highlight), 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(r, 5, 5)
    return taken


def _paint_marks_detailed(v: TimelineView, p: QPainter, plot: QRectF, lo: int, hi: int,
                          lanes: set[int]) -> list[QRectF]:
    lay, g, scale = v.lay, v.geo, v.scale
    placed: list[tuple[Mark, QRectF]] = []
    for m in lay.marks[lo:hi]:
        if m.lane in lanes and (not m.stacked or m.event_id == v.selected_id):  # stacked: counted in a "+N" badge
            r = g.mark_rect(m, scale)
            if r.right() >= plot.left() and r.left() <= plot.right():
                placed.append((m, r))
    placed.sort(key=lambda t: t[0].stacked)  # a selected stacked mark goes on top of its cluster
    dimmed = v.dimmed_ids
    for m, r in placed:
        colour = QColor(source_colour(lay.lanes[m.lane].colour))
        if m.event_id in dimmed:
            colour.setAlpha(60)
        _paint_mark(p, m.point, m.expected, r, colour)
        if v.events[m.event_id].curated:
            paint_edited_badge(p, r)
        if m.conflict and v.has_open_conflict(m.event_id):
            p.setPen(QPen(CONFLICT, 1.6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            if m.point:
                p.drawEllipse(r.center(), r.height() / 2 + 4, r.height() / 2 + 4)
            else:
                p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 4, 4)
    badges = paint_cluster_badges(v, p, placed)
    # Labels start after a cluster badge; the selected stacked mark labels its cluster (listed first).
    fm = QFontMetrics(v.font())
    labelled = []
    for m, r in sorted(placed, key=lambda t: not t[0].stacked):
        stacked = lay.clusters.get(lay.owner.get(m.event_id, m.event_id))
        labelled.append((m, r.adjusted(0, 0, badge_size(fm, len(stacked))[0] + BADGE_GAP, 0) if stacked else r))
    v.label_rects = _paint_labels(v, p, plot, labelled)
    return [r for _m, r in placed] + badges + list(v.label_rects.values())


def _paint_labels(v: TimelineView, p: QPainter, plot: QRectF,
                  placed: list[tuple[Mark, QRectF]]) -> dict[int, QRectF]:
    """Label each mark to its right (or inside a long bar, or to its left near the edge), never over a mark; returns
    each painted label's rectangle by event id."""
    fm = QFontMetrics(v.font())
    halos = [QColor(v.palette().color(role)) for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)]
    for halo in halos:
        halo.setAlpha(210)  # the colour of the lane band under the label (bands alternate)
    rows: dict[tuple[int, int], list[tuple[Mark, QRectF]]] = {}
    for m, r in placed:
        rows.setdefault((m.lane, m.row), []).append((m, r))
    painted: dict[int, QRectF] = {}
    for items in rows.values():
        items.sort(key=lambda t: t[1].left())
        busy_until = plot.left()
        for i, (m, r) in enumerate(items):
            inside = not m.point and r.width() > 90
            lx = max(r.left(), plot.left()) + 6 if inside else r.right() + 5
            limit = min(r.right(), plot.right()) - 4 if inside else plot.right() - 2
            nxt = next((r2.left() for _m2, r2 in items[i + 1:] if r2.left() > lx), None)
            if nxt is not None and not inside:
                limit = min(limit, nxt - 6)
            wanted = v.labels.width(fm, m.event_id)
            left_room = r.left() - 5 - max(busy_until, plot.left() + 2)
            if not inside and limit - lx < wanted and left_room > limit - lx and left_room >= 36:
                limit, lx = r.left() - 5, r.left() - 5 - min(left_room, wanted)  # flip: no room on the right
            if lx < busy_until or limit - lx < 36:
                continue
            lines, width = v.labels.text(fm, m.event_id, int(min(limit - lx, LABEL_W)), single=inside)
            y = r.center().y() - len(lines) * fm.height() / 2
            painted[m.event_id] = QRectF(lx - 2, y, width + 4, len(lines) * fm.height())
            if inside:  # on the bar: pick a text colour that reads on the lane colour
                p.setPen(QColor("#000000") if source_colour(v.lay.lanes[m.lane].colour).lightness() > 140 and
                         not m.expected else v.palette().color(QPalette.ColorRole.Text))
            else:  # a halo keeps the label readable over grid lines and conflict connectors
                p.fillRect(QRectF(lx - 2, y, width + 4, len(lines) * fm.height()), halos[m.lane % 2])
                p.setPen(v.palette().color(QPalette.ColorRole.Text))
            for line in lines:
                p.drawText(QPointF(lx, y + fm.ascent()), line)
                y += fm.height()
            busy_until = max(busy_until, lx + width + 8, r.right() + 2)
    return painted


def _paint_mark(p: QPainter, point: bool, expected: bool, r: QRectF, colour: QColor) -> None:
    if expected:  # expected (future) events: hollow with a dashed outline
        p.setPen(QPen(colour, 1.8, Qt.PenStyle.DashLine if not point else Qt.PenStyle.SolidLine))
        fill = QColor(colour)
        fill.setAlpha(35)
        p.setBrush(fill)
    else:
        p.setPen(QPen(colour.darker(130), 1))
        p.setBrush(colour)
    if point:
        path = QPainterPath()  # a diamond: a single day
        c = r.center()
        path.moveTo(c.x(), r.top())
        path.lineTo(r.right(), c.y())
        path.lineTo(c.x(), r.bottom())
        path.lineTo(r.left(), c.y())
        path.closeSubpath()
        p.drawPath(path)
    else:
        p.drawRoundedRect(r, 3, 3)


def _paint_marks_coarse(v: TimelineView, p: QPainter, lo: int, hi: int, lanes: set[int], plot: QRectF) -> None:
    """Level of detail for crowded views: one rectangle per occupied pixel column and row, batched per lane."""
    lay, g, scale = v.lay, v.geo, v.scale
    row_y = {(lane, row): g.row_centre_y(lane, row)
             for lane in lanes for row in range(lay.lanes[lane].rows)}
    seen: set[tuple[int, int, int]] = set()
    batches: dict[int, list[QRectF]] = {}
    dimmed = v.dimmed_ids
    gx, ppd = GUTTER_W - scale.origin * scale.px_per_day, scale.px_per_day
    left, right = plot.left(), plot.right()
    for m in lay.marks[lo:hi]:
        y = row_y.get((m.lane, m.row))
        if y is None:
            continue
        x0 = gx + m.d0 * ppd
        key = (m.lane, m.row, int(x0))
        if key in seen:
            continue
        x1 = gx + m.d1 * ppd
        if x1 < left or x0 > right:
            continue
        seen.add(key)
        batch = -1 - m.lane if m.event_id in dimmed else m.lane  # dimmed marks get their own faded batch
        batches.setdefault(batch, []).append(QRectF(x0, y - 4, max(x1 - x0, 3.0), 8))
    p.setPen(Qt.PenStyle.NoPen)
    for batch, rects in batches.items():
        colour = QColor(source_colour(lay.lanes[batch if batch >= 0 else -1 - batch].colour))
        if batch < 0:
            colour.setAlpha(60)
        p.setBrush(QBrush(colour))
        p.drawRects(rects)


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
    p.drawText(QRectF(8, top, GUTTER_W - 12, UNDATED_H), Qt.AlignmentFlag.AlignVCenter,
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
        p.setBrush(source_colour(v.lay.source_colour.get(ev.source_id, 0)))
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
    if hidden_after:
        x = chips[-1][0].right() + 8 if chips else v.undated_x0()
        p.drawText(QPointF(x, baseline), f"› {hidden_after} more")


def _paint_symbol_legend(v: TimelineView, p: QPainter, top: float, fm: QFontMetrics, hints: bool = True) -> None:
    pal = v.palette()
    grey = pal.color(QPalette.ColorRole.PlaceholderText)
    entries = [("day", True, False), ("week/month/year", False, False), ("expected", False, True)]
    x = 10.0
    cy = top + FOOTER_LEGEND_H / 2
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for label, point, expected in entries:
        r = QRectF(x, cy - 5, 10, 10) if point else QRectF(x, cy - 4, 22, 8)
        _paint_mark(p, point, expected, r, QColor(grey))
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
