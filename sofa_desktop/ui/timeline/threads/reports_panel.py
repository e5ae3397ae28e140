"""The "Thread" dock: a picked thread's consensus, who disagrees, expected-then-happened and copies, and its reports
(outlet, date as written, role, passage); a report opens its passage, "Compare" shows passages side by side."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sofa_desktop.store.threads import (
    Passage,
    ReportRow,
    ThreadRow,
    copies_line,
    disagreement_line,
    expected_line,
    format_date,
)
from sofa_desktop.ui.colours import CONFLICT
from sofa_desktop.ui.panels.row_table_model import Index, RowTableModel
from sofa_desktop.wording import plural

ROLE_TEXT = {"agrees": "agrees", "disagrees": "⚠ disagrees", "expected": "expected", "undated": "no date",
             "wrong": "marked wrong"}
SNIPPET_CHARS = 160


class ReportModel(RowTableModel):
    """The reports of one thread; rows are ``ReportRow``s, with their passages' text for the last column."""

    COL_OUTLET, COL_WRITTEN, COL_DATE, COL_ROLE, COL_PASSAGE = range(5)
    HEADERS = ("Outlet", "Date as written", "Date", "Role", "Passage")
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snippets: dict[int, str] = {}

    def set_rows(self, rows: Sequence[ReportRow], passages: dict[int, Passage]) -> None:
        """Show these reports with the passages' text."""
        self.beginResetModel()
        self._rows = list(rows)
        self._snippets = {i: " ".join(p.text[p.start:p.end].split())[:SNIPPET_CHARS] for i, p in passages.items()}
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == self.RowRole:
            return r
        if role == Qt.ItemDataRole.ForegroundRole and r.role == "disagrees":
            return CONFLICT
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == self.COL_PASSAGE:
                return self._snippets.get(r.event_id, r.title)
            return (r.outlet, r.date_text or "—", format_date(r.date_start, r.date_end, r.precision),
                    ROLE_TEXT.get(r.role, r.role))[col]
        return None


class ThreadPanel(QWidget):
    """Signals ``report_activated(event_id)``, ``compare_requested(thread_id)`` and ``edit_requested(what,
    event_ids)`` with what in move, split, wrong."""

    report_activated = Signal(int)
    compare_requested = Signal(int)
    edit_requested = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threadPanel")
        self.thread: ThreadRow | None = None
        self.reports: list[ReportRow] = []
        self.summary = QLabel("Click a thread's row on the timeline to list its reports.", self)
        self.summary.setObjectName("threadSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare = QPushButton("Compare passages…", self)
        self.compare.setObjectName("threadCompare")
        self.compare.setToolTip("The consensus's passage and the disagreeing reports' passages side by side")
        self.compare.setEnabled(False)
        self.compare.clicked.connect(lambda: self.thread and self.compare_requested.emit(self.thread.id))
        self.model = ReportModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("threadReports")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # as the quotes: more rows
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((0, 120), (1, 130), (2, 100), (3, 90)):
            header.resizeSection(col, width)
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.menu: QMenu | None = None
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.compare, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def show_thread(self, thread: ThreadRow | None, reports: Sequence[ReportRow], passages: dict[int, Passage],
                    writable: bool = True) -> None:
        """List a thread's reports under its summary (None: nothing picked)."""
        self.thread, self.reports, self.writable = thread, list(reports), writable
        self.model.set_rows(reports, passages)
        self.compare.setEnabled(thread is not None and len(reports) > 1)
        if thread is None:
            self.summary.setText("Click a thread's row on the timeline to list its reports.")
            return
        when = format_date(thread.date_start, thread.date_end, thread.precision)
        lines = [f"<b>{html.escape(thread.title)}</b>",
                 html.escape(f"{when}{' (expected)' if thread.status == 'expected' else ''} · "
                             f"{plural(thread.reports, 'report')} · {plural(len(thread.outlets), 'outlet')}")]
        if line := disagreement_line(thread, reports):
            lines.append(f"<span style='color:{CONFLICT.name()}'>⚠ {html.escape(line)}</span>")
        lines += [html.escape(x) for x in (expected_line(thread, reports), copies_line(reports)) if x]
        self.summary.setText("<br>".join(lines))

    def selected_events(self) -> list[int]:
        """The event ids of the selected reports."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(ReportModel.RowRole).event_id for r in rows]

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.report_activated.emit(index.data(ReportModel.RowRole).event_id)

    def _on_context_menu(self, pos: QPoint) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        self.menu = self.context_menu()
        self.menu.popup(self.table.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """Open, move, split off or mark wrong the selected reports."""
        events = self.selected_events()
        menu = QMenu(self)
        menu.setObjectName("threadReportsMenu")
        writable = getattr(self, "writable", True)
        one = events[0] if len(events) == 1 else None
        menu.addAction("Open Passage", lambda: one is not None and self.report_activated.emit(one)).setEnabled(
            one is not None)
        menu.addSeparator()
        for what, text, enabled in (("move", "Move Report to Another Thread…", one is not None),
                                    ("split", f"Split {len(events)} Report{'s' if len(events) > 1 else ''} into a "
                                              "New Thread", 0 < len(events) < len(self.reports)),
                                    ("wrong", "Mark Report as Wrong", one is not None)):
            action = menu.addAction(text, lambda what=what: self.edit_requested.emit(what, events))
            action.setEnabled(writable and enabled)
        return menu
