"""Long store jobs off the main thread: ``JobWorker`` (a QObject moved to a QThread, cancel between items) and
``JobRunner`` (its thread, progress dialog with Cancel, and the summary); imports and re-extraction are both jobs."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from sofa_desktop.store.ingest import ImportResult
from sofa_desktop.store.one_line import one_line

LABEL_W = 340  # pixels for the item's name in the progress dialog
Progress = Callable[[int, int, ImportResult], None]


class JobWorker(QObject):
    """Runs ``job`` off the main thread, emitting progress; cancel is checked between items."""

    progress = Signal(int, int, str)  # items done, total, last item's name
    finished = Signal(object)  # list[ImportResult]
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the worker to stop after the current item (thread-safe)."""
        self._stop.set()

    def job(self, progress: Progress, cancelled: Callable[[], bool]) -> list[ImportResult]:
        """The work itself (subclasses): calls ``progress`` after each item, stops when ``cancelled()``."""
        raise NotImplementedError

    def label(self, result: ImportResult) -> str:
        """How the progress dialog names the item just done."""
        return result.path

    @Slot()
    def run(self) -> None:
        """Do the job; emits ``finished`` or ``failed`` exactly once."""
        try:
            results = self.job(lambda n, total, r: self.progress.emit(n, total, one_line(self.label(r))),
                               self._stop.is_set)
        except Exception as exc:  # reported to the UI; the database keeps every item committed so far
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished.emit(results)


class JobRunner(QObject):
    """Owns one job: thread, worker, progress dialog and the summary. Emits ``done(results)`` on the main thread.
    ``title`` names the dialog ("Importing articles"), ``item`` one unit of work ("File")."""

    done = Signal(object)

    def __init__(self, worker: JobWorker, parent: QWidget | None, show_summary: bool, title: str,
                 item: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self._item = item
        self.show_summary = show_summary
        self.cancelled = False
        self.thread = QThread()
        self.worker = worker
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._on_worker_finished, Qt.ConnectionType.QueuedConnection)
        self.worker.failed.connect(self._on_worker_failed, Qt.ConnectionType.QueuedConnection)
        self.worker.progress.connect(self._on_worker_progress, Qt.ConnectionType.QueuedConnection)
        self.thread.finished.connect(self.worker.deleteLater)
        self.thread.finished.connect(self.thread.deleteLater)
        self.dialog = QProgressDialog("Preparing…", "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumWidth(LABEL_W + 120)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        """Start the worker thread."""
        self.thread.start()

    def cancel(self) -> None:
        """Stop after the current item; what was done before stays done."""
        self.cancelled = True
        self.dialog.setLabelText(f"Cancelling after the current {self._item.lower()}…")
        self.worker.cancel()

    def _on_worker_progress(self, n: int, total: int, name: str) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(n)
        if not self.cancelled:  # long names are elided in the middle so the dialog keeps its size
            shown = self.dialog.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, LABEL_W)
            self.dialog.setLabelText(f"{self._item} {n} of {total}: {shown}")

    def _stop_thread(self) -> None:
        self.thread.quit()
        self.thread.wait()  # run() has already returned: this is immediate
        self.dialog.canceled.disconnect(self.cancel)  # closing a QProgressDialog emits canceled
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()  # after ``done`` has been delivered

    def _on_worker_finished(self, results: list[ImportResult]) -> None:
        self._stop_thread()
        if self.show_summary:
            self.show_results(results)
        self.done.emit(results)

    def _on_worker_failed(self, message: str) -> None:
        self._stop_thread()
        if self.show_summary:
            self.show_failure(message)
        self.done.emit([])

    def show_results(self, results: list[ImportResult]) -> None:
        """The summary box (subclasses)."""
        raise NotImplementedError

    def show_failure(self, message: str) -> None:
        """The box saying the job stopped (subclasses)."""
        raise NotImplementedError

    def open_box(self, title: str, text: str, details: list[str]) -> QMessageBox:
        """A non-blocking summary box; a warning with the details when there are any."""
        box = QMessageBox(self._parent)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setIcon(QMessageBox.Icon.Warning if details else QMessageBox.Icon.Information)
        if details:
            box.setDetailedText("\n".join(details))
        box.open()
        self._summary = box  # keep a reference while it is shown
        return box
