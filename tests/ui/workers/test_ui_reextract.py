"""File › Re-extract Sources…: after an upgrade, the status bar says how many sources an older extractor read; one
click and an answer read them again in a worker thread, and the views follow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from test_ui_import import write_articles
from test_ui_main_window import open_window

import sofa_desktop.extract
from sofa_desktop.store import queries
from sofa_desktop.store.ingest import import_paths


def test_outdated_sources_are_offered_and_read_again(qtbot, empty_db, tmp_path: Path, monkeypatch) -> None:
    import_paths(empty_db, write_articles(tmp_path / "in", 3))
    monkeypatch.setattr(sofa_desktop.extract, "EXTRACTOR_VERSION", sofa_desktop.extract.EXTRACTOR_VERSION + 1)
    w = open_window(qtbot, empty_db)
    button: QPushButton = w.reextract_ui.button
    assert button.isVisible() and button.text().startswith("3 sources read by an older version")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = w.reextract_ui.box
    assert box is not None and "3 sources of 3" in box.text()
    choice = next(b for b in box.buttons() if b.text() == "Re-extract 3")
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    runner = w.import_runner
    assert runner is not None and not w.actions.reextract.isEnabled()  # one job at a time
    qtbot.waitUntil(lambda: w.import_runner is None, timeout=30000)
    with empty_db.read_session() as s:
        assert queries.counts(s).outdated == 0
    assert not button.isVisible() and w.actions.reextract.isEnabled()
    summary = next(c for c in w.findChildren(QMessageBox) if c.windowTitle() == "Re-extraction finished")
    assert summary.text().startswith("3 re-extracted, 0 failed.")
    summary.close()


def test_up_to_date_stores_can_still_be_read_again(qtbot, empty_db, tmp_path: Path) -> None:
    import_paths(empty_db, write_articles(tmp_path / "in", 2))
    w = open_window(qtbot, empty_db)
    assert not w.reextract_ui.button.isVisible()
    w.actions.reextract.trigger()
    box = w.reextract_ui.box
    assert box is not None and box.text().startswith("All 2 sources were read by this version")
    labels = [b.text() for b in box.buttons()]
    assert "Re-extract All 2" in labels and not any(t.startswith("Re-extract 0") for t in labels)
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert w.import_runner is None


def test_the_selected_event_stays_selected_across_a_re_extraction(qtbot, empty_db, tmp_path: Path) -> None:
    """Reading the sources again gives their events new ids: the reader keeps their place (the same passage of the
    same source selected, on the timeline, in the viewer and in the status bar), never a stale status line."""
    import_paths(empty_db, write_articles(tmp_path / "in", 2))
    w = open_window(qtbot, empty_db)
    before = next(e for e in w.events.values() if e.end > e.start)
    w.select_event(before.id)
    w.actions.reextract.trigger()
    box = w.reextract_ui.box
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Re-extract All 2"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.import_runner is None, timeout=30000)
    next(c for c in w.findChildren(QMessageBox) if c.windowTitle() == "Re-extraction finished").close()
    assert before.id not in w.events  # read again: new ids
    now = w.events[w.timeline.selected_id]
    assert (now.source_id, now.start, now.end, now.title) == (before.source_id, before.start, before.end, before.title)
    assert w.viewer.source_id == now.source_id and w.viewer.selection_range() == (now.start, now.end)
    assert any(label.text().startswith(f"Event: {now.title}") for label in w.statusBar().findChildren(QLabel))
