"""Review findings in GUI curation: every edit checks the versions of all the rows it reads (merge, split)."""

from __future__ import annotations

import pytest
from curation_gui import accept_dialog, actor_id, actor_names, open_window
from PySide6.QtCore import Qt

from sofa_desktop.store import curation as cur

pytestmark = pytest.mark.usefixtures("no_leaked_widgets")


def _expect_someone_else(w) -> None:
    box = w.curation.message
    assert box is not None and box.isVisible() and "someone else" in box.text()
    assert w.undo_stack.count() == 0
    box.accept()


def test_merge_refused_when_the_merged_actor_changed_meanwhile(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    gomez, perez = actor_id(w, "Ana Gómez"), actor_id(w, "Luis Pérez")
    w.actor_panel.select_actors([gomez, perez], emit=True)
    w.curation_ui.actions.merge_actors.trigger()  # the dialog holds both versions read now
    cur.update_actor(rich_db, perez, role="senator")  # another app instance, meanwhile

    def keep_gomez(d) -> None:
        keep = next(b for b in d.group.buttons() if b.text().startswith("Ana Gómez"))
        qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)

    accept_dialog(qtbot, w, keep_gomez)
    _expect_someone_else(w)
    assert "Luis Pérez" in actor_names(w)  # not merged away behind the other analyst's back


def test_split_refused_when_the_actor_changed_meanwhile(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    gomez = actor_id(w, "Ana Gómez")
    w.actor_panel.select_actors([gomez], emit=True)
    w.curation_ui.actions.split_alias.trigger()
    cur.update_actor(rich_db, gomez, kind="organization")  # another app instance, meanwhile
    accept_dialog(qtbot, w, lambda d: d.alias_box.setCurrentText("Gómez"))
    _expect_someone_else(w)
    assert "Gómez" not in actor_names(w)
