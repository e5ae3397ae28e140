"""SOFA Desktop benchmark at newsroom scale: ``python benchmarks/bench.py [--json] [--scale S] [--only ...]``.

Generates a deterministic synthetic corpus (benchmarks/synth.py), builds the 10,000-article / 100,000-quote store once
into a cache (benchmarks/cache.py) and measures ingest, quote search, the timeline, the viewer, startup and memory.
Prints a table; with ``--json`` the last line is one JSON object with the figures (None where a part could not run).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import bench_store, bench_ui, cache  # noqa: E402

# key -> (target, lower_is_better, unit, what)
TARGETS: dict[str, tuple[float, bool, str, str]] = {
    "ingest_articles_per_s": (300, False, "/s", "read + extract + store (with import workers), 2,000 articles"),
    "search_speaker_p99_ms": (20, True, "ms", "quotes by speaker (partial, accent-insensitive), 100k quotes"),
    "search_text_p99_ms": (20, True, "ms", "speaker + words in the quote, 100k quotes"),
    "timeline_paint_ms": (16, True, "ms", "full repaint of the timeline, offscreen, 10,000 events"),
    "viewer_open_ms": (50, True, "ms", "open a 50 KB article with 300 highlighted passages"),
    "startup_ms": (float("nan"), True, "ms", "gui --screenshot on the seeds (median of 3)"),
    "startup_ratio": (1.3, True, "x", "startup vs a bare PySide6 window doing the same"),
    "rss_mb": (300, True, "MB", "resident memory, window open on the 10,000-article store"),
}
SECTIONS = ("ingest", "search", "timeline", "viewer", "startup", "rss")
INGEST_ARTICLES = 2_000
STORE_ARTICLES = 10_000


def machine() -> str:
    """One line describing this machine: cores, CPU model, RAM, Python."""
    cpu = "unknown CPU"
    ram = "unknown RAM"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB RAM"
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({cpu}), {ram}, Python {platform.python_version()} on {platform.system()}"


def _part(name: str, figures: dict[str, object], notes: list[str], run: Callable[[], dict]) -> None:
    started = time.perf_counter()
    try:
        figures.update(run())
    except Exception as exc:  # a part that cannot run (e.g. the UI is not there yet) reports None, not a crash
        notes.append(f"{name}: not measured ({type(exc).__name__}: {exc})")
        if os.environ.get("SOFA_BENCH_DEBUG"):
            traceback.print_exc()
    notes.append(f"{name}: {time.perf_counter() - started:.1f} s")


def run(scale: float, only: set[str], profile: bool, log: Callable[[str], None]) -> tuple[dict[str, object], list[str]]:
    """Measure the selected sections; return the figures and notes (timings, skipped parts)."""
    figures: dict[str, object] = {key: None for key in TARGETS}
    figures["scale"] = scale
    notes: list[str] = []
    n_ingest = max(10, round(INGEST_ARTICLES * scale))
    n_store = max(20, round(STORE_ARTICLES * scale))
    with tempfile.TemporaryDirectory(prefix="sofa-bench-") as tmp:
        folder = Path(tmp)
        if "ingest" in only:
            log(f"ingest: {n_ingest:,} fresh articles through import_paths ...")
            _part("ingest", figures, notes, lambda: bench_store.bench_ingest(folder / "ingest", n_ingest, profile))
        store = cache.cached_store(n_store, log=log) if only & {"search", "timeline", "rss"} else None
        if "search" in only and store:
            log("search ...")
            _part("search", figures, notes, lambda: bench_store.bench_search(store))
        if "timeline" in only and store:
            log("timeline ...")
            count = max(10, round(bench_ui.TIMELINE_EVENTS * scale))
            _part("timeline", figures, notes, lambda: bench_ui.bench_timeline(store, count))
        if "viewer" in only:
            log("viewer ...")
            _part("viewer", figures, notes, bench_ui.bench_viewer)
        if "startup" in only:
            log("startup ...")
            _part("startup", figures, notes, lambda: bench_ui.bench_startup(folder / "startup"))
        if "rss" in only and store:
            log("memory ...")
            _part("rss", figures, notes, lambda: bench_ui.bench_rss(store, folder / "rss"))
    return figures, notes


def table(figures: dict[str, object], notes: list[str]) -> str:
    """The figures as a Markdown table with targets and whether each is met, then the extra figures and notes."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = [f"Machine: {machine()}", f"Load average at the end: {load} (other processes slow every figure down)",
             f"Scale: {figures['scale']}", "",
             "| figure | value | target | met | what |", "|---|---:|---:|:---:|---|"]
    for key, (target, lower, unit, what) in TARGETS.items():
        value = figures.get(key)
        shown = "n/a" if value is None else f"{value:,.1f} {unit}"
        has_target = target == target  # not NaN
        goal = ("< " if lower else ">= ") + f"{target:g} {unit}" if has_target else "—"
        met = "—" if value is None or not has_target else ("yes" if (value < target if lower else value >= target)
                                                            else "NO")
        lines.append(f"| `{key}` | {shown} | {goal} | {met} | {what} |")
    extras = {k: v for k, v in figures.items() if k not in TARGETS and k not in ("scale", "ingest_profile")}
    if extras:
        lines += ["", "| detail | value |", "|---|---:|"]
        lines += [f"| `{k}` | {'n/a' if v is None else f'{v:,.2f}'} |" for k, v in extras.items()]
    if notes:
        lines += ["", *[f"- {n}" for n in notes]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the table (and the JSON line with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object on the last line")
    parser.add_argument("--scale", type=float, default=1.0, help="corpus size factor (1.0 = the targets' sizes)")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {','.join(SECTIONS)}")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the ingest run")
    args = parser.parse_args(argv)
    only = {part.strip() for part in args.only.split(",") if part.strip()}
    if unknown := only - set(SECTIONS):
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    started = time.perf_counter()
    figures, notes = run(args.scale, only, args.profile, lambda msg: print(msg, file=sys.stderr, flush=True))
    notes.append(f"total: {time.perf_counter() - started:.1f} s")
    if profile_text := figures.pop("ingest_profile", None):
        print(profile_text)
    print(table(figures, notes))
    if args.json:
        print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
