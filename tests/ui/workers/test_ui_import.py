"""Import from the GUI: worker thread with progress, cancel between files, rejection summary, refreshed views."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from sofa_desktop.store import queries
from sofa_desktop.store.ingest.files import ImportResult
from sofa_desktop.ui.main_window import MainWindow
from sofa_desktop.ui.workers.import_worker import ImportRunner, ImportWorker, summary_text


def write_articles(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"art{i:02d}.txt"
        p.write_text(f"Story {i}\n\n“Words number {i},” said Ana Gómez on Monday.\n", encoding="utf-8")
        paths.append(p)
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    return paths


def test_runner_imports_in_a_thread_with_progress(qtbot, empty_db, tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 3)
    runner = ImportRunner(empty_db, [tmp_path / "in"], None, show_summary=False)
    progress: list[tuple[int, int, str]] = []
    runner.worker.progress.connect(lambda n, total, name: progress.append((n, total, name)))
    with qtbot.waitSignal(runner.done, timeout=20000) as blocker:
        runner.start()
    results: list[ImportResult] = blocker.args[0]
    assert not runner.cancelled
    assert [r.status for r in results].count("imported") == 3
    assert [r.status for r in results].count("rejected") == 1
    qtbot.waitUntil(lambda: len(progress) == 4, timeout=5000)
    assert progress[-1][:2] == (4, 4)
    with empty_db.read_session() as s:
        assert queries.counts(s).sources == 3


def test_cancelling_the_progress_dialog_stops_the_import(qtbot, empty_db, tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 3)
    runner = ImportRunner(empty_db, [tmp_path / "in"], None, show_summary=False)
    runner.dialog.canceled.emit()  # the user pressed Cancel before the first file finished
    with qtbot.waitSignal(runner.done, timeout=20000) as blocker:
        runner.start()
    assert runner.cancelled and blocker.args[0] == []
    with empty_db.read_session() as s:
        assert queries.counts(s).sources == 0


def test_worker_cancel_stops_between_files(qtbot, empty_db, tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", 5)
    worker = ImportWorker(empty_db, paths)
    seen: list[int] = []

    def on_progress(n: int, _total: int, _name: str) -> None:
        seen.append(n)
        worker.cancel()  # after the first file

    worker.progress.connect(on_progress)
    with qtbot.waitSignal(worker.finished, timeout=20000) as blocker:
        worker.run()  # run() is plain Python; the thread wiring is covered above
    assert len(blocker.args[0]) == 1 and seen == [1]
    with empty_db.read_session() as s:
        assert queries.counts(s).sources == 1


def test_worker_reports_failures_instead_of_raising(qtbot, empty_db, monkeypatch) -> None:
    import sofa_desktop.ui.workers.import_worker as module

    def boom(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(module, "import_paths", boom)
    worker = ImportWorker(empty_db, ["x"])
    with qtbot.waitSignal(worker.failed, timeout=2000) as blocker:
        worker.run()
    assert blocker.args == ["RuntimeError: disk on fire"]


def test_summary_lists_rejected_files() -> None:
    results = [ImportResult("a.txt", "imported"), ImportResult("b.txt", "unchanged"),
               ImportResult("/x/bad.txt", "rejected", "binary file (contains NUL bytes)")]
    text = summary_text(results, cancelled=True)
    assert text.startswith("Cancelled. 1 imported, 1 unchanged, 1 rejected.")
    assert "• bad.txt: binary file (contains NUL bytes)" in text


def test_window_import_refreshes_views(qtbot, seed_db, tmp_path: Path) -> None:
    w = MainWindow(seed_db)
    qtbot.addWidget(w)
    w.show()
    before = w.counts.sources
    write_articles(tmp_path / "more", 2)
    runner = w.start_import([str(tmp_path / "more")], show_summary=False)
    assert runner is not None and not w.actions.import_files.isEnabled()
    qtbot.waitUntil(lambda: w.import_runner is None, timeout=20000)
    assert w.counts.sources == before + 2
    assert w.viewer.picker.count() == before + 2
    assert w.actions.import_files.isEnabled()


def test_dropping_files_on_the_window_imports_them(qtbot, seed_db, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QApplication

    w = MainWindow(seed_db)
    qtbot.addWidget(w)
    w.show()
    paths = write_articles(tmp_path / "drop", 1)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(paths[0]))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    before = w.counts.sources
    w.dropEvent(event)  # QApplication routes Drop events only during a real drag, so call the handler
    qtbot.waitUntil(lambda: w.import_runner is None and w.counts.sources == before + 1, timeout=20000)
    qtbot.waitUntil(lambda: any(isinstance(x, QMessageBox) and x.isVisible()
                                for x in QApplication.topLevelWidgets()), timeout=5000)
    for box in [x for x in QApplication.topLevelWidgets() if isinstance(x, QMessageBox)]:
        box.close()
