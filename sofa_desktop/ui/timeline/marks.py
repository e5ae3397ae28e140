"""Painting of the marks on the timeline's rows (a thread row's ticks are in ``threads.paint``): diamonds and bars
in their outlet's colour, labels beside them, "+N" badges, hover and selection; a coarse level of detail when
crowded. Only the visible rows' marks are looked at."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen, QPolygonF

from sofa_desktop.ui.colours import CONFLICT, source_colour
from sofa_desktop.ui.colours import dimmed as dimmed_colour
from sofa_desktop.ui.timeline.clusters import BADGE_GAP, badge_size, paint_cluster_badges
from sofa_desktop.ui.timeline.conflicts_paint import paint_edited_badge
from sofa_desktop.ui.timeline.labels import LABEL_W
from sofa_desktop.ui.timeline.layout import Mark

if TYPE_CHECKING:
    from sofa_desktop.ui.timeline.view import TimelineView

DETAIL_LIMIT = 600  # above this many visible marks: no labels, no antialiasing, batched rectangles


def visible_marks(v: TimelineView, plot: QRectF) -> tuple[list[int], list[Mark]]:
    """The visible rows and their marks that may show, each row's found by bisect: the cost is what shows, not
    the store's size."""
    lay, g, scale = v.lay, v.geo, v.scale
    d_from, d_to = scale.day(plot.left() - g.gutter - 8), scale.day(plot.right() - g.gutter + 8)
    lanes = list(g.visible_lanes(len(lay.lanes)))
    return lanes, [m for lane in lanes for m in lay.lane_range(lane, d_from, d_to)]


def paint_marks(v: TimelineView, p: QPainter, plot: QRectF) -> list[QRectF]:
    """Paint the visible marks; the rectangles of the marks and labels painted (for badges to avoid)."""
    lanes, shown = visible_marks(v, plot)
    detailed = len(shown) <= DETAIL_LIMIT
    p.setRenderHint(QPainter.RenderHint.Antialiasing, detailed)
    taken: list[QRectF] = []
    if not detailed:
        _paint_marks_coarse(v, p, shown, plot)
        v.label_rects = {}
        v.cluster_rects = []
    else:
        taken = _paint_marks_detailed(v, p, plot, shown)
    paint_hover_and_selection(v, p, set(lanes))
    return taken


def paint_hover_and_selection(v: TimelineView, p: QPainter, lanes: set[int]) -> None:
    """Outline the hovered event's marks (faintly) and the selected one's (an event may have one in several rows)."""
    lay, g, scale = v.lay, v.geo, v.scale
    hovered = lay.marks_of(v.hovered_id) if v.hovered_id != v.selected_id else []
    highlight = v.palette().color(QPalette.ColorRole.Highlight)
    hover_colour = QColor(highlight)
    hover_colour.setAlpha(120)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for marks, pen, grow, radius in ((hovered, QPen(hover_colour, 2), 3, 4),
                                     (lay.marks_of(v.selected_id), QPen(highlight, 2.5), 4, 5)):
        for m in marks:
            if m.lane in lanes:
                p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                p.setPen(pen)
                p.drawRoundedRect(g.mark_rect(m, scale).adjusted(-grow, -grow, grow, grow), radius, radius)


