"""Actor panel: filter box, sortable actor table and a toggle to filter the timeline to the selected actor."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sofa_desktop.store.queries import ActorRow
from sofa_desktop.ui.icons import icon
from sofa_desktop.ui.panels.actor_filter_proxy import ActorFilterProxy
from sofa_desktop.ui.panels.actor_name_delegate import ActorNameDelegate
from sofa_desktop.ui.panels.actor_table_model import ActorTableModel


class ActorPanel(QWidget):
    """Signals: ``actor_selected(object)`` (id or None), ``actor_activated(int)``, ``timeline_filter_toggled(bool)``."""

    actor_selected = Signal(object)
    actor_activated = Signal(int)
    timeline_filter_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ActorPanel")
        self.model = ActorTableModel(self)
        self.proxy = ActorFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("actorFilter")
        self.filter_box.setPlaceholderText("Filter actors (accents and case ignored)")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.set_query)
        self.filter_box.textChanged.connect(self._on_filter_box_text_changed)
        self.timeline_toggle = QToolButton(self)
        self.timeline_toggle.setIcon(icon("filter"))
        self.timeline_toggle.setCheckable(True)
        self.timeline_toggle.setToolTip("Show only the selected actor's events on the timeline")
        self.timeline_toggle.toggled.connect(self.timeline_filter_toggled)
        self.table = QTableView(self)
        self.table.setObjectName("actorTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActorTableModel.COL_MENTIONS, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setItemDelegateForColumn(ActorTableModel.COL_NAME, ActorNameDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ActorTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActorTableModel.COL_ROLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ActorTableModel.COL_ROLE, 90)
        header.hideSection(ActorTableModel.COL_ROLE)  # the Name column shows the role after the name, in grey
        for col in (ActorTableModel.COL_MENTIONS, ActorTableModel.COL_QUOTES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self._size_count_columns(99)
        header.setMinimumSectionSize(24)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        show_role = QAction("Show Role column", header)
        show_role.setCheckable(True)
        show_role.toggled.connect(lambda on: header.setSectionHidden(ActorTableModel.COL_ROLE, not on))
        header.addAction(show_role)
        self.show_role_action = show_role
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.clicked.connect(self._on_table_clicked)
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.timeline_toggle)
        self._bottom = QHBoxLayout()  # buttons for the window's actions (add_tool_actions); a row of their own,
        self._bottom.addStretch(1)  # so the dock's minimum width does not grow
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._bottom)
        self._quiet = False

    def add_tool_actions(self, actions: Sequence[QAction]) -> None:
        """Icon buttons for the window's actions (e.g. previous/next mention) under the table; tooltips name them."""
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
            self._bottom.insertWidget(self._bottom.count() - 1, button)

    def sync_header_actions(self) -> None:
        """Tick "Show Role column" to match the header (after its saved state was restored)."""
        self.show_role_action.setChecked(not self.table.isColumnHidden(ActorTableModel.COL_ROLE))

    def set_rows(self, rows: Sequence[ActorRow]) -> None:
        """Replace the actors (keeps the filter text and sort order)."""
        self.model.set_rows(rows)
        self._size_count_columns(max((max(r.mentions, r.quotes) for r in rows), default=0))

    def _size_count_columns(self, largest: int) -> None:
        """Count columns just wide enough for the largest count and the header's icon and sort arrow."""
        width = max(self.fontMetrics().horizontalAdvance(str(largest)) + 16, 40)
        for col in (ActorTableModel.COL_MENTIONS, ActorTableModel.COL_QUOTES):
            self.table.horizontalHeader().resizeSection(col, width)

    def selected_ids(self) -> list[int]:
        """Ids of the selected actors, in view order."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=QModelIndex.row)
        return [idx.data(ActorTableModel.RowRole).id for idx in rows]

    def highlight_actors(self, actor_ids: Iterable[int]) -> None:
        """Show the actors of the current event in bold (scrolled into view) without changing the selection."""
        ids = list(actor_ids)
        self.model.set_highlighted(ids)
        source_rows = [r for i in ids if (r := self.model.row_of(i)) is not None]
        rows = [idx for r in source_rows if (idx := self.proxy.mapFromSource(self.model.index(r, 0))).isValid()]
        if rows:
            self.table.scrollTo(min(rows, key=QModelIndex.row))

    def select_actors(self, actor_ids: Iterable[int], emit: bool = False) -> None:
        """Select these actors (e.g. a quote's speakers) and scroll to the first; quiet unless ``emit``."""
        selection = QItemSelection()
        first = None
        for actor_id in actor_ids:
            row = self.model.row_of(actor_id)
            if row is None:
                continue
            idx = self.proxy.mapFromSource(self.model.index(row, 0))
            if idx.isValid():
                selection.select(idx, idx.siblingAtColumn(self.model.columnCount() - 1))
                first = first or idx
        self._quiet = not emit
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(selection, flags)
            if first is not None:
                self.table.scrollTo(first)
        finally:
            self._quiet = False

    def _on_selection_changed(self, *_: object) -> None:
        if self._quiet:
            return
        ids = self.selected_ids()
        self.actor_selected.emit(ids[0] if ids else None)

    def _on_table_clicked(self, index: QModelIndex) -> None:
        # a click on an actor that is already selected (a quote's speaker, or before an event was clicked) changes
        # no selection, yet the user went to it: announce it again (the window ignores a repeat of where it is)
        row = index.data(ActorTableModel.RowRole)
        if row is not None and self.selected_ids()[:1] == [row.id]:
            self.actor_selected.emit(row.id)

    def _on_filter_box_text_changed(self, text: str) -> None:
        if not text and self.table.selectionModel().hasSelection():  # clearing the filter clears the actor filter
            self.table.clearSelection()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row = index.data(ActorTableModel.RowRole)
        if row is not None:
            self.actor_activated.emit(row.id)
