"""Liveness: awkward generated corpora are imported by the real CLI into a real SQLite store, then rendered with
``gui --screenshot`` in a subprocess under a watchdog. The watchdog is a hang detector, not a timing assertion:
its bound is many times what a run takes on a loaded two-core machine."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from liveness import corpus

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
WATCHDOG_S = 120


def run(*args: str, timeout: float = WATCHDOG_S) -> subprocess.CompletedProcess[str]:
    """``python -m sofa_desktop ARGS`` (or a script) in a subprocess; fails the test if it has not ended in time."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, *args] if args[0].endswith(".py") else [sys.executable, "-m", "sofa_desktop", *args]
    try:
        done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"hang: {' '.join(args[:3])} did not finish in {timeout:.0f} s")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done


def import_and_render(tmp_path: Path, folder: Path) -> Path:
    """Import ``folder`` into a fresh store, render the window to a PNG; return the store."""
    db = tmp_path / "store.sqlite"
    out = run("--db", f"sqlite:///{db}", "import", str(folder)).stdout
    assert "rejected: " not in out, out
    shot = tmp_path / "shot.png"
    run("--db", f"sqlite:///{db}", "gui", "--screenshot", str(shot))
    assert shot.stat().st_size > 10_000
    return db


def events(db: Path, where: str = "1") -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT source_id, date_start FROM event WHERE {where}").fetchall()


@pytest.mark.parametrize("seed", [11, 12])
def test_mixed_corpus_renders(tmp_path: Path, seed: int) -> None:
    """64+ sources, dates from year 1 to 9999, hundreds of undated events, CJK and right-to-left text, forty events
    on one day in one lane."""
    corpus.write_mixed_corpus(tmp_path / "in", seed)
    db = import_and_render(tmp_path, tmp_path / "in")
    rows = events(db)
    dated = sorted(d for _s, d in rows if d)
    assert len({s for s, _d in rows}) >= 60
    assert sum(d is None for _s, d in rows) >= 200
    assert dated[0] < "0800" and dated[-1] > "9000", "the corpus must span the calendar"
    per_day = events(db, "date_start = '2026-03-11'")
    assert len(per_day) >= 30


@pytest.mark.parametrize("years", [(1989, 2026), (2026, 2090), (1, 9999), (1, 2026, 9999)])
def test_wide_spans_render(tmp_path: Path, years: tuple[int, ...]) -> None:
    """Fit All used to spin forever on 1989 + 2026 (four decades or more) before the first layout."""
    corpus.write_wide_span(tmp_path / "in", years)
    db = import_and_render(tmp_path, tmp_path / "in")
    assert {d[:4] for _s, d in events(db) if d} == {f"{y:04d}" for y in years}


def test_long_lines_import_render_and_open(tmp_path: Path) -> None:
    """A spaceless one-line file at the size limit, a CJK line without spaces and a one-line prose file: imported,
    rendered, then each opened in the viewer with a passage selected exactly."""
    corpus.write_long_lines(tmp_path / "in", seed=5)
    db = import_and_render(tmp_path, tmp_path / "in")
    out = run(str(ROOT / "tests" / "liveness" / "open_sources.py"), f"sqlite:///{db}").stdout
    assert "opened 3" in out
