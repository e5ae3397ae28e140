"""A reporter reading a small two-outlet story through its thread: the compare view shows article text only (never
the ' date' / ' outlet' header lines the reader consumed), with the passage highlighted."""

from __future__ import annotations

from pathlib import Path

import pytest
from curation_gui import open_window
from PySide6.QtCore import QPoint, Qt

from sofa_desktop.store import open_database
from sofa_desktop.store.ingest import import_paths

# Two outlets tell one made-up happening in their first sentence and disagree on its day.
STORY = {
    "ledger.txt": "Harbour bridge opens in Valdora\n date 2026-03-11\n outlet Coast Ledger\n\n"
                  "The regional government of Valdora opened the new harbour bridge on Tuesday, ending six years of "
                  "works. Governor Marta Ilves cut the ribbon in front of a crowd of dock workers.\n",
    "wire.txt": "Valdora inaugurates its harbour bridge\n date 2026-03-12\n outlet Northern Wire\n\n"
                "The regional government of Valdora opened the new harbour bridge on Wednesday, officials said. "
                "Governor Marta Ilves told reporters the crossing would carry freight from April.\n",
}


@pytest.fixture
def story_db(tmp_path: Path):
    for name, text in STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = open_database(f"sqlite:///{tmp_path / 'story.sqlite'}")
    import_paths(db, [str(tmp_path / name) for name in STORY])
    yield db
    db.dispose()


def show_threads(qtbot, w) -> int:
    """Pick 'Threads' in the Rows menu and click the (only) thread's title; its id."""
    combo = w.threads_ui.pane.rows
    combo.setCurrentIndex(combo.findData("thread"))
    (thread_id,) = list(w.timeline.ctx.threads)
    lane = next(i for i, lane in enumerate(w.timeline.lay.lanes) if lane.key == ("thread", thread_id))
    with qtbot.waitSignal(w.timeline.thread_selected, timeout=2000):
        qtbot.mouseClick(w.timeline.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(30, int(w.timeline.geo.row_centre_y(lane, 0))))
    return thread_id


def test_compare_panes_leave_out_the_date_and_outlet_header_lines(qtbot, story_db) -> None:
    w = open_window(qtbot, story_db)
    show_threads(qtbot, w)
    qtbot.mouseClick(w.threads_ui.panel.compare, Qt.MouseButton.LeftButton)
    dialog = w.threads_ui.compare_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert len(dialog.panes) == 2
    for report, pane in dialog.panes:
        text = pane.toPlainText()
        assert " date 2026-" not in text and "outlet " not in text
        assert text.startswith(("Harbour bridge opens", "Valdora inaugurates"))  # the headline is article text
        start = pane.textCursor().position()  # the cursor sits at the passage's start
        assert text[start:].startswith("The regional government of Valdora opened")
        assert report.outlet in {"Coast Ledger", "Northern Wire"}
