"""Dialogs for event and conflict curation: correct an event's date, precision or status; add one; resolve a
conflict with a note."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from sofa_desktop.extract import EventStatus, Precision
from sofa_desktop.store.queries import STATUS_LABELS, ConflictRow, EventRow
from sofa_desktop.ui.curation.actor_dialogs import CurationDialog, excerpt, plain_label

PRECISIONS = [p.value for p in Precision if p != Precision.UNKNOWN]
STATUSES = [s.value for s in EventStatus]


def span_for(start: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date at this precision covers (week: Monday to Sunday)."""
    if precision == "week":
        monday = start - dt.timedelta(days=start.weekday())
        return monday, monday + dt.timedelta(days=6)
    if precision == "month":
        return start.replace(day=1), start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if precision == "year":
        return start.replace(month=1, day=1), start.replace(month=12, day=31)
    return start, start


def _combo(parent: QWidget, values: list[str], current: str, labels: dict[str, str] | None = None) -> QComboBox:
    box = QComboBox(parent)
    for v in values:
        box.addItem((labels or {}).get(v, v), v)
    box.setCurrentIndex(values.index(current) if current in values else 0)
    return box


def _date_edit(parent: QWidget, value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class EventDialog(CurationDialog):
    """Title, date (start and end, or undated), precision and status of an event."""

    def __init__(self, parent: QWidget | None, title: str, *, event_title: str, date_start: dt.date | None,
                 date_end: dt.date | None, precision: str, status: str, passage: str = "",
                 date_text: str | None = None) -> None:
        super().__init__(parent, title)
        if passage:
            self.layout_.addWidget(plain_label(excerpt(passage, 300), self))
        self.title_box = QLineEdit(event_title, self)
        self.title_box.setObjectName("eventTitle")
        self.undated = QCheckBox("Undated", self)
        self.undated.setChecked(date_start is None)
        fallback = date_start or dt.date.today()
        self.start_edit = _date_edit(self, fallback)
        self.end_edit = _date_edit(self, date_end if date_start and date_end and date_end >= date_start else fallback)
        self.precision = _combo(self, PRECISIONS, precision if precision in PRECISIONS else "day")
        self.status = _combo(self, STATUSES, status, STATUS_LABELS)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(plain_label("to", self, wrap=False))
        dates.addWidget(self.end_edit)
        dates.addWidget(self.undated)
        self.form.addRow("Title:", self.title_box)
        self.form.addRow("Date:", dates)
        self.form.addRow("Precision:", self.precision)
        self.form.addRow("Status:", self.status)
        if date_text:
            self.form.addRow("As written:", plain_label(date_text, self))
        self.finish_layout()
        self.resize(480, self.sizeHint().height())
        self.precision.currentIndexChanged.connect(self._snap_end)
        self.start_edit.dateChanged.connect(self._snap_end)
        self.undated.toggled.connect(self._on_undated_toggled)
        self.title_box.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self._on_undated_toggled(self.undated.isChecked())
        self.ok_button.setEnabled(bool(event_title.strip()))
        self.title_box.setCursorPosition(0)  # show the title's start, not its end

    def set_date(self, start: dt.date, precision: str) -> None:
        """Set the start date and precision (the end follows); for keyboard users and tests."""
        self.undated.setChecked(False)
        self.precision.setCurrentIndex(PRECISIONS.index(precision))
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self._snap_end()

    def values(self) -> dict[str, object]:
        """Keyword arguments for store.curation.update_event / add_event."""
        if self.undated.isChecked():
            start = end = None
            precision = "unknown"
        else:
            start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
            end = max(start, end)
            precision = self.precision.currentData()
        return {"title": " ".join(self.title_box.text().split()), "date_start": start, "date_end": end,
                "precision": precision, "status": self.status.currentData()}

    def _snap_end(self, *_: object) -> None:
        """A precision covers a span: snap start and end to it (the end stays editable for ranges)."""
        start, end = span_for(self.start_edit.date().toPython(), self.precision.currentData())
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        if start != self.start_edit.date().toPython():
            self.start_edit.blockSignals(True)
            self.start_edit.setDate(QDate(start.year, start.month, start.day))
            self.start_edit.blockSignals(False)

    def _on_undated_toggled(self, undated: bool) -> None:
        for w in (self.start_edit, self.end_edit, self.precision):
            w.setEnabled(not undated)


def edit_event_dialog(parent: QWidget | None, e: EventRow, passage: str) -> EventDialog:
    """The dialog to correct an existing event."""
    return EventDialog(parent, "Edit Event", event_title=e.title, date_start=e.date_start, date_end=e.date_end,
                       precision=e.precision, status=e.status, passage=passage, date_text=e.date_text)


def add_event_dialog(parent: QWidget | None, passage: str, published: dt.date | None) -> EventDialog:
    """The dialog to add an event from a passage: the title starts as the passage's opening words."""
    words = " ".join(passage.split())
    title = words if len(words) <= 80 else words[:79].rsplit(" ", 1)[0] + "…"
    return EventDialog(parent, "Add Event", event_title=title, date_start=published, date_end=published,
                       precision="day", status="reported", passage=passage)


class ResolveConflictDialog(CurationDialog):
    """Mark a conflict between sources resolved (or open again) with a note saying why."""

    def __init__(self, parent: QWidget | None, conflict: ConflictRow) -> None:
        super().__init__(parent, "Resolve Conflict")
        self.layout_.addWidget(plain_label(f"Sources disagree: {conflict.topic}\n{conflict.detail}", self))
        self.resolved = QCheckBox("Resolved", self)
        self.resolved.setChecked(True)
        self.note = QPlainTextEdit(conflict.resolution_note or "", self)
        self.note.setObjectName("resolutionNote")
        self.note.setPlaceholderText("How it was resolved, e.g. “Checked the Senate record: December 4.”")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.form.addRow("", self.resolved)
        self.form.addRow("Note:", self.note)
        self.finish_layout()
        self.resize(460, self.sizeHint().height())

    def values(self) -> tuple[bool, str]:
        """(resolved, note)."""
        return self.resolved.isChecked(), self.note.toPlainText().strip()
