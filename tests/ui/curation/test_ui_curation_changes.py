"""Each edit, undo and redo refreshes only the views showing what it changed (``Changes``): an event's date
reloads the timeline and the source's highlights, not the actor list; a speaker change reloads the actors (their
quote counts), not the timeline."""

from __future__ import annotations

import datetime as dt

from curation_gui import accept_dialog, event_by_title, open_window, press
from PySide6.QtCore import Qt

from sofa_desktop.store.curation import ALL, Changes, changes_of


def count_resets(model) -> list[int]:
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    return resets


def test_an_event_edit_moves_its_mark_without_reloading_the_actors(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    talks = event_by_title(w, "Talks begin")
    w.select_event(talks)
    actor_resets = count_resets(w.actor_panel.model)
    w.curation_ui.actions.edit_event.trigger()
    accept_dialog(qtbot, w, lambda d: d.set_date(dt.date(2020, 3, 10), "day"))
    assert w.timeline.lay.by_id[talks].d0 == dt.date(2020, 3, 10).toordinal()
    assert w.viewer.selected_text() == "Talks began in 2019."  # the source was shown again, its passage selected
    press(qtbot, w, "Ctrl+Z")
    assert w.timeline.lay.by_id[talks].d0 == dt.date(2019, 1, 1).toordinal()
    press(qtbot, w, "Ctrl+Shift+Z")
    assert w.timeline.lay.by_id[talks].d0 == dt.date(2020, 3, 10).toordinal()
    assert actor_resets == []


def test_a_speaker_change_reloads_the_actors_but_not_the_timeline(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    w.quote_panel.search_speaker("gomez")
    qtbot.waitUntil(lambda: w.quote_panel.model.rowCount() > 0, timeout=2000)
    hit = w.quote_panel.model.hit(0)
    target = w.curation.targets.quote_from_hit(hit)
    events = w.events
    actor_resets = count_resets(w.actor_panel.model)
    w.curation.set_speaker(target)

    def fill(d) -> None:
        d.speakers.setCurrentRow(0)
        qtbot.mouseClick(d.remove_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(d.name_box, "luis perez")
        qtbot.keyClick(d.name_box, Qt.Key.Key_Return)

    accept_dialog(qtbot, w, fill)
    assert actor_resets and w.events is events  # the timeline's rows were not read again


def test_what_each_kind_of_edit_changes() -> None:
    event = changes_of("event_update")
    assert event.events and event.conflicts and not event.actors and not event.quotes
    assert changes_of("conflict_resolve") == Changes(conflicts=True)
    assert changes_of("thread_merge").threads and changes_of("actor_merge").quotes
    assert changes_of("a kind added later") == ALL
    assert (Changes(actors=True) | Changes(events=True)) == Changes(actors=True, events=True)
    assert not Changes() and Changes(sources=True)
