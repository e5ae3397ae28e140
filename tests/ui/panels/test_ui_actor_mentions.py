"""Issue 19, actors: selecting an actor scrolls to its first mention, F3/Shift+F3 and buttons step through them with
"mention i of n" in the status bar; the quote search finds speakers by role, in the GUI, the store and the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton
from window_steps import actor_row, click_actor, open_window

from sofa_desktop.store.search import search_quotes


def visible_selection(w) -> bool:  # type: ignore[no-untyped-def]
    return w.viewer.text.viewport().rect().contains(w.viewer.text.cursorRect())


def test_selecting_an_actor_scrolls_to_its_mentions_and_f3_steps_through_them(qtbot, seed_db) -> None:
    w = open_window(qtbot, seed_db, size=(1280, 700))
    click_actor(qtbot, w, "Marco Rubio")
    number, total = w.mentions.position
    assert number == 1 and total >= 2
    assert w._selection_label.text() == f"Actor: Marco Rubio — mention 1 of {total}"
    first = (w.viewer.source_id, w.viewer.selection_range())
    assert "Rubio" in w.viewer.selected_text() and visible_selection(w)
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key.Key_F3)
    assert w._selection_label.text() == f"Actor: Marco Rubio — mention 2 of {total}"
    assert (w.viewer.source_id, w.viewer.selection_range()) != first
    assert "Rubio" in w.viewer.selected_text() and visible_selection(w)
    qtbot.keyClick(w.timeline, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert (w.viewer.source_id, w.viewer.selection_range()) == first
    previous = next(b for b in w.actor_panel.findChildren(QToolButton)
                    if b.defaultAction() is w.actions.previous_mention)
    qtbot.mouseClick(previous, Qt.MouseButton.LeftButton)  # wraps around to the last
    assert w._selection_label.text() == f"Actor: Marco Rubio — mention {total} of {total}"
    w.actor_panel.table.clearSelection()
    assert not w.actions.next_mention.isEnabled()


def test_quote_search_box_finds_speakers_by_role(qtbot, seed_db) -> None:
    w = open_window(qtbot, seed_db)
    w.actions.find_quotes.trigger()
    qtbot.keyClicks(w.quote_panel.speaker_box, "Foreign Minister")
    model = w.quote_panel.model

    def only_the_foreign_minister() -> bool:
        hits = [model.hit(r) for r in range(model.rowCount())]
        return bool(hits) and all("Rubén Ramírez Lezcano" in h.speakers for h in hits)

    qtbot.waitUntil(only_the_foreign_minister)
    with seed_db.read_session() as s:
        assert model.rowCount() == len(search_quotes(s, "ramirez"))


def test_role_search_on_both_backends_and_the_cli_agree(any_seed_db, any_seed_url) -> None:
    with any_seed_db.read_session() as s:
        by_role = search_quotes(s, "foreign minister")
        by_role_and_name = search_quotes(s, "minister ramirez")
        by_name = search_quotes(s, "ramirez")
        assert search_quotes(s, "minister rubio") == []  # every word must match the same actor
    assert by_role and [h.id for h in by_role] == [h.id for h in by_name] == [h.id for h in by_role_and_name]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "sofa_desktop", "--db", any_seed_url, "quotes", "--speaker",
                          "foreign minister", "--format", "json"], capture_output=True, text=True, env=env,
                         encoding="utf-8", timeout=120, check=True).stdout
    assert [q["id"] for q in json.loads(out)] == [h.id for h in by_role]


def test_clicking_a_header_sorts_the_actors_and_the_selection_stays_on_its_actor(qtbot, seed_db) -> None:
    from sofa_desktop.corpus import fold
    from sofa_desktop.ui.panels.actor_table_model import ActorTableModel

    w = open_window(qtbot, seed_db)
    table, proxy = w.actor_panel.table, w.actor_panel.proxy

    def names() -> list[str]:
        return [proxy.index(r, ActorTableModel.COL_NAME).data() for r in range(proxy.rowCount())]

    def mentions() -> list[int]:
        return [proxy.index(r, ActorTableModel.COL_MENTIONS).data() for r in range(proxy.rowCount())]

    assert mentions() == sorted(mentions(), reverse=True)  # most mentioned first, as the window opens
    click_actor(qtbot, w, "Marco Rubio")
    header = table.horizontalHeader()
    name_section = header.sectionViewportPosition(ActorTableModel.COL_NAME) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(name_section, header.height() // 2))
    order = [fold(n) for n in names()]
    assert order in (sorted(order), sorted(order, reverse=True))  # Qt picks the first direction per style
    rubio = proxy.index(actor_row(w, "Marco Rubio"), 0).data(ActorTableModel.RowRole).id
    assert w.actor_panel.selected_ids() == [rubio]  # the selection moved with its row
    w.actor_panel.filter_box.setText("rubio")  # the filter still works on the sorted rows
    assert names() == ["Marco Rubio"]
