"""Timeline by thread at scale: ``python benchmarks/bench_timeline.py`` (not a test: prints figures, asserts nothing).

Builds a store of 1,000 sources and 25,000 events (the threads benchmark's synthetic reports: happenings told by
1-12 sources in 300 outlets, some dates off, some expected), threads it, then measures in this process, offscreen:
opening the main window on it (query + first layout + first paint) and repainting the timeline at 1280x800 in
thread rows and in source rows, fitted and scrolled. Wall time and this process's CPU time are both given (the
machine is shared, so the load average is printed too). ``--store PATH`` keeps the store there and reuses it on
the next run (the build takes several seconds); ``--opens N`` opens the window N times (median; the first open of a
process also pays one-off costs such as fonts and icons, so it is left out when N > 1).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_threads import synthetic_reports  # noqa: E402
from sofa_desktop.store import open_database  # noqa: E402

SOURCES = 1000
REPEATS = 7


def build(path: Path) -> None:
    """1,000 sources, 25,000 events with actors, threaded."""
    from sqlalchemy import insert

    from sofa_desktop.store.curation import thread_overrides
    from sofa_desktop.store.schema.models import Actor, Event, EventActor, Source
    from sofa_desktop.store.threads import refresh_threads

    reports = synthetic_reports(SOURCES)
    now = dt.datetime(2026, 1, 1)
    actors: dict[tuple[str, str], int] = {}
    for r in reports:
        for key in sorted(r.actors):
            actors.setdefault(key, len(actors) + 1)
    db = open_database(f"sqlite:///{path}")
    try:
        with db.write_session.begin() as s:
            conn = s.connection()
            conn.execute(insert(Actor.__table__), [{"id": i, "name": k, "name_folded": k, "kind": kind}
                                                   for (k, kind), i in actors.items()])
            conn.execute(insert(Source.__table__), [
                {"id": i + 1, "name": f"{i}.txt", "title": f"Story {i}", "published": dt.date(2025, 1, 1),
                 "outlet": f"outlet {i % 300}", "text": "x" * 400, "body_start": 0, "sha256": f"{i:064d}",
                 "imported_at": now} for i in range(SOURCES)])
            conn.execute(insert(Event.__table__), [
                {"id": r.id + 1, "source_id": r.source_id + 1, "start": 0, "end": 40, "title": f"{r.action} {r.object}",
                 "action": r.action, "object": r.object, "date_start": r.date_start, "date_end": r.date_end,
                 "precision": r.precision, "date_text": str(r.date_start), "status": r.status} for r in reports])
            conn.execute(insert(EventActor.__table__), [{"event_id": r.id + 1, "actor_id": actors[k]}
                                                        for r in reports for k in r.actors])
            refresh_threads(s, thread_overrides(conn), full=True)
    finally:
        db.dispose()


def _timed(call) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    call()
    return 1000 * (time.perf_counter() - wall), 1000 * (time.process_time() - cpu)


def _median(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="keep the benchmark store here (reused when it exists)")
    parser.add_argument("--opens", type=int, default=4, help="window opens to time (default 4)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sofa_desktop.ui.app import make_app

    app = make_app()
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)  # not the user's settings
        store = args.store or Path(tmp) / "timeline.sqlite"
        if not store.exists():
            started = time.perf_counter()
            build(store)
            print(f"store: {SOURCES:,} sources, 25,000 events, threaded in {time.perf_counter() - started:.1f} s")
        from sofa_desktop.ui.main_window import MainWindow  # imported once, before the timing

        db = open_database(f"sqlite:///{store}")
        windows = []

        def open_window() -> None:
            w = MainWindow(db, restore=False)
            w.resize(1280, 800)
            w.show()
            w.timeline.viewport().repaint()
            QApplication.processEvents()
            windows.append(w)

        samples = [_timed(open_window) for _ in range(max(1, args.opens))]
        opened = _median(samples[1:] or samples)
        w = windows[-1]
        v = w.timeline
        print(f"threads: {len(v.ctx.threads):,} ({len(v.lay.lanes):,} told by 2+ reports: the rows shown), "
              f"marks: {len(v.lay.marks):,}")
        print(f"open window (query, layout, first paint): {opened[0]:.0f} ms wall, {opened[1]:.0f} ms CPU "
              f"(median of {max(1, len(samples) - 1)}; load average {os.getloadavg()[0]:.1f})")
        for mode in ("thread", "source"):
            w.threads_ui.pane.set_mode(mode)
            v.fit_all()
            paint = _median([_timed(v.viewport().repaint) for _ in range(REPEATS)])
            v.verticalScrollBar().setValue(v.verticalScrollBar().maximum() // 2)
            scrolled = _median([_timed(v.viewport().repaint) for _ in range(REPEATS)])
            rows = len(v.lay.lanes)
            switch = _timed(lambda m=mode: w.threads_ui.pane.set_mode("outlet" if m == "thread" else "thread"))
            print(f"repaint, {mode} rows ({rows:,} rows), fitted: {paint[0]:.1f} ms wall / "
                  f"{paint[1]:.1f} ms CPU; scrolled half-way: {scrolled[0]:.1f} / {scrolled[1]:.1f} ms; "
                  f"switching rows: {switch[0]:.0f} / {switch[1]:.0f} ms")
        for window in windows:
            window.close()
        db.dispose()
    app.quit()


if __name__ == "__main__":
    main()
