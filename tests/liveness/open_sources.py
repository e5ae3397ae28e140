"""Run by the liveness tests in a subprocess: open every source of a store in the main window's viewer, select a
passage of each and check the selection reads back exactly (the store's code-point offsets)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from sofa_desktop.store import open_database
from sofa_desktop.store import queries as q
from sofa_desktop.ui.main_window import MainWindow


def main(url: str) -> int:
    app = QApplication.instance() or QApplication([])
    db = open_database(url)
    w = MainWindow(db, restore=False)
    w.resize(1280, 800)
    w.show()
    app.processEvents()
    with db.read_session() as s:
        ids = [e.source_id for e in w.events.values()] + [r.id for r in q.list_sources(s)]
    for source_id in dict.fromkeys(ids):
        assert w.open_source(source_id)
        w.viewer.text.viewport().repaint()
        with db.read_session() as s:
            text = q.get_source(s, source_id).text
        start, end = len(text) // 2, min(len(text), len(text) // 2 + 40)
        w.viewer.select_range(start, end)
        assert w.viewer.selected_text() == text[start:end], source_id
    print("opened", len(dict.fromkeys(ids)))
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