def _paint_marks_detailed(v: TimelineView, p: QPainter, plot: QRectF, shown: list[Mark]) -> list[QRectF]:
    lay, g, scale = v.lay, v.geo, v.scale
    placed: list[tuple[Mark, QRectF]] = []
    hidden: list[tuple[Mark, QRectF]] = []  # stacked marks in view
    for m in shown:
        r = g.mark_rect(m, scale)
        if r.right() < plot.left() or r.left() > plot.right():
            continue
        if not m.stacked or m.event_id == v.selected_id:  # stacked: counted in a "+N" badge
            placed.append((m, r))
        else:
            hidden.append((m, r))
    # A stacked mark whose "+N" badge is out of view (its cluster's head is a long bar that ended left of the
    # view, say) is drawn itself: a row never looks empty where it has events.
    heads = {(m.lane, m.event_id) for m, _r in placed}
    placed += [(m, r) for m, r in hidden if lay.owner.get((m.lane, m.event_id)) not in heads]
    placed.sort(key=lambda t: t[0].stacked)  # a selected stacked mark goes on top of its cluster
    dimmed = v.dimmed_ids
    pal = v.palette()
    for m, r in placed:
        colour = mark_colour(v, m)
        if m.event_id in dimmed:
            colour = dimmed_colour(colour, pal)
        paint_mark(p, m.point, m.expected, r, colour, m.faint)
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
        key = (m.lane, m.event_id)
        stacked = lay.clusters.get(lay.owner.get(key, key))
        labelled.append((m, r.adjusted(0, 0, badge_size(fm, len(stacked))[0] + BADGE_GAP, 0) if stacked else r))
    v.label_rects = _paint_labels(v, p, plot, labelled)
    return [r for _m, r in placed] + badges + list(v.label_rects.values())


def _paint_labels(v: TimelineView, p: QPainter, plot: QRectF,
                  placed: list[tuple[Mark, QRectF]]) -> dict[int, QRectF]:
    """Label each mark to its right (or inside a long bar, or to its left near the edge), never over a mark; returns
    each painted label's rectangle by event id. Places every label first, then paints the halos in one batch per
    lane colour and the texts after them."""
    fm = QFontMetrics(v.font())
    pal = v.palette()
    text_colour = pal.color(QPalette.ColorRole.Text)
    rows: dict[tuple[int, int], list[tuple[Mark, QRectF, float, float]]] = {}
    for m, r in placed:
        rows.setdefault((m.lane, m.row), []).append((m, r, r.left(), r.right()))
    painted: dict[int, QRectF] = {}
    halos: tuple[list[QRectF], list[QRectF]] = ([], [])  # by lane parity: the lane bands alternate
    texts: list[tuple[float, float, list[str], QColor]] = []
    line_h, plot_left, plot_right = fm.height(), plot.left(), plot.right()
    for items in rows.values():
        items.sort(key=lambda t: t[2])
        busy_until = plot_left
        for i, (m, r, left, right) in enumerate(items):
            bar = r if m.point else v.geo.mark_rect(m, v.scale)  # ``r`` also covers a "+N" badge right of the mark
            inside = not m.point and bar.width() > 90
            lx = max(left, plot_left) + 6 if inside else right + 5
            limit = min(bar.right(), plot_right) - 4 if inside else plot_right - 2
            if not inside:
                nxt = next((t[2] for t in items[i + 1:] if t[2] > lx), None)
                if nxt is not None:
                    limit = min(limit, nxt - 6)
                wanted = v.labels.width(fm, m.event_id)
                left_room = left - 5 - max(busy_until, plot_left + 2)
                if limit - lx < wanted and left_room > limit - lx and left_room >= 36:
                    limit, lx = left - 5, left - 5 - min(left_room, wanted)  # flip: no room on the right
            if lx < busy_until or limit - lx < 36:
                continue
            lines, width = v.labels.text(fm, m.event_id, int(min(limit - lx, LABEL_W)), single=inside)
            y = r.center().y() - len(lines) * line_h / 2
            box = painted[m.event_id] = QRectF(lx - 2, y, width + 4, len(lines) * line_h)
            if inside:  # on the bar: pick a text colour that reads on the lane colour
                dark_on_bar = mark_colour(v, m).lightness() > 140 and not m.expected
                texts.append((lx, y, lines, QColor("#000000") if dark_on_bar else text_colour))
            else:  # a halo keeps the label readable over grid lines and conflict connectors
                halos[m.lane % 2].append(box)
                texts.append((lx, y, lines, text_colour))
            busy_until = max(busy_until, lx + width + 8, right + 2)
    _paint_label_texts(p, pal, fm, halos, texts)
    return painted


