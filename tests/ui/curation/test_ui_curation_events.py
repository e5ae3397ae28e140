"""Curation through the GUI: correct an event's date, add an event from a selected passage, resolve a conflict;
context menus; errors (someone else's edit, a refused edit) are shown, never raised."""

from __future__ import annotations

import datetime as dt

from curation_gui import accept_dialog, actor_id, event_by_title, expect_refused, open_window, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QUndoView

from sofa_desktop.store.curation import edits as cur
from sofa_desktop.store.queries import get_source
from sofa_desktop.ui.viewer.text_offsets import OffsetMap


def shown_text(w) -> str:
    with w.db.read_session() as s:
        return get_source(s, w.viewer.source_id).text


def click_event(qtbot, w, event_id: int) -> None:
    w.timeline.ensure_visible(event_id)
    rect = w.timeline.mark_rect(event_id)
    with qtbot.waitSignal(w.timeline.event_selected, timeout=2000):
        qtbot.mouseClick(w.timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())


def test_correct_event_date_moves_the_mark_and_undo_moves_it_back(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    talks = event_by_title(w, "Talks begin")
    click_event(qtbot, w, talks)
    assert w.timeline.lay.by_id[talks].d0 == dt.date(2019, 1, 1).toordinal()
    w.curation_ui.actions.edit_event.trigger()

    def fill(d) -> None:
        assert d.values()["precision"] == "year" and d.values()["date_end"] == dt.date(2019, 12, 31)
        d.set_date(dt.date(2020, 3, 10), "day")
        d.status.setCurrentIndex(d.status.findData("reported"))

    accept_dialog(qtbot, w, fill)
    mark = w.timeline.lay.by_id[talks]
    assert (mark.d0, mark.point) == (dt.date(2020, 3, 10).toordinal(), True)
    assert w.events[talks].curated and w.timeline.any_curated
    assert "✎ Edited by analyst" in w.timeline.tooltip_lines(talks)
    assert w.timeline.selected_id == talks and w.viewer.selected_text() == "Talks began in 2019."
    w.timeline.viewport().repaint()  # the edited badge paints
    press(qtbot, w, "Ctrl+Z")
    mark = w.timeline.lay.by_id[talks]
    assert (mark.d0, mark.point) == (dt.date(2019, 1, 1).toordinal(), False)
    assert not w.events[talks].curated and not w.timeline.any_curated


def test_add_event_from_selection_appears_and_selects_its_passage(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    w.select_event(event_by_title(w, "Senate approves the treaty"))  # opens the article with the emoji
    doc_text = shown_text(w)
    passage = "Ana Gómez, the majority leader."
    start = doc_text.index(passage)
    w.viewer.select_range(start, start + len(passage))  # after 😀 and 🎉: UTF-16 positions differ
    assert w.viewer.selection_range() == (start, start + len(passage))
    w.timeline.select_event(None)  # a passage only: no event selected
    assert w.curation_ui.actions.add_event.isEnabled()
    w.curation_ui.actions.add_event.trigger()

    def fill(d) -> None:
        assert d.title_box.text() == passage
        d.title_box.setText("Gómez named majority leader")
        d.set_date(dt.date(2025, 11, 1), "month")

    accept_dialog(qtbot, w, fill)
    new = event_by_title(w, "Gómez named majority leader")
    e = w.events[new]
    assert (e.start, e.end, e.precision, e.date_start, e.date_end) == (
        start, start + len(passage), "month", dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    assert e.curated and new in w.timeline.lay.by_id
    w.viewer.select_range(0, 1)
    w.select_event(event_by_title(w, "Talks begin"))
    click_event(qtbot, w, new)
    assert w.viewer.selected_text() == passage
    w.undo_stack.undo()
    assert new not in w.events and new not in w.timeline.lay.by_id
    w.undo_stack.redo()
    assert event_by_title(w, "Gómez named majority leader")


def test_resolve_conflict_with_a_note_and_undo(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    approve = event_by_title(w, "Senate approves the treaty")
    click_event(qtbot, w, approve)
    assert w.timeline.has_open_conflict(approve)
    w.curation_ui.actions.resolve_conflict.trigger()
    note = "Checked the Senate record: December 4."
    accept_dialog(qtbot, w, lambda d: d.note.setPlainText(note))
    (conflict,) = w.timeline.conflicts.values()
    assert conflict.resolved and conflict.resolution_note == note
    (record,) = cur.list_curations(rich_db)  # stored apart from the extracted rows, with who made it
    assert record.kind == "conflict_resolve" and record.author == w.curation.author and not record.undone
    assert not w.timeline.has_open_conflict(approve)
    assert any(line.startswith("✓ Resolved conflict") and note in line for line in w.timeline.tooltip_lines(approve))
    w.timeline.viewport().repaint()  # the resolved connector and badge paint
    press(qtbot, w, "Ctrl+Z")
    assert not next(iter(w.timeline.conflicts.values())).resolved
    assert w.timeline.has_open_conflict(approve)


def test_timeline_and_viewer_context_menus_bind_their_target(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    approve = event_by_title(w, "Senate approves the treaty")
    menu = w.curation_ui.timeline_menu(w.timeline, approve, None)
    assert [a.text() for a in menu.actions() if not a.isSeparator()][:4] == [  # the thread's entries next
        "Edit &Event…", "&Resolve Conflict…", "Mark Event as Did &Not Happen", "&Delete Event"]
    menu.actions()[0].trigger()
    assert w.curation.dialog is not None and w.curation.dialog.title_box.text() == "Senate approves the treaty"
    w.curation.dialog.reject()
    assert w.undo_stack.count() == 0
    (conflict,) = w.timeline.conflicts
    badge_menu = w.curation_ui.timeline_menu(w.timeline, None, conflict)  # right-click on the ⚠ badge
    assert [a.text() for a in badge_menu.actions()] == ["&Resolve Conflict…"]
    badge_menu.deleteLater()
    w.open_source(w.events[approve].source_id)
    text = shown_text(w)
    quote_pos = OffsetMap(text).to_qt(text.index("We kept"))
    viewer_menu = w.viewer.text.createStandardContextMenu()
    w.curation_ui.viewer_menu(viewer_menu, quote_pos)
    entry = next(a for a in viewer_menu.actions() if a.text() == "Set &Speaker…")
    assert entry.isEnabled()
    entry.trigger()
    assert w.curation.dialog.speakers.item(0).text() == "Ana Gómez"
    w.curation.dialog.reject()
    menu.deleteLater()
    viewer_menu.deleteLater()


def test_someone_elses_edit_is_reported_and_the_views_refresh(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    senate = actor_id(w, "Senate")
    w.actor_panel.select_actors([senate], emit=True)
    w.curation_ui.actions.edit_actor.trigger()  # the dialog holds the version read now
    cur.update_actor(rich_db, senate, name="Senate of the Republic")  # another app instance, meanwhile

    def fill(d) -> None:
        d.name_box.setText("U.S. Senate")

    accept_dialog(qtbot, w, fill)
    assert w.curation.targets.actor(senate).name == "Senate of the Republic"  # refreshed
    expect_refused(w, "someone else")


def test_a_refused_edit_shows_its_reason_and_leaves_no_undo_step(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    gomez = actor_id(w, "Ana Gómez")
    assert w.curation.push("merge with itself", [lambda db, _d: cur.merge_actors(db, gomez, gomez)]) is None
    expect_refused(w, "itself")


def test_actions_need_a_target_and_a_writable_database(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    w.curation_ui.update_actions()
    a = w.curation_ui.actions
    assert not a.merge_actors.isEnabled() and not a.edit_event.isEnabled()
    a.edit_event.trigger()  # disabled: nothing happens
    assert w.curation.dialog is None
    assert w.curation.edit_event() is None and "Select an event" in w.statusBar().currentMessage()
    w.curation_ui.history_toggle.trigger()  # Edit > Edit History
    assert w.curation_ui.history_dock.isVisible()
    assert w.findChild(QUndoView, "editHistory").stack() is w.undo_stack


def test_a_read_only_database_offers_no_edits(qtbot, seed_db) -> None:
    seed_db.read_only = True  # as open_database marks a file without write permission
    w = open_window(qtbot, seed_db)
    w.select_event(w.timeline.lay.order[0])
    w.actor_panel.table.selectRow(0)
    a = w.curation_ui.actions
    assert not any(action.isEnabled() for action in a.edits)
    menu = w.curation_ui.actor_menu(w.actor_panel.table)
    assert not any(action.isEnabled() for action in menu.actions())
    menu.deleteLater()


def test_right_click_on_a_mark_selects_it_and_asks_for_its_menu(qtbot, rich_db) -> None:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    w = open_window(qtbot, rich_db)
    w.timeline.context_menu_requested.disconnect()  # the menu would block the test in exec()
    talks = event_by_title(w, "Talks begin")
    w.timeline.ensure_visible(talks)
    pos = w.timeline.mark_rect(talks).center().toPoint()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, w.timeline.viewport().mapToGlobal(pos))
    with qtbot.waitSignal(w.timeline.context_menu_requested, timeout=1000) as blocker:
        QApplication.sendEvent(w.timeline.viewport(), event)
    assert blocker.args[:2] == [talks, None]
    assert w.timeline.selected_id == talks and w.viewer.selected_text() == "Talks began in 2019."
    menu = w.curation_ui.quote_menu(w.quote_panel.table, 0)  # and a quote row's menu sets its speaker
    assert [a.text() for a in menu.actions()] == ["Set &Speaker…", "Delete &Quote"]
    menu.deleteLater()
