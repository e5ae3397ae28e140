"""The Analyst edits view: every stored curation record (any analyst, any session), its model, filter, icons and
tooltips, refresh after edits and undo, and going to what a record edited (store.curation_queries.curation_place)."""

from __future__ import annotations

import datetime as dt

import pytest
from curation_gui import accept_dialog, actor_id, event_by_title, open_window, press
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import update

from sofa_desktop.store.curation import edits as cur
from sofa_desktop.store.curation.edits import CurationRow
from sofa_desktop.store.curation.queries import CurationPlace, curation_place
from sofa_desktop.store.queries import list_actors, list_conflicts, list_events
from sofa_desktop.store.schema.models import Curation
from sofa_desktop.store.search.quotes import search_quotes
from sofa_desktop.ui.panels.analyst_edits_model import AnalystEditsFilterProxy, AnalystEditsTableModel

WHEN = dt.datetime(2026, 3, 11, 9, 30)


def _row(i: int, description: str, **kw) -> CurationRow:
    fields = {"kind": "actor_update", "author": "ana", "created_at": WHEN + dt.timedelta(minutes=i), "undone": False}
    return CurationRow(i, description=description, **{**fields, **kw})


# --- model and proxy, without a view --------------------------------------------------------------------------------


def test_model_roles_icons_tooltips_and_folded_filter(qapp) -> None:
    model = AnalystEditsTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    proxy = AnalystEditsFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([
        _row(1, "“Senate”: rename “Senate” → “U.S. Senate”"),
        _row(2, "Speaker of “We kept our word,” → Luis Pérez", kind="quote_speakers", author="bob", undone=True),
        _row(3, "Event “Talks begin”: 2020, reported", kind="event_update", author=None, applied=False,
             problem="the event at 10–30 is no longer extracted from its source"),
    ])
    status = AnalystEditsTableModel.COL_STATUS
    assert [model.index(r, status).data() for r in range(3)] == ["Applied", "Undone", "Not applied"]
    assert model.index(0, status).data(Qt.ItemDataRole.DecorationRole) is None
    assert not model.index(1, status).data(Qt.ItemDataRole.DecorationRole).isNull()  # undone: undo arrow
    assert not model.index(2, status).data(Qt.ItemDataRole.DecorationRole).isNull()  # not applied: warning
    assert model.index(2, AnalystEditsTableModel.COL_AUTHOR).data() == "—"
    assert model.index(1, AnalystEditsTableModel.COL_KIND).data() == "Speaker"
    assert model.index(0, 0).data(model.RowRole).id == 1
    tip = model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Not applied since the last re-extraction: the event at 10–30 is no longer extracted" in tip
    assert "“Talks begin”" in model.index(2, 4).data(Qt.ItemDataRole.ToolTipRole)  # any cell shows it
    assert "<b>Speaker of “We kept our word,” → Luis Pérez</b>" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    proxy.set_query("PEREZ")  # accents and case ignored, every word must match
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(model.RowRole).id == 2
    proxy.set_query("not applied")
    assert [proxy.index(r, 0).data(model.RowRole).id for r in range(proxy.rowCount())] == [3]
    proxy.set_query("bob undone")
    assert proxy.rowCount() == 1
    proxy.set_query("")
    proxy.sort(AnalystEditsTableModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data(model.RowRole).id for r in range(3)] == [3, 2, 1]
    proxy.sort(status, Qt.SortOrder.AscendingOrder)  # applied, undone, not applied
    assert [proxy.index(r, 0).data(model.RowRole).id for r in range(3)] == [1, 2, 3]


def test_html_in_a_description_is_escaped_in_the_tooltip(qapp) -> None:
    model = AnalystEditsTableModel()
    model.set_rows([_row(1, "<img src=x> “<b>”", author="<i>eve</i>")])
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img src=x&gt;" in tip and "&lt;i&gt;eve" in tip


# --- where a record's edit is now (store, both backends) -------------------------------------------------------------


@pytest.fixture
def rich_any(any_empty_db):
    from ui_data import build_rich_store

    build_rich_store(any_empty_db)
    return any_empty_db