def _paint_label_texts(p: QPainter, pal: QPalette, fm: QFontMetrics, halos: tuple[list[QRectF], list[QRectF]],
                       texts: list[tuple[float, float, list[str], QColor]]) -> None:
    """The halos (the lane band's colour, nearly opaque) under the labels, then the labels' lines."""
    p.setPen(Qt.PenStyle.NoPen)
    for role, boxes in zip((QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase), halos, strict=True):
        if boxes:
            halo = QColor(pal.color(role))
            halo.setAlpha(210)
            p.setBrush(halo)
            p.drawRects(boxes)
    ascent, line_h = fm.ascent(), fm.height()
    pen: QColor | None = None
    for x, y, lines, colour in texts:
        if colour != pen:
            p.setPen(pen := colour)
        for line in lines:
            p.drawText(QPointF(x, y + ascent), line)
            y += line_h


def mark_colour(v: TimelineView, m: Mark) -> QColor:
    """A mark's colour: its own (a report's outlet), its row's, or the event's outlet's in a neutral row."""
    index = m.colour if m.colour >= 0 else v.lay.lanes[m.lane].colour
    return QColor(source_colour(index if index >= 0 else v.event_colour(m.event_id)))


def paint_mark(p: QPainter, point: bool, expected: bool, r: QRectF, colour: QColor, faint: bool = False) -> None:
    """A diamond (a day) or a bar (a longer range): filled, hollow when expected, faint and dashed when not
    asserted or not happened (never drawn as having happened)."""
    if faint:
        pen_colour = QColor(colour)
        pen_colour.setAlpha(150)
        p.setPen(QPen(pen_colour, 1.2, Qt.PenStyle.DotLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
    elif expected:  # expected (future) events: hollow with a dashed outline
        p.setPen(QPen(colour, 1.8, Qt.PenStyle.DashLine if not point else Qt.PenStyle.SolidLine))
        fill = QColor(colour)
        fill.setAlpha(35)
        p.setBrush(fill)
    else:
        p.setPen(QPen(colour.darker(130), 1))
        p.setBrush(colour)
    if point:  # a diamond: a single day
        c = r.center()
        p.drawPolygon(QPolygonF([QPointF(c.x(), r.top()), QPointF(r.right(), c.y()), QPointF(c.x(), r.bottom()),
                                 QPointF(r.left(), c.y())]))
    else:
        p.drawRoundedRect(r, 3, 3)


def _paint_marks_coarse(v: TimelineView, p: QPainter, shown: list[Mark], plot: QRectF) -> None:
    """Level of detail for crowded views: one rectangle per occupied pixel column and row, batched per colour."""
    lay, g, scale = v.lay, v.geo, v.scale
    row_y: dict[tuple[int, int], float] = {}
    seen: set[tuple[int, int, int]] = set()
    batches: dict[tuple[int, bool], list[QRectF]] = {}
    dimmed = v.dimmed_ids
    gx, ppd = g.gutter - scale.origin * scale.px_per_day, scale.px_per_day
    left, right = plot.left(), plot.right()
    for m in shown:
        y = row_y.get((m.lane, m.row))
        if y is None:
            y = row_y[(m.lane, m.row)] = g.row_centre_y(m.lane, m.row)
        x0 = gx + m.d0 * ppd
        key = (m.lane, m.row, int(x0))
        if key in seen:
            continue
        x1 = gx + m.d1 * ppd
        if x1 < left or x0 > right:
            continue
        seen.add(key)
        colour = m.colour if m.colour >= 0 else lay.lanes[m.lane].colour
        colour = colour if colour >= 0 else v.event_colour(m.event_id)
        batches.setdefault((colour, m.event_id in dimmed), []).append(QRectF(x0, y - 4, max(x1 - x0, 3.0), 8))
    p.setPen(Qt.PenStyle.NoPen)
    pal = v.palette()
    for (index, faded), rects in batches.items():
        colour = source_colour(index)
        p.setBrush(QBrush(dimmed_colour(colour, pal) if faded else colour))  # dimmed marks get their own batch
        p.drawRects(rects)
