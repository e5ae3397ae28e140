"""Qt table model exposing stored ``CurationRow`` records (every analyst's edits) to the Analyst edits view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

from sofa_desktop.corpus import fold
from sofa_desktop.store.curation import CurationRow
from sofa_desktop.ui.colours import rich_tooltip
from sofa_desktop.ui.icons import icon
from sofa_desktop.ui.panels.actor_filter_proxy import FoldedFilterProxy
from sofa_desktop.ui.panels.row_table_model import Index, RowTableModel

KIND_LABELS = {"quote_speakers": "Speaker", "event_update": "Event", "event_add": "New event",
               "conflict_resolve": "Conflict", "actor_add": "New actor", "actor_update": "Actor",
               "actor_merge": "Merge", "actor_split": "Split", "quote_delete": "Deleted quote",
               "event_delete": "Deleted event"}
_KIND_ICONS = {"quote_speakers": "speaker", "event_update": "edit-event", "event_add": "add-event",
               "conflict_resolve": "resolved", "actor_add": "edit-actor", "actor_update": "edit-actor",
               "actor_merge": "merge", "actor_split": "split", "quote_delete": "delete", "event_delete": "delete"}
NOT_APPLIED_COLOUR = QColor("#c0392b")


def status_text(row: CurationRow) -> str:
    """"Undone", "Not applied" (its target is gone since a re-extraction) or "Applied"."""
    if row.undone:
        return "Undone"
    return "Applied" if row.applied else "Not applied"


def local_time(when: dt.datetime) -> str:
    """A stored UTC time (naive) as local "YYYY-MM-DD HH:MM"."""
    aware = when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
    return f"{aware.astimezone():%Y-%m-%d %H:%M}"


class AnalystEditsTableModel(RowTableModel):
    """Rows are frozen ``CurationRow``s, oldest first; undone and not-applied records carry an icon and a tooltip."""

    COL_EDIT, COL_KIND, COL_AUTHOR, COL_WHEN, COL_STATUS = range(5)
    HEADERS = ("Edit", "Kind", "Analyst", "When", "Status")
    SortRole = Qt.ItemDataRole.UserRole  # the same roles as the actor table: its filter proxy serves both
    RowRole = Qt.ItemDataRole.UserRole + 1
    FoldRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CurationRow] = []
        self._folded: list[str] = []

    def set_rows(self, rows: Sequence[CurationRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        # Folded once per row: description, kind, analyst and status, so the filter box matches any of them.
        self._folded = [fold(" ".join([r.description, KIND_LABELS.get(r.kind, r.kind), r.author or "",
                                       status_text(r)])) for r in self._rows]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.description, KIND_LABELS.get(row.kind, row.kind), row.author or "—",
                    local_time(row.created_at), status_text(row))[col]
        if role == self.SortRole:
            status = 0 if not row.undone and row.applied else 1 if row.undone else 2
            return (fold(row.description), row.kind, fold(row.author or ""), row.id, status)[col]
        if role == self.RowRole:
            return row
        if role == self.FoldRole:
            return self._folded[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATUS and not row.undone and not row.applied:
            return NOT_APPLIED_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_tooltip(self.tooltip_lines(row))
        return None

    @staticmethod
    def _icon(row: CurationRow, col: int) -> QIcon | None:
        if col == AnalystEditsTableModel.COL_EDIT:
            return icon(_KIND_ICONS.get(row.kind, "edited"))
        if col == AnalystEditsTableModel.COL_STATUS:
            if row.undone:
                return icon("undo")
            if not row.applied:
                return icon("conflict", NOT_APPLIED_COLOUR.name())
        return None

    @staticmethod
    def tooltip_lines(row: CurationRow) -> list[str]:
        """The tooltip of a record: what, who, when and, when it is not in force, why."""
        lines = [row.description, f"{KIND_LABELS.get(row.kind, row.kind)} edit by {row.author or 'an unknown analyst'}"
                 f", {local_time(row.created_at)}"]
        if row.undone:
            lines.append("Undone: kept on record, not in force")
        elif not row.applied:
            lines.append("Not applied since the last re-extraction: " + (row.problem or "its target was not found"))
        return lines


class AnalystEditsFilterProxy(FoldedFilterProxy):
    """Every word of the filter box must occur in a record's folded text; sorts on ``SortRole`` in Python."""

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        # Compare in Python: Qt would truncate large ints and compare mixed types oddly.
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
