"""TimelineView: custom-painted, zoomable date axis with one lane per source; entry point ``set_events``."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QToolTip, QWidget

from sofa_desktop.store.queries import ConflictRow, EventRow, SourceRow
from sofa_desktop.store.threads import ReportLink, ReportRow, ThreadRow
from sofa_desktop.ui.colours import rich_tooltip
from sofa_desktop.ui.gc_pause import collections_paused
from sofa_desktop.ui.timeline import fit, tooltips
from sofa_desktop.ui.timeline.geometry import (
    GUTTER_SHARE,
    GUTTER_TEXT_PAD,
    GUTTER_W,
    LANE_PAD,
    MAX_GUTTER_W,
    MIN_GUTTER_W,
    ROW_H,
    ViewGeometry,
)
from sofa_desktop.ui.timeline.input import TimelineInput
from sofa_desktop.ui.timeline.labels import TimelineLabels
from sofa_desktop.ui.timeline.layout import MAX_ROWS_PER_LANE, Scale, TimelineLayout
from sofa_desktop.ui.timeline.paint import paint_view
from sofa_desktop.ui.timeline.rows import MODES, RowContext, shown_events
from sofa_desktop.ui.timeline.undated_strip import UndatedStrip

ZOOM_STEP = 1.25
MAX_LABEL_ROWS = 12
THREAD_ROW_H = 26  # a thread row: ticks 16 px tall and some air


class TimelineView(TimelineInput, QAbstractScrollArea):
    """Paints only the visible rows and marks; hit-tests with bisect. Rows by thread, source, outlet or actor
    (``set_mode``). Signals ``event_selected(event_id)`` on user choice, ``thread_selected(thread_id)`` when a
    thread row's title is clicked, ``context_menu_requested(event_id | None, conflict_id | None, global QPoint)``
    and ``thread_menu_requested(thread_id, global QPoint)`` on a right-click, ``gutter_resized(width)``."""

    event_selected = Signal(int)
    source_selected = Signal(int)
    thread_selected = Signal(int)
    context_menu_requested = Signal(object, object, QPoint)
    thread_menu_requested = Signal(int, QPoint)
    gutter_resized = Signal(int)

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
        self.cluster_rects: list[tuple[QRectF, tuple[int, int]]] = []  # "+N" badges painted last: (rect, (lane, event))
        self.cluster_menu: QMenu | None = None
        self.any_curated = False  # some event was edited by an analyst: the legend explains the pencil
        self.mode = "source"
        self.ctx = RowContext()
        self.show_statements = True
        self.show_not_asserted = False  # not asserted / not happened: hidden unless asked for, then faint
        self.show_singles = True  # thread rows told by one report only
        self.selected_threads: list[int] = []  # the thread rows picked (Ctrl+click a second one to merge them)
        self.more_rect: QRectF | None = None  # the undated strip's "› N more", painted last
        self.undated_menu: QMenu | None = None
        self._fit_full = False  # the last Fit All showed everything (not only the bulk)
        self._fitted_bulk = False
        self._gutter_drag: float | None = None
        self.gutter_wanted = GUTTER_W
        self._gutter_chosen = False  # the user dragged it: wider than the default share is fine
        self._titles_w: tuple[object, int] = (None, 0)  # (the lanes measured, the widest title's pixels)

    # -- public API -------------------------------------------------------------------------------------------
    def set_events(self, rows: Sequence[EventRow], sources: Sequence[SourceRow],
                   conflicts: Sequence[ConflictRow] = (), threads: Sequence[ThreadRow] = (),
                   links: Mapping[int, ReportLink] | None = None, actor_names: Mapping[int, str] | None = None,
                   load_reports: Callable[[int], Sequence[ReportRow]] | None = None) -> None:
        """Show these events (source rows in ``sources`` order), conflicts, and the threads (in row order) with
        each report's ``links`` (event id -> thread and role); ``load_reports`` reads a thread's full reports when
        a tooltip or menu needs them. Fits the view once."""
        with collections_paused():  # tens of thousands of new rows and marks
            self._show(rows, sources, conflicts, threads, links or {}, actor_names or {}, load_reports)
        if not self._user_zoomed:
            self._fit(self._fit_full)

    def _show(self, rows: Sequence[EventRow], sources: Sequence[SourceRow], conflicts: Sequence[ConflictRow],
              threads: Sequence[ThreadRow], links: Mapping[int, ReportLink], actor_names: Mapping[int, str],
              load_reports: Callable[[int], Sequence[ReportRow]] | None) -> None:
        self._all_rows = list(rows)
        self.sources = {s.id: s for s in sources}
        self._source_order = [s.id for s in sources]
        self.conflicts = {c.id: c for c in conflicts}
        self.ctx = RowContext(self.sources, dict(actor_names), {t.id: t for t in threads}, links, load_reports,
                              self._event_title)
        self.selected_threads = [t for t in self.selected_threads if t in self.ctx.threads]
        self._rebuild()

    @property
    def showing_threads(self) -> bool:
        """Rows are threads (and there are threads to show)."""
        return self.mode == "thread" and bool(self.ctx.threads)

    def set_mode(self, mode: str, rebuild: bool = True) -> None:
        """Rows by "thread", "source", "outlet" or "actor" (unknown modes are ignored); keeps the zoom. Not
        ``rebuild``: only remember it (``set_events`` follows)."""
        if mode not in MODES or mode == self.mode:
            return
        self.mode = mode
        if not rebuild:
            return
        self.verticalScrollBar().setValue(0)
        with collections_paused():  # rows by outlet or actor: tens of thousands of marks placed again
            self._rebuild()
        if self.selected_id is not None:
            self.ensure_visible(self.selected_id)

    def set_kinds(self, statements: bool, not_asserted: bool, singles: bool | None = None) -> None:
        """Show statements (said, told ...) besides actions; show not-asserted and not-happened events (faint);
        show threads told by a single report (``singles``, None: unchanged)."""
        singles = self.show_singles if singles is None else singles
        if (statements, not_asserted, singles) == (self.show_statements, self.show_not_asserted, self.show_singles):
            return
        self.show_statements, self.show_not_asserted, self.show_singles = statements, not_asserted, singles
        self._rebuild()

    def set_gutter(self, width: int) -> None:
        """Width of the row titles' column, within [MIN_GUTTER_W, MAX_GUTTER_W] and 70 % of the view; the day at
        the plot's left edge stays put."""
        day = self.scale.day(0)
        self.gutter_wanted = int(min(max(width, MIN_GUTTER_W), MAX_GUTTER_W))
        self._gutter_chosen = True
        self._update_geometry()
        self.scale.origin = day
        self.scale.clamp()
        self.viewport().update()

    def select_thread(self, thread_id: int, add: bool = False, emit: bool = True) -> None:
        """Pick a thread row (``add``: keep the one picked before, for a merge; at most two)."""
        picked = [t for t in self.selected_threads if t != thread_id][-1:] if add else []
        self.selected_threads = [*picked, thread_id]
        self.viewport().update()
        if emit:
            self.thread_selected.emit(thread_id)

    def thread_of(self, event_id: int) -> int | None:
        """The thread an event is a report of."""
        report = self.ctx.report_of.get(event_id)
        return report.thread_id if report else None

    def event_colour(self, event_id: int) -> int:
        """Colour index of an event's mark or chip: its outlet's."""
        return self.ctx.source_colour(self.events[event_id].source_id)

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
            self._fit(self._fit_full)

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
        """Pan/scroll so the event's mark is inside the plot area (an event in several rows: the first of its marks
        in a row shown, else its first)."""
        marks = self.lay.marks_of(event_id)
        if not marks:
            return
        shown = self.geo.visible_lanes(len(self.lay.lanes))
        mark = next((m for m in marks if m.lane in shown), marks[0])
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

    def show_lane(self, key: Hashable) -> bool:
        """Scroll a row (a source id, ("actor", id), …) into view, its top first; False if no row has that key."""
        lane = next((i for i, ln in enumerate(self.lay.lanes) if ln.key == key), None)
        if lane is None:
            return False
        top, bar = self.geo.lane_tops[lane], self.verticalScrollBar()
        if not bar.value() <= top <= bar.value() + self.geo.lanes_viewport_h - self.geo.row_h:
            bar.setValue(int(top))
        return True

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
        """Frame the bulk of the dated events (5th-95th percentile when far-off outliers would leave most of the
        axis empty), zooming out only as far as the labels need; a second Fit All in a row frames every event.
        Before the first layout (plot width 0) only frames: the first resize fits again with the real width."""
        self._fit(full=self._fitted_bulk and not self._user_zoomed)

    def _fit(self, full: bool = False) -> None:
        self.repack()  # the label size may depend on the height
        self._fit_full = full
        self._fitted_bulk = fit.fit_view(self, full)
        self._user_zoomed = False
        self.repack()
        self.viewport().update()

    def tooltip_lines(self, event_id: int) -> list[str]:
        """Title, date as written, precision, status, source, conflicts and edits of an event."""
        return tooltips.event_lines(self.events[event_id], self.sources, self.conflicts)

    def has_open_conflict(self, event_id: int) -> bool:
        """Whether one of the event's conflicts is not resolved yet."""
        e = self.events.get(event_id)
        return e is not None and any(c in self.conflicts and not self.conflicts[c].resolved for c in e.conflict_ids)

    # -- Qt overrides -----------------------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:
        # The docks give way before the plot gets narrower than a few labels (a narrow view narrows the gutter).
        return QSize(MIN_GUTTER_W + 140, 160)

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
            self._fit(self._fit_full)
        else:
            self.repack()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            lines = tooltips.lines_at(self, QPointF(event.pos()))
            if lines:
                QToolTip.showText(event.globalPos(), rich_tooltip(lines), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # -- internals --------------------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        rows = self._all_rows if self._filter is None else [r for r in self._all_rows if r.id in self._filter]
        self._rows = shown_events(rows, self.show_statements, self.show_not_asserted)
        self.events = {r.id: r for r in self._all_rows}
        self.any_curated = any(r.curated for r in self._all_rows)
        self._dated = [r for r in self._rows if r.date_start is not None]
        self._undated_ids = [r.id for r in self._rows if r.date_start is None]
        self.labels.reset({r.id: r.title for r in self._all_rows})
        self.strip.reset()
        self.repack(force=True)

    def repack(self, force: bool = False) -> None:
        """Place the marks in rows again; with few events this depends on the zoom (labels keep apart)."""
        if not force and not self.labels.px:
            return
        threads = self.showing_threads
        fm = self.fontMetrics()
        lanes = len(self.ctx.threads) if threads else len({r.source_id for r in self._dated})
        if threads:  # a thread row names itself in the gutter: no labels beside its ticks
            self.labels.px, self.labels.lines, self.geo.min_row_h = {}, 1, THREAD_ROW_H
        elif self.labels.choose(fm, self._dated, self.viewport().height() - 80 - 2 * LANE_PAD * lanes) or force:
            self.geo.min_row_h = self.labels.lines * fm.height() + 6 if self.labels.lines > 1 else ROW_H
        members = [(c.id, [e for e in c.event_ids if e in self.events]) for c in self.conflicts.values()]
        label_days = {i: px / self.scale.px_per_day for i, px in self.labels.px.items()}
        lanes = max(1, lanes)
        room = (self.viewport().height() - 80 - 2 * LANE_PAD * lanes) // self.geo.min_row_h
        # A busy lane may take the rows the others do not need (one each); past that, labels elide.
        max_rows = min(max(MAX_ROWS_PER_LANE, int(room) - (lanes - 1)), MAX_LABEL_ROWS) if self.labels.px \
            else MAX_ROWS_PER_LANE
        # Only the dated rows are packed (zoom steps re-pack); the undated ids were split off once in _rebuild.
        self.lay = self.ctx.layout(self.mode, self._dated, self._source_order, members, label_days, max_rows,
                                   undated=list(self._undated_ids), singles=self.show_singles)
        if self.selected_id is not None and self.selected_id not in self.lay.by_id \
                and self.lay.undated_index(self.selected_id) is None:
            self.selected_id = None
        self._update_geometry()
        self.viewport().update()

    def _update_geometry(self) -> None:
        vp = self.viewport()
        self.geo.width, self.geo.height = vp.width(), vp.height()
        if self._gutter_chosen:  # the reporter's width, up to 70 % of the view
            self.geo.gutter = int(min(self.gutter_wanted, max(MIN_GUTTER_W, 0.7 * vp.width())))
        else:  # grows with the view, as far as the titles need
            self.geo.gutter = int(max(MIN_GUTTER_W, min(GUTTER_SHARE * vp.width(), MAX_GUTTER_W,
                                                        self._widest_title() + GUTTER_TEXT_PAD)))
        self.geo.has_undated = bool(self.lay.undated)
        self.geo.set_lanes(self.lay.lanes)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, int(self.geo.lanes_h - self.geo.lanes_viewport_h)))
        bar.setPageStep(max(1, self.geo.lanes_viewport_h))
        bar.setSingleStep(ROW_H)
        self.geo.scroll_y = bar.value()

    def _event_title(self, event_id: int) -> str:
        e = self.events.get(event_id)
        return e.title if e is not None else f"event {event_id}"

    def _widest_title(self) -> int:
        """Pixels of the longest row title (measured once per layout: thousands of thread rows take ~5 ms)."""
        lanes = self.lay.lanes
        if self._titles_w[0] is not lanes:
            fm = self.fontMetrics()
            widest = max((fm.horizontalAdvance(self.ctx.lane_name(lane.key)) for lane in lanes), default=0)
            self._titles_w = (lanes, widest)
        return self._titles_w[1]

    def _on_scrolled(self, value: int) -> None:
        self.geo.scroll_y = value
        self.viewport().update()

    def _zoom(self, factor: float) -> None:
        anchor = self.geo.plot_rect.width() / 2
        mark = self.lay.by_id.get(self.selected_id) if self.selected_id is not None else None
        if mark is not None:
            x = self.geo.mark_rect(mark, self.scale).center().x() - self.geo.gutter
            if 0 <= x <= self.geo.plot_rect.width():
                anchor = x
        self.scale.zoom(factor, anchor)
        self._user_zoomed = True
        self.repack()
        self.viewport().update()
