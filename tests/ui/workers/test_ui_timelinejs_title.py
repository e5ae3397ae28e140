"""Issue 19, exports: the TimelineJS headline comes from the coverage (or --title), groups are outlet names."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from window_steps import open_window

from sofa_desktop.store.export.timelinejs import DEFAULT_TITLE, default_title, timeline_document

SEED_TITLE = "United States and Paraguay: agreement, 2024–2026"


def run_cli(url: str, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "sofa_desktop", "--db", url, "export", "--format", "timelinejs",
                           *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
                          check=True).stdout


def test_headline_from_the_coverage_and_outlet_groups_on_both_backends(any_seed_db, any_seed_url) -> None:
    with any_seed_db.read_session() as s:
        assert default_title(s) == SEED_TITLE
        doc = timeline_document(s).document
    assert doc["title"]["text"]["headline"] == SEED_TITLE
    groups = {e["group"] for e in doc["events"]}
    assert "AP" in groups and not any(g.lower().startswith("source ") for g in groups)
    assert all(len(g) <= 40 for g in groups)
    assert json.loads(run_cli(any_seed_url))["title"]["text"]["headline"] == SEED_TITLE
    chosen = json.loads(run_cli(any_seed_url, "--title", "SOFA <vote>"))["title"]["text"]["headline"]
    assert chosen == "SOFA &lt;vote&gt;"


def test_empty_store_keeps_the_plain_title(empty_db) -> None:
    with empty_db.read_session() as s:
        assert default_title(s) == DEFAULT_TITLE


def test_gui_export_uses_the_derived_headline(qtbot, seed_db, tmp_path: Path, monkeypatch) -> None:
    w = open_window(qtbot, seed_db)
    target = tmp_path / "timeline.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    w.actions.export_timelinejs.trigger()
    qtbot.waitUntil(lambda: "Exported to" in w.statusBar().currentMessage())
    assert json.loads(target.read_text(encoding="utf-8"))["title"]["text"]["headline"] == SEED_TITLE
