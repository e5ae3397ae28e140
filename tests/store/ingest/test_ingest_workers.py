"""Large imports read and extract their files in worker processes: the store ends up exactly as when one process
does everything (ids, rows, outcomes, progress order), and cancelling still stops the import."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from sofa_desktop.store import open_database
from sofa_desktop.store.ingest import import_paths, parallel, set_source_details
from sofa_desktop.store.schema.db import sqlite_url


@pytest.fixture(autouse=True, scope="module")
def _workers_stopped_afterwards() -> Iterator[None]:
    yield
    parallel.close_pool(wait=True)  # not left to the end of the test process


PLACES = ("the harbour", "the northern bridge", "the old market", "the rail depot")


def _article(i: int) -> str:
    return (f"Works at {PLACES[i % 4]} number {i}\n\nThe city council closed {PLACES[i % 4]} on Monday, March "
            f"{1 + i % 27}, 2025, after inspectors found cracks. “We will reopen it when it is safe,” said "
            f"councillor Marta Quiroga{i} of the works committee. Repairs are expected to take {2 + i % 5} weeks.\n")


def _folder(path: Path, count: int) -> Path:
    path.mkdir()
    for i in range(count):
        (path / f"n{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    (path / "n900.txt").write_bytes(b"\x00\x01binary\x00" * 20)  # rejected by the reader, in a worker
    (path / "n901.txt").write_text(_article(3), encoding="utf-8")  # the same text as n003: unchanged
    return path


def _dump(db_file: Path) -> list[tuple]:
    con = sqlite3.connect(db_file)
    try:
        rows = []
        for (table,) in con.execute("select name from sqlite_master where type='table' and name not like 'sqlite_%'"
                                    " and name not like '%fts%' order by name"):
            cols = [c[1] for c in con.execute(f"pragma table_info({table})") if c[1] not in ("imported_at",)]
            rows += [(table, *row) for row in con.execute(f"select {','.join(cols)} from {table} order by rowid")]
        return rows
    finally:
        con.close()


def _import(tmp_path: Path, name: str, folder: Path, workers: str, monkeypatch: pytest.MonkeyPatch, **kw: object):
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, workers)
    db = open_database(sqlite_url(tmp_path / name))
    try:
        return [(Path(r.path).name, r.status, r.reason, r.source_id) for r in import_paths(db, [folder], **kw)]
    finally:
        db.dispose()


def test_workers_store_exactly_what_one_process_stores(tmp_path, monkeypatch):
    folder = _folder(tmp_path / "in", 14)
    seen: list[int] = []
    alone = _import(tmp_path, "alone.sqlite", folder, "0", monkeypatch)
    shared = _import(tmp_path, "shared.sqlite", folder, "2", monkeypatch, progress=lambda n, _t, _r: seen.append(n))
    assert shared == alone
    assert [s for _, s, _, _ in shared].count("imported") == 14 and shared[-1][1] == "unchanged"
    assert shared[-2][1] == "rejected" and seen == list(range(1, 17))
    assert _dump(tmp_path / "shared.sqlite") == _dump(tmp_path / "alone.sqlite")
    again = _import(tmp_path, "shared.sqlite", folder, "2", monkeypatch)  # stored texts: read, not extracted again
    assert {s for _, s, _, _ in again} == {"unchanged", "rejected"}


def test_an_analysts_date_is_honoured_when_workers_extracted_against_the_files_own(tmp_path, monkeypatch):
    folder = _folder(tmp_path / "in", 6)
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "2")
    db = open_database(sqlite_url(tmp_path / "s.sqlite"))
    try:
        first = import_paths(db, [folder / "n002.txt"])
        set_source_details(db, first[0].source_id, published=dt.date(2031, 1, 1))
        (folder / "n002.txt").write_text(_article(2) + "\nThe council met again on Tuesday.\n", encoding="utf-8")
        results = import_paths(db, [folder])
        assert results[2].status == "updated"
        with db.read_session() as s:
            from sofa_desktop.store.queries import list_events

            tuesday = {e.date_start for e in list_events(s) if e.source_id == first[0].source_id}
        assert dt.date(2030, 12, 31) in tuesday  # the Tuesday before the analyst's date (a Wednesday), not the file's
    finally:
        db.dispose()


def test_cancelling_stops_an_import_that_uses_workers(tmp_path, monkeypatch):
    folder = _folder(tmp_path / "in", 30)
    seen: list[int] = []
    results = _import(tmp_path, "s.sqlite", folder, "2", monkeypatch, progress=lambda n, _t, _r: seen.append(n),
                      cancelled=lambda: len(seen) >= 3)
    assert 3 <= len(results) < 32
    assert all(status == "imported" for _, status, _, _ in results)


def test_small_imports_custom_extractors_read_only_stores_and_busy_machines_stay_in_one_process(monkeypatch):
    monkeypatch.delenv(parallel.WORKERS_VARIABLE)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 4)
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.5, 0.5, 0.5))
    assert parallel.worker_count(5000, True, False) == parallel.MAX_WORKERS
    assert parallel.worker_count(parallel.MIN_FILES - 1, True, False) == 0
    assert parallel.worker_count(5000, False, False) == 0
    assert parallel.worker_count(5000, True, True) == 0
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (3.5, 2.0, 1.0))  # our own core + 2.5 of others: room
    assert parallel.worker_count(5000, True, False) == parallel.MAX_WORKERS
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (4.2, 2.0, 1.0))  # no core to spare
    assert parallel.worker_count(5000, True, False) == 0
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 1)
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert parallel.worker_count(5000, True, False) == 0
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "3")
    assert parallel.worker_count(2, True, False) == 2


def test_files_are_read_here_when_no_worker_can_start(monkeypatch, tmp_path):
    def refuse(*_args: object, **_kw: object) -> None:
        raise OSError("no processes in this sandbox")

    parallel.close_pool()  # the workers of earlier tests
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", refuse)
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    assert list(parallel.prepared_files(files, 2, 1000, frozenset())) == [None, None]
