"""Actor rows: an event naming several actors shows in the row of each of them (a signing by two countries is in
both countries' rows); a click on any of its marks selects it and opens its passage; ←/→ visit it once."""

from __future__ import annotations

import datetime as dt

from curation_gui import open_window
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from sofa_desktop.store.queries import EventRow
from sofa_desktop.ui.timeline.conflicts_paint import conflict_pairs
from sofa_desktop.ui.timeline.layout import build_layout


def event(i: int, day: dt.date, actors: tuple[int, ...]) -> EventRow:
    return EventRow(i, 1, 0, 5, f"Event {i}", "sign", None, day, day, "day", day.isoformat(), "reported", actors, ())


def actor_keys(e: EventRow) -> tuple[object, ...]:
    return tuple(("actor", a) for a in e.actor_ids) or (("actor", None),)


def test_one_mark_per_row_named_and_each_event_once_in_time_order() -> None:
    rows = [event(1, dt.date(2025, 3, 1), (10, 20)), event(2, dt.date(2025, 3, 2), (20,)),
            event(3, dt.date(2025, 3, 3), ()), event(4, dt.date(2025, 3, 1), (20, 10, 20))]
    lay = build_layout(rows, [("actor", 10), ("actor", 20)], lanes_of=actor_keys)
    lanes = {e: {lay.lanes[m.lane].key[1] for m in lay.marks_of(e)} for e in (1, 2, 3, 4)}
    assert lanes == {1: {10, 20}, 2: {20}, 3: {None}, 4: {10, 20}}  # a repeated actor gives one mark
    assert len(lay.marks) == 6 and lay.by_id[1] is lay.marks_of(1)[0]
    assert lay.order == [1, 4, 2, 3]  # each event once
    assert [lay.neighbour(e, 1) for e in lay.order] == [4, 2, 3, 3]
    assert [lay.neighbour(e, -1) for e in lay.order] == [1, 1, 4, 2]


def test_busy_actor_rows_keep_their_own_clusters() -> None:
    day = dt.date(2025, 3, 1)
    lay = build_layout([event(i, day, (10, 20)) for i in range(8)], [], max_rows=2, lanes_of=actor_keys)
    assert len(lay.clusters) == 2 and {key[0] for key in lay.clusters} == {0, 1}
    assert all(len(stacked) == 6 for stacked in lay.clusters.values())
    assert {(m.lane, m.event_id) for m in lay.marks if m.stacked} == set(lay.owner)


def test_an_event_naming_two_actors_shows_in_both_rows_and_either_mark_opens_it(qtbot, seed_db) -> None:
    w = open_window(qtbot, seed_db)
    w.threads_ui.pane.set_mode("actor")
    v = w.timeline
    e = next(e for e in sorted(w.events.values(), key=lambda e: e.id) if e.date_start and len(set(e.actor_ids)) > 1)
    marks = v.lay.marks_of(e.id)
    assert {v.lay.lanes[m.lane].key for m in marks} == {("actor", a) for a in e.actor_ids}
    assert v.lay.order.count(e.id) == 1
    second = marks[1]
    v.verticalScrollBar().setValue(int(v.geo.lane_tops[second.lane]))
    pos = v.geo.mark_rect(second, v.scale).center().toPoint()
    assert v.event_at(pos.toPointF()) == e.id
    QApplication.sendEvent(v.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, v.viewport().mapToGlobal(pos)))
    assert e.title in QToolTip.text()
    with qtbot.waitSignal(v.event_selected, timeout=2000) as picked:
        qtbot.mouseClick(v.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert picked.args == [e.id] and v.selected_id == e.id
    assert w.viewer.source_id == e.source_id and w.viewer.selection_range() == (e.start, e.end)
    v.viewport().repaint()  # the selection outlines every mark of the event
    v.setFocus()
    seen = []
    v.select_event(v.lay.order[0])
    for _ in range(len(v.lay.order)):
        seen.append(v.selected_id)
        qtbot.keyClick(v, Qt.Key.Key_Right)
    assert seen == v.lay.order  # ←/→ step through the events, each once


def test_actor_rows_draw_a_conflict_connector_only_inside_one_row() -> None:
    day, other = dt.date(2025, 3, 1), dt.date(2025, 3, 9)
    rows = [event(1, day, (10,)), event(2, other, (20,)), event(3, day, (10, 30)), event(4, other, (10,))]
    conflicts = [(7, (1, 2)), (8, (3, 4))]  # 1 and 2 share no actor; 3 and 4 share actor 10
    lay = build_layout(rows, [("actor", 10), ("actor", 20), ("actor", 30)], conflicts, lanes_of=actor_keys)
    assert [c for c, _a, _b in conflict_pairs(lay)] == [7, 8]  # rows by source or outlet: every pair
    kept = conflict_pairs(lay, same_row_only=True)
    assert [(c, a.lane == b.lane) for c, a, b in kept] == [(8, True)]
