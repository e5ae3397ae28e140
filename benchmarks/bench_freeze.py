"""Benchmarks of the former freezes (issue 13): ``python benchmarks/bench_freeze.py [--json]``.

- a repaint of a 1280x800 timeline with 40,000 undated events (and 1,000 dated ones), nothing selected and one
  undated event selected;
- selecting an undated event (selection plus the repaint it causes);
- opening the worst-shaped accepted file in the source viewer: a one-line text at the size limit, imported by the
  real extractor (38,000 highlighted passages), plus a spaceless line and a CJK line at the limit.
Medians of repeated runs; tests never assert them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from liveness import corpus  # noqa: E402

from sofa_desktop.store import open_database  # noqa: E402
from sofa_desktop.store.ingest import import_paths  # noqa: E402
from sofa_desktop.store.queries import EventRow, SourceRow, get_source, list_sources, source_spans  # noqa: E402

REPEATS = 7
UNDATED = 40_000
DATED = 1_000


CPU: dict[str, float] = {}  # figure -> median CPU time of the same runs (the machine may be shared)


def _median_ms(call, repeats: int = REPEATS, name: str = "") -> float:  # type: ignore[no-untyped-def]
    samples, cpu = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        call()
        samples.append(1000 * (time.perf_counter() - started))
        cpu.append(1000 * (time.process_time() - started_cpu))
    if name:
        CPU[name.removesuffix("_ms") + "_cpu_ms"] = statistics.median(cpu)
    return statistics.median(samples)


def _app():  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sofa_desktop.ui.app import make_app

    return make_app()


def bench_undated() -> dict[str, float]:
    """Repaints with 40,000 undated events, and selecting one of them."""
    app = _app()
    from sofa_desktop.ui.timeline.view import TimelineView

    rnd = random.Random(13)
    sources = [SourceRow(i, f"s{i}.txt", f"Source {i}", dt.date(2026, 3, 1), "Wire") for i in range(1, 201)]
    rows = []
    for i in range(DATED + UNDATED):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rnd.randrange(365)) if i < DATED else None
        title = f"Council {i} approved the plan to {rnd.choice(['expand', 'review', 'close'])} the port"
        rows.append(EventRow(i + 1, rnd.randrange(1, 201), 0, 5, title, "approve", None, day, day, "day",
                             day.isoformat() if day else None, "reported", (), ()))
    view = TimelineView()
    view.resize(1280, 800)
    view.set_events(rows, sources)
    view.show()
    app.processEvents()
    view.grab()
    plain = _median_ms(view.grab, name="undated_repaint_ms")
    undated = [r.id for r in rows[DATED:]]
    view.select_event(undated[len(undated) // 2])
    view.grab()
    selected = _median_ms(view.grab, name="undated_repaint_selected_ms")
    picks = iter(rnd.sample(undated, REPEATS * 3))

    def select() -> None:
        view.select_event(next(picks), emit=True)
        view.grab()

    select_ms = _median_ms(select, name="undated_select_ms")
    view.close()
    view.deleteLater()
    return {"undated_repaint_ms": plain, "undated_repaint_selected_ms": selected, "undated_select_ms": select_ms}


def bench_worst_file(folder: Path) -> dict[str, float]:
    """Open each long-line source (imported by the real extractor) in the viewer; the slowest is the figure."""
    app = _app()
    from sofa_desktop.ui.viewer.source_viewer import SourceViewer

    files = corpus.write_long_lines(folder / "in", seed=5, prose_share=1.0)
    db = open_database(f"sqlite:///{folder / 'store.sqlite'}")
    try:
        import_paths(db, files)
        with db.read_session() as s:
            docs = [(get_source(s, r.id), source_spans(s, r.id)) for r in list_sources(s)]
    finally:
        db.dispose()
    viewer = SourceViewer()
    viewer.resize(700, 800)
    viewer.show()
    app.processEvents()
    figures: dict[str, float] = {}
    for doc, spans in docs:
        def open_it(doc=doc, spans=spans) -> None:  # type: ignore[no-untyped-def]
            viewer.show_source(None)
            app.processEvents()
            viewer.show_source(doc, spans)
            viewer.grab()

        name = Path(doc.row.name).stem
        figures[f"viewer_open_{name}_ms"] = _median_ms(open_it, 3, name=f"viewer_open_{name}_ms")
        figures[f"viewer_open_{name}_chars"] = float(len(doc.text))
        figures[f"viewer_open_{name}_spans"] = float(len(spans))
    figures["viewer_open_worst_ms"] = max(v for k, v in figures.items() if k.endswith("_ms"))
    figures["viewer_open_worst_cpu_ms"] = max(v for k, v in CPU.items() if k.startswith("viewer_open_"))
    viewer.close()
    viewer.deleteLater()
    return figures


def main() -> int:
    figures = {"load_before": os.getloadavg()[0]}
    figures.update(bench_undated())
    with tempfile.TemporaryDirectory() as tmp:
        figures.update(bench_worst_file(Path(tmp)))
    figures.update(CPU)
    figures["load_after"] = os.getloadavg()[0]
    for key, value in figures.items():
        print(f"{key:36s} {value:12,.1f}")
    if "--json" in sys.argv:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
