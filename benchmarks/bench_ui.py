"""UI benchmarks: timeline repaint, source viewer opening (in process, offscreen), startup and memory (subprocesses)."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import synth
from benchmarks.cache import working_copy
from sofa_desktop.store import open_database
from sofa_desktop.store.queries import SourceDoc, SourceRow, Span, list_conflicts, list_events, list_sources

ROOT = Path(__file__).resolve().parent.parent
TIMELINE_EVENTS = 10_000
REPEATS = 3


def _median_ms(call, repeats: int = REPEATS) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        samples.append(1000 * (time.perf_counter() - started))
    return statistics.median(samples)


def _app():  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sofa_desktop.ui.app import make_app

    return make_app()


def bench_timeline(store: Path, count: int = TIMELINE_EVENTS) -> dict[str, float]:
    """Median of 3 full repaints (``grab()``) of a 1280x800 TimelineView showing ``count`` events, fitted to all."""
    app = _app()
    from sofa_desktop.ui.timeline.view import TimelineView

    db = open_database(f"sqlite:///{store}")
    try:
        with db.read_session() as s:
            sources = list_sources(s)
            events = list_events(s)
            conflicts = list_conflicts(s)
    finally:
        db.dispose()
    events = sorted(events, key=lambda e: e.id)[:count]  # the events of the first sources imported
    shown = {e.source_id for e in events}
    sources = [src for src in sources if src.id in shown]
    view = TimelineView()
    view.resize(1280, 800)
    started = time.perf_counter()
    view.set_events(events, sources, conflicts)
    set_ms = 1000 * (time.perf_counter() - started)
    view.show()
    app.processEvents()
    paint_ms = _median_ms(view.grab)
    view.zoom_in()
    view.zoom_in()
    zoomed_ms = _median_ms(view.grab)
    view.close()
    view.deleteLater()
    return {"timeline_paint_ms": paint_ms, "timeline_paint_zoomed_ms": zoomed_ms, "timeline_set_events_ms": set_ms,
            "timeline_events": float(len(events)), "timeline_lanes": float(len(sources))}


def long_source() -> tuple[SourceDoc, list[Span]]:
    """A 50 KB article and its 300 highlighted passages (quotes, events, mentions), as the store returns them."""
    art = synth.long_article()
    x = art.extraction
    spans = [Span("quote", q.start, q.end, i, "Quote — " + ", ".join(q.speakers), ()) for i, q in enumerate(x.quotes)]
    spans += [Span("event", e.start, e.end, i, f"Event — {e.date.text}") for i, e in enumerate(x.events)]
    spans += [Span("mention", m.start, m.end, i, f"Mention — {m.actor}", (i % 40,)) for i, m in enumerate(x.mentions)]
    row = SourceRow(1, art.name, "A long article", art.published, "AP")
    return SourceDoc(row, art.text, 0), sorted(spans, key=lambda sp: (sp.start, sp.end))


def bench_viewer() -> dict[str, float]:
    """Median time of ``SourceViewer.show_source`` for a 50 KB article with 300 spans, then of its first paint."""
    app = _app()
    from sofa_desktop.ui.viewer.source_viewer import SourceViewer

    doc, spans = long_source()
    viewer = SourceViewer()
    viewer.resize(700, 800)
    viewer.show()
    app.processEvents()
    other = SourceDoc(SourceRow(2, "other.txt", None, None, None), "Another text.", 0)

    def open_it() -> None:
        viewer.show_source(other, [])
        app.processEvents()
        started = time.perf_counter()
        viewer.show_source(doc, spans)
        samples.append(1000 * (time.perf_counter() - started))
        started = time.perf_counter()
        viewer.grab()
        paints.append(1000 * (time.perf_counter() - started))

    samples: list[float] = []
    paints: list[float] = []
    for _ in range(REPEATS):
        open_it()
    viewer.close()
    viewer.deleteLater()
    return {"viewer_open_ms": statistics.median(samples), "viewer_first_paint_ms": statistics.median(paints),
            "viewer_chars": float(len(doc.text)), "viewer_spans": float(len(spans))}


def _isolated_env(folder: Path) -> dict[str, str]:
    """Offscreen Qt and throw-away settings/data/cache folders, so runs neither read nor touch the user's."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (folder / name).mkdir(parents=True, exist_ok=True)
        env[name] = str(folder / name)
    return env


