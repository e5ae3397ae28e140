"""The timeline's former freezes, in process: Fit All on wide spans before the first layout, 40,000 undated events,
thirty events on one day in one lane (a clickable "+N" badge). A hang here fails through faulthandler, not forever."""

from __future__ import annotations

import datetime as dt
import faulthandler
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from timeline_view import shown_timeline

from sofa_desktop.store.queries import EventRow, SourceRow
from sofa_desktop.ui.timeline.view import TimelineView

SOURCES = [SourceRow(1, "a.txt", "Wire story", dt.date(2026, 3, 1), "Wire"),
           SourceRow(2, "b.txt", "Diario story", dt.date(2026, 3, 2), "Diario")]


def row(i: int, source: int, day: dt.date | None, title: str = "") -> EventRow:
    return EventRow(i, source, 0, 5, title or f"Event number {i} in the capital", "x", None, day, day, "day",
                    day.isoformat() if day else None, "reported", (), ())


@pytest.fixture(autouse=True)
def hang_guard() -> Iterator[None]:
    """Turn a hang into a failure with a traceback (the bound is generous: a hang detector, not a timing)."""
    faulthandler.dump_traceback_later(90, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def marks_inside(view: TimelineView) -> bool:
    plot = view.geo.plot_rect
    return all(plot.left() - 1 <= view.mark_rect(m.event_id).center().x() <= plot.right() + 1
               for m in view.lay.marks)


@pytest.mark.parametrize("years", [(1989, 2026), (2090, 2026), (1, 9999), (1, 2026, 9999), (1950, 1951)])
def test_fit_all_ends_before_the_first_show_and_frames_every_event(qtbot, years: tuple[int, ...]) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    rows = [row(i, 1 + i % 2, dt.date(y, 6, 1)) for i, y in enumerate(years)]
    view.set_events(rows, SOURCES)  # before any layout: the plot is 0 pixels wide
    view.fit_all()
    view.resize(900, 420)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    assert marks_inside(view)
    view.grab()  # paints (axis ticks over ten millennia included)


def test_zoom_is_bounded_at_both_ends(qtbot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_events([row(1, 1, dt.date(1, 1, 1)), row(2, 1, dt.date(9999, 12, 31))], SOURCES)
    view.resize(700, 300)
    view.show()
    for _ in range(200):
        view.zoom_out()
    assert view.scale.px_per_day == view.scale.MIN_PX_PER_DAY
    for _ in range(200):
        view.zoom_in()
    assert view.scale.px_per_day == view.scale.MAX_PX_PER_DAY
    view.grab()


def test_forty_thousand_undated_events_paint_only_the_chips_shown(qtbot) -> None:
    rows = [row(1, 1, dt.date(2026, 3, 1))] + [row(i, 1 + i % 2, None) for i in range(2, 40_002)]
    view = shown_timeline(qtbot, 1000, 400, rows, SOURCES)
    view.grab()
    assert view.strip.cached_titles < 100  # titles elided: the chips shown, not 40,000
    view.select_event(30_000)
    view.grab()
    chips, before, after = view.undated_chips()
    assert chips[-1][1] == 30_000 and before + len(chips) + after == 40_000
    assert view.strip.cached_titles < 200
    with qtbot.waitSignal(view.event_selected, timeout=1000) as blocker:  # the chip is clickable
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=chips[0][0].center().toPoint())
    assert blocker.args == [chips[0][1]]


@pytest.fixture
def busy_day(qtbot) -> TimelineView:
    """Thirty events on one day in one lane, and one elsewhere."""
    day = dt.date(2026, 3, 11)
    rows = [row(i, 1, day, f"District {i} council approved the plan") for i in range(1, 31)]
    rows.append(row(31, 2, dt.date(2026, 2, 1)))
    view = shown_timeline(qtbot, 1000, 500, rows, SOURCES)
    view.grab()
    return view


def test_thirty_events_on_one_day_are_all_reachable_by_clicking(qtbot, busy_day: TimelineView) -> None:
    view = busy_day
    shown = {m.event_id for m in view.lay.marks if not m.stacked and m.lane == 0}
    hidden = {m.event_id for m in view.lay.marks if m.stacked}
    assert len(shown) + len(hidden) == 30 and hidden
    badges = dict((owner, rect) for rect, owner in view.cluster_rects)
    assert sum(len(view.lay.clusters[o]) for o in badges) == len(hidden)  # every hidden one is counted on a badge
    owner, rect = next(iter(badges.items()))
    pos = rect.center().toPoint()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    assert f"{len(view.lay.clusters[owner])} more events" in QToolTip.text()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    menu = view.cluster_menu
    assert menu is not None and menu.isVisible()
    entries = [a for a in menu.actions() if a.isEnabled() and not a.isSeparator()]
    assert len(entries) == 1 + len(view.lay.clusters[owner])
    target = view.lay.clusters[owner][-1]
    with qtbot.waitSignal(view.event_selected, timeout=1000) as blocker:
        entries[-1].trigger()
    menu.close()  # a click on an entry closes the menu; trigger() alone does not
    assert blocker.args == [target] and view.selected_id == target
    view.grab()
    assert target in view.label_rects  # the chosen stacked event is drawn on top, with its label


def test_cluster_menu_by_keyboard(qtbot, busy_day: TimelineView) -> None:
    view = busy_day
    view.setFocus()
    _lane, owner = next(iter(view.lay.clusters))
    view.select_event(owner)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.cluster_menu is not None and view.cluster_menu.isVisible()
    view.cluster_menu.close()
    seen = set()
    view.select_event(view.lay.order[0])
    for _ in range(len(view.lay.order)):  # ←/→ walk through every event, stacked ones included
        seen.add(view.selected_id)
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert seen == set(view.events)


def test_stacking_keeps_every_event(qtbot) -> None:
    from sofa_desktop.ui.timeline.layout import build_layout

    day = dt.date(2026, 3, 11)
    lay = build_layout([row(i, 1, day) for i in range(50)], [1], max_rows=4)
    assert len(lay.marks) == 50 and lay.lanes[0].rows == 4
    assert sum(len(v) for v in lay.clusters.values()) == 46
    assert {(m.lane, m.event_id) for m in lay.marks if m.stacked} == set(lay.owner)


def test_a_badge_scrolled_under_the_undated_strip_does_not_take_its_clicks(qtbot) -> None:
    """Rows scroll under the undated strip: a click on "› N more" lists the undated events, never the "+N" cluster
    of a row hidden behind the strip."""
    day = dt.date(2026, 3, 11)
    sources = [SourceRow(s, f"{s}.txt", f"Story {s}", day, f"Outlet {s}") for s in range(1, 13)]
    rows = [row(10 * s + k, s, day, f"Council {s} voted on item {k}") for s in range(1, 13) for k in range(9)]
    rows += [row(1000 + i, 1 + i % 12, None, f"Undated note {i}") for i in range(40)]
    view = shown_timeline(qtbot, 900, 360, rows, sources)
    view.grab()
    plot, bar = view.geo.plot_rect, view.verticalScrollBar()
    hidden = []
    for value in range(0, bar.maximum() + 1, 4):  # scroll until a badge sits under the strip
        bar.setValue(value)
        view.grab()
        hidden = [r for r, _owner in view.cluster_rects if r.top() > plot.bottom() + 2]
        if hidden:
            break
    assert hidden and view.more_rect is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=hidden[0].center().toPoint())
    assert view.cluster_menu is None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.more_rect.center().toPoint())
    assert view.cluster_menu is None and view.undated_menu is not None and view.undated_menu.isVisible()
    view.undated_menu.close()
