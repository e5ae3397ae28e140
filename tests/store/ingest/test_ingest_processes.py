"""Reliability with real processes: two concurrent importers, and an import killed with SIGKILL then re-run."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from article_files import expected_hashes, write_articles

from sofa_desktop.extract import Document, extract_document


def cli(db_url: str, *args: str) -> subprocess.Popen[str]:
    """Start ``python -m sofa_desktop --db URL ARGS`` in a new process."""
    return subprocess.Popen([sys.executable, "-m", "sofa_desktop", "--db", db_url, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")


def assert_consistent(db_file: Path) -> None:
    """The file passes SQLite's checks, and every stored source holds exactly the facts its text yields."""
    con = sqlite3.connect(db_file)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'quote_fts'").fetchone():
            con.execute("INSERT INTO quote_fts(quote_fts) VALUES ('integrity-check')")  # raises if out of step
        sources = con.execute("SELECT id, text, body_start, published, sha256 FROM source").fetchall()
        for source_id, text, body_start, published, sha256 in sources:
            assert hashlib.sha256(text.encode("utf-8")).hexdigest() == sha256
            stored_quotes = con.execute("SELECT start, end, text FROM quote WHERE source_id = ?",
                                        (source_id,)).fetchall()
            for start, end, quote in stored_quotes:
                assert text[start:end] == quote
            n_events = con.execute("SELECT count(*) FROM event WHERE source_id = ?", (source_id,)).fetchone()[0]
            date = None if published is None else dt.date.fromisoformat(published)
            expected = extract_document(Document(text, date, body_start))
            assert (len(stored_quotes), n_events) == (len(expected.quotes), len(expected.events))  # all or nothing
    finally:
        con.close()


def stored_hashes(db_file: Path) -> list[str]:
    con = sqlite3.connect(db_file)
    try:
        return [row[0] for row in con.execute("SELECT sha256 FROM source")]
    finally:
        con.close()


def test_two_processes_import_the_same_folder_each_article_once(tmp_path):
    paths = write_articles(tmp_path / "articles", 30)
    db_file = tmp_path / "store.sqlite"
    url = f"sqlite:///{db_file}"
    first, second = cli(url, "import", str(tmp_path / "articles")), cli(url, "import", str(tmp_path / "articles"))
    outputs = [p.communicate(timeout=180) for p in (first, second)]
    for proc, (out, err) in zip((first, second), outputs, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "rejected" not in out
    hashes = stored_hashes(db_file)
    assert len(hashes) == len(set(hashes)) == 30
    assert set(hashes) == expected_hashes(paths)
    assert sum(out.count("imported:") for out, _ in outputs) == 30
    assert sum(out.count("unchanged:") for out, _ in outputs) == 30
    assert_consistent(db_file)


def _source_count(db_file: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM source").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_import_killed_midway_leaves_a_consistent_database_that_a_rerun_completes(tmp_path):
    paths = write_articles(tmp_path / "articles", 400, paragraphs=12)
    db_file = tmp_path / "store.sqlite"
    url = f"sqlite:///{db_file}"
    proc = cli(url, "import", str(tmp_path / "articles"))
    deadline = time.monotonic() + 120
    while _source_count(db_file) < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    running = proc.poll() is None
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    if not running:
        pytest.skip("the import finished before it could be killed")
    stored = _source_count(db_file)
    assert 0 < stored < len(paths)
    assert_consistent(db_file)

    rerun = cli(url, "import", str(tmp_path / "articles"))
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert out.count("imported:") + out.count("unchanged:") == len(paths)
    hashes = stored_hashes(db_file)
    assert len(hashes) == len(set(hashes)) == len(paths)
    assert set(hashes) == expected_hashes(paths)
    assert_consistent(db_file)