def _ids(db) -> dict:
    with db.read_session() as s:
        actors = {a.name: a.id for a in list_actors(s)}
        events = {e.title: e for e in list_events(s)}
        quotes = {q.text: q for q in search_quotes(s)}
        conflicts = list_conflicts(s)
    return {"actors": actors, "events": events, "quotes": quotes, "conflicts": conflicts}


def _place(db, curation_id: int) -> CurationPlace | None:
    with db.read_session() as s:
        return curation_place(s, curation_id)


def test_curation_place_of_every_kind_of_edit(rich_any) -> None:
    db = rich_any
    ids = _ids(db)
    gomez, perez = ids["actors"]["Ana Gómez"], ids["actors"]["Luis Pérez"]
    quote = ids["quotes"]["We kept our word,"]
    r = cur.set_quote_speakers(db, quote.id, [perez], author="ana")
    assert _place(db, r.curation_id) == CurationPlace("quote", quote.id, quote.source_id, quote.start, quote.end,
                                                      (perez,))
    talks = ids["events"]["Talks begin"]
    r = cur.update_event(db, talks.id, date_start=dt.date(2020, 3, 10), date_end=None, precision="day",
                         status="reported")
    assert _place(db, r.curation_id) == CurationPlace("event", talks.id, talks.source_id, talks.start, talks.end)
    added = cur.add_event(db, talks.source_id, talks.start, talks.start + 5, title="Talks", date_start=None,
                          date_end=None, precision="unknown")
    assert _place(db, added.curation_id) == CurationPlace("event", added.created_id, talks.source_id, talks.start,
                                                          talks.start + 5)
    cur.undo_edit(db, added.curation_id)  # the event is gone: its passage is left to show
    assert _place(db, added.curation_id) == CurationPlace("passage", None, talks.source_id, talks.start,
                                                          talks.start + 5)
    (conflict,) = ids["conflicts"]
    r = cur.resolve_conflict(db, conflict.id, note="checked")
    place = _place(db, r.curation_id)
    assert place.kind == "event" and place.id in conflict.event_ids
    r = cur.update_actor(db, gomez, name="Ana María Gómez")
    assert _place(db, r.curation_id) == CurationPlace("actor", gomez)
    split = cur.split_alias(db, gomez, "Gómez")
    assert _place(db, split.curation_id) == CurationPlace("actor", split.created_id)
    cur.undo_edit(db, split.curation_id)  # the split-off actor is gone: the actor it was split from
    assert _place(db, split.curation_id) == CurationPlace("actor", gomez)
    r = cur.merge_actors(db, gomez, perez)
    assert _place(db, r.curation_id) == CurationPlace("actor", gomez)
    new = cur.add_actor(db, "Carla Ruiz", "person")
    assert _place(db, new.curation_id) == CurationPlace("actor", new.created_id)
    cur.undo_edit(db, new.curation_id)
    assert _place(db, new.curation_id) is None  # nothing left to show
    assert _place(db, 10_000) is None
    with db.write_session.begin() as s:  # a damaged record never crashes the view
        s.execute(update(Curation).where(Curation.id == r.curation_id).values(target="{}"))
    assert _place(db, r.curation_id) is None


# --- the dock in the main window -------------------------------------------------------------------------------------


def _click_record(qtbot, panel, curation_id: int) -> None:
    model = panel.model
    index = panel.proxy.mapFromSource(model.index(model.row_of(curation_id), model.COL_EDIT))
    panel.table.scrollTo(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(index).center())


def _records(panel) -> list[tuple[str, str, str]]:
    m = panel.model
    return [(m.index(r, m.COL_EDIT).data(), m.index(r, m.COL_AUTHOR).data(), m.index(r, m.COL_STATUS).data())
            for r in range(m.rowCount())]


