"""The source viewer's "Earlier versions…" action shows a replaced text read-only; disabled when there is none."""

from __future__ import annotations

from pathlib import Path

from sofa_desktop.store.ingest import import_paths
from sofa_desktop.ui.main_window import MainWindow


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_earlier_versions_action_shows_the_replaced_text(qtbot, empty_db, tmp_path):
    first = "Council approves budget\n\nASUNCION (AP) — The council approved the budget on Monday, officials said.\n"
    path = _write(tmp_path / "ap" / "budget.txt", first)
    other = _write(tmp_path / "efe" / "budget.txt", first.replace("(AP)", "(EFE)"))
    [a, b] = import_paths(empty_db, [path, other])
    _write(path, first.replace("Monday", "Tuesday"))
    assert import_paths(empty_db, [path])[0].status == "updated"
    w = MainWindow(empty_db, restore=False)
    qtbot.addWidget(w)
    ui = w.earlier_versions
    w.open_source(b.source_id)
    assert not ui.action.isEnabled() and ui.show_dialog() is None
    w.open_source(a.source_id)
    assert ui.action.isEnabled() and "(1)" in ui.action.text()
    dialog = ui.show_dialog()
    qtbot.addWidget(dialog)
    assert dialog.text.isReadOnly() and dialog.text.toPlainText() == first
    assert "Tuesday" in w.viewer.text.toPlainText()  # the viewer keeps the current text
    dialog.close()
