"""GUI: File › Import from URL through the import worker, the source picker's metadata and provenance tooltip,
and the picker's context menu: set a source's date/title/outlet (undoable, dates re-resolved) or remove it."""

from __future__ import annotations

import datetime as dt
import http.server
import threading

import pytest
from PySide6.QtCore import Qt
from story_formats import page, paragraphs

from sofa_desktop.store import queries
from sofa_desktop.ui.main_window import MainWindow


class _Page(http.server.BaseHTTPRequestHandler):
    body = page("The River Courier", "port", paragraphs()).encode("utf-8")

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        found = self.path == "/news/port"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body) if found else 0))
        self.end_headers()
        if found:
            self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _window(qtbot, db) -> MainWindow:
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    return w


def test_import_from_url_fetches_off_the_ui_thread_and_the_picker_says_where_metadata_came_from(qtbot, empty_db,
                                                                                                  site):
    w = _window(qtbot, empty_db)
    w.actions.import_url.trigger()
    dialog = w.url_dialog
    dialog.edit.setPlainText(f"{site}/news/port\nnews.example/no-scheme\n")
    dialog.accept()
    assert dialog.isVisible() and "Not a web address" in dialog.problem.text()
    dialog.edit.setPlainText(f"\n{site}/news/port\n{site}/missing\n{site}/news/port\n")
    dialog.accept()
    assert w.import_runner is not None and not w.actions.import_url.isEnabled()
    runner = w.import_runner
    runner.show_summary = False
    results = []
    runner.done.connect(results.append)
    qtbot.waitUntil(lambda: w.import_runner is None, timeout=30000)
    assert [r.status for r in results[0]] == ["imported", "rejected"]
    assert w.actions.import_url.isEnabled()
    with empty_db.read_session() as s:
        [row] = queries.list_sources(s)
    w.open_source(row.id)
    picker = w.viewer.picker
    assert "The River Courier · 2026-03-11 · web page · en" in picker.currentText()
    tip = picker.itemData(picker.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert "Date: 2026-03-11 — date from the page's article:published_time" in tip
    assert "Outlet: The River Courier — outlet from the page's og:site_name" in tip and picker.toolTip() == tip


def test_set_details_from_the_picker_menu_resolves_dates_and_undoes(qtbot, seed_db):
    w = _window(qtbot, seed_db)
    with seed_db.read_session() as s:
        undated = next(r for r in queries.list_sources(s) if r.published is None)
    w.open_source(undated.id)
    assert "undated" in w.viewer.picker.currentText()
    dialog = w.source_edits.edit_details()
    dialog.date.setText("11 March")
    dialog.accept()
    assert dialog.isVisible() and "YYYY-MM-DD" in dialog.problem.text()
    dialog.date.setText("2026-03-12")
    dialog.outlet.setText("Desk Notes")
    dialog.accept()

    def row():
        with seed_db.read_session() as s:
            return queries.get_source(s, undated.id).row

    assert (row().published, row().outlet) == (dt.date(2026, 3, 12), "Desk Notes")
    assert row().source_of("published") == "set by an analyst"
    assert "2026-03-12" in w.viewer.picker.currentText()
    w.undo_stack.undo()
    assert (row().published, row().outlet) == (None, None)
    w.undo_stack.redo()
    assert row().published == dt.date(2026, 3, 12)


def test_remove_source_with_undo(qtbot, seed_db):
    w = _window(qtbot, seed_db)
    with seed_db.read_session() as s:
        first = queries.list_sources(s)[0]
    w.open_source(first.id)
    w.source_edits.remove.trigger()

    def titles():
        with seed_db.read_session() as s:
            return sorted(r.label for r in queries.list_sources(s))

    assert first.label not in titles() and w.viewer.picker.count() == 1
    w.undo_stack.undo()
    assert first.label in titles() and w.viewer.picker.count() == 2
