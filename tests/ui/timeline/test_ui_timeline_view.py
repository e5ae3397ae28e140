"""TimelineView on its own: wheel zoom, drag pan, click selection, tooltips, filter, crowded level of detail."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip
from timeline_view import shown_timeline

from sofa_desktop.store.queries import ConflictRow, EventRow, SourceRow
from sofa_desktop.ui.timeline.view import TimelineView

SOURCES = [SourceRow(1, "a.txt", "Wire story", dt.date(2025, 12, 5), "Wire"),
           SourceRow(2, "b.txt", "Diario story", dt.date(2025, 12, 6), "Diario")]


def row(i: int, source: int, start: dt.date | None, end: dt.date | None = None, precision: str = "day",
        status: str = "reported", conflicts: tuple[int, ...] = (), title: str = "") -> EventRow:
    return EventRow(i, source, 0, 5, title or f"Event {i}", "x", None, start, end or start, precision,
                    start.isoformat() if start else None, status, (), conflicts)


EVENTS = [row(1, 1, dt.date(2025, 12, 4), conflicts=(9,), title="Senate approves"),
          row(2, 2, dt.date(2025, 12, 1), dt.date(2025, 12, 7), "week", conflicts=(9,)),
          row(3, 1, dt.date(2026, 1, 1), dt.date(2026, 1, 31), "month", status="expected"),
          row(4, 2, None, precision="unknown")]
CONFLICTS = [ConflictRow(9, "approve treaty", "Wire says Dec 4; Diario says the week of Dec 1", (1, 2))]


@pytest.fixture
def view(qtbot) -> TimelineView:
    return shown_timeline(qtbot, 900, 400, EVENTS, SOURCES, CONFLICTS)


def wheel(view: TimelineView, x: float, dy: int) -> None:
    pos = QPointF(x, 200)
    event = QWheelEvent(pos, view.viewport().mapToGlobal(pos), QPoint(), QPoint(0, dy), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def test_wheel_zooms_around_the_cursor(view: TimelineView) -> None:
    before = view.scale.px_per_day
    anchor = view.scale.day(500 - view.geo.gutter)
    wheel(view, 500, 240)
    assert view.scale.px_per_day > before
    assert abs(view.scale.day(500 - view.geo.gutter) - anchor) < 1e-6
    view.zoom_out()
    view.fit_all()
    assert view.scale.px_per_day == pytest.approx(before)


def test_drag_pans_without_selecting(qtbot, view: TimelineView) -> None:
    origin = view.scale.origin
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=QPoint(600, 300))
    qtbot.mouseMove(vp, QPoint(650, 300))
    qtbot.mouseMove(vp, QPoint(700, 300))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(700, 300))
    assert view.scale.origin < origin
    assert view.selected_id is None


def test_click_selects_and_tooltip_describes(qtbot, view: TimelineView) -> None:
    rect = view.mark_rect(1)
    with qtbot.waitSignal(view.event_selected, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert blocker.args == [1]
    pos = rect.center().toPoint()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    tip = QToolTip.text()
    assert "Senate approves" in tip and "Date as written: 2025-12-04" in tip and "Source: Wire story" in tip
    assert "Conflict: Wire says Dec 4" in tip
    QToolTip.hideText()


def test_filter_hides_other_events_and_keyboard_walks_in_time(qtbot, view: TimelineView) -> None:
    view.set_filter({1, 3})
    assert {m.event_id for m in view.lay.marks} == {1, 3} and view.lay.undated == []
    view.set_filter(None)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.selected_id == 2  # the week starting Dec 1 comes first
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_id == 1


def test_ten_thousand_events_paint_with_level_of_detail(qtbot) -> None:
    rows = [row(i, 1 + i % 2, dt.date(2010, 1, 1) + dt.timedelta(days=i % 5000),
                precision=("day", "month", "year")[i % 3],
                end=dt.date(2010, 1, 1) + dt.timedelta(days=i % 5000 + (0, 29, 364)[i % 3])) for i in range(10_000)]
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(1000, 500)
    v.set_events(rows, SOURCES, [ConflictRow(i, "t", "d", (2 * i, 2 * i + 1)) for i in range(200)])
    v.show()
    assert not v.grab().isNull()
    v.scale.zoom(200, 400)
    assert not v.grab().isNull()


SEED_LIKE_TITLES = ["Agreement signed", "Ruben Ramirez Lezcano said", "Paraguayan Senate approved the treaty",
                    "Peace and Justice Service said", "Chamber of Deputies approved the agreement",
                    "Santiago Pena expected to sign the deal"]


def seed_like_view(qtbot, width: int, height: int = 460) -> TimelineView:
    """One event in 2024 in one source and six in March 2026 in the other, like the seeds."""
    rows = [row(1, 1, dt.date(2024, 3, 4), title="United States and Paraguay signed the agreement")]
    rows += [row(2 + i, 2, dt.date(2026, 3, 1) + dt.timedelta(days=2 * i), title=t)
             for i, t in enumerate(SEED_LIKE_TITLES)]
    rows.append(row(8, 2, dt.date(2026, 3, 12), dt.date(2026, 3, 18), "week", status="expected", title="Expected"))
    return shown_timeline(qtbot, width, height, rows, SOURCES)


@pytest.mark.parametrize("width", [380, 520, 900, 1400])
def test_fit_all_frames_the_events_and_shows_every_label_in_full(qtbot, width: int) -> None:
    v = seed_like_view(qtbot, width)
    plot = v.geo.plot_rect
    rects = {m.event_id: v.mark_rect(m.event_id) for m in v.lay.marks}
    first, last = min(r.left() for r in rects.values()), max(r.right() for r in rects.values())
    assert plot.left() + 8 <= first <= plot.left() + 24  # a margin before the first event
    assert plot.right() - max(40, 0.06 * plot.width()) <= last <= plot.right() - 20  # and after the last
    shown = v.scale.day(plot.right() - v.geo.gutter) - v.scale.day(0)
    after = v.scale.day(plot.right() - v.geo.gutter) - dt.date(2026, 3, 19).toordinal()
    assert 0 < after < 0.15 * shown  # no empty years after the events
    assert len({(m.lane, m.row) for m in v.lay.marks}) == len(rects)  # close labels stack instead of colliding
    v.grab()  # paints: every label is drawn, in full, inside the plot, over no mark
    fm = v.fontMetrics()
    for event_id in rects:
        label = v.label_rects[event_id]
        assert plot.left() <= label.left() and label.right() <= plot.right()
        assert label.width() >= v.labels.width(fm, event_id)  # not elided
        assert not any(label.intersects(r) for r in rects.values())


def test_fit_all_ignores_today_and_zoom_comes_back_to_the_frame(qtbot) -> None:
    rows = [row(1, 1, dt.date(1990, 5, 1), title="Old"), row(2, 2, dt.date(1991, 5, 1), title="Older news")]
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(900, 400)
    v.set_events(rows, SOURCES)
    v.show()
    plot = v.geo.plot_rect
    assert v.scale.day(plot.right() - v.geo.gutter) < dt.date(1992, 1, 1).toordinal()
    framed = (v.scale.origin, v.scale.px_per_day)
    v.zoom_out()
    v.zoom_out()
    v.fit_all()
    assert (v.scale.origin, v.scale.px_per_day) == pytest.approx(framed)


def test_a_view_too_narrow_to_frame_keeps_the_marks_inside_and_labels_right(qtbot) -> None:
    v = seed_like_view(qtbot, 300)  # labels cannot fit on either side of the framed events: labels get the right
    plot = v.geo.plot_rect
    rects = [v.mark_rect(m.event_id) for m in v.lay.marks]
    assert all(plot.left() <= r.left() and r.right() <= plot.right() for r in rects)
    assert max(r.right() for r in rects) < plot.right() - 0.3 * plot.width()
    assert not v.grab().isNull()


def test_empty_and_huge_titles_do_not_break_labels(qtbot) -> None:
    rows = [row(1, 1, dt.date(2025, 1, 1), title=" "), row(2, 1, dt.date(2025, 1, 2), title="x" * 5000),
            row(3, 2, dt.date(2025, 1, 3), title="word " * 300)]
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(700, 400)
    v.set_events(rows, SOURCES)
    v.show()
    assert not v.grab().isNull()
    assert all(v.labels.text(v.fontMetrics(), i, 150)[1] <= 150 for i in (1, 2, 3))
