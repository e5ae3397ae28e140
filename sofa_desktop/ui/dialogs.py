"""Small dialogs of the main window: About (File › Export lives in ``ui/export_dialogs.py``)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox, QWidget

from sofa_desktop import APP_NAME, __version__
from sofa_desktop.store import Database


def show_about(parent: QWidget, db: Database | None = None) -> None:
    """The About box: our own text, versions for bug reports and the database in use (escaped, no password)."""
    import platform

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from sqlalchemy.engine import make_url

    from sofa_desktop.store.schema import sqlite_path

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
