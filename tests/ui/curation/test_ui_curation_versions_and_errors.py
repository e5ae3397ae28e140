"""Review findings in GUI curation: edits check the versions of every row they read (merge, split, a quote set from
the source text), database errors are one line, undo/redo work after another instance re-extracted."""

from __future__ import annotations

from curation_gui import accept_dialog, actor_id, actor_names, expect_refused, keep_in_merge, open_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import delete
from sqlalchemy.exc import OperationalError

from sofa_desktop.store import open_database
from sofa_desktop.store.curation import edits as cur
from sofa_desktop.store.ingest.reextract import reextract_sources
from sofa_desktop.store.schema.models import Quote
from sofa_desktop.store.search.quotes import search_quotes
from sofa_desktop.ui.curation import commands
from sofa_desktop.ui.curation.targets import QuoteTarget


def test_merge_refused_when_the_merged_actor_changed_meanwhile(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    gomez, perez = actor_id(w, "Ana Gómez"), actor_id(w, "Luis Pérez")
    w.actor_panel.select_actors([gomez, perez], emit=True)
    w.curation_ui.actions.merge_actors.trigger()  # the dialog holds both versions read now
    cur.update_actor(rich_db, perez, role="senator")  # another app instance, meanwhile
    accept_dialog(qtbot, w, keep_in_merge(qtbot, "Ana Gómez"))
    expect_refused(w, "someone else")
    assert "Luis Pérez" in actor_names(w)  # not merged away behind the other analyst's back


def test_split_refused_when_the_actor_changed_meanwhile(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    gomez = actor_id(w, "Ana Gómez")
    w.actor_panel.select_actors([gomez], emit=True)
    w.curation_ui.actions.split_alias.trigger()
    cur.update_actor(rich_db, gomez, kind="organization")  # another app instance, meanwhile
    accept_dialog(qtbot, w, lambda d: d.alias_box.setCurrentText("Gómez"))
    expect_refused(w, "someone else")
    assert "Gómez" not in actor_names(w)


def test_speaker_edit_from_the_source_text_checks_the_version_read(qtbot, rich_db) -> None:
    """A quote set from the viewer while the quote table shows other quotes still carries the version it read."""
    w = open_window(qtbot, rich_db)
    w.quote_panel.search_speaker("perez")
    hit = w.quote_panel.model.hit(0)
    w.quote_panel.table.setCurrentIndex(w.quote_panel.model.index(0, 0))  # the viewer shows its source
    w.quote_panel.search_speaker("gomez")  # the table no longer holds that quote
    assert w.quote_panel.model.find(hit.id) is None
    w.viewer.select_range(hit.start, hit.end)
    w.viewer.text.setFocus()
    w.curation_ui.actions.set_speaker.trigger()
    cur.set_quote_speakers(rich_db, hit.id, [actor_id(w, "Ana Gómez")])  # another app instance, meanwhile

    def fill(d) -> None:
        d.name_box.insert("María Ruiz")
        d.new_kind.setCurrentIndex(d.new_kind.findData("person"))

    accept_dialog(qtbot, w, fill)
    expect_refused(w, "someone else")
    assert "María Ruiz" not in actor_names(w)  # the new actor of the refused step was taken back too


def test_a_database_error_is_one_line(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)

    def fails(_db, _done):
        raise OperationalError("UPDATE actor ...", {}, Exception("server closed the connection\nDETAIL: more\nHINT: x"))

    assert w.curation.push("fails", [fails]) is None
    box = w.curation.message
    assert box.isVisible() and box.text() == "OperationalError: (builtins.Exception) server closed the connection"
    assert w.undo_stack.count() == 0
    box.accept()


def test_undo_and_redo_after_another_instance_reextracted(qtbot, seed_db) -> None:
    """The quote row the GUI edited was deleted and made anew by a re-extraction elsewhere: Ctrl+Z and Ctrl+Shift+Z
    still find it by its passage."""
    w = open_window(qtbot, seed_db)
    with seed_db.read_session() as s:
        quote = search_quotes(s, "", "historic")[0]
    target = QuoteTarget(quote.id, quote.text, tuple(zip(quote.speaker_ids, quote.speakers, strict=True)),
                         quote.version)
    w.curation.set_speaker(target)
    w.curation.dialog.speakers.clear()
    accept_dialog(qtbot, w, lambda d: d.name_box.insert("Santiago Pena"))
    other = open_database(seed_db.url)  # another app instance re-extracts every source
    try:
        assert {r.status for r in reextract_sources(other, all_sources=True)} == {"reextracted"}
    finally:
        other.dispose()

    def speakers() -> tuple[str, ...]:
        with seed_db.read_session() as s:
            return search_quotes(s, "", "historic")[0].speakers

    assert speakers() == ("Santiago Pena",)
    w.curation_ui.actions.undo.trigger()
    assert speakers() == quote.speakers and w.curation.message is None
    w.curation_ui.actions.redo.trigger()
    assert speakers() == ("Santiago Pena",) and w.undo_stack.index() == 1


def test_a_passing_database_failure_keeps_the_undo_step(qtbot, rich_db, monkeypatch) -> None:
    """Undo failing on a locked or unreachable database keeps the step (the edit is still in the store): once the
    database answers again, Ctrl+Z works; a refused undo (someone else's change) still drops it."""
    w = open_window(qtbot, rich_db)
    senate = actor_id(w, "Senate")
    w.actor_panel.select_actors([senate], emit=True)
    w.curation_ui.actions.edit_actor.trigger()
    accept_dialog(qtbot, w, lambda d: d.name_box.setText("U.S. Senate"))
    real, calls = commands.undo_edit, []

    def locked_once(db, curation_id, **kw):
        calls.append(curation_id)
        if len(calls) == 1:
            raise OperationalError("UPDATE curation", {}, Exception("database is locked"))
        return real(db, curation_id, **kw)

    monkeypatch.setattr(commands, "undo_edit", locked_once)
    w.curation_ui.actions.undo.trigger()
    box = w.curation.message
    assert box.isVisible() and "locked" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: w.undo_stack.index() == 1)  # the step is back where it was, still undoable
    assert w.undo_stack.count() == 1 and w.curation.targets.actor(senate).name == "U.S. Senate"
    w.curation_ui.actions.undo.trigger()
    assert w.curation.targets.actor(senate).name == "Senate" and w.undo_stack.index() == 0
    w.curation_ui.actions.redo.trigger()
    cur.update_actor(rich_db, senate, name="Senate of the Republic")  # another app instance, meanwhile
    w.curation_ui.actions.undo.trigger()  # refused: undoing would overwrite their name
    expect_refused(w, "someone else")
    assert w.curation.targets.actor(senate).name == "Senate of the Republic"


def test_undo_of_an_edit_whose_quote_vanished_says_so(qtbot, rich_db) -> None:
    """A re-extraction elsewhere no longer finds the edited quote: Ctrl+Z has nothing to revert and tells the user
    instead of doing nothing silently."""
    w = open_window(qtbot, rich_db)
    w.quote_panel.search_speaker("perez")
    hit = w.quote_panel.model.hit(0)
    target = w.curation.targets.quote_from_hit(hit)
    w.curation.set_speaker(target)
    accept_dialog(qtbot, w, lambda d: d.name_box.insert("Ana Gómez"))
    with rich_db.write_session.begin() as s:  # as a newer extractor that no longer finds this quote
        s.execute(delete(Quote).where(Quote.id == hit.id))
    w.curation_ui.actions.undo.trigger()
    assert w.undo_stack.index() == 0 and w.curation.message is None
    assert "no longer" in w.statusBar().currentMessage()


def test_view_refresh_shows_another_instances_changes(qtbot, rich_db) -> None:
    """View > Refresh (F5) re-reads the store: what another app instance changed appears (the issue's "after a
    refresh"); a refused edit refreshes by itself, as its message says."""
    w = open_window(qtbot, rich_db)
    senate = actor_id(w, "Senate")
    other = open_database(rich_db.url)
    try:
        cur.update_actor(other, senate, name="Senate of the Republic")
        refresh = w.curation_ui.actions.refresh
        assert refresh in w.menus["view"].actions()
        assert refresh.shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)
        refresh.trigger()
        assert w.curation.targets.actor(senate).name == "Senate of the Republic"
        gomez = actor_id(w, "Ana Gómez")
        cur.merge_actors(other, senate, gomez)  # Ana Gómez is gone elsewhere
        w.actor_panel.select_actors([gomez], emit=True)
        w.curation_ui.actions.edit_actor.trigger()
        accept_dialog(qtbot, w, lambda d: d.role_box.setText("senator"))
        expect_refused(w, "no longer exists: merged or removed")
        assert "Ana Gómez" not in actor_names(w)  # refreshed
    finally:
        other.dispose()


def test_a_refused_undo_can_be_forced(qtbot, rich_db) -> None:
    """Undo refused because someone else changed the value since: the message offers "Undo Anyway", which restores
    the value from before the edit (overwriting theirs, as the user chose)."""
    w = open_window(qtbot, rich_db)
    senate = actor_id(w, "Senate")
    w.actor_panel.select_actors([senate], emit=True)
    w.curation_ui.actions.edit_actor.trigger()
    accept_dialog(qtbot, w, lambda d: d.name_box.setText("U.S. Senate"))
    cur.update_actor(rich_db, senate, role="upper house")  # another app instance, meanwhile
    w.curation_ui.actions.undo.trigger()
    box = w.curation.message
    assert box.isVisible() and "someone else" in box.text() and w.undo_stack.count() == 0
    force = next(b for b in box.buttons() if b.text() == "Undo Anyway")
    assert box.buttonRole(force) == QMessageBox.ButtonRole.DestructiveRole
    qtbot.mouseClick(force, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert w.curation.targets.actor(senate).name == "Senate"
    assert "overwr" in w.statusBar().currentMessage()
