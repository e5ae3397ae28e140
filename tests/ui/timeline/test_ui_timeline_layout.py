"""Timeline geometry without a display: date ranges by precision, lanes, rows, undated strip, ticks, scale."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from sofa_desktop.ui.timeline.layout import Mark, Scale, build_layout, event_days, pick_unit, ticks


def ev(i: int, source: int, start: dt.date | None, end: dt.date | None = None, precision: str = "day",
       status: str = "reported", conflicts: tuple[int, ...] = ()) -> SimpleNamespace:
    return SimpleNamespace(id=i, source_id=source, date_start=start, date_end=end or start, precision=precision,
                           status=status, conflict_ids=conflicts)


def test_day_precision_is_a_point_and_coarser_precision_a_range() -> None:
    d0, d1, point = event_days(dt.date(2025, 12, 4), dt.date(2025, 12, 4), "day")
    assert point and d1 - d0 == 1
    d0, d1, point = event_days(dt.date(2025, 12, 1), dt.date(2025, 12, 31), "month")
    assert not point and d1 - d0 == 31
    assert event_days(dt.date(2025, 1, 1), None, "year")[1] - event_days(dt.date(2025, 1, 1), None, "year")[0] == 1


def test_lanes_follow_source_order_and_undated_events_are_kept() -> None:
    events = [ev(1, 20, dt.date(2025, 1, 1)), ev(2, 10, dt.date(2024, 1, 1)), ev(3, 10, None, precision="unknown"),
              ev(4, 30, None, precision="unknown")]
    lay = build_layout(events, [10, 20, 30])
    assert [lane.source_id for lane in lay.lanes] == [10, 20]  # source 30 has no dated event: no empty lane
    assert lay.undated == [3, 4]
    assert lay.order == [2, 1, 3, 4]
    assert lay.source_colour[30] == 2


def test_overlapping_events_are_packed_into_rows() -> None:
    events = [ev(1, 1, dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year"),
              ev(2, 1, dt.date(2025, 3, 1)), ev(3, 1, dt.date(2026, 3, 1))]
    lay = build_layout(events, [1])
    rows = {m.event_id: m.row for m in lay.marks}
    assert rows[1] != rows[2] and rows[3] == 0
    assert lay.lanes[0].rows == 2


def test_culling_range_and_neighbours() -> None:
    events = [ev(i, 1, dt.date(2020, 1, 1) + dt.timedelta(days=10 * i)) for i in range(100)]
    lay = build_layout(events, [1])
    lo, hi = lay.index_range(dt.date(2020, 3, 1).toordinal(), dt.date(2020, 3, 31).toordinal())
    days = {dt.date.fromordinal(int(m.d0)) for m in lay.marks[lo:hi]}
    assert dt.date(2020, 3, 11) in days and all(d < dt.date(2020, 4, 10) for d in days)
    assert lay.neighbour(5, 1) == 6 and lay.neighbour(0, -1) == 0 and lay.neighbour(None, 1) == 0


def test_conflicts_become_links_and_marks_know_them() -> None:
    events = [ev(1, 1, dt.date(2025, 12, 4), conflicts=(7,)), ev(2, 2, dt.date(2025, 12, 1), conflicts=(7,))]
    lay = build_layout(events, [1, 2], [(7, [1, 2])])
    assert lay.conflict_links == [(7, 1, 2)]
    assert all(m.conflict for m in lay.marks)


def test_ticks_are_readable_at_every_zoom_level() -> None:
    start = dt.date(2025, 1, 1).toordinal()
    for width_days, expected_unit in ((20000, "year"), (700, "month"), (20, "day")):
        ppd = 1000 / width_days
        unit, _step = pick_unit(ppd, 48)
        assert unit == expected_unit
        minor, major = ticks(start, start + width_days, ppd)
        assert minor
        xs = [t.day * ppd for t in minor]
        assert all(b - a >= 40 for a, b in zip(xs, xs[1:], strict=False))  # labels never pile up
        if unit == "month":
            assert minor[0].label in {dt.date(2025, m, 1).strftime("%b") for m in range(1, 13)}
            assert major[0].label == "2025"
        if unit == "day":
            assert major[0].label == "January 2025"


def test_ticks_survive_the_calendar_edges() -> None:
    assert ticks(-1e9, 1e9, 0.002)[0]
    assert ticks(10, 5, 1) == ([], [])


def test_scale_zoom_keeps_anchor_and_fit_shows_everything() -> None:
    s = Scale()
    anchor_day = s.day(300)
    s.zoom(4, 300)
    assert abs(s.day(300) - anchor_day) < 1e-6
    d0, d1 = dt.date(2019, 1, 1).toordinal(), dt.date(2026, 1, 1).toordinal()
    s.fit(d0, d1, 800)
    assert 0 <= s.x(d0) < s.x(d1) <= 800
    s.zoom(1e12, 0)
    assert s.px_per_day == Scale.MAX_PX_PER_DAY


def test_label_widths_stack_close_events_in_rows_up_to_a_cap() -> None:
    events = [ev(i, 1, dt.date(2026, 3, 1) + dt.timedelta(days=i)) for i in range(6)]
    assert build_layout(events, [1]).lanes[0].rows == 1  # a day apart: no overlap by date alone
    lay = build_layout(events, [1], label_days={i: 30.0 for i in range(6)}, max_rows=8)
    assert sorted(m.row for m in lay.marks) == list(range(6))  # each label gets its own row
    assert build_layout(events, [1], label_days={i: 30.0 for i in range(6)}, max_rows=3).lanes[0].rows == 3


def test_scale_frame_puts_the_span_between_the_margins() -> None:
    s = Scale()
    d0, d1 = dt.date(2024, 3, 4).toordinal(), dt.date(2026, 3, 19).toordinal()
    s.frame(d0, d1, 16, 300)
    assert s.x(d0) == pytest.approx(16) and s.x(d1) == pytest.approx(316)
    s.frame(d0, d0 + 1, 16, 300)  # one day is shown as a month, centred
    assert s.x(d0 + 0.5) == pytest.approx(166) and s.px_per_day == pytest.approx(10)


def test_labels_fit_right_or_flipped_left_but_not_over_a_neighbour() -> None:
    from sofa_desktop.ui.timeline.fit import labels_fit
    from sofa_desktop.ui.timeline.geometry import GUTTER_W

    day = float(dt.date(2026, 3, 1).toordinal())
    s = Scale(origin=day - 100, px_per_day=1.0)  # day d is at viewport x = GUTTER_W + d - origin
    left, right = GUTTER_W, GUTTER_W + 300.0
    last = Mark(1, 0, 0, day + 190, day + 191, True, False, False)  # 99 px from the right edge
    assert labels_fit([last], {1: 80}, s, left, right)  # fits on the right
    assert labels_fit([last], {1: 250}, s, left, right)  # flips left: 290 px of room there
    assert not labels_fit([last], {1: 295}, s, left, right)  # neither side
    before = Mark(2, 0, 0, day - 50, day - 49, True, False, False)  # same row, further left, label on its right
    assert not labels_fit([before, last], {1: 250, 2: 60}, s, left, right)  # the flipped label would cover it
    other_row = Mark(2, 0, 1, day - 50, day - 49, True, False, False)
    assert labels_fit([other_row, last], {1: 250, 2: 60}, s, left, right)
    outside = Mark(3, 0, 2, day - 120, day - 119, True, False, False)
    assert not labels_fit([outside], {}, s, left, right)  # the mark itself is out of the plot


def test_conflict_badge_moves_off_labels_along_its_connector(qapp) -> None:
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QPainterPath

    from sofa_desktop.ui.timeline.conflicts_paint import badge_rect

    path = QPainterPath(QPointF(0, 0))
    path.lineTo(QPointF(200, 0))
    assert badge_rect(path, []).center() == QPointF(100, 0)
    moved = badge_rect(path, [QRectF(85, -10, 30, 20)])  # a label over the middle
    assert not moved.intersects(QRectF(85, -10, 30, 20)) and abs(moved.center().x() - 100) <= 40
    assert badge_rect(path, [QRectF(-10, -10, 220, 20)]).center() == QPointF(100, 0)  # nowhere free: the middle
    down = QPainterPath(QPointF(50, 0))  # a connector between two rows, each spot on some label's first words
    down.lineTo(QPointF(50, 100))
    labels = [QRectF(44, y, 150, 16) for y in (2, 22, 42, 62, 82)]  # rows of labels with 4 px gaps
    spot = badge_rect(down, labels)
    covered = sum(spot.intersected(t).width() * spot.intersected(t).height() for t in labels if spot.intersects(t))
    middle = QRectF(41, 41, 18, 18)
    assert covered < sum(middle.intersected(t).width() * middle.intersected(t).height() for t in labels
                         if middle.intersects(t))  # the spot covering the least text, not the middle


def test_thread_rows_one_per_thread_in_thread_order_and_an_event_in_none_is_named_by_its_title() -> None:
    from sofa_desktop.store.queries import EventRow
    from sofa_desktop.store.threads import ReportLink, ThreadRow
    from sofa_desktop.ui.timeline.rows import RowContext

    def event(i: int, day: int | None, title: str = "") -> EventRow:
        date = dt.date(2025, 3, day) if day else None
        return EventRow(i, 1, 0, 5, title or f"event {i}", "sign", None, date, date, "day" if day else "unknown",
                        None, "reported", (), ())

    threads = {7: ThreadRow(7, "Treaty signed", dt.date(2025, 3, 2), None, "day", "reported", 2, 2, 0, False),
               3: ThreadRow(3, "Budget passed", dt.date(2025, 3, 9), None, "day", "reported", 1, 1, 0, False)}
    links = {1: ReportLink(1, 7, "agrees"), 2: ReportLink(2, 7, "disagrees"), 4: ReportLink(4, 3, "agrees")}
    titles = {5: "Minister resigned"}
    ctx = RowContext({}, {}, threads, links, None, titles.__getitem__)
    events = [event(2, 1), event(1, 2), event(4, 9), event(5, 12, "Minister resigned"), event(6, None)]
    lay = ctx.layout("thread", [e for e in events if e.date_start], [], undated=[6])
    assert [lane.key for lane in lay.lanes] == [("thread", 7), ("thread", 3), ("event", 5)]
    assert [(m.event_id, m.lane, m.role) for m in lay.lane_marks[0]] == [(2, 0, "disagrees"), (1, 0, "agrees")]
    assert lay.marks_of(2)[0].conflict and lay.undated == [6]
    assert ctx.lane_title(("event", 5)) == ("Minister resigned", "in no thread")  # not thread 5's title
    assert ctx.lane_title(("thread", 7)) == ("Treaty signed", "2 reports · 0 outlets")
    singles_hidden = ctx.layout("thread", [e for e in events if e.date_start], [], undated=[6], singles=False)
    assert [lane.key for lane in singles_hidden.lanes] == [("thread", 7), ("event", 5)]


def test_actor_and_outlet_rows_never_borrow_a_thread_s_counts() -> None:
    from sofa_desktop.store.threads import ThreadRow
    from sofa_desktop.ui.timeline.rows import RowContext

    ctx = RowContext({}, {4: "Ana Gómez"}, {4: ThreadRow(4, "Vote held", None, None, "unknown", "reported", 3, 3, 0,
                                                         False)})
    assert ctx.lane_title(("actor", 4)) == ("Ana Gómez", "")  # thread 4 has the same id
    assert ctx.lane_title(("thread", 4)) == ("Vote held", "3 reports · 0 outlets")
