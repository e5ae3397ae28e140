"""Import off the main thread: ``ImportWorker`` (a QObject moved to a QThread) and ``ImportRunner`` (dialogs)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from sofa_desktop.store import Database
from sofa_desktop.store.ingest import ImportResult, import_paths
from sofa_desktop.store.one_line import one_line
from sofa_desktop.wording import IMPORT_STATUSES, import_tally

LABEL_W = 340  # pixels for the file name in the progress dialog


class ImportWorker(QObject):
    """Runs ``store.ingest.import_paths`` off the main thread; cancel is checked between files."""

    progress = Signal(int, int, str)  # files done, total, last file name
    finished = Signal(object)  # list[ImportResult]
    failed = Signal(str)

    def __init__(self, db: Database, paths: Sequence[str | Path]) -> None:
        super().__init__()
        self._db = db
        self._paths = list(paths)
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the worker to stop after the current file (thread-safe)."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        """Import everything, emitting progress; emits ``finished`` or ``failed`` exactly once."""
        try:
            results = import_paths(self._db, self._paths,
                                   progress=lambda n, total, r: self.progress.emit(
                                       n, total, one_line(Path(r.path).name)),
                                   cancelled=self._stop.is_set)
        except Exception as exc:  # reported to the UI; the database keeps every file committed so far
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished.emit(results)


class ImportRunner(QObject):
    """Owns one import: thread, worker, progress dialog and the summary. Emits ``done(results)`` on the main thread."""

    done = Signal(object)

    def __init__(self, db: Database, paths: Sequence[str | Path], parent: QWidget | None = None,
                 show_summary: bool = True) -> None:
        super().__init__(parent)
        self._parent = parent
        self.show_summary = show_summary
        self.cancelled = False
        self.thread = QThread()
        self.worker = ImportWorker(db, paths)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._on_worker_finished, Qt.ConnectionType.QueuedConnection)
        self.worker.failed.connect(self._on_worker_failed, Qt.ConnectionType.QueuedConnection)
        self.worker.progress.connect(self._on_worker_progress, Qt.ConnectionType.QueuedConnection)
        self.thread.finished.connect(self.worker.deleteLater)
        self.thread.finished.connect(self.thread.deleteLater)
        self.dialog = QProgressDialog("Preparing import…", "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle("Importing articles")
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
        """Stop after the current file; files already imported stay imported."""
        self.cancelled = True
        self.dialog.setLabelText("Cancelling after the current file…")
        self.worker.cancel()

    def _on_worker_progress(self, n: int, total: int, name: str) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(n)
        if not self.cancelled:  # long names are elided in the middle so the dialog keeps its size
            shown = self.dialog.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, LABEL_W)
            self.dialog.setLabelText(f"File {n} of {total}: {shown}")

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
            self._show_summary(results)
        self.done.emit(results)

    def _on_worker_failed(self, message: str) -> None:
        self._stop_thread()
        if self.show_summary:
            QMessageBox.warning(self._parent, "Import failed", f"The import stopped: {message}\n\n"
                                "Files imported before the error are kept.")
        self.done.emit([])

    def _show_summary(self, results: list[ImportResult]) -> None:
        box = QMessageBox(self._parent)
        box.setWindowTitle("Import finished" if not self.cancelled else "Import cancelled")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(summary_text(results, self.cancelled))
        rejected = [r.line() for r in results if r.status == "rejected"]
        box.setIcon(QMessageBox.Icon.Warning if rejected else QMessageBox.Icon.Information)
        if rejected:
            box.setDetailedText("\n".join(rejected))
        box.open()
        self._summary = box  # keep a reference while it is shown


def summary_text(results: Sequence[ImportResult], cancelled: bool = False) -> str:
    """One paragraph: how many files were imported, unchanged and rejected, and the first rejections."""
    counts = {s: sum(1 for r in results if r.status == s) for s in IMPORT_STATUSES}
    text = import_tally(counts) + "."  # the CLI's words: "unchanged" is a file already in the database
    notes = [note for status, note in (("unchanged", "unchanged: already in the database"),
                                       ("reextracted", "reextracted by the new extractor, analysts' edits kept"),
                                       ("updated", "updated to a new version, analysts' edits moved to the new text"))
             if counts[status]]
    if notes:
        text = text[:-1] + " (" + "; ".join(notes) + ")."
    updated = [r for r in results if r.status == "updated"]  # a modified file: its stored source took the new text
    if cancelled:
        text = "Cancelled. " + text
    if updated:
        text += "\n\nUpdated files:\n" + "\n".join(one_line(f"• {Path(r.path).name}: {r.reason}") for r in updated[:8])
    rejected = [r for r in results if r.status == "rejected"]
    if rejected:
        text += "\n\nRejected files:\n" + "\n".join(one_line(f"• {Path(r.path).name}: {r.reason}")
                                                    for r in rejected[:8])
        if len(rejected) > 8:
            text += f"\n… and {len(rejected) - 8} more (see details)"
    return text
