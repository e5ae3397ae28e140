"""``WindowHost``: the main window's side of ``ui.curation.host.CurationHost``, the one place that knows which widget
holds the selection, the rows shown and the menus curation adds to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTableView, QToolBar, QWidget
from shiboken6 import isValid

from sofa_desktop.store import Database
from sofa_desktop.store.curation import Changes
from sofa_desktop.store.queries import ActorRow, ConflictRow, EventRow, QuoteHit, Span
from sofa_desktop.ui.curation.host import ActorMenu, QuoteMenu, TimelineMenu, ViewerMenu
from sofa_desktop.ui.docks import add_dock

if TYPE_CHECKING:
    from sofa_desktop.ui.main_window import MainWindow


def _exec(menu: QMenu | None, global_pos: QPoint) -> None:
    if menu is not None:
        menu.exec(global_pos)
        menu.deleteLater()


class WindowHost:
    """Implements ``CurationHost`` over a ``MainWindow``'s panels."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window

    @property
    def db(self) -> Database:
        return self.w.db

    @property
    def undo_stack(self) -> QUndoStack:
        return self.w.undo_stack

    @property
    def parent_widget(self) -> QMainWindow:
        return self.w

    @property
    def menus(self) -> Mapping[str, QMenu]:
        return self.w.menus

    @property
    def toolbar(self) -> QToolBar | None:
        return self.w.toolbar

    @property
    def toolbar_anchor(self) -> QAction | None:
        return self.w.actions.back

    def add_dock(self, name: str, title: str, widget: QWidget, tab_with: QDockWidget | None = None) -> QDockWidget:
        dock = add_dock(self.w, name, title, widget, Qt.DockWidgetArea.BottomDockWidgetArea,
                        tab_with=tab_with or self.w.quotes_dock)
        self.w.quotes_dock.raise_()
        return dock

    def show_status(self, text: str, msecs: int = 4000) -> None:
        self.w.statusBar().showMessage(text, msecs)

    def selected_actor_ids(self) -> list[int]:
        return self.w.actor_panel.selected_ids()

    def actors(self) -> list[ActorRow]:
        m = self.w.actor_panel.model
        return [m.index(r, 0).data(m.RowRole) for r in range(m.rowCount())]

    def actor(self, actor_id: int) -> ActorRow | None:
        m = self.w.actor_panel.model
        row = m.row_of(actor_id)
        return m.index(row, 0).data(m.RowRole) if row is not None else None

    def selected_event_id(self) -> int | None:
        return self.w.timeline.selected_id

    def event(self, event_id: int) -> EventRow | None:
        return self.w.events.get(event_id)

    def conflict(self, conflict_id: int) -> ConflictRow | None:
        return self.w.timeline.conflicts.get(conflict_id)

    def quote_hit(self, quote_id: int) -> QuoteHit | None:
        return self.w.quote_panel.model.find(quote_id)

    def quote_hit_at_row(self, row: int) -> QuoteHit | None:
        return self.w.quote_panel.model.hit(row)

    def shown_source_id(self) -> int | None:
        return self.w.viewer.source_id

    def shown_published(self) -> dt.date | None:
        return self.w.viewer.published()

    def source_text(self, start: int, end: int) -> str | None:
        return self.w.viewer.text_of(start, end)

    def selected_range(self) -> tuple[int, int] | None:
        return self.w.viewer.selection_range()

    def span_at(self, kind: str, qt_position: int | None = None) -> Span | None:
        return self.w.viewer.span_at(kind, qt_position)

    def go_to_event(self, event_id: int) -> None:
        self.w.select_event(event_id)

    def go_to_actor(self, actor_id: int) -> None:
        self.w.go(("actor", actor_id))

    def go_to_quote(self, quote_id: int, source_id: int, start: int, end: int, speaker_ids: list[int]) -> None:
        self.w.go(("quote", quote_id, source_id, start, end, speaker_ids))

    def go_to_passage(self, source_id: int, start: int | None = None, end: int | None = None) -> None:
        self.w.go(("source", source_id))
        if start is not None and end is not None:
            self.w.viewer.select_range(start, end)

    def refresh(self, changes: Changes) -> None:
        w = self.w
        if not self.is_alive():
            return
        shown, passage = w.viewer.source_id, w.viewer.selection_range()
        scroll = w.viewer.text.verticalScrollBar().value()
        actors = w.actor_panel.selected_ids()
        quote = w.quote_panel.current_quote_id()
        w.reload(changes)
        if shown is not None and (changes.sources or changes.actors or changes.quotes or changes.events):
            w.viewer.show_source(None)  # its highlights are the spans of quotes, mentions and events
            if w.open_source(shown):
                if passage is not None:
                    w.viewer.select_range(*passage)
                w.viewer.text.verticalScrollBar().setValue(scroll)  # the text does not jump after an edit
        if changes.actors:
            w.actor_panel.select_actors([a for a in actors if w.actor_panel.model.row_of(a) is not None])
            w.viewer.set_actor_highlight(w.actor_panel.selected_ids())
        if quote is not None and (changes.quotes or changes.actors):
            w.quote_panel.select_quote(quote)

    def is_alive(self) -> bool:
        # ~QUndoStack clears itself, emitting indexChanged after the window's panels were deleted
        w = self.w
        return isValid(w) and isValid(w.viewer) and isValid(w.viewer.text) and isValid(w.actor_panel)

    def on_selection_changed(self, slot: Callable[[], None]) -> None:
        w = self.w
        w.timeline.event_selected.connect(lambda *_: slot())
        w.actor_panel.table.selectionModel().selectionChanged.connect(lambda *_: slot())
        w.viewer.text.selectionChanged.connect(slot)
        w.viewer.text.cursorPositionChanged.connect(slot)

    def set_context_menus(self, actor: ActorMenu, quote: QuoteMenu, timeline: TimelineMenu,
                          viewer: ViewerMenu) -> None:
        w = self.w

        def on_actor(pos: QPoint, table: QTableView = w.actor_panel.table) -> None:
            if table.indexAt(pos).isValid():
                _exec(actor(table), table.viewport().mapToGlobal(pos))

        def on_quote(pos: QPoint, table: QTableView = w.quote_panel.table) -> None:
            index = table.indexAt(pos)
            if index.isValid():
                _exec(quote(table, index.row()), table.viewport().mapToGlobal(pos))

        for table, slot in ((w.actor_panel.table, on_actor), (w.quote_panel.table, on_quote)):
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            table.customContextMenuRequested.connect(slot)
        w.timeline.context_menu_requested.connect(
            lambda event_id, conflict_id, pos: _exec(timeline(w.timeline, event_id, conflict_id), pos))
        w.viewer.context_menu_requested.connect(viewer)

    def on_theme_changed(self, slot: Callable[[bool], None]) -> None:
        self.w.actions.dark_theme.toggled.connect(slot)
