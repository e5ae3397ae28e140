"""Quote search panel: speaker and words boxes (updating as you type) over a paged results table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sofa_desktop.store.queries import QuoteHit
from sofa_desktop.ui.icons import icon
from sofa_desktop.ui.panels.quote_context_delegate import QuoteContextDelegate
from sofa_desktop.ui.panels.quote_table_model import QuoteTableModel
from sofa_desktop.wording import plural

Query = Callable[[str, str, int, int, str], list[QuoteHit]]  # (speaker, words, limit, offset, order) -> hits
DEBOUNCE_MS = 180


class QuotePanel(QWidget):
    """Signals ``quote_activated(QuoteHit)`` when a result is chosen (click, arrow keys or Enter)."""

    quote_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuotePanel")
        self._query: Query | None = None
        self._order = "date"  # a key of search_quotes' whitelist, "-" in front for descending
        self._quiet = False  # True while select_quote() moves the current row
        self.speaker_box = QLineEdit(self)
        self.speaker_box.setObjectName("speakerBox")
        self.speaker_box.setPlaceholderText("Speaker, e.g. ramirez")
        self.speaker_box.setClearButtonEnabled(True)
        self.speaker_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.words_box = QLineEdit(self)
        self.words_box.setObjectName("wordsBox")
        self.words_box.setPlaceholderText("Words in the quote")
        self.words_box.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QuoteTableModel(self)
        self.model.page_fetched.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.table = QTableView(self)
        self.table.setObjectName("quoteTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QuoteTableModel.COL_CONTEXT, QHeaderView.ResizeMode.Stretch)
        header.moveSection(QuoteTableModel.COL_CONTEXT, QuoteTableModel.COL_QUOTE + 1)  # the sentence after the quote
        self.table.setItemDelegateForColumn(QuoteTableModel.COL_CONTEXT, QuoteContextDelegate(self.table))
        header.setStretchLastSection(False)
        header.setSectionsClickable(True)  # sorting runs the query again with another ORDER BY (no proxy)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(QuoteTableModel.COL_DATE, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        header.sectionResized.connect(self._on_header_section_resized)
        self._auto_sizing = False
        self._user_sized = False  # once the user drags a column edge, the panel stops sizing columns
        self._size_columns()
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(self._on_table_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.speaker_box.textChanged.connect(self._timer.start)
        self.words_box.textChanged.connect(self._timer.start)
        boxes = QHBoxLayout()
        boxes.addWidget(self.speaker_box, 3)
        boxes.addWidget(self.words_box, 2)
        boxes.addWidget(self.count_label)
        self._boxes = boxes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(boxes)
        layout.addWidget(self.table, 1)
        self.empty_note = QLabel(self.table.viewport())  # says why the table is empty, over its rows
        self.empty_note.setObjectName("quotesEmptyNote")
        self.empty_note.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_note.hide()
        self._searched = ("", "")  # the speaker and words of the search shown

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_columns()
        self.empty_note.setGeometry(self.table.viewport().rect().adjusted(12, 8, -12, -8))

    def _size_columns(self) -> None:
        """Quote, speakers and source get a share of the width within bounds; the context stretches over the rest."""
        if self._user_sized:
            return
        fm, width = self.fontMetrics(), max(self.width() - 30, 400)  # the table is laid out after this event
        speakers = min(fm.horizontalAdvance("Rubén Ramírez Lezcano") + 16, int(width * 0.2))
        source = min(fm.horizontalAdvance("AP: Paraguay’s Chamber of") + 16, int(width * 0.2))
        header = self.table.horizontalHeader()
        self._auto_sizing = True
        try:
            header.resizeSection(QuoteTableModel.COL_SPEAKERS, max(speakers, 90))
            header.resizeSection(QuoteTableModel.COL_SOURCE, max(source, 90))
            header.resizeSection(QuoteTableModel.COL_DATE, fm.horizontalAdvance("2026-03-11") + 28)
            header.resizeSection(QuoteTableModel.COL_QUOTE, max(int(width * 0.18), 110))
        finally:
            self._auto_sizing = False

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._auto_sizing and column != QuoteTableModel.COL_CONTEXT:
            self._user_sized = True

    def add_tool_actions(self, actions: list[QAction]) -> None:
        """Buttons for the window's actions (e.g. export these quotes) after the result count."""
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            self._boxes.addWidget(button)

    def search_terms(self) -> tuple[str, str]:
        """The (speaker, words) of the search shown, as typed."""
        return self.speaker_box.text(), self.words_box.text()

    def set_query_function(self, query: Query) -> None:
        """Install the search function (a closure over ``store.search.search_quotes``); ``refresh()`` runs it."""
        self._query = query

    def search_speaker(self, name: str) -> None:
        """Search for one speaker's quotes right away (e.g. after double-clicking an actor)."""
        self.words_box.blockSignals(True)
        self.words_box.clear()
        self.words_box.blockSignals(False)
        self.speaker_box.setText(name)
        self.refresh()

    def focus_search(self) -> None:
        """Put the cursor in the speaker box with its text selected (Ctrl+F)."""
        self.speaker_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.speaker_box.selectAll()

    def refresh(self) -> None:
        """Run the search now with the current boxes."""
        self._timer.stop()
        if self._query is None:
            self.model.set_fetcher(None)
            return
        query, speaker, words, order = self._query, self.speaker_box.text(), self.words_box.text(), self._order
        self._searched = (speaker.strip(), words.strip())
        self.model.set_fetcher(lambda offset, limit: query(speaker, words, limit, offset, order))

    def current_quote_id(self) -> int | None:
        """Id of the quote of the current row, or None."""
        hit = self.model.hit(self.table.currentIndex().row())
        return hit.id if hit is not None else None

    def select_quote(self, quote_id: int) -> bool:
        """Make a loaded quote the current row without emitting ``quote_activated`` (after a refresh)."""
        row = self.model.row_of(quote_id)
        if row is None:
            return False
        self._quiet = True
        try:
            self.table.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._quiet = False
        return True

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        key = QuoteTableModel.ORDER_KEYS[column]
        self._order = key if order == Qt.SortOrder.AscendingOrder else f"-{key}"
        self.refresh()

    def _update_count(self, *_: object) -> None:
        n = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(f"{n}+ quotes" if more else plural(n, "quote"))
        self.empty_note.setText(empty_search_note(*self._searched) if n == 0 else "")
        self.empty_note.setGeometry(self.table.viewport().rect().adjusted(12, 8, -12, -8))
        self.empty_note.setVisible(n == 0)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = self.model.hit(current.row()) if current.isValid() else None
        if hit is not None and not self._quiet:
            self.quote_activated.emit(hit)

    def _on_table_activated(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is not None:
            self.quote_activated.emit(hit)


def empty_search_note(speaker: str, words: str) -> str:
    """Why a quote search found nothing, in a reporter's words."""
    if not speaker and not words:
        return "No quotes yet: import articles (File › Import) and the quotes they report are listed here."
    parts = [f"by a speaker whose name or role contains “{speaker}”" if speaker else "",
             f"with the words “{words}”" if words else ""]
    tip = (" Try another spelling or language, or only the surname; quotes whose speaker the text does not name "
           "show “—” as speaker.") if speaker else ""
    return f"No quotes {' '.join(x for x in parts if x)}.{tip}"
