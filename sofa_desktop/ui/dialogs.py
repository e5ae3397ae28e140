"""Small dialogs of the main window: JSON export and About."""

from __future__ import annotations

import html
import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sofa_desktop import APP_NAME, __version__
from sofa_desktop.store import Database
from sofa_desktop.ui.settings import Settings


def export_json_dialog(parent: QWidget, db: Database, settings: Settings) -> Path | None:
    """Ask for a file name and write the whole store as JSON; return the path, or None if cancelled or failed."""
    start = str(Path(settings.last_dir() or Path.home()) / "sofa-export.json")
    name, _ = QFileDialog.getSaveFileName(parent, "Export JSON", start, "JSON (*.json)")
    if not name:
        return None
    from sofa_desktop.store.export import export_document

    path = Path(name)
    try:
        with db.read_session() as s:
            text = json.dumps(export_document(s), ensure_ascii=False, indent=2)
        path.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        QMessageBox.warning(parent, "Export failed", f"Could not write {path}: {exc.strerror}")
        return None
    settings.save_last_dir(str(path.parent))
    return path


def show_about(parent: QWidget, db: Database | None = None) -> None:
    """The About box: our own text, versions for bug reports and the database in use (escaped, no password)."""
    import platform

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from sqlalchemy.engine import make_url

    from sofa_desktop.store.db import sqlite_path

    where = ""
    if db is not None:
        path = sqlite_path(db.url)
        shown = str(path) if path else make_url(db.url).render_as_string(hide_password=True)
        where = f"<br><br>Database: {html.escape(shown)}" + (" (read-only)" if db.read_only else "")
    QMessageBox.about(parent, f"About {APP_NAME}",
                      f"<b>{APP_NAME}</b> {__version__}<br>Explore news coverage: who said what, who is involved, "
                      "and what happened when — every claim traced to its source passage."
                      f"{where}<br><br><small>PySide6 {pyside_version} · Qt {qVersion()} · "
                      f"Python {platform.python_version()}</small>")
