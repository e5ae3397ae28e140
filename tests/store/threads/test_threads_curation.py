"""Analysts' thread edits (move, merge, split, mark wrong): applied at once, kept across re-extraction, undone."""

from __future__ import annotations

from sqlalchemy import select

from sofa_desktop.store import curation as c
from sofa_desktop.store.schema.models import Event
from sofa_desktop.store.threads import event_thread, list_threads, thread_reports


def _ids(db):  # type: ignore[no-untyped-def]
    with db.read_session() as s:
        def one(title: str) -> int:
            return s.scalar(select(Event.id).where(Event.title == title))
        return {"signed": one("United States and Paraguay signed Agreement"), "dec": one("Agreement signed"),
                "senate": one("Paraguayan Senate approved the treaty"),
                "chamber": one("Paraguayan Chamber of Deputies approved the agreement")}


def _thread(db, event_id):  # type: ignore[no-untyped-def]
    with db.read_session() as s:
        return event_thread(s, event_id)


def _role(db, event_id) -> str:  # type: ignore[no-untyped-def]
    with db.read_session() as s:
        t = event_thread(s, event_id)
        return next(r.role for r in thread_reports(s, t.id) if r.event_id == event_id)


def test_mark_wrong_removes_the_outlier_and_its_conflict(any_seed_db):
    db = any_seed_db
    ids = _ids(db)
    result = c.mark_wrong(db, ids["signed"])
    assert _role(db, ids["signed"]) == "wrong"
    t = _thread(db, ids["dec"])
    assert t.disagreeing == 0 and t.curated
    with db.read_session() as s:
        from sofa_desktop.store.queries import list_conflicts

        assert list_conflicts(s) == []
    assert c.undo_edit(db, result.curation_id)
    assert _role(db, ids["signed"]) == "disagrees" and not _thread(db, ids["dec"]).curated


def test_move_merge_split_and_undo(any_seed_db):
    db = any_seed_db
    ids = _ids(db)
    with db.read_session() as s:
        before = {(t.title, t.reports) for t in list_threads(s)}
    merged = c.merge_threads(db, _thread(db, ids["senate"]).id, _thread(db, ids["chamber"]).id)
    assert _thread(db, ids["senate"]).id == _thread(db, ids["chamber"]).id
    split = c.split_thread(db, [ids["chamber"]])
    assert _thread(db, ids["senate"]).id != _thread(db, ids["chamber"]).id
    moved = c.move_report(db, ids["signed"], _thread(db, ids["senate"]).id)
    assert _thread(db, ids["signed"]).id == _thread(db, ids["senate"]).id  # across blocks, too
    alone = c.move_report(db, ids["dec"], None)
    assert _thread(db, ids["dec"]).reports == 1
    for result in (alone, moved, split, merged):
        c.undo_edit(db, result.curation_id)
    with db.read_session() as s:
        assert {(t.title, t.reports) for t in list_threads(s)} == before
    c.redo_edit(db, merged.curation_id)
    assert _thread(db, ids["senate"]).id == _thread(db, ids["chamber"]).id


def test_thread_edits_survive_reextraction(seed_db, monkeypatch):
    import sofa_desktop.extract
    from sofa_desktop.store.ingest import reextract_sources

    ids = _ids(seed_db)
    c.merge_threads(seed_db, _thread(seed_db, ids["senate"]).id, _thread(seed_db, ids["chamber"]).id)
    c.mark_wrong(seed_db, ids["signed"])
    monkeypatch.setattr(sofa_desktop.extract, "EXTRACTOR_VERSION", sofa_desktop.extract.EXTRACTOR_VERSION + 1)
    reextract_sources(seed_db)
    ids = _ids(seed_db)  # new event ids
    assert _thread(seed_db, ids["senate"]).id == _thread(seed_db, ids["chamber"]).id
    assert _role(seed_db, ids["signed"]) == "wrong"
    assert all(x.applied for x in c.list_curations(seed_db))
