"""Curation edits on the seeds store: every kind applies, shows in query rows, undoes exactly and redoes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sofa_desktop.store.curation import edits as c
from sofa_desktop.store.queries import list_actors, list_conflicts, list_events, source_spans
from sofa_desktop.store.schema.models import Actor, ActorAlias, EventActor, Mention, QuoteSpeaker
from sofa_desktop.store.search.quotes import search_quotes


@pytest.fixture
def db(any_seed_db):
    """The seeds store, on SQLite and on PostgreSQL."""
    return any_seed_db

def _actor(db, name):
    with db.read_session() as s:
        return next(a for a in list_actors(s) if a.name == name)


def _quote(db, quote_id):
    with db.read_session() as s:
        return next(q for q in search_quotes(s) if q.id == quote_id)


def _event(db, event_id):
    with db.read_session() as s:
        return next(e for e in list_events(s) if e.id == event_id)


def _quote_with(db, words):
    with db.read_session() as s:
        return search_quotes(s, "", words)[0]


def snapshot(db) -> dict:
    """Everything an actor edit can touch, by id."""
    with db.read_session() as s:
        return {
            "actors": sorted(s.execute(select(Actor.id, Actor.name, Actor.name_folded, Actor.kind, Actor.role)).all()),
            "aliases": sorted(s.execute(select(ActorAlias.actor_id, ActorAlias.alias, ActorAlias.folded)).all()),
            "mentions": sorted(s.execute(select(Mention.id, Mention.actor_id)).all()),
            "speakers": sorted(s.execute(select(QuoteSpeaker.quote_id, QuoteSpeaker.actor_id)).all()),
            "event_actors": sorted(s.execute(select(EventActor.event_id, EventActor.actor_id)).all()),
        }


def test_quote_speaker_edit_undo_redo(db):
    quote = _quote_with(db, "historic")
    rubio = _actor(db, "Marco Rubio")
    result = c.set_quote_speakers(db, quote.id, [rubio.id], expected_version=quote.version, author="ana")
    assert "Marco Rubio" in result.description and result.description.startswith("Speaker of “historic")
    edited = _quote(db, quote.id)
    assert edited.speakers == ("Marco Rubio",) and edited.curated and edited.version > quote.version
    with db.read_session() as s:
        span = next(sp for sp in source_spans(s, quote.source_id) if sp.kind == "quote" and sp.ref_id == quote.id)
    assert span.curated and span.actor_ids == (rubio.id,)

    c.undo_edit(db, result.curation_id)
    undone = _quote(db, quote.id)
    assert undone.speakers == quote.speakers and undone.speaker_ids == quote.speaker_ids and not undone.curated
    c.undo_edit(db, result.curation_id)  # twice: no-op
    c.redo_edit(db, result.curation_id)
    assert _quote(db, quote.id).speakers == ("Marco Rubio",)
    rows = c.list_curations(db)
    assert [(r.kind, r.author, r.undone) for r in rows] == [("quote_speakers", "ana", False)]


def test_new_actor_as_speaker_then_undo_both(db):
    quote = _quote_with(db, "terrorism")
    added = c.add_actor(db, "  Jane   Roe ", "person", "spokesperson")
    assert added.created_id is not None
    new = _actor(db, "Jane Roe")
    assert new.curated and new.role == "spokesperson"
    speakers = c.set_quote_speakers(db, quote.id, [*quote.speaker_ids, added.created_id])
    assert set(_quote(db, quote.id).speakers) == {*quote.speakers, "Jane Roe"}
    c.undo_edit(db, speakers.curation_id)
    c.undo_edit(db, added.curation_id)
    with db.read_session() as s:
        assert "Jane Roe" not in {a.name for a in list_actors(s)}
    c.redo_edit(db, added.curation_id)
    c.redo_edit(db, speakers.curation_id)
    assert _actor(db, "Jane Roe").id == added.created_id
    assert "Jane Roe" in _quote(db, quote.id).speakers


def test_merge_round_trip_is_exact(db):
    before = snapshot(db)
    keep, other = _actor(db, "United States"), _actor(db, "U.S. State Department")
    result = c.merge_actors(db, keep.id, other.id, expected_version=keep.version)
    with db.read_session() as s:
        actors = {a.name: a for a in list_actors(s)}
    assert "U.S. State Department" not in actors
    merged = actors["United States"]
    assert merged.curated and {"U.S. State Department", "State Department"} <= set(merged.aliases)
    assert merged.mentions == keep.mentions + other.mentions
    c.undo_edit(db, result.curation_id)
    assert snapshot(db) == before
    c.redo_edit(db, result.curation_id)
    c.undo_edit(db, result.curation_id)
    assert snapshot(db) == before
    assert not _actor(db, "United States").curated


def test_split_alias_round_trip(db):
    before = snapshot(db)
    rubio = _actor(db, "Marco Rubio")
    result = c.split_alias(db, rubio.id, "rubio")
    with db.read_session() as s:
        actors = {a.name: a for a in list_actors(s)}
    split = actors["Rubio"]
    assert split.id == result.created_id and split.kind == "person" and split.curated and split.mentions > 0
    assert "Rubio" not in actors["Marco Rubio"].aliases
    assert actors["Marco Rubio"].mentions + split.mentions == rubio.mentions
    c.undo_edit(db, result.curation_id)
    assert snapshot(db) == before
    c.redo_edit(db, result.curation_id)
    assert _actor(db, "Rubio").id == result.created_id
    c.undo_edit(db, result.curation_id)
    assert snapshot(db) == before


def test_update_actor_name_kind_role(db):
    before = snapshot(db)
    pena = _actor(db, "Santiago Pena")
    result = c.update_actor(db, pena.id, name="Santiago Peña", role="President of Paraguay",
                            expected_version=pena.version)
    assert "rename" in result.description
    renamed = _actor(db, "Santiago Peña")
    assert renamed.id == pena.id and renamed.role == "President of Paraguay" and renamed.curated
    c.update_actor(db, pena.id, kind="organization", role="")
    assert (_actor(db, "Santiago Peña").kind, _actor(db, "Santiago Peña").role) == ("organization", None)
    for row in reversed(c.list_curations(db)):
        c.undo_edit(db, row.id)
    assert snapshot(db) == before
    assert not _actor(db, "Santiago Pena").curated


def test_update_event_and_undo(db):
    with db.read_session() as s:
        event = next(e for e in list_events(s) if e.conflict_ids)
    result = c.update_event(db, event.id, date_start=dt.date(2025, 12, 4), date_end=dt.date(2025, 12, 4),
                            precision="day", status="reported", expected_version=event.version)
    edited = _event(db, event.id)
    assert (edited.date_start, edited.precision, edited.curated, edited.title) == (
        dt.date(2025, 12, 4), "day", True, event.title)
    c.undo_edit(db, result.curation_id)
    restored = _event(db, event.id)
    assert (restored.date_start, restored.date_end, restored.precision, restored.status, restored.curated) == (
        event.date_start, event.date_end, event.precision, event.status, False)
    c.redo_edit(db, result.curation_id)
    assert _event(db, event.id).date_start == dt.date(2025, 12, 4)


def test_add_event_from_passage(db):
    quote = _quote_with(db, "historic agreement")
    rubio = _actor(db, "Marco Rubio")
    result = c.add_event(db, quote.source_id, quote.start, quote.end, title="Rubio praises the deal",
                         date_start=dt.date(2026, 3, 11), date_end=None, precision="day", actor_ids=[rubio.id])
    event = _event(db, result.created_id)
    assert (event.title, event.start, event.actor_ids, event.curated) == (
        "Rubio praises the deal", quote.start, (rubio.id,), True)
    c.undo_edit(db, result.curation_id)
    with db.read_session() as s:
        assert result.created_id not in {e.id for e in list_events(s)}
    c.redo_edit(db, result.curation_id)
    assert _event(db, result.created_id).title == "Rubio praises the deal"


def test_resolve_conflict_and_reopen(db):
    with db.read_session() as s:
        conflict = list_conflicts(s)[0]
    result = c.resolve_conflict(db, conflict.id, note="Source 2 dates the vote, not the signing",
                                expected_version=conflict.version)
    with db.read_session() as s:
        resolved = list_conflicts(s)[0]
    assert resolved.resolved and resolved.curated and resolved.resolution_note.startswith("Source 2")
    c.undo_edit(db, result.curation_id)
    with db.read_session() as s:
        reopened = list_conflicts(s)[0]
    assert (reopened.resolved, reopened.resolution_note, reopened.curated) == (False, None, False)


def test_event_date_correction_updates_conflicts(db):
    with db.read_session() as s:
        conflict = list_conflicts(s)[0]
        events = {e.id: e for e in list_events(s)}
    first, second = (events[i] for i in conflict.event_ids)
    resolved = c.resolve_conflict(db, conflict.id, note="known")
    fix = c.update_event(db, second.id, date_start=first.date_start, date_end=first.date_end,
                         precision=first.precision, status=second.status)
    with db.read_session() as s:
        assert list_conflicts(s) == []  # the dates agree now
    assert not next(r for r in c.list_curations(db) if r.id == resolved.curation_id).applied
    c.undo_edit(db, fix.curation_id)
    with db.read_session() as s:
        (again,) = list_conflicts(s)
    assert set(again.event_ids) == set(conflict.event_ids) and again.resolved and again.resolution_note == "known"
    assert all(r.applied for r in c.list_curations(db))


def test_concurrent_edit_is_detected(db):
    from sofa_desktop.store import open_database

    other = open_database(db.url)  # a second app instance on the same store
    try:
        quote = _quote_with(db, "historic")  # both read version 1
        rubio, benitez = _actor(db, "Marco Rubio"), _actor(db, "Raul Benitez")
        c.set_quote_speakers(other, quote.id, [benitez.id], expected_version=quote.version)
        with pytest.raises(c.ConcurrentEditError, match="someone else changed this quote"):
            c.set_quote_speakers(db, quote.id, [rubio.id], expected_version=quote.version)
        assert _quote(db, quote.id).speakers == ("Raul Benitez",)  # not silently overwritten
        fresh = _quote(db, quote.id)
        c.set_quote_speakers(db, quote.id, [rubio.id], expected_version=fresh.version)  # after a refresh
        assert [r.kind for r in c.list_curations(db)] == ["quote_speakers", "quote_speakers"]
        pena = _actor(db, "Santiago Pena")
        c.update_actor(other, pena.id, role="Head of State", expected_version=pena.version)
        with pytest.raises(c.ConcurrentEditError):
            c.update_actor(db, pena.id, role="President", expected_version=pena.version)
        with pytest.raises(c.ConcurrentEditError):
            c.merge_actors(db, pena.id, benitez.id, expected_version=pena.version)
        rubio = _actor(db, "Marco Rubio")
        c.update_actor(other, benitez.id, role="deputy", expected_version=benitez.version)
        with pytest.raises(c.ConcurrentEditError, match="this actor"):
            c.merge_actors(db, rubio.id, benitez.id, merge_version=benitez.version)
        # undo does not overwrite someone else's later change either (unless forced)
        mine = c.update_event(db, 1, date_start=None, date_end=None, precision="unknown", status="expected")
        c.update_event(other, 1, date_start=None, date_end=None, precision="unknown", status="reported")
        with pytest.raises(c.ConcurrentEditError, match="someone else changed it"):
            c.undo_edit(db, mine.curation_id)
        c.undo_edit(db, mine.curation_id, force=True)
        assert next(r for r in c.list_curations(db) if r.id == mine.curation_id).undone
    finally:
        other.dispose()


def test_bad_edits_are_refused_and_change_nothing(db):
    before = snapshot(db)
    rubio = _actor(db, "Marco Rubio")
    quote = _quote_with(db, "historic")
    source_id = quote.source_id
    cases = [
        lambda: c.merge_actors(db, rubio.id, rubio.id),
        lambda: c.merge_actors(db, rubio.id, 999_999),
        lambda: c.set_quote_speakers(db, 999_999, [rubio.id]),
        lambda: c.set_quote_speakers(db, quote.id, [999_999]),
        lambda: c.add_actor(db, "   ", "person"),
        lambda: c.add_actor(db, "X", "planet"),
        lambda: c.update_actor(db, rubio.id, name=""),
        lambda: c.split_alias(db, rubio.id, "Marco Rubio"),
        lambda: c.split_alias(db, rubio.id, "Nobody"),
        lambda: c.add_event(db, source_id, 10, 5, title="x", date_start=None, date_end=None, precision="day"),
        lambda: c.add_event(db, source_id, 0, 5, title="", date_start=None, date_end=None, precision="day"),
        lambda: c.update_event(db, 1, date_start=dt.date(2026, 2, 1), date_end=dt.date(2026, 1, 1),
                               precision="day", status="reported"),
        lambda: c.update_event(db, 1, date_start=None, date_end=None, precision="fortnight", status="reported"),
        lambda: c.resolve_conflict(db, 999_999),
        lambda: c.undo_edit(db, 999_999),
    ]
    for case in cases:
        with pytest.raises(c.CurationError):
            case()
    assert snapshot(db) == before
    assert c.list_curations(db) == []


def test_read_only_store_refuses_edits(tmp_path, seed_template):
    import shutil

    from sofa_desktop.store import open_database

    path = tmp_path / "ro.sqlite"
    shutil.copy(seed_template, path)
    path.chmod(0o444)
    ro = open_database(f"sqlite:///{path}")
    try:
        assert ro.read_only
        with pytest.raises(c.CurationError, match="read-only"):
            c.add_actor(ro, "Jane Roe", "person")
        with pytest.raises(c.CurationError, match="read-only"):
            c.undo_edit(ro, 1)
    finally:
        ro.dispose()
