"""Issue 19, small things: one plural helper ("1 conflict"), and the import dialog speaks the CLI's words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox
from window_steps import open_window

from sofa_desktop.store.ingest import ImportResult, summary
from sofa_desktop.wording import clipped, plural

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def test_plural() -> None:
    assert [plural(n, "conflict") for n in (0, 1, 2)] == ["0 conflicts", "1 conflict", "2 conflicts"]
    assert plural(2, "person", "people") == "2 people"
    results = [ImportResult("a.txt", "imported"), ImportResult("b.txt", "unchanged"),
               ImportResult("c.txt", "unchanged")]
    assert summary(results) == "1 imported, 2 unchanged, 0 rejected"


def test_status_bar_says_1_conflict(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    assert w.counts.conflicts == 1
    assert w._counts_label.text().endswith("· 1 conflict")


def test_import_dialog_and_cli_use_the_same_words(qtbot, seed_db, tmp_path: Path) -> None:
    w = open_window(qtbot, seed_db)
    w.start_import([str(SEEDS)])  # the seeds again: both unchanged
    qtbot.waitUntil(lambda: any(isinstance(x, QMessageBox) and x.isVisible() for x in w.findChildren(QMessageBox)),
                    timeout=20000)
    box = next(x for x in w.findChildren(QMessageBox) if x.isVisible())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cli = subprocess.run([sys.executable, "-m", "sofa_desktop", "--db", str(seed_db.url), "import", str(SEEDS)],
                         capture_output=True, text=True, env=env, encoding="utf-8", timeout=120)
    tally = cli.stderr.strip().splitlines()[-1]
    assert tally == "0 imported, 2 unchanged, 0 rejected"
    assert box.text().startswith(tally + ".")
    box.close()


def test_a_long_source_name_in_the_status_bar_is_cut_with_an_ellipsis_never_inside_its_date(qtbot, seed_db) -> None:
    assert clipped("short") == "short" and clipped("x" * 100, 10) == "x" * 9 + "…"
    w = open_window(qtbot, seed_db)
    for i in range(w.viewer.picker.count()):
        w.go(("source", w.viewer.picker.itemData(i)))
        label = w.viewer.picker.itemText(i)
        status = next(x.text() for x in w.statusBar().findChildren(QLabel) if x.text().startswith("Source: "))
        assert status == f"Source: {label}" or (len(label) > 120 and status.endswith("…"))
