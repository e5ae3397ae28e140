"""Curation through the GUI: a quote's speaker, merging and splitting actors, renaming; undo and redo by keyboard."""

from __future__ import annotations

from curation_gui import accept_dialog, actor_id, actor_names, keep_in_merge, open_window, press
from PySide6.QtCore import Qt

from sofa_desktop.ui.curation.marks import EDITED_TIP
from sofa_desktop.ui.panels.quote_table_model import QuoteTableModel


def show_quote(qtbot, w, speaker: str) -> int:
    """Find a speaker's quote in the quote panel and make it current (the viewer selects it)."""
    w.quote_panel.search_speaker(speaker)
    assert w.quote_panel.model.rowCount() == 1
    w.quote_panel.table.setCurrentIndex(w.quote_panel.model.index(0, 0))
    return w.quote_panel.model.hit(0).id


def speakers_of(w, quote_id: int) -> tuple[str, ...]:
    w.quote_panel.search_speaker("")
    return next(h.speakers for r in range(w.quote_panel.model.rowCount())
                if (h := w.quote_panel.model.hit(r)).id == quote_id)


def test_change_speaker_then_undo_and_redo_by_keyboard(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    quote = show_quote(qtbot, w, "gomez")
    assert w.viewer.selected_text() == "We kept our word,"
    action = w.curation_ui.actions.set_speaker
    assert action.isEnabled()
    action.trigger()

    def fill(d) -> None:
        assert [d.speakers.item(i).text() for i in range(d.speakers.count())] == ["Ana Gómez"]
        d.speakers.setCurrentRow(0)
        qtbot.mouseClick(d.remove_button, Qt.MouseButton.LeftButton)
        completer = d.name_box.completer()  # completes from any part of a name or role, accents ignored
        completer.setCompletionPrefix("perez")
        assert completer.completionCount() == 1 and completer.currentCompletion() == "Luis Pérez"
        completer.setCompletionPrefix("LEADER")
        assert completer.currentCompletion() == "Ana Gómez"
        qtbot.keyClicks(d.name_box, "luis perez")  # accents and case ignored: the existing actor
        qtbot.keyClick(d.name_box, Qt.Key.Key_Return)
        assert d.speakers.item(0).text() == "Luis Pérez"

    accept_dialog(qtbot, w, fill)
    assert speakers_of(w, quote) == ("Luis Pérez",)
    assert w.undo_stack.count() == 1 and "Luis Pérez" in w.undo_stack.text(0)
    row = w.quote_panel.model.row_of(quote)
    index = w.quote_panel.model.index(row, QuoteTableModel.COL_SPEAKERS)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # the pencil
    assert EDITED_TIP in index.data(Qt.ItemDataRole.ToolTipRole)
    press(qtbot, w, "Ctrl+Z")
    assert w.undo_stack.index() == 0
    assert speakers_of(w, quote) == ("Ana Gómez",)
    assert w.quote_panel.model.index(0, QuoteTableModel.COL_SPEAKERS).data(Qt.ItemDataRole.DecorationRole) is None
    press(qtbot, w, "Ctrl+Shift+Z")
    assert w.undo_stack.index() == 1
    assert speakers_of(w, quote) == ("Luis Pérez",)


def test_new_speaker_from_the_source_text_is_created_and_undone_in_one_step(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    quote = show_quote(qtbot, w, "perez")
    text = w.viewer.selected_text()
    w.viewer.text.setFocus()
    menu = w.curation_ui.actions.set_speaker  # the Edit menu entry acts on the quote at the text cursor
    menu.trigger()

    def fill(d) -> None:
        d.name_box.insert("María Ruiz")  # QTest cannot type non-ASCII keys
        d.new_kind.setCurrentIndex(d.new_kind.findData("person"))
        assert "new actor" in d.hint.text()

    accept_dialog(qtbot, w, fill)
    assert "María Ruiz" in actor_names(w)
    assert set(speakers_of(w, quote)) == {"Luis Pérez", "María Ruiz"}
    assert w.undo_stack.count() == 1  # the new actor and the attribution are one step
    w.viewer.select_range(*next((h.start, h.end) for h in [w.quote_panel.model.find(quote)]))
    label = w.viewer.labels_at(w.viewer.text.textCursor().selectionStart())[0]
    assert "María Ruiz" in label and "edited by analyst" in label
    assert w.viewer.highlight_count("edited") == 1  # a dashed violet underline under the edited quote
    assert w.viewer.selected_text() == text  # the passage stayed selected through the refresh
    w.curation_ui.actions.undo.trigger()
    assert "María Ruiz" not in actor_names(w)
    assert speakers_of(w, quote) == ("Luis Pérez",)
    assert w.viewer.highlight_count("edited") == 0


def test_merge_two_selected_actors_and_undo(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    gomez, perez = actor_id(w, "Ana Gómez"), actor_id(w, "Luis Pérez")
    w.actor_panel.select_actors([gomez, perez], emit=True)
    menu = w.curation_ui.actor_menu(w.actor_panel.table)  # the table's context menu for the two rows
    merge = next(a for a in menu.actions() if a.text() == "&Merge Actors…")
    assert merge.isEnabled()
    merge.trigger()
    menu.deleteLater()
    accept_dialog(qtbot, w, keep_in_merge(qtbot, "Ana Gómez"))
    assert "Luis Pérez" not in actor_names(w)
    kept = w.curation.targets.actor(gomez)
    assert "Luis Pérez" in kept.aliases and kept.quotes == 2 and kept.curated
    assert w.actor_panel.selected_ids() == [gomez]
    w.quote_panel.search_speaker("perez")  # the alias finds the merged actor's quotes
    assert w.quote_panel.model.rowCount() == 2
    press(qtbot, w, "Ctrl+Z")
    assert "Luis Pérez" in actor_names(w)
    assert w.curation.targets.actor(gomez).quotes == 1
    assert not w.curation.targets.actor(gomez).curated


def test_split_alias_off_and_undo(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    gomez = actor_id(w, "Ana Gómez")
    w.actor_panel.select_actors([gomez], emit=True)
    assert w.curation_ui.actions.split_alias.isEnabled()
    w.curation_ui.actions.split_alias.trigger()
    accept_dialog(qtbot, w, lambda d: d.alias_box.setCurrentText("Gómez"))
    assert "Gómez" in actor_names(w)
    assert "Gómez" not in w.curation.targets.actor(gomez).aliases
    w.curation_ui.actions.undo.trigger()
    assert "Gómez" not in actor_names(w)
    assert "Gómez" in w.curation.targets.actor(gomez).aliases


def test_rename_actor_shows_new_name_and_edited_mark(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    senate = actor_id(w, "Senate")
    w.actor_panel.select_actors([senate], emit=True)
    w.curation_ui.actions.edit_actor.trigger()

    def fill(d) -> None:
        d.name_box.selectAll()
        qtbot.keyClicks(d.name_box, "U.S. Senate")
        d.kind.setCurrentIndex(d.kind.findData("organization"))
        qtbot.keyClicks(d.role_box, "upper house")

    accept_dialog(qtbot, w, fill)
    model = w.actor_panel.model
    index = model.index(model.row_of(senate), model.COL_NAME)
    assert index.data() == "U.S. Senate"
    assert index.data(model.EditedRole) is True
    assert EDITED_TIP in index.data(Qt.ItemDataRole.ToolTipRole)
    row = index.data(model.RowRole)
    assert (row.kind, row.role) == ("organization", "upper house")
    w.actor_panel.filter_box.setText("u.s. senate")
    assert w.actor_panel.proxy.rowCount() == 1
    w.actor_panel.table.viewport().repaint()  # the delegate paints the pencil without failing
    w.curation_ui.history_toggle.trigger()  # Edit > Edit History: click a row to go back to that state
    view = w.curation_ui.history_view
    assert view.isVisible() and view.model().rowCount() == 2
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
    assert w.undo_stack.index() == 0
    assert model.index(model.row_of(senate), model.COL_NAME).data() == "Senate"
    assert model.index(model.row_of(senate), model.COL_NAME).data(model.EditedRole) is False
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(1, 0)).center())
    assert model.index(model.row_of(senate), model.COL_NAME).data() == "U.S. Senate"
