"""Thread rows on the timeline, used as a reporter does: rows switch (remembered), a thread row's title lists its
reports, a report opens its passage, Compare shows the passages side by side, the tooltip says who disagrees,
statements and not-asserted events toggle, thread edits go on the undo stack, the gutter drags, exports paint."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from curation_gui import open_window, press
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from sofa_desktop.store import open_database
from sofa_desktop.store.ingest import import_paths
from sofa_desktop.ui.app import select_main_story
from sofa_desktop.ui.main_window import MainWindow
from sofa_desktop.ui.settings import Settings
from sofa_desktop.ui.timeline import tooltips
from sofa_desktop.ui.timeline.image_export import render_png, render_svg
from sofa_desktop.ui.timeline.labels import gutter_text

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = ["33_paraguay_senate_sofa_afp", "08_ecuador_port_deal_ap", "09_ecuador_port_deal_wire",
            "12_argentina_imf", "05_mexico_tariffs", "27_mexico_china_tariffs_bloomberg", "35_brazil_wto_elpais",
            "62_peru_ecuador_patrol_deadlines"]  # the last one: dated events the text does not assert
SIGNING = "Agreement signed the agreement"  # the seeds' signing: AP and AFP say December 2025, the press release 2024


@pytest.fixture(scope="module")
def threads_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds plus eight articles, several outlets telling the same happenings (10 sources: threads are the default)."""
    path = tmp_path_factory.mktemp("threads") / "template.sqlite"
    db = open_database(f"sqlite:///{path}")
    try:
        paths = sorted((ROOT / "seeds").glob("*.txt")) + [ROOT / "tests/data/articles" / f"{a}.txt" for a in ARTICLES]
        import_paths(db, [str(p) for p in paths])
    finally:
        db.dispose()
    return path


