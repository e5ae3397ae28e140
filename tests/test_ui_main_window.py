"""Main window on the seeds database: populated panels, screenshot entry point, click-through from the timeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sofa_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("no_leaked_widgets")


@pytest.fixture
def window(qtbot, seed_db) -> MainWindow:
    w = MainWindow(seed_db)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_window_opens_with_populated_panels(window: MainWindow) -> None:
    assert window.counts.sources == 2
    assert window.actor_panel.proxy.rowCount() > 0
    assert window.viewer.picker.count() == 2
    assert window.quote_panel.model.rowCount() > 0
    assert "2 sources" in window._counts_label.text()
    assert {d.objectName() for d in (window.actors_dock, window.source_dock, window.quotes_dock)} == {
        "actorsDock", "sourceDock", "quotesDock"}


def test_clicking_a_timeline_event_opens_its_evidence(qtbot, window: MainWindow) -> None:
    event = next(iter(window.events.values()))
    rect = window.timeline.mark_rect(event.id)
    assert rect is not None
    with qtbot.waitSignal(window.timeline.event_selected, timeout=2000):
        qtbot.mouseClick(window.timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.viewer.source_id == event.source_id
    with window.db.read_session() as s:
        from sofa_desktop.store.queries import get_source

        text = get_source(s, event.source_id).text
    assert window.viewer.selected_text() == text[event.start:event.end]


def test_screenshot_entry_point(tmp_path: Path, seed_template: Path) -> None:
    import shutil

    from sofa_desktop.ui.app import run_gui

    db_path = tmp_path / "shot.sqlite"
    shutil.copy(seed_template, db_path)
    out = tmp_path / "shot.png"
    assert run_gui(db_url=f"sqlite:///{db_path}", screenshot=str(out)) == 0
    assert out.stat().st_size > 10_000
