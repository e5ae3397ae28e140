"""Import off the main thread: ``ImportWorker`` and ``ImportRunner`` (the dialogs), jobs of ``workers.jobs``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from sofa_desktop.store import Database
from sofa_desktop.store.ingest import ImportResult, import_paths, is_link, summary
from sofa_desktop.store.one_line import one_line
from sofa_desktop.ui.workers.jobs import JobRunner, JobWorker, Progress


class ImportWorker(JobWorker):
    """Runs ``store.ingest.import_paths`` off the main thread; cancel is checked between files."""

    def __init__(self, db: Database, paths: Sequence[str | Path]) -> None:
        super().__init__()
        self._db = db
        self._paths = list(paths)

    def job(self, progress: Progress, cancelled: Callable[[], bool]) -> list[ImportResult]:
        return import_paths(self._db, self._paths, progress=progress, cancelled=cancelled)

    def label(self, result: ImportResult) -> str:
        return Path(result.path).name


class ImportRunner(JobRunner):
    """Owns one import: thread, worker, progress dialog and the summary. Emits ``done(results)`` on the main thread."""

    def __init__(self, db: Database, paths: Sequence[str | Path], parent: QWidget | None = None,
                 show_summary: bool = True) -> None:
        super().__init__(ImportWorker(db, paths), parent, show_summary, "Importing articles", "File")

    def show_results(self, results: list[ImportResult]) -> None:
        self.open_box("Import finished" if not self.cancelled else "Import cancelled",
                      summary_text(results, self.cancelled),
                      [r.line() for r in results if r.status in ("rejected", "skipped")])

    def show_failure(self, message: str) -> None:
        QMessageBox.warning(self._parent, "Import failed", f"The import stopped: {message}\n\n"
                            "Files imported before the error are kept.")


_SECTIONS = (("updated", "Updated to a new version (analysts' edits moved to the new text)"),
             ("unchanged", "Already stored"), ("skipped", "Skipped"), ("rejected", "Rejected"))
_LISTED = 8


def summary_text(results: Sequence[ImportResult], cancelled: bool = False) -> str:
    """The counts in the CLI's words ("2 imported, 1 unchanged, 1 skipped, 0 rejected."), then the files that
    were updated, recognised as already stored, skipped or rejected, with why (the first few of each)."""
    text = ("Cancelled. " if cancelled else "") + summary(results) + "."
    for status, heading in _SECTIONS:
        listed = [r for r in results if r.status == status and r.reason]
        if not listed:
            continue
        text += f"\n\n{heading}:\n" + "\n".join(one_line(f"• {_shown_name(r.path)}: {r.reason}")
                                                  for r in listed[:_LISTED])
        if len(listed) > _LISTED:
            text += f"\n… and {len(listed) - _LISTED} more" + (" (see details)" if status == "rejected" else "")
    return text


def _shown_name(path: str) -> str:
    """A file's name; a link as it is (its last part alone says little)."""
    return path if is_link(path) else Path(path).name
