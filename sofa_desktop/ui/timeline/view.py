"""TimelineView: custom-painted, zoomable date axis with one lane per source; entry point ``set_events``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QToolTip, QWidget

from sofa_desktop.store.queries import ConflictRow, EventRow, SourceRow
from sofa_desktop.ui.colours import rich_tooltip
from sofa_desktop.ui.timeline import clusters, fit, tooltips
from sofa_desktop.ui.timeline.geometry import GUTTER_W, LANE_PAD, ROW_H, ViewGeometry
from sofa_desktop.ui.timeline.labels import TimelineLabels
from sofa_desktop.ui.timeline.layout import MAX_ROWS_PER_LANE, Scale, TimelineLayout, build_layout
from sofa_desktop.ui.timeline.paint import paint_view
from sofa_desktop.ui.timeline.undated_strip import UndatedStrip

ZOOM_STEP = 1.25
FIT_STEP = 0.85  # Fit All zooms out by this factor until the labels have room
MAX_FIT_STEPS = 80  # 0.85**80 ~ 2e-6: from the framed zoom to any floor; a loop in the UI always has a bound
DRAG_THRESHOLD = 4
MAX_LABEL_ROWS = 12


class TimelineView(QAbstractScrollArea):
    """Paints only the visible marks; hit-tests with bisect. Signals ``event_selected(event_id)`` on user choice,
    ``context_menu_requested(event_id | None, conflict_id | None, global QPoint)`` on a right-click."""

    event_selected = Signal(int)
    source_selected = Signal(int)
    context_menu_requested = Signal(object, object, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TimelineView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(True)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.scale = Scale()
        self.geo = ViewGeometry()
        self.lay = TimelineLayout()
        self.events: dict[int, EventRow] = {}
        self.sources: dict[int, SourceRow] = {}
        self.conflicts: dict[int, ConflictRow] = {}
        self.selected_id: int | None = None
        self.hovered_id: int | None = None
        self.dimmed_ids: set[int] = set()
        self.conflict_icon_rects: list[tuple[QRectF, int]] = []
        self.label_rects: dict[int, QRectF] = {}  # event id -> where its label was painted last
        self._all_rows: list[EventRow] = []
        self._source_order: list[int] = []
        self._filter: set[int] | None = None
        self._press: QPointF | None = None
        self._dragging = False
        self._user_zoomed = False
        self.labels = TimelineLabels()
        self._rows: list[EventRow] = []
        self._dated: list[EventRow] = []
        self._undated_ids: list[int] = []
        self.strip = UndatedStrip()
        self.cluster_rects: list[tuple[QRectF, int]] = []  # "+N" badges painted last: (rect, visible event id)
        self.cluster_menu: QMenu | None = None
        self.any_curated = False  # some event was edited by an analyst: the legend explains the pencil

    # -- public API -------------------------------------------------------------------------------------------
    def set_events(self, rows: Sequence[EventRow], sources: Sequence[SourceRow],
                   conflicts: Sequence[ConflictRow] = ()) -> None:
        """Show these events (one lane per source, in ``sources`` order) and conflicts; fits the view once."""
        self._all_rows = list(rows)
        self.sources = {s.id: s for s in sources}
        self._source_order = [s.id for s in sources]
        self.conflicts = {c.id: c for c in conflicts}
        self._rebuild()
        if not self._user_zoomed:
            self.fit_all()

    def set_dimmed(self, event_ids: Iterable[int]) -> None:
        """Fade these events (e.g. those not involving the selected actor)."""
        self.dimmed_ids = set(event_ids)
        self.viewport().update()

    def set_filter(self, event_ids: Iterable[int] | None) -> None:
        """Show only these events (None shows all); the view fits them unless the user zoomed."""
        new = set(event_ids) if event_ids is not None else None
        if new == self._filter:
            return
        self._filter = new
        self._rebuild()
        if not self._user_zoomed:
            self.fit_all()

    def select_event(self, event_id: int | None, emit: bool = False, ensure_visible: bool = True) -> None:
        """Select an event (outline it) and optionally scroll it into view and emit ``event_selected``."""
        if event_id is not None and event_id not in self.events:
            return
        self.selected_id = event_id
        if event_id is not None and ensure_visible:
            self.ensure_visible(event_id)
        self.viewport().update()
        if emit and event_id is not None:
            self.event_selected.emit(event_id)

    def ensure_visible(self, event_id: int) -> None:
        """Pan/scroll so the event's mark is inside the plot area."""
        mark = self.lay.by_id.get(event_id)
        if mark is None:
            return
        plot = self.geo.plot_rect
        r = self.geo.mark_rect(mark, self.scale)
        if r.left() < plot.left() + 10 or r.right() > plot.right() - 10:
            self.scale.pan(plot.center().x() - r.center().x())
        lane_top = self.geo.lane_tops[mark.lane]
        top = lane_top + mark.row * self.geo.row_h
        bar = self.verticalScrollBar()
        if top < bar.value() or top + 2 * self.geo.row_h > bar.value() + self.geo.lanes_viewport_h:
            fits = top + 2 * self.geo.row_h - lane_top <= self.geo.lanes_viewport_h
            bar.setValue(int(lane_top if fits else top - self.geo.row_h))  # whole lanes when they fit

    def mark_rect(self, event_id: int) -> QRectF | None:
        """Viewport rectangle of an event's mark or undated chip (for tests and click-through)."""
        mark = self.lay.by_id.get(event_id)
        if mark is not None:
            return self.geo.mark_rect(mark, self.scale)
        return next((r for r, eid, _title in self.undated_chips()[0] if eid == event_id), None)

    def undated_chips(self) -> tuple[list[tuple[QRectF, int, str]], int, int]:
        """Chips of the undated strip that fit (starting so the selected one shows) and how many are hidden
        before and after; the cost is the chips shown, whatever the number of undated events."""
        if not self.lay.undated:
            return [], 0, 0
        x0 = self.undated_x0()
        return self.strip.chips(self.fontMetrics(), self.lay.undated, lambda e: self.events[e].title,
                                self.lay.undated_index(self.selected_id), x0, self.geo.width - x0 - 90,
                                self.geo.height - self.geo.footer_h + 5)

    def undated_x0(self) -> float:
        """Left edge of the first undated chip: after the strip's label and room for a "12 ‹" marker."""
        fm = self.fontMetrics()
        return 8.0 + fm.horizontalAdvance(f"Undated ({len(self.lay.undated)})") + 8 + fm.horizontalAdvance("99 ‹ ")

    def zoom_in(self) -> None:
        """Zoom in around the centre (or the selection when visible)."""
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out around the centre."""
        self._zoom(1 / ZOOM_STEP)

    def fit_all(self) -> None:
        """Frame every dated event with a margin; zoom out only as far as the labels need (few events). Before the
        first layout (plot width 0) only frames: the first resize fits again with the real width."""
        extent = self.lay.extent
        plot_w = self.geo.plot_rect.width()
        self._repack()  # the label size may depend on the height
        if extent is not None:
            left, right = fit.frame_margins(plot_w)
            width = max(60.0, plot_w - left - right)
            self.scale.frame(extent[0], extent[1], left, width)
            if self.labels.px and plot_w > 0:
                self._fit_labels(extent, plot_w)
        self._user_zoomed = False
        self._repack()
        self.viewport().update()

    def _fit_labels(self, extent: tuple[float, float], plot_w: float) -> None:
        """From the framed zoom, zoom out in steps until every label fits on one side of its mark; at worst use the
        zoom that fits every label on the right."""
        fm = self.fontMetrics()
        wanted = {m.event_id: self.labels.width(fm, m.event_id) for m in self.lay.marks}
        usable = max(60.0, plot_w - fit.LEFT_MARGIN_PX - 8)
        floor = self.labels.px_per_day_showing_all(self.lay.marks, extent, usable) or self.scale.MIN_PX_PER_DAY
        # The scale clamps its zoom to [MIN_PX_PER_DAY, MAX_PX_PER_DAY]: a floor below the minimum was never
        # reached (Fit All spun forever on 1989 + 2026 before the first layout); clamp it, and bound the steps too.
        floor = min(max(floor, self.scale.MIN_PX_PER_DAY), self.scale.MAX_PX_PER_DAY)
        left_x, right_x = GUTTER_W, GUTTER_W + plot_w
        for _step in range(MAX_FIT_STEPS):
            if self.scale.px_per_day <= floor:
                break
            self._repack(force=True)  # rows depend on the zoom
            if fit.labels_fit([m for m in self.lay.marks if not m.stacked], wanted, self.scale, left_x, right_x):
                return
            self.scale.zoom(FIT_STEP, fit.LEFT_MARGIN_PX)  # keeps the first event where it is
        self.scale.px_per_day = floor
        self.scale.origin = extent[0]
        self.scale.clamp()
        self.scale.pan(fit.LEFT_MARGIN_PX)

    def event_at(self, pos: QPointF) -> int | None:
        """The event under a viewport position (mark or undated chip), nearest first."""
        if pos.y() > self.geo.height - self.geo.footer_h:
            return next((eid for r, eid, _t in self.undated_chips()[0] if r.contains(pos)), None)
        lane = self.geo.lane_at(pos.y())
        if lane is None or pos.x() < GUTTER_W:
            return None
        tol = 7.0
        lo, hi = self.lay.index_range(self.scale.day(pos.x() - GUTTER_W - tol),
                                         self.scale.day(pos.x() - GUTTER_W + tol))
        best, best_d = None, float("inf")
        for m in self.lay.marks[lo:hi]:
            if m.lane != lane:
                continue
            r = self.geo.mark_rect(m, self.scale)
            if not r.adjusted(-tol / 2, -4, tol / 2, 4).contains(pos):
                continue
            # Distance to the mark's shape: a click on a point beats a click next to a neighbouring bar.
            dx = max(0.0, r.left() - pos.x(), pos.x() - r.right()) if not m.point else abs(r.center().x() - pos.x())
            d = dx + abs(r.center().y() - pos.y()) - (3.0 if m.point else 0.0)  # points sit on top of bars
            if d < best_d:
                best, best_d = m.event_id, d
        return best

    def source_at(self, pos: QPointF) -> int | None:
        """The source whose lane label (left gutter) is under a viewport position."""
        if pos.x() >= GUTTER_W or pos.y() > self.geo.height - self.geo.footer_h:
            return None
        lane = self.geo.lane_at(pos.y())
        return self.lay.lanes[lane].source_id if lane is not None else None

    def tooltip_lines(self, event_id: int) -> list[str]:
        """Title, date as written, precision, status, source, conflicts and edits of an event."""
        return tooltips.event_lines(self.events[event_id], self.sources, self.conflicts)

    def has_open_conflict(self, event_id: int) -> bool:
        """Whether one of the event's conflicts is not resolved yet."""
        e = self.events.get(event_id)
        return e is not None and any(c in self.conflicts and not self.conflicts[c].resolved for c in e.conflict_ids)

    # -- Qt overrides -----------------------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:
        # The docks give way before the plot gets narrower than a few labels (the gutter alone is GUTTER_W).
        return QSize(GUTTER_W + 90, 160)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        try:
            paint_view(self, p)
        finally:
            p.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def leaveEvent(self, event: QEvent) -> None:
        if self.hovered_id is not None:
            self.hovered_id = None
            self.viewport().update()
        super().leaveEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_geometry()
        if not self._user_zoomed:
            self.fit_all()
        else:
            self._repack()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = QPointF(event.pos())
            conflict = next((cid for r, cid in self.conflict_icon_rects if r.contains(pos)), None)
            event_id = self.event_at(pos)
            if (owner := clusters.cluster_at(self, pos)) is not None:
                n = len(self.lay.clusters.get(owner, ()))
                QToolTip.showText(event.globalPos(), rich_tooltip([f"{n} more events here", "Click (or select "
                                  "one and press Enter) to list them; ←/→ step through them"]), self.viewport())
            elif conflict is not None and conflict in self.conflicts:
                lines = tooltips.conflict_lines(self.conflicts[conflict])
                QToolTip.showText(event.globalPos(), rich_tooltip(lines), self.viewport())
            elif event_id is not None:
                QToolTip.showText(event.globalPos(), rich_tooltip(self.tooltip_lines(event_id)), self.viewport())
            elif (source_id := self.source_at(pos)) is not None and source_id in self.sources:
                src = self.sources[source_id]
                meta = " · ".join(x for x in (src.outlet, src.published.isoformat() if src.published else None) if x)
                QToolTip.showText(event.globalPos(), rich_tooltip([src.label, meta, "Click to read this source"]),
                                  self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        pos = QPointF(event.pos())
        conflict = next((cid for r, cid in self.conflict_icon_rects if r.contains(pos)), None)
        event_id = None if conflict is not None else self.event_at(pos)
        if event_id is not None and event_id != self.selected_id:
            self.select_event(event_id, emit=True, ensure_visible=False)
        if conflict is not None or event_id is not None:
            self.context_menu_requested.emit(event_id, conflict, event.globalPos())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            pos = event.position()
            hovered = self.event_at(pos)
            if hovered != self.hovered_id:
                self.hovered_id = hovered
                self.viewport().update()
            hover = hovered is not None or self.source_at(pos) is not None
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if hover else Qt.CursorShape.ArrowCursor)
            return
        dx = event.position().x() - self._press.x()
        if self._dragging or abs(dx) > DRAG_THRESHOLD:
            self._dragging = True
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            self.scale.pan(dx)
            self._user_zoomed = True
            self._press = event.position()
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None and not self._dragging:
            event_id = self.event_at(event.position())
            if (owner := clusters.cluster_at(self, event.position())) is not None:
                clusters.open_cluster_menu(self, owner, self.viewport().mapToGlobal(event.position().toPoint()))
            elif event_id is not None:
                self.select_event(event_id, emit=True, ensure_visible=False)
            elif (source_id := self.source_at(event.position())) is not None:
                self.source_selected.emit(source_id)
        self._press = None
        self._dragging = False
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # Shift+wheel scrolls lanes vertically
            return
        if abs(delta.x()) > abs(delta.y()):
            self.scale.pan(delta.x() / 2)
        elif delta.y():
            self.scale.zoom(1.0015 ** delta.y(), event.position().x() - GUTTER_W)
            self._repack()
        self._user_zoomed = True
        self.viewport().update()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}
        if key in steps or (key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.lay.order):
            if key in steps:
                target = self.lay.neighbour(self.selected_id, steps[key])
            else:
                target = self.lay.order[0 if key == Qt.Key.Key_Home else -1]
            if target is not None:
                self.select_event(target, emit=True)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Menu) and self.selected_id is not None \
                and clusters.cluster_of(self, self.selected_id) is not None:  # list the events stacked here
            rect = self.mark_rect(self.selected_id) or QRectF()
            clusters.open_cluster_menu(self, self.selected_id, self.viewport().mapToGlobal(rect.bottomLeft().toPoint()))
        else:
            super().keyPressEvent(event)

    # -- internals --------------------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        self._rows = self._all_rows if self._filter is None else [r for r in self._all_rows if r.id in self._filter]
        self.events = {r.id: r for r in self._all_rows}
        self.any_curated = any(r.curated for r in self._all_rows)
        self._dated = [r for r in self._rows if r.date_start is not None]
        self._undated_ids = [r.id for r in self._rows if r.date_start is None]
        self.labels.reset({r.id: r.title for r in self._all_rows})
        self.strip.reset()
        self._repack(force=True)

    def _repack(self, force: bool = False) -> None:
        """Place the marks in rows again; with few events this depends on the zoom (labels keep apart)."""
        if not force and not self.labels.px:
            return
        fm, lanes = self.fontMetrics(), len({r.source_id for r in self._dated})
        if self.labels.choose(fm, self._dated, self.viewport().height() - 80 - 2 * LANE_PAD * lanes):
            self.geo.min_row_h = self.labels.lines * fm.height() + 6 if self.labels.lines > 1 else ROW_H
        members = [(c.id, [e for e in c.event_ids if e in self.events]) for c in self.conflicts.values()]
        label_days = {i: px / self.scale.px_per_day for i, px in self.labels.px.items()}
        lanes = max(1, lanes)
        room = (self.viewport().height() - 80 - 2 * LANE_PAD * lanes) // self.geo.min_row_h
        # A busy lane may take the rows the others do not need (one each); past that, labels elide.
        max_rows = min(max(MAX_ROWS_PER_LANE, int(room) - (lanes - 1)), MAX_LABEL_ROWS) if self.labels.px \
            else MAX_ROWS_PER_LANE
        # Only the dated rows are packed (zoom steps re-pack); the undated ids were split off once in _rebuild.
        self.lay = build_layout(self._dated, self._source_order, members, label_days, max_rows,
                                undated=self._undated_ids)
        if self.selected_id is not None and self.selected_id not in self.lay.by_id \
                and self.lay.undated_index(self.selected_id) is None:
            self.selected_id = None
        self._update_geometry()
        self.viewport().update()

    def _update_geometry(self) -> None:
        vp = self.viewport()
        self.geo.width, self.geo.height = vp.width(), vp.height()
        self.geo.has_undated = bool(self.lay.undated)
        self.geo.set_lanes(self.lay.lanes)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, int(self.geo.lanes_h - self.geo.lanes_viewport_h)))
        bar.setPageStep(max(1, self.geo.lanes_viewport_h))
        bar.setSingleStep(ROW_H)
        self.geo.scroll_y = bar.value()

    def _on_scrolled(self, value: int) -> None:
        self.geo.scroll_y = value
        self.viewport().update()

    def _zoom(self, factor: float) -> None:
        anchor = self.geo.plot_rect.width() / 2
        mark = self.lay.by_id.get(self.selected_id) if self.selected_id is not None else None
        if mark is not None:
            x = self.geo.mark_rect(mark, self.scale).center().x() - GUTTER_W
            if 0 <= x <= self.geo.plot_rect.width():
                anchor = x
        self.scale.zoom(factor, anchor)
        self._user_zoomed = True
        self._repack()
        self.viewport().update()
