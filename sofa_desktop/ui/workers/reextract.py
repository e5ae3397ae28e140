"""File › Re-extract Sources…: read the stored articles again with this version's extractor, off the main thread,
with progress and cancel; a status-bar button says when some sources were read by an older version."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from sofa_desktop.store import Database
from sofa_desktop.store.curation import list_curations
from sofa_desktop.store.ingest import ImportResult, reextract_sources
from sofa_desktop.ui.workers.jobs import JobRunner, JobWorker, Progress
from sofa_desktop.wording import plural

if TYPE_CHECKING:
    from sofa_desktop.ui.main_window import MainWindow


class ReextractWorker(JobWorker):
    """Runs ``store.ingest.reextract_sources``: the outdated sources, or every one."""

    def __init__(self, db: Database, all_sources: bool) -> None:
        super().__init__()
        self._db = db
        self._all = all_sources

    def job(self, progress: Progress, cancelled: Callable[[], bool]) -> list[ImportResult]:
        return reextract_sources(self._db, all_sources=self._all, progress=progress, cancelled=cancelled)


class ReextractRunner(JobRunner):
    """One re-extraction with its progress dialog and summary ("12 re-extracted, 0 failed")."""

    def __init__(self, db: Database, all_sources: bool, parent: QWidget | None = None,
                 show_summary: bool = True) -> None:
        super().__init__(ReextractWorker(db, all_sources), parent, show_summary, "Re-extracting sources", "Source")
        self._db = db

    def show_results(self, results: list[ImportResult]) -> None:
        failed = [r.line() for r in results if r.status == "rejected"]
        lost = [f"Edit {c.id} ({c.description}) could not be re-applied: {c.problem}"
                for c in list_curations(self._db, include_undone=False) if not c.applied]
        text = (("Cancelled. " if self.cancelled else "")
                + f"{len(results) - len(failed)} re-extracted, {len(failed)} failed.")
        if lost:
            text += f"\n\n{plural(len(lost), 'analyst edit')} could not be re-applied (see details and Analyst Edits)."
        self.open_box("Re-extraction finished" if not self.cancelled else "Re-extraction cancelled", text,
                      failed + lost)

    def show_failure(self, message: str) -> None:
        QMessageBox.warning(self._parent, "Re-extraction failed", f"The re-extraction stopped: {message}\n\n"
                            "Sources re-extracted before the error keep their new results.")


class ReextractUi:
    """The File menu's action and the status bar's "N sources read by an older version" button."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.box: QMessageBox | None = None  # the question asked last (tests answer it)
        self.button = QPushButton(window)
        self.button.setObjectName("reextractOutdatedButton")
        self.button.setFlat(True)
        self.button.setIcon(window.actions.reextract.icon())
        self.button.setToolTip("These sources were read by an older version of the extractor: read them again "
                               "so their quotes, events and threads follow this version's rules")
        self.button.clicked.connect(self.ask)
        self.button.hide()
        window.statusBar().addPermanentWidget(self.button)
        window.actions.reextract.triggered.connect(self.ask)

    def show_outdated(self, outdated: int) -> None:
        """Show the button while some sources are outdated (never on a read-only store)."""
        self.button.setText(f"{plural(outdated, 'source')} read by an older version: Re-extract…")
        self.button.setVisible(outdated > 0 and not self.w.db.read_only)

    def ask(self) -> QMessageBox | None:
        """Ask which sources to read again (non-blocking); the answer starts the job."""
        c = self.w.counts
        if self.w.db.read_only or self.w.import_runner is not None or not c.sources:
            return None
        box = QMessageBox(self.w)
        box.setWindowTitle("Re-extract sources")
        box.setIcon(QMessageBox.Icon.Question)
        note = ("Analysts' edits are re-applied afterwards; quotes, events and threads may change. It runs in the "
                "background and can be cancelled.")
        choices: dict[QPushButton, bool] = {}
        if c.outdated:
            box.setText(f"{plural(c.outdated, 'source')} of {c.sources} were read by an older version of the "
                        "extractor. Read them again with this version?")
            choices[box.addButton(f"Re-extract {c.outdated}", QMessageBox.ButtonRole.AcceptRole)] = False
        else:
            box.setText(f"All {plural(c.sources, 'source')} were read by this version of the extractor. "
                        "Read them all again anyway?")
        if c.sources > c.outdated:
            choices[box.addButton(f"Re-extract All {c.sources}", QMessageBox.ButtonRole.AcceptRole)] = True
        box.setInformativeText(note)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._answered(choices.get(button)))
        box.open()
        self.box = box
        return box

    def _answered(self, all_sources: bool | None) -> None:
        if all_sources is not None:
            self.w.run_job(ReextractRunner(self.w.db, all_sources, self.w))
