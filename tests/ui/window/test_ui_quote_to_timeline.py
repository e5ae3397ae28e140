"""A quote chosen in the quote list outlines, on the timeline, the dated event it was said in (its statement), and
never leaves the outline on an unrelated event chosen before."""

from __future__ import annotations

from test_ui_main_window import open_window


def test_choosing_quotes_outlines_the_event_holding_each(qtbot, seed_db) -> None:
    w = open_window(qtbot, seed_db)
    w.actions.find_quotes.trigger()
    panel = w.quote_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=3000)
    outlined = 0
    for row in range(panel.model.rowCount()):
        hit = panel.model.hit(row)
        earlier = next(e.id for e in w.events.values() if e.date_start and e.source_id != hit.source_id)
        w.select_event(earlier)  # an outline left from before
        panel.table.setCurrentIndex(panel.model.index(row, 0))
        chosen = w.timeline.selected_id
        assert chosen != earlier
        if chosen is not None:
            e = w.events[chosen]
            assert e.source_id == hit.source_id and e.start < hit.end and hit.start < e.end
            outlined += 1
    assert outlined > 0