def test_dock_lists_every_analysts_edits_refreshes_and_goes_to_them(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    ui = w.analyst_edits
    panel = ui.panel
    assert not ui.dock.isVisible() and ui.toggle in w.edit_menu.actions()
    ui.toggle.trigger()  # Edit > Analyst Edits: a tab beside Edit History and Quotes
    assert ui.dock.isVisible() and w.tabifiedDockWidgets(ui.dock)
    assert panel.model.rowCount() == 0 and panel.count_label.text() == "0 edits"
    talks = event_by_title(w, "Talks begin")
    quote = next(iter(w.quote_panel.model.hit(r) for r in range(w.quote_panel.model.rowCount())
                      if w.quote_panel.model.hit(r).text == "We kept our word,"))
    # another analyst, sharing the database, made two edits; this window sees them after a refresh
    by_bob = cur.update_event(rich_db, talks, date_start=dt.date(2020, 3, 10), date_end=None, precision="day",
                              status="reported", author="bob")
    speaker = cur.set_quote_speakers(rich_db, quote.id, [actor_id(w, "Luis Pérez")], author="bob")
    w.curation.refresh()
    assert [(a, s) for _, a, s in _records(panel)] == [("bob", "Applied"), ("bob", "Applied")]
    # an edit made here appears at once, and Ctrl+Z marks it undone
    senate = actor_id(w, "Senate")
    w.actor_panel.select_actors([senate], emit=True)
    w.curation_ui.actions.edit_actor.trigger()

    def fill(d) -> None:
        d.name_box.selectAll()
        qtbot.keyClicks(d.name_box, "U.S. Senate")

    accept_dialog(qtbot, w, fill)
    assert _records(panel)[-1] == ("“Senate”: rename “Senate” → “U.S. Senate”", w.curation.author or "—", "Applied")
    assert panel.proxy.index(0, 0).data(panel.model.RowRole).description.startswith("“Senate”")  # newest first
    press(qtbot, w, "Ctrl+Z")
    assert _records(panel)[-1][2] == "Undone"
    undone_row = panel.model.index(2, panel.model.COL_STATUS)
    assert not undone_row.data(Qt.ItemDataRole.DecorationRole).isNull()
    # a record that re-extraction could not apply: a warning icon and the reason in the tooltip
    with rich_db.write_session.begin() as s:
        s.execute(update(Curation).where(Curation.id == speaker.curation_id)
                  .values(applied=False, problem="the quote at 5–22 is no longer extracted from its source"))
    w.curation.refresh()
    row = panel.model.row_of(speaker.curation_id)
    assert panel.model.index(row, panel.model.COL_STATUS).data() == "Not applied"
    assert "no longer extracted" in panel.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    # the filter box: accents and case ignored
    panel.filter_box.setFocus()
    qtbot.keyClicks(panel.filter_box, "perez")
    assert panel.proxy.rowCount() == 1 and panel.count_label.text() == "1 of 3 edits"
    panel.filter_box.clear()
    assert panel.proxy.rowCount() == 3
    # choosing a record goes to what it edited
    _click_record(qtbot, panel, by_bob.curation_id)
    assert w.timeline.selected_id == talks and w.viewer.selected_text() == "Talks began in 2019."
    _click_record(qtbot, panel, speaker.curation_id)
    assert w.viewer.selected_text() == "We kept our word,"
    assert w.actor_panel.selected_ids() == [actor_id(w, "Luis Pérez")]
    rename = next(r.id for r in cur.list_curations(rich_db) if r.kind == "actor_update")
    _click_record(qtbot, panel, rename)
    assert w.actor_panel.selected_ids() == [senate]
    assert panel.current_id() == rename
    w.curation.refresh()  # the current record stays current, and refreshing does not navigate
    w.go(("event", talks))
    w.curation.refresh()
    assert panel.current_id() == rename and w.timeline.selected_id == talks


def test_hidden_dock_reads_the_records_when_it_is_shown(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    ui = w.analyst_edits
    cur.update_actor(rich_db, actor_id(w, "Senate"), role="upper house", author="bob")
    w.curation.refresh()
    assert ui.panel.model.rowCount() == 0  # hidden: no query on every refresh
    w.curation_ui.history_toggle.trigger()  # Edit History in front, Analyst Edits behind its tab
    ui.toggle.trigger()
    assert ui.dock.isVisible() and ui.panel.model.rowCount() == 1
    assert ui.panel.model.index(0, ui.panel.model.COL_AUTHOR).data() == "bob"
    w.curation_ui.history_dock.raise_()  # the other tab in front: later edits are read when it comes back
    cur.update_actor(rich_db, actor_id(w, "Senate"), role="chamber", author="bob")
    w.curation.refresh()
    ui.dock.raise_()
    qtbot.waitUntil(lambda: ui.panel.model.rowCount() == 2, timeout=2000)
