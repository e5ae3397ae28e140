"""Main window: populated panels, click-through from timeline/quotes/actors, navigation, persistence, screenshot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from sofa_desktop.store.queries import get_source
from sofa_desktop.ui.main_window import MainWindow
from sofa_desktop.ui.settings import Settings


def open_window(qtbot, db, size: tuple[int, int] | None = (1280, 800)) -> MainWindow:
    w = MainWindow(db)
    qtbot.addWidget(w)
    if size:
        w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    return w


def source_text(w: MainWindow, source_id: int) -> str:
    with w.db.read_session() as s:
        return get_source(s, source_id).text


def click_event(qtbot, w: MainWindow, event_id: int) -> None:
    w.timeline.ensure_visible(event_id)
    rect = w.timeline.mark_rect(event_id)
    assert rect is not None and w.timeline.geo.plot_rect.contains(rect.center())
    with qtbot.waitSignal(w.timeline.event_selected, timeout=2000) as blocker:
        qtbot.mouseClick(w.timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert blocker.args == [event_id]


def event_by_title(w: MainWindow, title: str) -> int:
    return next(e.id for e in w.events.values() if e.title == title)


def test_window_opens_on_seeds_with_populated_panels(qtbot, seed_db) -> None:
    w = open_window(qtbot, seed_db)
    assert w.counts.sources == 2
    assert w.actor_panel.proxy.rowCount() > 0
    assert w.viewer.picker.count() == 2
    assert w.quote_panel.model.rowCount() > 0
    assert "2 sources" in w._counts_label.text()
    assert {d.objectName() for d in (w.actors_dock, w.source_dock, w.quotes_dock)} == {
        "actorsDock", "sourceDock", "quotesDock"}


def test_click_event_opens_source_selects_evidence_and_highlights_actors(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    event_id = event_by_title(w, "Senate approves the treaty")
    click_event(qtbot, w, event_id)
    e = w.events[event_id]
    assert w.viewer.source_id == e.source_id
    assert w.viewer.selected_text() == "The Senate approved the treaty on December 4, 2025."
    bold = [r for r in range(w.actor_panel.model.rowCount())
            if w.actor_panel.model.index(r, 0).data(Qt.ItemDataRole.FontRole) is not None]
    assert {w.actor_panel.model.index(r, 0).data() for r in bold} == {"Senate", "Ana Gómez"}
    assert "Senate approves the treaty" in w._selection_label.text()


def test_keyboard_navigation_and_back_forward(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    order = w.timeline.lay.order
    w.timeline.setFocus()
    w.select_event(order[0])
    qtbot.keyClick(w.timeline, Qt.Key.Key_Right)
    assert w.timeline.selected_id == order[1]
    assert w.viewer.source_id == w.events[order[1]].source_id
    qtbot.keyClick(w.timeline, Qt.Key.Key_End)
    assert w.timeline.selected_id == order[-1]  # the undated event comes last
    assert w.actions.back.isEnabled()
    w.actions.back.trigger()
    assert w.timeline.selected_id == order[1]
    w.actions.back.trigger()
    assert w.timeline.selected_id == order[0] and not w.actions.back.isEnabled()
    w.actions.forward.trigger()
    assert w.timeline.selected_id == order[1]


def test_undated_events_are_clickable(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    undated = event_by_title(w, "Next round of talks")
    assert w.timeline.lay.undated == [undated]
    rect = w.timeline.mark_rect(undated)
    qtbot.mouseClick(w.timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert w.viewer.selected_text() == "It is not clear when the next round starts."


def test_conflict_tooltip_lines(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    lines = w.timeline.tooltip_lines(event_by_title(w, "Senate approves the treaty"))
    assert "Date as written: December 4, 2025" in lines
    assert any(line.startswith("⚠ Conflict: Wire says 2025-12-04") for line in lines)
    assert len(w.timeline.lay.conflict_links) == 1


def test_quote_search_activation_selects_quote_and_speaker(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    w.actions.find_quotes.trigger()
    qtbot.keyClicks(w.quote_panel.speaker_box, "GOMEZ")
    qtbot.waitUntil(lambda: w.quote_panel.model.rowCount() == 1, timeout=3000)
    index = w.quote_panel.model.index(0, 0)
    w.quote_panel.table.setCurrentIndex(index)
    assert w.viewer.selected_text() == "We kept our word,"  # after a 😀 and a 🎉: UTF-16 offsets handled
    assert w.actor_panel.selected_ids() == [next(a.id for a in w.actor_panel.model._rows if a.name == "Ana Gómez")]
    assert w.viewer.highlight_count("actor") == 2


def test_actor_double_click_lists_quotes_and_filter_limits_timeline(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    w.actor_panel.filter_box.setText("perez")
    assert w.actor_panel.proxy.rowCount() == 1
    index = w.actor_panel.proxy.index(0, 0)
    rect = w.actor_panel.table.visualRect(index)
    qtbot.mouseClick(w.actor_panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(w.actor_panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.quote_panel.speaker_box.text() == "Luis Pérez"
    assert w.quote_panel.model.rowCount() == 1
    w.actor_panel.filter_box.setText("senate")
    w.actor_panel.table.selectRow(0)
    w.actor_panel.timeline_toggle.setChecked(True)
    titles = {w.events[m.event_id].title for m in w.timeline.lay.marks}
    assert titles == {"Senate approves the treaty", "Senate approves the treaty (reported week)"}
    w.actor_panel.timeline_toggle.setChecked(False)
    assert len(w.timeline.lay.marks) == 4


def test_chamber_of_deputies_vote_on_seeds(qtbot, seed_db) -> None:
    w = open_window(qtbot, seed_db)
    matches = [e for e in w.events.values() if e.date_start is not None
               and "Chamber of Deputies" in source_text(w, e.source_id)[e.start:e.end]
               and "approved" in source_text(w, e.source_id)[e.start:e.end]]
    if not matches:
        pytest.skip("the extractor does not find the Chamber of Deputies vote yet")
    e = matches[0]
    click_event(qtbot, w, e.id)
    assert w.viewer.picker.currentData() == e.source_id
    assert "(AP)" in source_text(w, e.source_id)[:200]
    selected = w.viewer.selected_text()
    assert "Chamber of Deputies" in selected and "approved" in selected


def test_ramirez_quotes_on_seeds(qtbot, seed_db) -> None:
    w = open_window(qtbot, seed_db)
    w.quote_panel.search_speaker("ramirez")
    hits = [w.quote_panel.model.hit(r) for r in range(w.quote_panel.model.rowCount())]
    if not hits:
        pytest.skip("the extractor does not attribute quotes to Rubén Ramírez Lezcano yet")
    assert all(any("Ramírez" in s for s in h.speakers) for h in hits)
    w.quote_panel.table.setCurrentIndex(w.quote_panel.model.index(len(hits) - 1, 0))
    assert w.viewer.selected_text() == hits[-1].text


def test_layout_and_last_selection_persist(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    event_id = event_by_title(w, "Talks begin")
    w.select_event(event_id)
    w.quotes_dock.hide()
    w.move(QPoint(40, 30))
    w.resize(700, 500)  # within the offscreen platform's 800x600 screen, so restoreGeometry keeps it
    w.close()
    assert Settings().last_selection() == ("event", event_id)
    w2 = open_window(qtbot, rich_db, size=None)
    assert w2.quotes_dock.isHidden()
    assert (w2.size().width(), w2.size().height()) == (700, 500)
    assert w2.restore_last_selection()
    assert w2.timeline.selected_id == event_id
    assert w2.viewer.selected_text() == "Talks began in 2019."


def test_screenshot_entry_point(tmp_path: Path, seed_template: Path) -> None:
    from sofa_desktop.ui.app import run_gui

    db_path = tmp_path / "shot.sqlite"
    shutil.copy(seed_template, db_path)
    out = tmp_path / "shot.png"
    assert run_gui(db_url=f"sqlite:///{db_path}", screenshot=str(out)) == 0
    assert out.stat().st_size > 10_000


def test_screenshot_in_the_dark_theme(tmp_path: Path, seed_template: Path) -> None:
    from PySide6.QtGui import QImage

    from sofa_desktop.ui.app import run_gui

    db_path = tmp_path / "shot.sqlite"
    shutil.copy(seed_template, db_path)
    out = tmp_path / "dark.png"
    assert run_gui(db_url=f"sqlite:///{db_path}", screenshot=str(out), theme="dark") == 0
    image = QImage(str(out))
    corner = image.pixelColor(image.width() // 2, image.height() - 5)  # the status bar
    assert corner.lightness() < 100


def test_screenshot_of_a_bad_database_fails_cleanly(tmp_path: Path, capsys) -> None:
    from sofa_desktop.ui.app import run_gui

    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    assert run_gui(db_url=f"sqlite:///{bad}", screenshot=str(tmp_path / "x.png")) == 1
    assert "not an SQLite database" in capsys.readouterr().err


def test_actor_selection_fades_other_events_and_lane_label_opens_source(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    w.actor_panel.filter_box.setText("gomez")
    w.actor_panel.table.selectRow(0)
    approve = event_by_title(w, "Senate approves the treaty")
    assert approve not in w.timeline.dimmed_ids and event_by_title(w, "Talks begin") in w.timeline.dimmed_ids
    lane = w.timeline.lay.lanes[1]
    y = w.timeline.geo.lane_top(1) + 10
    with qtbot.waitSignal(w.timeline.source_selected, timeout=1000):
        qtbot.mouseClick(w.timeline.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, int(y)))
    assert w.viewer.source_id == lane.source_id
    assert not w.timeline.dimmed_ids


def test_export_json_writes_the_store(qtbot, rich_db, tmp_path: Path, monkeypatch) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog

    w = open_window(qtbot, rich_db)
    target = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "JSON (*.json)"))
    w.actions.export_json.trigger()
    qtbot.waitUntil(lambda: "Exported to" in w.statusBar().currentMessage())  # written off the main thread
    data = json.loads(target.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data
    assert "Exported to" in w.statusBar().currentMessage()


def test_every_shortcut_is_unique(qtbot, rich_db) -> None:
    from PySide6.QtGui import QAction

    w = open_window(qtbot, rich_db)
    seen: dict[str, str] = {}
    for action in w.findChildren(QAction):
        for seq in action.shortcuts():
            key = seq.toString()
            assert key not in seen or seen[key] == action.text(), f"{key}: {seen.get(key)} / {action.text()}"
            seen[key] = action.text()
    assert {"Ctrl+F", "Alt+Left", "Alt+Right", "Ctrl+Q", "Ctrl+O", "Ctrl+0"} <= set(seen)


def test_choosing_another_database_file_with_odd_characters(qapp, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from sofa_desktop.store.schema.db import sqlite_path
    from sofa_desktop.ui import app

    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    chosen = tmp_path / "odd ?name% #1.sqlite"
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: QMessageBox.StandardButton.Open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    db = app._open(f"sqlite:///{bad}", None)
    try:
        assert db is not None and sqlite_path(db.url) == chosen
    finally:
        db.dispose()
    assert chosen.exists()


def test_clicking_a_quote_header_sorts_in_the_database(qtbot, seed_db) -> None:
    from sofa_desktop.corpus import fold
    from sofa_desktop.ui.panels.quote_table_model import QuoteTableModel

    w = open_window(qtbot, seed_db)
    panel = w.quote_panel
    header = panel.table.horizontalHeader()

    def speakers() -> list[str]:
        return [fold(min(h.speakers, key=fold)) for r in range(panel.model.rowCount())
                if (h := panel.model.hit(r)) is not None and h.speakers]

    header.setSortIndicator(QuoteTableModel.COL_SPEAKERS, Qt.SortOrder.AscendingOrder)
    assert len(speakers()) > 2 and speakers() == sorted(speakers())
    header.setSortIndicator(QuoteTableModel.COL_SPEAKERS, Qt.SortOrder.DescendingOrder)
    assert speakers() == sorted(speakers(), reverse=True)
    header.setSortIndicator(QuoteTableModel.COL_DATE, Qt.SortOrder.AscendingOrder)
    assert panel.model.rowCount() == w.counts.quotes
    from sofa_desktop.store.search.quotes import search_quotes

    with seed_db.read_session() as s:
        default = [h.id for h in search_quotes(s)]
        assert [h.id for h in search_quotes(s, order="text; DROP TABLE quote")] == default  # whitelist only
