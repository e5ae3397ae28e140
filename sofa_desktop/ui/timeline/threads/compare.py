"""Compare view: the passages of a thread's consensus and of its disagreeing reports side by side, each in a
read-only pane with the passage highlighted and the outlet, date as written and role above it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sofa_desktop.store.threads import Passage, ReportRow, ThreadRow, disagreement_line, format_date
from sofa_desktop.ui.colours import CONFLICT, is_dark
from sofa_desktop.ui.timeline.threads.reports_panel import ROLE_TEXT
from sofa_desktop.ui.viewer.elided_text import ElidedText

MAX_PANES = 4  # the consensus and up to three others; the reports list has every one


def compared_reports(reports: Sequence[ReportRow]) -> list[ReportRow]:
    """What to compare: one report of the consensus, then the disagreeing ones (else the other reports)."""
    agree = [r for r in reports if r.role == "agrees"]
    others = [r for r in reports if r.role == "disagrees"] or [r for r in reports if r.role != "agrees"] or agree[1:]
    return ([*agree[:1], *others])[:MAX_PANES]


def shown_passage(r: ReportRow, passage: Passage, hidden: Sequence[tuple[int, int]] = ()) -> ElidedText:
    """A passage as the source viewer would show it: without the header metadata lines (``hidden``: ranges into
    the source's text) a passage near the top of an article takes in."""
    at = max(0, r.start) - passage.start  # where the passage's text begins in the source's text
    return ElidedText(passage.text, [(a - at, b - at) for a, b in hidden])


class CompareDialog(QDialog):
    """Side-by-side passages; ``panes`` holds (report, text pane) for tests."""

    def __init__(self, parent: QWidget | None, thread: ThreadRow, reports: Sequence[ReportRow],
                 passages: dict[int, Passage], hidden: Mapping[int, Sequence[tuple[int, int]]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(f"Compare — {thread.title}")
        self.panes: list[tuple[ReportRow, QPlainTextEdit]] = []
        layout = QVBoxLayout(self)
        line = disagreement_line(thread, reports)
        head = QLabel(line or f"Consensus: {format_date(thread.date_start, thread.date_end, thread.precision)}", self)
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setWordWrap(True)
        layout.addWidget(head)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        for r in compared_reports(reports):
            split.addWidget(self._pane(r, passages.get(r.event_id), (hidden or {}).get(r.source_id, ())))
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(min(1400, 340 * max(2, split.count())), 480)

    def _pane(self, r: ReportRow, passage: Passage | None, hidden: Sequence[tuple[int, int]]) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(f"{r.outlet} — “{r.date_text or 'no date'}” → "
                       f"{format_date(r.date_start, r.date_end, r.precision)} · {ROLE_TEXT.get(r.role, r.role)}", box)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        if r.role == "disagrees":
            title.setStyleSheet(f"color: {CONFLICT.name()}; font-weight: bold")
        text = QPlainTextEdit(box)
        text.setReadOnly(True)
        text.setObjectName(f"comparePane{r.event_id}")
        shown = shown_passage(r, passage, hidden) if passage is not None else None
        text.setPlainText(shown.shown if shown is not None else r.title)
        if passage is not None and shown is not None:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#5c4a00") if is_dark() else QColor("#ffe58a"))
            fmt.setFontWeight(700)
            cursor = QTextCursor(text.document())  # code points (the store's) -> UTF-16 (Qt's), hidden lines out
            cursor.setPosition(shown.to_qt(passage.start))
            cursor.setPosition(shown.to_qt(passage.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
            cursor.setPosition(shown.to_qt(passage.start))
            text.setTextCursor(cursor)
            text.centerCursor()
        layout.addWidget(title)
        layout.addWidget(text, 1)
        self.panes.append((r, text))
        return box

