"""Analyst edits: a dock listing every stored curation record (all analysts, all sessions) beside Edit History,
with a filter box; choosing a record goes to what it edited. ``AnalystEditsUi`` installs it into the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sofa_desktop.store.curation import CurationPlace, CurationRow, curation_place, list_curations
from sofa_desktop.ui.docks import dock_toggle
from sofa_desktop.ui.icons import icon
from sofa_desktop.ui.panels.analyst_edits_model import AnalystEditsFilterProxy, AnalystEditsTableModel

if TYPE_CHECKING:
    from sofa_desktop.ui.curation.host import CurationHost


class AnalystEditsPanel(QWidget):
    """Filter box and sortable table of records; signals ``edit_activated(int)`` (the record id) when a record is
    chosen (click, arrow keys or Enter)."""

    edit_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AnalystEditsPanel")
        self.model = AnalystEditsTableModel(self)
        self.proxy = AnalystEditsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("analystEditsFilter")
        self.filter_box.setPlaceholderText("Filter edits by text, kind, analyst or status")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._on_filter_box_text_changed)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView(self)
        self.table.setObjectName("analystEditsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AnalystEditsTableModel.COL_WHEN, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AnalystEditsTableModel.COL_EDIT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        fm = self.fontMetrics()
        for col, sample in ((AnalystEditsTableModel.COL_KIND, "New event"), (AnalystEditsTableModel.COL_AUTHOR,
                            "analyst name"), (AnalystEditsTableModel.COL_WHEN, "2026-03-11 12:00"),
                            (AnalystEditsTableModel.COL_STATUS, "Not applied")):
            header.resizeSection(col, fm.horizontalAdvance(sample) + 36)
        self._quiet = False
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(self._on_table_activated)
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: list[CurationRow]) -> None:
        """Show these records, keeping the current one (without emitting ``edit_activated``)."""
        current = self.current_id()
        self.model.set_rows(rows)
        if current is not None:
            self.select_edit(current)
        self._update_count()

    def current_id(self) -> int | None:
        """The record id of the current row, or None."""
        row = self.table.currentIndex().data(AnalystEditsTableModel.RowRole)
        return row.id if isinstance(row, CurationRow) else None

    def select_edit(self, curation_id: int) -> bool:
        """Make a record the current row without emitting ``edit_activated``; False if it is not shown."""
        row = self.model.row_of(curation_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        if not index.isValid():
            return False
        self._quiet = True
        try:
            self.table.setCurrentIndex(index)
        finally:
            self._quiet = False
        return True

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(f"{shown} of {total} edits" if shown != total else f"{total} edit{'s' * (total != 1)}")

    def _on_filter_box_text_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def _emit(self, index: QModelIndex) -> None:
        row = index.data(AnalystEditsTableModel.RowRole) if index.isValid() else None
        if isinstance(row, CurationRow) and not self._quiet:
            self.edit_activated.emit(row.id)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._emit(current)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self._emit(index)


class AnalystEditsUi:
    """The "Analyst edits" dock (tabbed with Edit History), its Edit-menu toggle, refresh and navigation."""

    def __init__(self, host: CurationHost, tab_with: QDockWidget) -> None:
        self.host = host
        self.panel = AnalystEditsPanel(host.parent_widget)
        self.dock = host.add_dock("analystEditsDock", "Analyst Edits", self.panel, tab_with=tab_with)
        self.toggle = dock_toggle(self.dock, "Ctrl+5", text="Analyst &Edits", icon=icon("edited"),
                                  tip="Show every stored edit, by every analyst sharing this database")
        self.toggle.triggered.connect(lambda checked: self.dock.raise_() if checked else None)  # the front tab
        host.menus["edit"].addAction(self.toggle)
        self.panel.edit_activated.connect(self._on_panel_edit_activated)
        self.dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        self._stale = True
        host.on_theme_changed(self._on_dark_theme_toggled)  # after the window's own slot

    def refresh(self) -> None:
        """Read the records again (after an edit, undo, redo, import or refresh); while the dock is hidden, only
        once it is shown."""
        self._stale = True
        if self.dock.isVisible():
            self._load()

    def _load(self) -> None:
        with self.host.db.read_session() as s:
            rows = list_curations(s)
        self._stale = False
        self.panel.set_rows(rows)

    def _on_dock_visibility_changed(self, visible: bool) -> None:
        if visible and self._stale:
            self._load()

    def _on_dark_theme_toggled(self, _dark: bool) -> None:
        self.toggle.setIcon(icon("edited"))  # the table asks for its icons again when it repaints
        self.panel.table.viewport().update()

    def go_to(self, curation_id: int) -> CurationPlace | None:
        """Show what a record edited (its event, quote, actor or passage); None (and a status message) when it is
        no longer in the store."""
        h = self.host
        with h.db.read_session() as s:
            place = curation_place(s, curation_id)
        if place is not None and place.kind == "event" and h.event(place.id) is not None:
            h.go_to_event(place.id)
        elif place is not None and place.kind == "quote":
            h.go_to_quote(place.id, place.source_id, place.start, place.end, place.actor_ids)
        elif place is not None and place.kind == "actor" and h.actor(place.id) is not None:
            h.go_to_actor(place.id)
        elif place is not None and place.source_id is not None:  # an event gone or undated, a passage: its text
            h.go_to_passage(place.source_id, place.start, place.end)
        else:
            h.show_status("What this edit changed is no longer in the store.", 6000)
            return None
        return place

    def _on_panel_edit_activated(self, curation_id: int) -> None:
        self.go_to(curation_id)
