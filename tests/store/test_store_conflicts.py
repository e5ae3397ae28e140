"""Conflicts (derived from threads) refreshed after each import, where only the blocks that gained events are
threaded again, equal a full recomputation."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import delete

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import synth  # noqa: E402
from sofa_desktop.store.conflicts import refresh_conflicts  # noqa: E402
from sofa_desktop.store.curation import thread_overrides  # noqa: E402
from sofa_desktop.store.ingest.files import import_paths  # noqa: E402
from sofa_desktop.store.queries import list_conflicts  # noqa: E402
from sofa_desktop.store.schema.models import Meta, Thread, ThreadReport  # noqa: E402
from sofa_desktop.store.threads import refresh_threads, thread_conflicts  # noqa: E402

SEEDS = ROOT / "seeds"


def _stored(db) -> set[tuple[str, str, tuple[int, ...]]]:  # type: ignore[no-untyped-def]
    with db.read_session() as s:
        return {(c.topic, c.detail, tuple(sorted(c.event_ids))) for c in list_conflicts(s)}


def _recomputed(db) -> set[tuple[str, str, tuple[int, ...]]]:  # type: ignore[no-untyped-def]
    """The conflicts of threads computed from scratch (in a transaction rolled back afterwards)."""
    with db.write_session() as s:
        conn = s.connection()
        conn.execute(delete(ThreadReport))
        conn.execute(delete(Thread))
        refresh_threads(conn, thread_overrides(conn), full=True)
        out = {(c.topic, c.detail, tuple(c.event_ids)) for c in thread_conflicts(conn)}
        s.rollback()
    return out


def test_incremental_refresh_equals_full(any_empty_db, tmp_path):
    empty_db = any_empty_db
    paths = synth.write_corpus(tmp_path / "corpus", 160)
    batches = [paths[:40], paths[40:41], paths[41:100], paths[100:]]
    seen_ids: set[int] = set()
    for batch in [[SEEDS], *batches]:
        import_paths(empty_db, batch)
        stored = _stored(empty_db)
        assert stored == _recomputed(empty_db)
        with empty_db.read_session() as s:
            ids = {c.id for c in list_conflicts(s)}
        seen_ids |= ids
    assert stored, "the corpus should produce conflicts"
    assert len(seen_ids) < len(stored) * 4  # unchanged conflicts keep their rows


def test_unknown_marker_recomputes_everything(any_empty_db, tmp_path):
    empty_db = any_empty_db
    import_paths(empty_db, [SEEDS, *synth.write_corpus(tmp_path / "corpus", 60)])
    expected = _stored(empty_db)
    with empty_db.write_session.begin() as s:
        s.execute(delete(Meta).where(Meta.key == "conflicts_up_to_source"))
        assert refresh_conflicts(s, since_source=None, overrides=[]) == len(expected)
    assert _stored(empty_db) == expected
    with empty_db.write_session.begin() as s:
        assert refresh_conflicts(s, since_source=10**9, overrides=[]) == len(expected)  # nothing new: nothing changes
    assert _stored(empty_db) == expected
