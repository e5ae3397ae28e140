"""File › Export for the main window: ``ExportController`` asks for a file and writes JSON, quotes CSV or TimelineJS
off the main thread (``ExportWorker``), or the timeline image; it reports through ``exported`` and error dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sofa_desktop.store import Database
from sofa_desktop.ui.settings import Settings
from sofa_desktop.ui.timeline.view import TimelineView

CSV_FILTER, CSV_EXCEL_FILTER = "CSV (*.csv)", "CSV for Excel, UTF-8 with BOM (*.csv)"
PNG_FILTER, SVG_FILTER = "PNG image, 2× resolution (*.png)", "SVG vector image (*.svg)"


@dataclass(frozen=True)
class ExportSpec:
    """What the file dialog of one export shows."""

    title: str
    file_name: str
    filters: tuple[str, ...]


SPECS = {
    "json": ExportSpec("Export JSON", "sofa-export.json", ("JSON (*.json)",)),
    "csv": ExportSpec("Export Quotes as CSV", "sofa-quotes.csv", (CSV_FILTER, CSV_EXCEL_FILTER)),
    "timelinejs": ExportSpec("Export Timeline for TimelineJS", "sofa-timelinejs.json", ("TimelineJS JSON (*.json)",)),
    "image": ExportSpec("Export Timeline Image", "sofa-timeline.png", (PNG_FILTER, SVG_FILTER)),
}


def failure_text(exc: BaseException) -> str:
    """A reason a user can act on: the OS message for file errors, else the error's type and first line."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    first = (str(exc).splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


@contextmanager
def clean_timeline(view: TimelineView) -> Iterator[None]:
    """No dimming and no selection while the timeline is painted into an image (the view is restored after)."""
    dimmed, selected = set(view.dimmed_ids), view.selected_id
    view.set_dimmed(())
    view.select_event(None, ensure_visible=False)
    try:
        yield
    finally:
        view.set_dimmed(dimmed)
        view.select_event(selected, ensure_visible=False)


class ExportWorker(QObject):
    """Runs one export job (a function without Qt that opens its own Session) off the main thread."""

    finished = Signal(object)  # the job's result
    failed = Signal(str)

    def __init__(self, job: Callable[[], object]) -> None:
        super().__init__()
        self._job = job

    @Slot()
    def run(self) -> None:
        """Run the job; emits ``finished`` or ``failed`` exactly once."""
        try:
            result = self._job()
        except Exception as exc:  # shown in a dialog; the target file is only replaced on success
            self.failed.emit(failure_text(exc))
            return
        self.finished.emit(result)


class ExportController(QObject):
    """The slots of the File › Export actions. Emits ``exported(message)`` after each successful export."""

    exported = Signal(str)

    def __init__(self, window: QWidget, db: Database, settings: Settings, timeline: TimelineView) -> None:
        super().__init__(window)
        self._window, self._db, self._settings, self._timeline = window, db, settings, timeline
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self._path = Path()
        self.failure_box: QMessageBox | None = None
        window.installEventFilter(self)  # wait for a running export when the window closes

    @property
    def busy(self) -> bool:
        """True while a store export runs."""
        return self._thread is not None

    def ask_path(self, kind: str) -> tuple[Path, str] | None:
        """The file the user chose for an export ``kind`` and the chosen filter, or None if cancelled."""
        spec = SPECS[kind]
        start = str(Path(self._settings.last_dir() or Path.home()) / spec.file_name)
        name, chosen = QFileDialog.getSaveFileName(self._window, spec.title, start, ";;".join(spec.filters))
        if not name:
            return None
        self._settings.save_last_dir(str(Path(name).parent))
        return Path(name), chosen

    def export_store(self, fmt: str, search: tuple[str, str] = ("", "")) -> None:
        """Ask for a file, then write the store as ``fmt`` ("json", "csv" or "timelinejs") off the main thread;
        ``search`` (speaker, words) limits a CSV to the quotes that search finds."""
        if self.busy:
            self.exported.emit("An export is already running")
            return
        chosen = self.ask_path(fmt)
        if chosen is None:
            return
        path, name_filter = chosen
        if not path.suffix:  # typed without an extension: the format's own
            path = path.with_name(path.name + Path(SPECS[fmt].file_name).suffix)
        bom = name_filter == CSV_EXCEL_FILTER
        db = self._db

        def job() -> str:
            from sofa_desktop.store.export import render_export, write_export

            with db.read_session() as s:
                rendered = render_export(s, fmt, search=search)
            write_export(path, rendered, bom=bom)
            extra = f"; {rendered.left_out}" if rendered.left_out else ""
            return f"Exported to {path} ({rendered.note}{extra})"

        self._start(job, path)

    def export_image(self) -> None:
        """Ask for a .png or .svg file and write the timeline as it is shown now (same zoom and scroll)."""
        from sofa_desktop.ui.timeline.image_export import export_timeline_image

        chosen = self.ask_path("image")
        if chosen is None:
            return
        path, name_filter = chosen
        if path.suffix.lower() not in (".png", ".svg"):  # typed without an extension: take the chosen type's
            path = path.with_name(path.name + (".svg" if name_filter == SVG_FILTER else ".png"))
        try:
            with clean_timeline(self._timeline):  # an image for others: not the reader's current focus
                export_timeline_image(self._timeline, path)  # painting needs the main thread; it takes milliseconds
        except (OSError, ValueError) as exc:
            self._show_failure(path, failure_text(exc))
            return
        self.exported.emit(f"Exported to {path} (timeline image)")

    def wait(self) -> None:
        """Block until a running store export has finished (before the window closes)."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.wait()
        return False

    def _start(self, job: Callable[[], object], path: Path) -> None:
        thread, worker = QThread(), ExportWorker(job)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(self._on_worker_finished, Qt.ConnectionType.QueuedConnection)
        worker.failed.connect(self._on_worker_failed, Qt.ConnectionType.QueuedConnection)
        worker.finished.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(worker.deleteLater)
        self._thread, self._worker, self._path = thread, worker, path
        thread.start()

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()  # run() has returned: immediate
            self._thread.deleteLater()
        self._thread = self._worker = None

    def _on_worker_finished(self, message: object) -> None:
        self._stop_thread()
        self.exported.emit(str(message))

    def _on_worker_failed(self, reason: str) -> None:
        self._stop_thread()
        self._show_failure(self._path, reason)

    def _show_failure(self, path: Path, reason: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Export failed", f"Could not export to {path}:\n{reason}",
                          QMessageBox.StandardButton.Ok, self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages are never rich text
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one box per failure: none piles up in the window
        box.open()
        self.failure_box = box  # keep a reference while it is shown (tests read it)
