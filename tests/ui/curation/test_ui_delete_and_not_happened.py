"""Issue 19, editing: delete a wrong event or quote (one undo step, a curation record that survives re-extraction)
and mark an event as not having happened (status "not_happened", additive in the export)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMenu
from window_steps import click_event, click_row, event_id, open_window

from sofa_desktop.extract import RuleExtractor
from sofa_desktop.store import curation as cur
from sofa_desktop.store import queries as q
from sofa_desktop.store.export import render_export
from sofa_desktop.store.ingest import reextract_sources
from sofa_desktop.store.search import search_quotes


def edit_menu(w) -> QMenu:  # type: ignore[no-untyped-def]
    return next(a.menu() for a in w.menuBar().actions() if a.menu() and a.menu().title() == "&Edit")


def trigger_from_edit_menu(w, action) -> None:  # type: ignore[no-untyped-def]
    menu = edit_menu(w)
    menu.aboutToShow.emit()  # as when the user opens it: enables what applies
    assert action in menu.actions() and action.isEnabled()
    action.trigger()


def test_delete_event_from_the_edit_menu_then_undo(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    ui = w.curation_ui
    talks = event_id(w, "Talks begin")
    click_event(qtbot, w, talks)
    before = len(w.events)
    trigger_from_edit_menu(w, ui.actions.delete_event)
    qtbot.waitUntil(lambda: len(w.events) == before - 1)
    assert "Talks begin" not in {e.title for e in w.events.values()}
    ui.actions.undo.trigger()
    qtbot.waitUntil(lambda: len(w.events) == before)
    assert "Talks begin" in {e.title for e in w.events.values()}


def test_delete_quote_from_the_quote_table_menu_then_undo(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    ui = w.curation_ui
    qtbot.keyClicks(w.quote_panel.speaker_box, "gomez")
    qtbot.waitUntil(lambda: w.quote_panel.model.rowCount() == 1)
    click_row(qtbot, w.quote_panel.table, 0)
    menu = ui.quote_menu(w.quote_panel.table, 0)
    entry = next(a for a in menu.actions() if a.text() == ui.actions.delete_quote.text())
    entry.trigger()
    menu.deleteLater()
    qtbot.waitUntil(lambda: w.counts.quotes == 1)
    w.quote_panel.refresh()
    assert w.quote_panel.model.rowCount() == 0
    ui.actions.undo.trigger()
    qtbot.waitUntil(lambda: w.counts.quotes == 2)
    with rich_db.read_session() as s:
        assert [h.speakers for h in search_quotes(s, "gomez")] == [("Ana Gómez",)]  # back with its speaker


def test_mark_not_happened_from_the_timeline_menu_and_export(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    ui = w.curation_ui
    talks = event_id(w, "Talks begin")
    click_event(qtbot, w, talks)
    menu = ui.timeline_menu(w.timeline, talks, None)
    entry = next(a for a in menu.actions() if a.text() == ui.actions.not_happened.text())
    assert entry.isCheckable() and not entry.isChecked()
    entry.trigger()
    menu.deleteLater()
    qtbot.waitUntil(lambda: w.events[talks].did_not_happen)
    assert w.events[talks].status == "not_happened"
    edit_menu(w).aboutToShow.emit()
    assert ui.actions.not_happened.isChecked()
    with rich_db.read_session() as s:
        doc = json.loads(render_export(s, "json").text)
        slides = json.loads(render_export(s, "timelinejs").text)["events"]
        labels = [sp.label for sp in q.source_spans(s, w.events[talks].source_id) if sp.ref_id == talks]
    assert next(e for e in doc["events"] if e["id"] == talks)["status"] == "not_happened"
    assert next(e for e in slides if e["unique_id"] == f"event-{talks}")["display_date"].endswith("(did not happen)")
    assert labels == ["Event — 2019, did not happen"]
    ui.actions.undo.trigger()
    qtbot.waitUntil(lambda: w.events[talks].status == "reported")


class _NewerExtractor(RuleExtractor):
    version = 10_000  # makes reextract_sources treat every source as stale


def test_deletions_survive_reextraction_on_both_backends(any_seed_db) -> None:
    db = any_seed_db
    with db.read_session() as s:
        quote = next(h for h in search_quotes(s) if h.text == "historic")
        event = q.list_events(s)[0]
    cur.delete_quote(db, quote.id, expected_version=quote.version)
    cur.delete_event(db, event.id, expected_version=event.version)
    with db.read_session() as s:
        quotes_before = len(search_quotes(s))
    results = reextract_sources(db, _NewerExtractor(), all_sources=True)
    assert {r.status for r in results} == {"reextracted"}  # the rows were made anew...
    with db.read_session() as s:
        assert len(search_quotes(s)) == quotes_before  # ...and the deleted ones deleted again
        assert "historic" not in {h.text for h in search_quotes(s)}
        assert (event.source_id, event.start, event.end, event.title) not in {
            (e.source_id, e.start, e.end, e.title) for e in q.list_events(s)}
        kinds = {c.kind: c for c in cur.list_curations(s)}
    assert {"quote_delete", "event_delete"} <= set(kinds)
    undo = cur.undo_edit(db, kinds["quote_delete"].id)
    assert undo
    with db.read_session() as s:
        assert "historic" in {h.text for h in search_quotes(s)}


def test_quote_table_context_menu_has_delete(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    qtbot.waitUntil(lambda: w.quote_panel.model.rowCount() == 2)
    menu = w.curation_ui.quote_menu(w.quote_panel.table, 0)
    assert [a.text() for a in menu.actions()][-1] == "Delete &Quote"
    menu.deleteLater()
