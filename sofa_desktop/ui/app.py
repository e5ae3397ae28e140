"""GUI entry point ``run_gui``: QApplication, theme, database opening, first-start seed import, screenshot mode."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sofa_desktop import APP_ID, APP_NAME
from sofa_desktop.ui.theme import apply_theme

if TYPE_CHECKING:
    from sofa_desktop.store import Database

SCREENSHOT_SIZE = (1280, 800)


def _ensure_platform(screenshot: str | None) -> None:
    """Use the offscreen platform for screenshots when there is no display."""
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    no_display = sys.platform.startswith("linux") and not has_display
    if screenshot and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_app() -> object:
    """Create (or reuse) the QApplication with our names and the Fusion style."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("sofa-desktop")
    app.setStyle("Fusion")
    return app


def _open(db_url: str | None, screenshot: str | None) -> Database | None:
    """Open the database; on failure offer another file (interactive) or report and give up (screenshot)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from sofa_desktop.store import DatabaseError, open_database  # SQLAlchemy loads while Qt is already up
    from sofa_desktop.store.schema import sqlite_url

    url = db_url
    while True:
        try:
            return open_database(url)
        except DatabaseError as exc:
            if screenshot:
                print(f"error: {exc}", file=sys.stderr)
                return None
            answer = QMessageBox.critical(None, "Cannot open the database", f"{exc}\n\nChoose another database file?",
                                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Open:
                return None
            path, _ = QFileDialog.getSaveFileName(None, "Choose or create a database", str(Path.home()),
                                                  "SOFA database (*.sqlite *.db);;All files (*)",
                                                  options=QFileDialog.Option.DontConfirmOverwrite)
            if not path:
                return None
            url = sqlite_url(path)  # escapes '?', '#' and '%' in file names


def import_seeds_if_empty(db: Database, seeds_dir: Path | None) -> int:
    """First start: import the bundled seed articles into an empty, writable database; return how many were added."""
    if db.read_only or seeds_dir is None or not Path(seeds_dir).is_dir():
        return 0
    from sofa_desktop.store import queries

    with db.read_session() as s:
        if queries.counts(s).sources:
            return 0
    from sofa_desktop.store.ingest import import_paths  # only now: the importer is not needed to open a store

    return sum(1 for r in import_paths(db, [seeds_dir]) if r.status == "imported")


def take_screenshot(window: object, path: str) -> bool:
    """Lay the window out at 1280x800 with the main story selected (a report of the thread most outlets tell, else
    the first event) and save it as PNG."""
    from PySide6.QtWidgets import QApplication

    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QApplication.processEvents()
    if not select_main_story(window) and window.viewer.picker.count():
        window.go(("source", window.viewer.picker.itemData(0)))
    for _ in range(3):
        QApplication.processEvents()
    return window.grab().save(path, "PNG")


def select_main_story(window: object) -> bool:
    """Select a report of the main story (else the first event) as a first start shows it; False if no event.
    Not the earliest event: that is often a background mention years before the story, far from its bulk."""
    first = _main_story_event(window.timeline) or window.timeline.lay.neighbour(None, 1)
    if first is not None:
        window.select_event(first)
    return first is not None


def _main_story_event(timeline: object) -> int | None:
    """A dated report that agrees with the thread told by the most witnesses (disputed, then recent ones first;
    None without threads)."""
    ctx = timeline.ctx
    threads = sorted(ctx.threads.values(), key=lambda th: (-th.witnesses, -th.disagreeing, -th.reports,
                                                            -(th.date_start.toordinal() if th.date_start else 0)))
    for thread in threads:
        for report in ctx.reports(thread.id):
            if report.role == "agrees" and report.event_id in timeline.events:
                return report.event_id
    return None


def run_gui(db_url: str | None = None, screenshot: str | None = None, seeds_dir: Path | None = None,
            debug: bool = False, theme: str | None = None) -> int:
    """Open the explorer window (or render it to ``screenshot`` and exit); return the process exit code.
    ``theme``: "light", "dark" or "system" for this run, over the saved choice."""
    _ensure_platform(screenshot)
    app = make_app()
    from sofa_desktop.ui.errors import ExceptionHook
    from sofa_desktop.ui.settings import Settings

    hook = ExceptionHook(show_dialog=not screenshot)
    settings = Settings()
    chosen = {"light": False, "dark": True, "system": None}
    apply_theme(chosen[theme] if theme else False if screenshot else settings.dark_theme())
    db = _open(db_url, screenshot)
    if db is None:
        return 1
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            import_seeds_if_empty(db, seeds_dir)
        finally:
            QApplication.restoreOverrideCursor()
        from sofa_desktop.ui.main_window import MainWindow

        window = MainWindow(db, settings, restore=not screenshot)
        if screenshot:
            ok = take_screenshot(window, screenshot)
            window.close()
            if not ok:
                print(f"error: could not write {screenshot}", file=sys.stderr)
            return 0 if ok else 1
        window.show()
        if not window.restore_last_selection():
            select_main_story(window)
        return app.exec()
    finally:
        hook.uninstall()
        db.dispose()
