"""Qt table model exposing ``QuoteHit`` rows (quote, speakers, source, date) in pages fetched on demand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from sofa_desktop.store.queries import QuoteHit
from sofa_desktop.ui.colours import rich_tooltip
from sofa_desktop.ui.curation.marks import EDITED_TIP, edited_icon
from sofa_desktop.ui.panels.row_table_model import Index, RowTableModel

Fetcher = Callable[[int, int], list[QuoteHit]]  # (offset, limit) -> hits
PAGE_SIZE = 100


class QuoteTableModel(RowTableModel):
    """Rows come from a fetcher (the panel's closure over ``search_quotes``); the model never touches the database."""

    COL_QUOTE, COL_SPEAKERS, COL_SOURCE, COL_DATE = range(4)
    HEADERS = ("Quote", "Speaker(s)", "Source", "Date")
    ORDER_KEYS = ("text", "speaker", "source", "date")  # search_quotes' order per column
    RowRole = Qt.ItemDataRole.UserRole + 1
    page_fetched = Signal()  # after every page, even an empty one (the row count may not have changed)

    def __init__(self, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._rows: list[QuoteHit] = []
        self._fetch: Fetcher | None = None
        self._exhausted = True
        self._source_labels: dict[int, str] = {}
        self.page_size = page_size

    def set_source_labels(self, labels: dict[int, str]) -> None:
        """Readable source names (``SourceRow.label``) shown instead of file names."""
        self._source_labels = dict(labels)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.COL_SOURCE), self.index(len(self._rows) - 1, self.COL_SOURCE))

    def source_label(self, hit: QuoteHit) -> str:
        """The label of a hit's source."""
        return self._source_labels.get(hit.source_id) or hit.source_title or hit.source_name

    def set_fetcher(self, fetch: Fetcher | None) -> None:
        """Start a new result list: drop the rows and load the first page."""
        self.beginResetModel()
        self._rows = []
        self._fetch = fetch
        self._exhausted = fetch is None
        self.endResetModel()
        if self.canFetchMore():
            self.fetchMore()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetch is None or self._exhausted:
            return
        page = self._fetch(len(self._rows), self.page_size)
        self._exhausted = len(page) < self.page_size
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.page_fetched.emit()

    def hit(self, row: int) -> QuoteHit | None:
        """The hit at a row, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find(self, quote_id: int) -> QuoteHit | None:
        """The loaded hit of a quote, or None."""
        return next((h for h in self._rows if h.id == quote_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_QUOTE:
                return " ".join(hit.text.split())  # one line in the table; the viewer shows it literally
            if col == self.COL_SPEAKERS:
                return ", ".join(hit.speakers) or "—"
            if col == self.COL_SOURCE:
                return self.source_label(hit)
            return hit.published.isoformat() if hit.published else "undated"
        if role == self.RowRole:
            return hit
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_SPEAKERS and hit.curated:
            return edited_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [", ".join(hit.speakers) or "Speaker not identified", hit.text, self.source_label(hit)]
            return rich_tooltip(lines + ([EDITED_TIP] if hit.curated else []))
        return None
