"""Thread edits from the timeline and the reports list: move a report to another thread (a chooser), split reports
into a new thread, mark a report wrong, merge two threads. Each is a store.curation call pushed on the window's
undo stack (Ctrl+Z undoes it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sofa_desktop.store import curation as cur
from sofa_desktop.store.threads import ThreadRow, format_date

if TYPE_CHECKING:
    from sofa_desktop.ui.main_window import MainWindow

MAX_CHOICES = 300  # the chooser lists the nearest threads in time; typing filters all of them
OWN_THREAD = -1


class ThreadChooser(QDialog):
    """Pick the thread a report belongs to: nearest in time first, filtered by typing; or a thread of its own."""

    def __init__(self, parent: QWidget, title: str, threads: Sequence[ThreadRow], near: dt.date | None) -> None:
        super().__init__(parent)
        self.setObjectName("threadChooser")
        self.setWindowTitle("Move Report to Another Thread")
        day = (near or dt.date.today()).toordinal()
        self._threads = sorted(threads, key=lambda t: abs((t.date_start or dt.date.max).toordinal() - day))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter threads by title")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("threadChoices")
        self.filter.textChanged.connect(self._fill)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.setToolTip(title)
        self.resize(520, 420)
        self._fill("")

    def _fill(self, text: str) -> None:
        self.list.clear()
        own = QListWidgetItem("A thread of its own (another happening)")
        own.setData(Qt.ItemDataRole.UserRole, OWN_THREAD)
        self.list.addItem(own)
        words = text.casefold().split()
        shown = 0
        for t in self._threads:
            if words and not all(w in t.title.casefold() for w in words):
                continue
            item = QListWidgetItem(f"{t.title} — {format_date(t.date_start, t.date_end, t.precision)} · "
                                   f"{t.reports} report{'s' if t.reports != 1 else ''}")
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.list.addItem(item)
            shown += 1
            if shown >= MAX_CHOICES:
                break
        self.list.setCurrentRow(1 if self.list.count() > 1 else 0)

    def chosen(self) -> int | None:
        """The thread picked (None: a thread of its own)."""
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else OWN_THREAD
        return None if value == OWN_THREAD else int(value)


class ThreadEdits:
    """The thread edits of one main window, through its curation controller (errors shown, views refreshed)."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.dialog: ThreadChooser | None = None  # the chooser open now (tests pick in it)

    def _push(self, text: str, step: Callable[..., cur.EditResult]) -> None:
        c = self.w.curation
        c.push(text, [lambda db, _done: step(db, author=c.author)])

    def move_report(self, event_id: int) -> ThreadChooser | None:
        """Ask for the thread, then move the report there (or into a thread of its own)."""
        ctx, event = self.w.timeline.ctx, self.w.events.get(event_id)
        if event is None or self.w.db.read_only:
            return None
        current = self.w.timeline.thread_of(event_id)
        others = [t for t in ctx.threads.values() if t.id != current]
        dialog = ThreadChooser(self.w, event.title, others, event.date_start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._push(f"Move report {event.title}",
                                                   lambda db, **kw: cur.move_report(db, event_id, dialog.chosen(),
                                                                                    **kw)))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def split(self, event_ids: Sequence[int]) -> None:
        """Take these reports out of their thread into a new one."""
        ids = list(event_ids)
        if ids:
            self._push(f"Split {len(ids)} report(s) into a new thread",
                       lambda db, **kw: cur.split_thread(db, ids, **kw))

    def mark_wrong(self, event_id: int) -> None:
        """Mark a report wrong: kept in its thread, never counted for the consensus."""
        self._push("Mark report wrong", lambda db, **kw: cur.mark_wrong(db, event_id, **kw))

    def merge(self, keep_id: int, merge_id: int) -> None:
        """Make two threads one (the first one picked is kept)."""
        self._push("Merge threads", lambda db, **kw: cur.merge_threads(db, keep_id, merge_id, **kw))
