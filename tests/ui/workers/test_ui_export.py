"""File › Export in the main window: each action with the file dialog patched, status message, error dialog."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox
from shiboken6 import isValid
from test_ui_main_window import open_window

from sofa_desktop.ui.workers.export_dialogs import CSV_EXCEL_FILTER, CSV_FILTER, SVG_FILTER


def choose(monkeypatch: pytest.MonkeyPatch, path: Path | str, name_filter: str = "") -> list[tuple]:
    asked: list[tuple] = []

    def fake(*args, **_kw):  # type: ignore[no-untyped-def]
        asked.append(args)
        return str(path), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def wait_exported(qtbot, w) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: "Exported to" in w.statusBar().currentMessage())
    return w.statusBar().currentMessage()


def test_file_menu_has_an_export_submenu(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    file_menu = w.menuBar().actions()[0].menu()
    export = next(a.menu() for a in file_menu.actions() if a.menu() and a.text() == "&Export")
    a = w.actions
    assert export.actions() == [a.export_json, a.export_quotes_csv, a.export_found_quotes, a.export_timelinejs,
                                a.export_timeline_image]


def test_quotes_csv_for_excel_has_a_bom(qtbot, rich_db, tmp_path: Path, monkeypatch) -> None:
    w = open_window(qtbot, rich_db)
    target = tmp_path / "quotes.csv"
    asked = choose(monkeypatch, target, CSV_EXCEL_FILTER)
    w.actions.export_quotes_csv.trigger()
    message = wait_exported(qtbot, w)
    assert str(target) in message and "2 quotes" in message
    assert CSV_FILTER in asked[0][3] and CSV_EXCEL_FILTER in asked[0][3]
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert {r["speakers"] for r in rows} == {"Ana Gómez", "Luis Pérez"}
    assert w.settings.last_dir() == str(tmp_path)


def test_plain_csv_has_no_bom(qtbot, rich_db, tmp_path: Path, monkeypatch) -> None:
    w = open_window(qtbot, rich_db)
    target = tmp_path / "quotes.csv"
    choose(monkeypatch, tmp_path / "quotes", CSV_FILTER)  # typed without an extension
    w.actions.export_quotes_csv.trigger()
    wait_exported(qtbot, w)
    assert target.read_bytes().startswith(b"quote_id,")


def test_timelinejs_reports_undated_events(qtbot, rich_db, tmp_path: Path, monkeypatch) -> None:
    w = open_window(qtbot, rich_db)
    target = tmp_path / "timeline.json"
    choose(monkeypatch, target)
    w.actions.export_timelinejs.trigger()
    message = wait_exported(qtbot, w)
    assert "4 events" in message and "1 undated event left out" in message
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert len(doc["events"]) == 4 and all("start_date" in e for e in doc["events"])


def test_timeline_image_png_and_svg(qtbot, rich_db, tmp_path: Path, monkeypatch) -> None:
    w = open_window(qtbot, rich_db)
    w.timeline.zoom_in()
    choose(monkeypatch, tmp_path / "shot.png")
    w.actions.export_timeline_image.trigger()
    assert "Exported to" in wait_exported(qtbot, w)
    image = QImage(str(tmp_path / "shot.png"))
    assert image.size() == w.timeline.viewport().size() * 2
    choose(monkeypatch, tmp_path / "shot", SVG_FILTER)  # typed without an extension: the chosen type's is added
    w.actions.export_timeline_image.trigger()
    assert (tmp_path / "shot.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_cancelled_dialog_writes_nothing(qtbot, rich_db, tmp_path: Path, monkeypatch) -> None:
    w = open_window(qtbot, rich_db)
    choose(monkeypatch, "")
    for action in (w.actions.export_json, w.actions.export_quotes_csv, w.actions.export_timelinejs,
                   w.actions.export_timeline_image):
        action.trigger()
    assert not w.exporter.busy and "Exported" not in w.statusBar().currentMessage()


def test_unwritable_target_shows_an_error_dialog(qtbot, rich_db, tmp_path: Path, monkeypatch) -> None:
    w = open_window(qtbot, rich_db)
    target = tmp_path / "no" / "such" / "quotes.csv"
    choose(monkeypatch, target, CSV_FILTER)
    w.actions.export_quotes_csv.trigger()
    qtbot.waitUntil(lambda: w.exporter.failure_box is not None and w.exporter.failure_box.isVisible())
    box = w.exporter.failure_box
    assert box.icon() == QMessageBox.Icon.Warning and str(target) in box.text()
    assert "No such file" in box.text() and not w.exporter.busy
    box.close()
    qtbot.waitUntil(lambda: not isValid(box))  # closed boxes are deleted, not kept as the window's children
    choose(monkeypatch, tmp_path / "no" / "shot.png")
    w.actions.export_timeline_image.trigger()
    assert w.exporter.failure_box.isVisible() and "shot.png" in w.exporter.failure_box.text()
    w.exporter.failure_box.close()


def test_store_export_runs_off_the_main_thread_one_at_a_time(qtbot, rich_db, tmp_path: Path, monkeypatch) -> None:
    import threading

    from sofa_desktop.store import export

    w = open_window(qtbot, rich_db)
    release, threads = threading.Event(), []
    real = export.render_export

    def slow(s, fmt, title=None, **kw):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        release.wait(5)
        return real(s, fmt, title, **kw)

    monkeypatch.setattr(export, "render_export", slow)
    choose(monkeypatch, tmp_path / "store.json")
    w.actions.export_json.trigger()
    assert w.exporter.busy
    w.actions.export_quotes_csv.trigger()  # refused while the first runs: one export at a time
    assert "already running" in w.statusBar().currentMessage()
    release.set()
    wait_exported(qtbot, w)
    assert threads and threads[0] is not threading.main_thread() and not w.exporter.busy
    assert json.loads((tmp_path / "store.json").read_text(encoding="utf-8"))["schema"].startswith("sofa-desktop/")
