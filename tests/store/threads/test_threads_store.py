"""Threads in the store, on SQLite and PostgreSQL: built on import, kept incrementally (equal to a full
recomputation), copies counted once, conflicts derived from threads, queries the GUI and CLI share."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import delete, select

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import synth  # noqa: E402
from sofa_desktop.store.curation import thread_overrides  # noqa: E402
from sofa_desktop.store.ingest import import_paths  # noqa: E402
from sofa_desktop.store.queries import list_conflicts  # noqa: E402
from sofa_desktop.store.schema.models import Event, SourceCopy, Thread, ThreadReport  # noqa: E402
from sofa_desktop.store.threads import (  # noqa: E402
    disagreement_line,
    event_thread,
    expected_line,
    list_threads,
    refresh_threads,
    thread_reports,
)

SEEDS = ROOT / "seeds"


def partition(db) -> set[tuple[tuple[int, str], ...]]:  # type: ignore[no-untyped-def]
    """The stored threads by content: each thread's (event, role) pairs."""
    with db.read_session() as s:
        groups: dict[int, list[tuple[int, str]]] = {}
        for tid, eid, role in s.execute(select(ThreadReport.thread_id, ThreadReport.event_id, ThreadReport.role)):
            groups.setdefault(tid, []).append((eid, role))
        return {tuple(sorted(g)) for g in groups.values()}


def recomputed(db) -> set[tuple[tuple[int, str], ...]]:  # type: ignore[no-untyped-def]
    """The threads computed from scratch, in a transaction rolled back afterwards."""
    with db.write_session() as s:
        conn = s.connection()
        conn.execute(delete(ThreadReport))
        conn.execute(delete(Thread))
        refresh_threads(conn, thread_overrides(conn), full=True)
        groups: dict[int, list[tuple[int, str]]] = {}
        for tid, eid, role in conn.execute(select(ThreadReport.thread_id, ThreadReport.event_id, ThreadReport.role)):
            groups.setdefault(tid, []).append((eid, role))
        s.rollback()
    return {tuple(sorted(g)) for g in groups.values()}


def _event(s, title: str) -> int:  # type: ignore[no-untyped-def]
    return s.scalar(select(Event.id).where(Event.title == title))


def test_seeds_signing_thread_flags_the_press_release(any_seed_db):
    db = any_seed_db
    with db.read_session() as s:
        signed = _event(s, "United States and Paraguay signed Agreement")
        thread = event_thread(s, signed)
        assert thread is not None and thread.precision == "month" and str(thread.date_start) == "2025-12-01"
        assert thread.outlier_events == (signed,)
        reports = thread_reports(s, thread.id)
        line = disagreement_line(thread, reports)
        assert line.startswith("AP: December 2025 · ") and line.endswith(": 4 Mar 2024")
        senate = event_thread(s, _event(s, "Paraguayan Senate approved the treaty"))
        chamber = event_thread(s, _event(s, "Paraguayan Chamber of Deputies approved the agreement"))
        assert senate.id != chamber.id and not senate.outlier_events and not chamber.outlier_events
        assert expected_line(*(lambda t: (t, thread_reports(s, t.id)))(
            event_thread(s, _event(s, "Santiago Pena expected to sign the deal")))).startswith("expected per AP")
        events = set(s.scalars(select(Event.id)))
        listed = [r.event_id for t in list_threads(s) for r in thread_reports(s, t.id)]
        assert sorted(listed) == sorted(events)  # every event in exactly one thread
        (conflict,) = list_conflicts(s)  # derived from the thread: the signing only
        assert conflict.topic == "sign of agreement" and signed in conflict.event_ids


def test_incremental_threads_equal_full_recomputation(any_empty_db, tmp_path):
    db = any_empty_db
    paths = synth.write_corpus(tmp_path / "corpus", 120)
    ids_seen: set[int] = set()
    for batch in ([SEEDS], paths[:40], paths[40:41], paths[41:]):
        import_paths(db, batch)
        assert partition(db) == recomputed(db)
        with db.read_session() as s:
            ids_seen |= set(s.scalars(select(Thread.id)))
            total = s.query(Thread).count()
    assert len(ids_seen) < total * 2  # threads of blocks that did not change keep their rows


def test_syndicated_copies_are_one_witness(any_empty_db, tmp_path):
    body = (SEEDS / "001_ff5f581d51c26c9f.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2026-03-11 ASUNCION, Paraguay (AP) —" + body, encoding="utf-8")
    (folder / "b.txt").write_text("date 2026-03-12 ASUNCION, Paraguay (EFE) — Republished." + body, encoding="utf-8")
    import_paths(any_empty_db, [folder])
    with any_empty_db.read_session() as s:
        groups = dict(s.execute(select(SourceCopy.source_id, SourceCopy.copy_group)).all())
        assert len(set(groups.values())) == 1
        chamber = event_thread(s, s.scalars(select(Event.id).where(Event.action == "approve")
                                            .where(Event.date_start.is_not(None))).first())
        assert chamber.reports == 2 * chamber.witnesses


def test_reextraction_keeps_threads_equal_to_full(seed_db, monkeypatch):
    import sofa_desktop.extract
    from sofa_desktop.store.ingest import reextract_sources

    before = len(partition(seed_db))
    monkeypatch.setattr(sofa_desktop.extract, "EXTRACTOR_VERSION", sofa_desktop.extract.EXTRACTOR_VERSION + 1)
    reextract_sources(seed_db)
    assert partition(seed_db) == recomputed(seed_db) and len(partition(seed_db)) == before