@pytest.fixture
def threads_db(tmp_path: Path, threads_template: Path):
    path = tmp_path / "threads.sqlite"
    shutil.copy(threads_template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()


def thread_id(w: MainWindow, title: str) -> int:
    return next(t.id for t in w.timeline.ctx.threads.values() if t.title == title)


def lane_of(w: MainWindow, key: object) -> int:
    return next(i for i, lane in enumerate(w.timeline.lay.lanes) if lane.key == key)


def title_pos(w: MainWindow, key: object) -> QPoint:
    """Where a row's title is, scrolled into view."""
    v = w.timeline
    lane = lane_of(w, key)
    v.verticalScrollBar().setValue(int(v.geo.lane_tops[lane]))
    return QPoint(30, int(v.geo.row_centre_y(lane, 0)))


def click_thread(qtbot, w: MainWindow, tid: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    with qtbot.waitSignal(w.timeline.thread_selected, timeout=2000):
        qtbot.mouseClick(w.timeline.viewport(), Qt.MouseButton.LeftButton, modifier, title_pos(w, ("thread", tid)))


def test_threads_are_the_default_rows_and_a_row_says_what_it_is(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    pane = w.threads_ui.pane
    assert w.timeline.mode == "thread" and pane.rows.currentData() == "thread"
    tid = thread_id(w, SIGNING)
    title, meta = w.timeline.ctx.lane_title(("thread", tid))
    assert title == SIGNING and meta == "4 reports · 3 outlets"
    lane = lane_of(w, ("thread", tid))
    ticks = [m for m in w.timeline.lay.lane_marks[lane]]
    assert len(ticks) == 3 and all(m.tick for m in ticks)  # the fourth report gives no date: undated strip
    outlier = next(m for m in ticks if m.role == "disagrees")
    assert outlier.d0 < w.timeline.lay.consensus[lane][0]  # 2024 against December 2025
    agreeing = [m for m in ticks if m.role == "agrees"]
    assert len({m.colour for m in agreeing}) == 2  # AP and AFP: one colour per outlet
    assert not w.timeline.lay.conflict_links  # no connector between reports that agree (only to the consensus)
    w.timeline.viewport().repaint()


def test_clicking_a_thread_lists_its_reports_and_a_report_opens_its_passage(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    tid = thread_id(w, SIGNING)
    click_thread(qtbot, w, tid)
    panel = w.threads_ui.panel
    assert w.threads_ui.dock.isVisible() and panel.model.rowCount() == 4
    summary = panel.summary.text()
    assert "AFP and AP: December 2025" in summary and "4 Mar 2024" in summary
    outlets = {panel.model.index(r, 0).data() for r in range(4)}
    assert {"AP", "AFP"} <= outlets
    row = next(r for r in range(4) if panel.model.index(r, 3).data() == "⚠ disagrees")
    report = panel.model.index(row, 0).data(panel.model.RowRole)
    rect = panel.table.visualRect(panel.model.index(row, 4))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.viewer.source_id == report.source_id
    assert w.viewer.selection_range() == (report.start, report.end)
    assert w.timeline.selected_id == report.event_id


def test_thread_tooltip_names_who_disagrees(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    tid = thread_id(w, SIGNING)
    lines = tooltips.lines_at(w.timeline, QPointF(title_pos(w, ("thread", tid))))
    assert lines[0] == SIGNING
    assert any(x.startswith("AFP and AP: December 2025 · ") and x.endswith(": 4 Mar 2024") for x in lines)


def test_a_threads_reports_are_read_from_the_store_once_when_first_needed(qtbot, threads_db) -> None:
    """The window keeps only each report's thread and role; the tooltip reads the thread's reports, once."""
    w = open_window(qtbot, threads_db)
    ctx, tid = w.timeline.ctx, thread_id(w, SIGNING)
    asked: list[int] = []
    load = ctx.load_reports
    ctx.load_reports = lambda t: asked.append(t) or load(t)
    where = QPointF(title_pos(w, ("thread", tid)))
    first, again = tooltips.lines_at(w.timeline, where), tooltips.lines_at(w.timeline, where)
    assert first == again and asked == [tid]
    assert {r.event_id for r in ctx.reports(tid)} == {e for e, link in ctx.report_of.items() if link.thread_id == tid}
    outlier = next(r for r in ctx.reports(tid) if r.role == "disagrees")
    assert ctx.report_of[outlier.event_id].role == "disagrees" and outlier.event_id in ctx.threads[tid].outlier_events


def test_compare_shows_consensus_and_outlier_passages_side_by_side(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    click_thread(qtbot, w, thread_id(w, SIGNING))
    qtbot.mouseClick(w.threads_ui.panel.compare, Qt.MouseButton.LeftButton)
    dialog = w.threads_ui.compare_dialog
    assert dialog is not None and dialog.isVisible()
    roles = [r.role for r, _pane in dialog.panes]
    assert roles == ["agrees", "disagrees"]
    for _r, pane in dialog.panes:
        assert pane.isReadOnly()
        assert pane.textCursor().block().text()  # the cursor sits on the passage
    outlier_pane = dialog.panes[1][1]
    assert "March 4, 2024" in outlier_pane.toPlainText()
    dialog.close()


def test_rows_switch_by_source_outlet_actor_and_the_choice_is_remembered(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    w.persist = w.threads_ui.pane.persist = True
    combo = w.threads_ui.pane.rows
    for mode, kind in (("source", int), ("outlet", tuple), ("actor", tuple)):
        combo.setCurrentIndex(combo.findData(mode))
        assert w.timeline.mode == mode
        assert all(isinstance(lane.key, kind) for lane in w.timeline.lay.lanes)
        w.timeline.viewport().repaint()
    assert {lane.key[1] for lane in w.timeline.lay.lanes} & {a for a in w.timeline.ctx.actor_names}
    combo.setCurrentIndex(combo.findData("outlet"))
    assert ("outlet", "AP") in {lane.key for lane in w.timeline.lay.lanes}
    assert Settings().timeline_rows() == "outlet"
    again = MainWindow(threads_db)  # reads the settings like a new start
    qtbot.addWidget(again)
    assert again.timeline.mode == "outlet"


def test_statements_and_not_asserted_toggle(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    pane, v = w.threads_ui.pane, w.timeline
    pane.set_mode("source")
    statements = {e.id for e in w.events.values() if e.kind == "statement" and e.date_start and e.asserted}
    faint = {e.id for e in w.events.values() if not e.asserted and e.date_start}
    assert statements and faint
    assert statements <= set(v.lay.by_id) and not faint & set(v.lay.by_id)  # not asserted: hidden by default
    pane.statements.trigger()
    assert not statements & set(v.lay.by_id)
    pane.not_asserted.trigger()
    assert faint <= set(v.lay.by_id) and all(v.lay.by_id[e].faint for e in faint)
    v.viewport().repaint()


def test_single_report_threads_toggle(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    pane, v = w.threads_ui.pane, w.timeline
    shown = {lane.key[1] for lane in v.lay.lanes}
    assert all(v.ctx.threads[t].reports > 1 for t in shown)
    pane.singles.trigger()
    assert {lane.key[1] for lane in v.lay.lanes} > shown


def test_mark_report_wrong_from_the_timeline_menu_and_undo(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    tid = thread_id(w, SIGNING)
    outlier = next(r for r in w.timeline.ctx.reports(tid) if r.role == "disagrees")
    menu = w.curation_ui.timeline_menu(w.timeline, outlier.event_id, None)
    entry = next(a for a in menu.actions() if a.text() == "Mark Report as Wrong")
    entry.trigger()
    menu.deleteLater()
    assert w.timeline.ctx.report_of[outlier.event_id].role == "wrong"
    assert thread_id(w, SIGNING) and not w.timeline.ctx.threads[thread_id(w, SIGNING)].disagreeing
    assert w.undo_stack.count() == 1
    press(qtbot, w, "Ctrl+Z")
    assert w.timeline.ctx.report_of[outlier.event_id].role == "disagrees"


def test_move_report_to_a_thread_of_its_own_with_the_chooser(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    tid = thread_id(w, SIGNING)
    report = next(r for r in w.timeline.ctx.reports(tid) if r.outlet == "AFP")
    ap = next(r for r in w.timeline.ctx.reports(tid) if r.outlet == "AP")
    dialog = w.threads_ui.edits.move_report(report.event_id)
    assert dialog is not None and dialog.list.count() > 1
    dialog.filter.setText("zzz no such thread")
    assert dialog.list.count() == 1  # "a thread of its own" stays
    dialog.list.setCurrentRow(0)
    dialog.accept()
    assert w.timeline.thread_of(report.event_id) != w.timeline.thread_of(ap.event_id)
    press(qtbot, w, "Ctrl+Z")
    assert w.timeline.thread_of(report.event_id) == w.timeline.thread_of(ap.event_id)  # together again


def test_merge_two_picked_threads_and_split_from_the_reports_list(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    v = w.timeline
    a, b = (lane.key[1] for lane in v.lay.lanes[:2])
    click_thread(qtbot, w, a)
    click_thread(qtbot, w, b, Qt.KeyboardModifier.ControlModifier)
    assert v.selected_threads == [a, b]
    menu = w.threads_ui.thread_menu(b)
    merge = next(x for x in menu.actions() if x.text().startswith("Merge “"))
    assert merge.isEnabled()
    events = [r.event_id for r in v.ctx.reports(a) + v.ctx.reports(b)]
    merge.trigger()
    menu.deleteLater()
    merged = {v.thread_of(e) for e in events}
    assert len(merged) == 1
    click_thread(qtbot, w, merged.pop())
    panel = w.threads_ui.panel
    panel.table.selectRow(0)
    split = next(x for x in panel.context_menu().actions() if x.text().startswith("Split 1 Report"))
    split.trigger()
    assert len({v.thread_of(e) for e in events}) == 2
    assert w.undo_stack.count() == 2


def test_dragging_the_gutter_edge_widens_the_titles(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    v = w.timeline
    before = v.geo.gutter
    y = int(v.geo.plot_rect.center().y())
    qtbot.mousePress(v.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(before, y))
    qtbot.mouseMove(v.viewport(), QPoint(before + 60, y))
    with qtbot.waitSignal(v.gutter_resized, timeout=2000):
        qtbot.mouseRelease(v.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(before + 60, y))
    assert v.geo.gutter == before + 60



def test_the_titles_gutter_grows_with_the_window_and_a_title_shows_whole_on_hover(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    v = w.timeline
    narrow = v.geo.gutter
    assert narrow > 0.35 * v.viewport().width()  # a share of the view, not a fixed 20 characters
    w.resize(1900, 1000)  # a reporter maximises the window
    qtbot.waitUntil(lambda: v.geo.gutter > narrow)
    widest = max(v.fontMetrics().horizontalAdvance(v.ctx.lane_name(lane.key)) for lane in v.lay.lanes)
    assert v.geo.gutter <= max(widest + 40, 120)  # no wider than the longest title needs
    tid = thread_id(w, SIGNING)
    pos = title_pos(w, ("thread", tid))
    QApplication.sendEvent(v.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, v.viewport().mapToGlobal(pos)))
    assert SIGNING in QToolTip.text() and "4 reports · 3 outlets" in QToolTip.text()
    QToolTip.hideText()

def test_timeline_image_export_paints_thread_rows(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    assert w.timeline.showing_threads
    image = render_png(w.timeline)
    assert not image.isNull() and image.width() > 0
    svg = render_svg(w.timeline).decode()
    assert SIGNING[:12] in svg  # the row title is text in the SVG
    QApplication.processEvents()


def test_a_first_start_opens_on_the_main_story_not_on_the_earliest_mention(qtbot, threads_db) -> None:
    """The earliest event is a background date years before the story; the window opens on a report of the thread
    most outlets tell instead, its passage selected and its mark on screen."""
    w = open_window(qtbot, threads_db)
    earliest = w.timeline.lay.neighbour(None, 1)
    assert select_main_story(w)
    picked = w.timeline.selected_id
    top = max(w.timeline.ctx.threads.values(), key=lambda t: t.witnesses)
    assert picked != earliest and w.timeline.thread_of(picked) == top.id
    event = w.events[picked]
    assert w.viewer.source_id == event.source_id and w.viewer.selection_range() == (event.start, event.end)
    assert w.timeline.viewport().rect().intersects(w.timeline.mark_rect(picked).toRect())


def test_every_thread_row_shows_its_counts_even_when_its_title_takes_two_lines(qtbot, threads_db) -> None:
    """A reporter reads "N reports · M outlets" on every row: a title too long for one line shares its second line
    with the counts instead of pushing them out."""
    w = open_window(qtbot, threads_db)
    v = w.timeline
    v.set_gutter(150)  # a narrow titles column: most titles wrap
    fm = QFontMetrics(v.font())
    small = v.font()
    small.setPointSizeF(small.pointSizeF() * 0.88)
    combo = w.threads_ui.pane.rows
    for mode in ("thread", "source"):  # "4 reports · 3 outlets"; "AP · 2025-12-05"
        combo.setCurrentIndex(combo.findData(mode))
        wrapped = 0
        for i, lane in enumerate(v.lay.lanes):
            title, meta = v.ctx.lane_title(lane.key)
            texts = gutter_text(fm, QFontMetrics(small), title, meta, v.geo.gutter, v.geo.lane_top(i),
                                v.geo.lane_height(v.lay.lanes, i))
            shown = [t for _x, _y, t, is_meta in texts if is_meta]
            whole = QFontMetrics(small).horizontalAdvance(meta) <= v.geo.gutter - 64  # fits beside a title's tail
            elided = not whole and len(shown) == 1 and shown[0].endswith("…")  # a long outlet name on a narrow gutter
            assert shown == ([meta] if meta else []) or elided, (title, shown)
            assert all(x + fm.horizontalAdvance(t) <= v.geo.gutter for x, _y, t, _m in texts)  # inside the gutter
            wrapped += len({y for _x, y, _t, _m in texts}) > 1 and fm.horizontalAdvance(title) > v.geo.gutter - 24
        assert wrapped  # the case this is about happened
    for meta in ("Voz · 2026-03-11", "2 reports · 1 outlet"):  # short: never elided ("Voz · 2026-03-…")
        texts = gutter_text(fm, QFontMetrics(small), "A new president took office in the capital", meta, 205, 0, 48)
        assert [t for _x, _y, t, is_meta in texts if is_meta] == [meta]


def test_the_status_bar_names_a_thread_picked_by_its_title(qtbot, threads_db) -> None:
    """Clicking a thread's title names it in the status bar (never the event selected before, in another row);
    clicking one of its reports names the report."""
    w = open_window(qtbot, threads_db)
    tid = thread_id(w, SIGNING)
    other = next(e for e, link in w.timeline.ctx.report_of.items() if link.thread_id != tid and e in w.events)
    w.select_event(other)
    click_thread(qtbot, w, tid)
    status = [label.text() for label in w.statusBar().findChildren(QLabel)]
    assert f"Thread: {SIGNING} — 4 reports · 3 outlets" in status
    report = next(m for m in w.timeline.lay.lane_marks[lane_of(w, ("thread", tid))] if m.role == "agrees")
    pos = w.timeline.mark_rect(report.event_id).center().toPoint()
    qtbot.mouseClick(w.timeline.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert w.timeline.selected_id == report.event_id
    assert any(label.text().startswith(f"Event: {w.events[report.event_id].title}")
               for label in w.statusBar().findChildren(QLabel))


def test_picking_an_actor_or_a_source_scrolls_its_row_into_view(qtbot, threads_db) -> None:
    w = open_window(qtbot, threads_db)
    v, combo = w.timeline, w.threads_ui.pane.rows
    combo.setCurrentIndex(combo.findData("actor"))
    bar = v.verticalScrollBar()
    assert bar.maximum() > 0  # more actor rows than fit
    last = v.lay.lanes[-2].key  # the last actor's row (the very last one collects events naming nobody)
    view = w.actor_panel.table
    index = view.model().index(next(r for r in range(view.model().rowCount())
                                    if view.model().index(r, 0).data(w.actor_panel.model.RowRole).id == last[1]), 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    lane = lane_of(w, last)
    assert bar.value() <= v.geo.lane_tops[lane] < bar.value() + v.geo.lanes_viewport_h
    combo.setCurrentIndex(combo.findData("source"))
    bar.setValue(0)
    last_source = v.lay.lanes[-1].key
    w.viewer.picker.activated.emit(w.viewer.picker.findData(last_source))  # chosen in the source picker
    assert bar.value() <= v.geo.lane_tops[lane_of(w, last_source)] < bar.value() + v.geo.lanes_viewport_h