def _run(cmd: list[str], env: dict[str, str], memory: bool = False) -> tuple[float, float]:
    """Run ``cmd``; its wall time in ms and (with ``memory``) peak resident memory in MB. Raise if it fails.

    Memory is the child's own high-water mark (VmHWM), polled until it exits: ``ru_maxrss`` would also count the
    benchmark process itself, which the child is forked from before it execs.
    """
    return _run_cpu(cmd, env, memory)[:2]


def _children_cpu_ms() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return 1000 * (usage.ru_utime + usage.ru_stime)


def _run_cpu(cmd: list[str], env: dict[str, str], memory: bool = False) -> tuple[float, float, float]:
    """As :func:`_run`, plus the CPU time (user + system) the child used, in ms: less sensitive to other load."""
    cpu_before = _children_cpu_ms()  # only one child runs at a time, so the difference is this child's
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors)
        peak_kb = _peak_kb_until_exit(proc) if memory else 0
        proc.wait()
        elapsed = 1000 * (time.perf_counter() - started)
        errors.seek(0)
        err = errors.read().decode(errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}… exited {proc.returncode}: {err.strip()[-300:]}")
    return elapsed, peak_kb / 1024, _children_cpu_ms() - cpu_before


def _peak_kb_until_exit(proc: subprocess.Popen) -> int:
    peak_kb = 0
    status = Path(f"/proc/{proc.pid}/status")
    while proc.poll() is None:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak_kb = max(peak_kb, int(line.split()[1]))
        except (OSError, ValueError):
            pass
        time.sleep(0.01)
    return peak_kb


def _gui_cmd(db: Path, shot: Path) -> list[str]:
    return [sys.executable, "-m", "sofa_desktop", "--db", f"sqlite:///{db}", "gui", "--screenshot", str(shot)]


def bench_startup(folder: Path) -> dict[str, float]:
    """Median wall time of ``gui --screenshot`` on the seeds store vs the bare PySide6 window script (3 runs each)."""
    env = _isolated_env(folder)
    db = folder / "seeds.sqlite"
    first_ms, _ = _run(_gui_cmd(db, folder / "first.png"), env)  # creates the store and imports the seeds
    app = [_run_cpu(_gui_cmd(db, folder / "app.png"), env) for _ in range(REPEATS)]
    bare_cmd = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py"), str(folder / "bare.png")]
    _run(bare_cmd, env)
    bare = [_run_cpu(bare_cmd, env) for _ in range(REPEATS)]
    app_ms, bare_ms = statistics.median(r[0] for r in app), statistics.median(r[0] for r in bare)
    app_cpu, bare_cpu = statistics.median(r[2] for r in app), statistics.median(r[2] for r in bare)
    return {"startup_ms": app_ms, "startup_bare_ms": bare_ms, "startup_ratio": app_ms / bare_ms,
            "startup_first_run_ms": first_ms, "startup_cpu_ms": app_cpu, "startup_bare_cpu_ms": bare_cpu,
            "startup_cpu_ratio": app_cpu / bare_cpu}


def bench_rss(store: Path, folder: Path) -> dict[str, float]:
    """Peak resident memory of ``gui --screenshot`` (window open and painted) on a copy of the big store."""
    env = _isolated_env(folder)
    db = working_copy(store, folder)
    elapsed, rss = _run(_gui_cmd(db, folder / "big.png"), env, memory=True)
    return {"rss_mb": rss, "open_big_store_ms": elapsed}
