"""Reading the timeline (issue 19): Fit All frames the bulk then everything, "› N more" lists the hidden undated
events, colours stay with their outlet when articles are added, dimmed marks stay visible on the dark theme."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from timeline_view import shown_timeline

from sofa_desktop.store.queries import EventRow, SourceRow
from sofa_desktop.ui.colours import dimmed
from sofa_desktop.ui.timeline.rows import colour_ranks
from sofa_desktop.ui.timeline.view import TimelineView

SOURCES = [SourceRow(i, f"{i}.txt", f"Story {i}", dt.date(2025, 12, 1), f"Outlet {i % 3}") for i in range(1, 7)]


def row(i: int, source: int, start: dt.date | None) -> EventRow:
    return EventRow(i, source, 0, 5, f"Event number {i}", "sign", None, start, start, "day" if start else "unknown",
                    start.isoformat() if start else None, "reported", (), ())


def make_view(qtbot, rows: list[EventRow], width: int = 900) -> TimelineView:
    return shown_timeline(qtbot, width, 420, rows, SOURCES)


def test_fit_all_frames_the_bulk_then_everything(qtbot) -> None:
    bulk = [row(i, 1 + i % 6, dt.date(2025, 1, 1) + dt.timedelta(days=3 * i)) for i in range(1, 40)]
    v = make_view(qtbot, [*bulk, row(99, 2, dt.date(1990, 5, 1))])
    plot = v.geo.plot_rect
    left, right = v.scale.day(0), v.scale.day(plot.width())
    assert left > dt.date(2020, 1, 1).toordinal()  # the 1990 outlier does not squeeze the 2025 events
    assert v.mark_rect(bulk[10].id).left() > plot.left()
    v.fit_all()  # a second Fit All in a row shows everything
    assert v.scale.day(0) < dt.date(1990, 5, 1).toordinal() < v.scale.day(plot.width())
    v.fit_all()  # and a third the bulk again
    assert v.scale.day(0) > dt.date(2020, 1, 1).toordinal() and right > left


def test_more_undated_is_a_link_that_lists_the_hidden_chips(qtbot) -> None:
    rows = [row(1, 1, dt.date(2025, 3, 1))] + [row(i, 1 + i % 6, None) for i in range(2, 40)]
    v = make_view(qtbot, rows, 700)
    v.grab()  # paints: the link's place is known once painted
    assert v.more_rect is not None
    chips, _before, after = v.undated_chips()
    assert after > 0
    qtbot.mouseClick(v.viewport(), Qt.MouseButton.LeftButton, pos=v.more_rect.center().toPoint())
    menu = v.undated_menu
    assert menu is not None and menu.isVisible()
    entries = [a for a in menu.actions() if not a.isSeparator() and a.isEnabled()]
    assert len(entries) == after
    with qtbot.waitSignal(v.event_selected, timeout=2000) as picked:
        entries[-1].trigger()
    assert picked.args == [rows[-1].id]
    menu.close()


def test_outlet_colours_do_not_reshuffle_when_an_article_is_added() -> None:
    before = colour_ranks(SOURCES)
    newer = SourceRow(50, "50.txt", "Older story added late", dt.date(1999, 1, 1), "Brand new outlet")
    after = colour_ranks([newer, *SOURCES])
    assert {k: after[k] for k in before} == before
    assert after["Brand new outlet"] == len(before)


def test_dimmed_marks_stay_visible_on_dark_and_light(qtbot) -> None:
    hue = QColor("#4e79a7")
    for base in ("#1e1e1e", "#ffffff"):
        pal = QPalette()
        pal.setColor(QPalette.ColorRole.Base, QColor(base))
        faded = dimmed(hue, pal)
        assert faded.alpha() == 255  # blended, not transparent
        assert abs(faded.lightness() - QColor(base).lightness()) >= 25  # still stands out from the background
        assert faded != hue


def test_row_titles_elide_and_the_tooltip_has_them_whole(qtbot) -> None:
    long = SourceRow(7, "7.txt", "A very long title " * 8, dt.date(2025, 1, 1), "Wire")
    v = shown_timeline(qtbot, 600, 300, [row(1, 7, dt.date(2025, 1, 1))], [long])
    from sofa_desktop.ui.timeline import tooltips

    lines = tooltips.lines_at(v, QPointF(20, v.geo.row_centre_y(0, 0)))
    assert lines is not None and lines[0] == long.label
