"""Issue 19, stale state: the actor filter clears cleanly, the current passage stands out, Back returns to the quote,
and the timeline image never carries the reader's dimming or selection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from window_steps import click_actor, click_event, click_row, event_id, open_window


def test_clearing_the_actor_filter_undims_the_timeline_and_the_status_bar(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    qtbot.keyClicks(w.actor_panel.filter_box, "perez")
    click_actor(qtbot, w, "Luis Pérez")
    assert w.timeline.dimmed_ids and w._selection_label.text().startswith("Actor: Luis Pérez")
    w.actor_panel.filter_box.setFocus()
    w.actor_panel.filter_box.selectAll()
    qtbot.keyClick(w.actor_panel.filter_box, Qt.Key.Key_Backspace)  # the user empties the filter box
    assert w.actor_panel.proxy.rowCount() > 1
    assert not w.timeline.dimmed_ids
    assert "Actor:" not in w._selection_label.text()
    assert w.viewer.highlight_count("actor") == 0


def test_the_current_quote_stands_out_and_earlier_ones_lose_it(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    qtbot.keyClicks(w.quote_panel.speaker_box, "gomez")
    qtbot.waitUntil(lambda: w.quote_panel.model.rowCount() == 1)
    click_row(qtbot, w.quote_panel.table, 0)
    assert w.viewer.highlight_count("current") == 1
    first = w.viewer.text.extraSelections()[-1]  # the top layer
    assert first.cursor.selectedText() == "We kept our word,"
    click_event(qtbot, w, event_id(w, "Talks begin"))
    top = w.viewer.text.extraSelections()[-1]
    assert w.viewer.highlight_count("current") == 1  # one strong mark, the new one
    assert top.cursor.selectedText() == "Talks began in 2019."
    current_alpha = top.format.background().color().alpha()
    event_alpha = w.viewer._formats["event"].background().color().alpha()
    assert current_alpha >= 2 * event_alpha  # the ordinary evidence tint is faint, the selected one strong


def test_back_returns_to_the_quote_after_clicking_its_speaker(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    click_actor(qtbot, w, "Senate")
    qtbot.keyClicks(w.quote_panel.speaker_box, "gomez")
    qtbot.waitUntil(lambda: w.quote_panel.model.rowCount() == 1)
    click_row(qtbot, w.quote_panel.table, 0)  # the quote selects its speaker quietly
    click_actor(qtbot, w, "Ana Gómez")  # clicking that speaker is a step of its own
    assert w._selection_label.text().startswith("Actor: Ana Gómez")
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert w.history.current[0] == "quote"
    assert w.viewer.selected_text() == "We kept our word,"
    assert w._selection_label.text().startswith("Quote in")


def test_timeline_image_is_painted_without_dimming_or_selection(qtbot, rich_db, tmp_path: Path, monkeypatch) -> None:
    w = open_window(qtbot, rich_db)
    targets = iter([tmp_path / "clean.png", tmp_path / "busy.png"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(next(targets)), ""))
    w.actions.export_timeline_image.trigger()
    click_actor(qtbot, w, "Luis Pérez")  # dims the other events
    click_event(qtbot, w, event_id(w, "Talks begin"))
    click_actor(qtbot, w, "Luis Pérez")
    dimmed, selected = set(w.timeline.dimmed_ids), w.timeline.selected_id
    assert dimmed and selected is not None
    w.actions.export_timeline_image.trigger()
    assert QImage(str(tmp_path / "busy.png")) == QImage(str(tmp_path / "clean.png"))
    assert w.timeline.dimmed_ids == dimmed and w.timeline.selected_id == selected  # the view is as it was
