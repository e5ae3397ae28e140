"""Qt table model exposing ``QuoteHit`` rows (quote, speakers, source, date) in pages fetched on demand."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from sofa_desktop.store.queries import QuoteHit
from sofa_desktop.ui.colours import rich_tooltip
from sofa_desktop.ui.curation.marks import EDITED_TIP, edited_icon
from sofa_desktop.ui.panels.quote_context_delegate import PARTS_ROLE
from sofa_desktop.ui.panels.row_table_model import Index, RowTableModel

Fetcher = Callable[[int, int], list[QuoteHit]]  # (offset, limit) -> hits
PAGE_SIZE = 100
_SPACES = re.compile(r"\s+")


def _one_line(text: str) -> str:
    """Runs of white space (line breaks too) as one space, kept at the ends so the parts still join with spaces."""
    return _SPACES.sub(" ", text)


class QuoteTableModel(RowTableModel):
    """Rows come from a fetcher (the panel's closure over ``search_quotes``); the model never touches the database."""

    COL_QUOTE, COL_SPEAKERS, COL_SOURCE, COL_DATE, COL_CONTEXT = range(5)
    HEADERS = ("Quote", "Speaker(s)", "Source", "Date", "In context")
    ORDER_KEYS = ("text", "speaker", "source", "date", "text")  # search_quotes' order per column
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
            if col == self.COL_CONTEXT:
                return " ".join("".join(self.context_parts(hit)).split())
            return hit.published.isoformat() if hit.published else "undated"
        if role == self.RowRole:
            return hit
        if role == PARTS_ROLE and col == self.COL_CONTEXT:
            return tuple(_one_line(part) for part in self.context_parts(hit))
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_SPEAKERS and hit.curated:
            return edited_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            before, quote, after = self.context_parts(hit)
            lines = [", ".join(hit.speakers) or "Speaker not identified", self.source_label(hit)]
            tip = rich_tooltip(lines + ([EDITED_TIP] if hit.curated else []))
            in_context = f"{html.escape(before)}<b>{html.escape(quote)}</b>{html.escape(after)}"
            return tip.replace("</qt>", f"<br><br>{in_context}</qt>")  # each part escaped; the quote in bold
        return None

    @staticmethod
    def context_parts(hit: QuoteHit) -> tuple[str, str, str]:
        """The hit's context split around the quote: (before, quote, after); the quote alone without a context."""
        i = hit.start - hit.context_start
        if not hit.context or not 0 <= i <= len(hit.context) - len(hit.text):
            return "", hit.text, ""
        return hit.context[:i], hit.context[i:i + len(hit.text)], hit.context[i + len(hit.text):]
