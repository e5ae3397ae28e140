"""Exception hook for the GUI: unexpected errors are logged to a file and shown in a dialog; the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from sofa_desktop import APP_ID
from sofa_desktop.store.schema import redact

log = logging.getLogger("sofa_desktop.ui")


def log_file() -> Path:
    """The GUI's log file in the per-user log directory."""
    from platformdirs import user_log_path

    return user_log_path(APP_ID, appauthor=False, ensure_exists=True) / "sofa-desktop.log"


def _file_handler() -> logging.FileHandler | None:
    try:
        handler = logging.FileHandler(log_file(), encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


class ExceptionHook:
    """Replaces ``sys.excepthook``; shows one dialog at a time (``show_dialog=False`` for offscreen runs)."""

    def __init__(self, show_dialog: bool = True) -> None:
        self.show_dialog = show_dialog
        self._handler = _file_handler()
        self.log_path = Path(self._handler.baseFilename) if self._handler else None
        if self._handler:
            log.addHandler(self._handler)
            log.setLevel(logging.INFO)
        self._showing = False
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        """Restore the previous hook and close the log file."""
        sys.excepthook = self._previous
        if self._handler:
            log.removeHandler(self._handler)
            self._handler.close()

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        text = redact("".join(traceback.format_exception(exc_type, exc, tb)))  # no password in logs or dialogs
        log.error("unexpected error\n%s", text)
        print(text, file=sys.stderr)
        if self.show_dialog and not self._showing:
            self._showing = True
            try:
                self._dialog(redact(f"{exc_type.__name__}: {exc}"), text)
            finally:
                self._showing = False

    def _dialog(self, summary: str, details: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QMessageBox

        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Unexpected error")
        box.setTextFormat(Qt.TextFormat.PlainText)
        where = f"\n\nDetails were written to {self.log_path}." if self.log_path else ""
        box.setText(f"Something went wrong, but your data is safe and the app keeps running.\n\n{summary}{where}")
        box.setDetailedText(details)
        box.exec()
