"""Mouse and keyboard on the timeline: what is under the pointer (an event, a row title, a thread's consensus);
click to select (an event, a row title, a "+N" badge, "› N more"), drag to pan, drag the gutter's edge to resize
it, wheel to zoom, arrows to step through events, right-click menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QWheelEvent

from sofa_desktop.ui.timeline import clusters

if TYPE_CHECKING:
    from sofa_desktop.ui.timeline.view import TimelineView

DRAG_THRESHOLD = 4
GUTTER_GRIP = 4  # pixels either side of the gutter's edge that drag it


class TimelineInput:
    """Hit tests and event handlers of ``TimelineView`` (a mixin: ``self`` is the view)."""

    def event_at(self: TimelineView, pos: QPointF) -> int | None:
        """The event under a viewport position (mark or undated chip), nearest first."""
        if pos.y() > self.geo.height - self.geo.footer_h:
            return next((eid for r, eid, _t in self.undated_chips()[0] if r.contains(pos)), None)
        lane = self.geo.lane_at(pos.y())
        if lane is None or pos.x() < self.geo.gutter:
            return None
        tol = 7.0
        lo, hi = self.lay.index_range(self.scale.day(pos.x() - self.geo.gutter - tol),
                                         self.scale.day(pos.x() - self.geo.gutter + tol))
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

    def conflict_at(self: TimelineView, pos: QPointF) -> int | None:
        """The conflict whose warning badge is under a viewport position (in the plot, where badges show)."""
        if not self.geo.plot_rect.contains(pos):
            return None
        return next((cid for r, cid in self.conflict_icon_rects if r.contains(pos)), None)

    def lane_key_at(self: TimelineView, pos: QPointF) -> object:
        """The key of the row whose title (left gutter) is under a viewport position: a source id, ("thread", id),
        ("outlet", name), ("actor", id); a thread row's consensus mark counts as its title."""
        if pos.y() > self.geo.height - self.geo.footer_h or pos.y() < self.geo.plot_rect.top():
            return None
        lane = self.geo.lane_at(pos.y())
        if lane is None:
            return None
        if pos.x() < self.geo.gutter - GUTTER_GRIP or (lane in self.lay.consensus and self._on_consensus(lane, pos)):
            return self.lay.lanes[lane].key
        return None

    def _on_consensus(self: TimelineView, lane: int, pos: QPointF) -> bool:
        d0, d1, _point = self.lay.consensus[lane]
        x0, x1 = self.geo.gutter + self.scale.x(d0), self.geo.gutter + self.scale.x(d1)
        return x0 - 7 <= pos.x() <= max(x1, x0 + 6) + 7 and abs(pos.y() - self.geo.row_centre_y(lane, 0)) <= 9

    def source_at(self: TimelineView, pos: QPointF) -> int | None:
        """The source whose lane label (left gutter) is under a viewport position."""
        key = self.lane_key_at(pos)
        return key if isinstance(key, int) else None

    def thread_at(self: TimelineView, pos: QPointF) -> int | None:
        """The thread whose row title or consensus mark is under a viewport position."""
        key = self.lane_key_at(pos)
        return key[1] if isinstance(key, tuple) and key[0] == "thread" else None  # type: ignore[return-value]

    def contextMenuEvent(self: TimelineView, event: QContextMenuEvent) -> None:
        pos = QPointF(event.pos())
        conflict = self.conflict_at(pos)
        event_id = None if conflict is not None else self.event_at(pos)
        if event_id is not None and event_id != self.selected_id:
            self.select_event(event_id, emit=True, ensure_visible=False)
        if conflict is not None or event_id is not None:
            self.context_menu_requested.emit(event_id, conflict, event.globalPos())
        elif (thread_id := self.thread_at(pos)) is not None:
            if thread_id not in self.selected_threads:
                self.select_thread(thread_id, add=bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
            self.thread_menu_requested.emit(thread_id, event.globalPos())

    def _near_gutter_edge(self: TimelineView, pos: QPointF) -> bool:
        return abs(pos.x() - self.geo.gutter) <= GUTTER_GRIP and pos.y() < self.geo.height - self.geo.footer_h

    def mousePressEvent(self: TimelineView, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragging = False
            self._gutter_drag = self.geo.gutter if self._near_gutter_edge(event.position()) else None

    def mouseMoveEvent(self: TimelineView, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is None:
            hovered = self.event_at(pos)
            if hovered != self.hovered_id:
                self.hovered_id = hovered
                self.viewport().update()
            hover = hovered is not None or self.lane_key_at(pos) is not None or \
                (self.more_rect is not None and self.more_rect.contains(pos))
            shape = Qt.CursorShape.SplitHCursor if self._near_gutter_edge(pos) else \
                Qt.CursorShape.PointingHandCursor if hover else Qt.CursorShape.ArrowCursor
            self.viewport().setCursor(shape)
            return
        if self._gutter_drag is not None:  # dragging the edge of the row titles
            self.set_gutter(int(self._gutter_drag + pos.x() - self._press.x()))
            return
        dx = pos.x() - self._press.x()
        if self._dragging or abs(dx) > DRAG_THRESHOLD:
            self._dragging = True
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            self.scale.pan(dx)
            self._user_zoomed = True
            self._press = pos
            self.viewport().update()

    def mouseReleaseEvent(self: TimelineView, event: QMouseEvent) -> None:
        pos = event.position()
        if self._gutter_drag is not None:
            self._gutter_drag = self._press = None
            self.gutter_resized.emit(self.geo.gutter)
            return
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None and not self._dragging:
            event_id = self.event_at(pos)
            key = self.lane_key_at(pos)
            if self.more_rect is not None and self.more_rect.contains(pos):
                clusters.open_undated_menu(self, self.viewport().mapToGlobal(pos.toPoint()))
            elif (owner := clusters.cluster_at(self, pos)) is not None:
                clusters.open_cluster_menu(self, clusters.cluster_members(self, owner),
                                           self.viewport().mapToGlobal(pos.toPoint()))
            elif event_id is not None:
                self.select_event(event_id, emit=True, ensure_visible=False)
                if (thread_id := self.thread_of(event_id)) is not None and self.mode == "thread":
                    self.select_thread(thread_id)
            elif isinstance(key, int):
                self.source_selected.emit(key)
            elif isinstance(key, tuple) and key[0] == "thread":
                self.select_thread(key[1], add=bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
        self._press = None
        self._dragging = False
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)

    def wheelEvent(self: TimelineView, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # Shift+wheel scrolls lanes vertically
            return
        if abs(delta.x()) > abs(delta.y()):
            self.scale.pan(delta.x() / 2)
        elif delta.y():
            self.scale.zoom(1.0015 ** delta.y(), event.position().x() - self.geo.gutter)
            self.repack()
        self._user_zoomed = True
        self.viewport().update()
        event.accept()

    def keyPressEvent(self: TimelineView, event: QKeyEvent) -> None:
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
                and (members := clusters.cluster_of(self, self.selected_id)) is not None:  # list those stacked here
            rect = self.mark_rect(self.selected_id) or QRectF()
            clusters.open_cluster_menu(self, members, self.viewport().mapToGlobal(rect.bottomLeft().toPoint()))
        else:
            super().keyPressEvent(event)

