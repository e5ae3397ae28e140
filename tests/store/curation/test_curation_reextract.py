"""An analyst's work is never lost to an upgrade: edits survive re-import and re-extraction by a newer extractor;
edits whose target vanished are kept and reported."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

import sofa_desktop.extract
from sofa_desktop.cli import main
from sofa_desktop.store.curation import edits as c
from sofa_desktop.store.ingest.files import import_paths
from sofa_desktop.store.ingest.reextract import reextract_sources
from sofa_desktop.store.queries import list_actors, list_conflicts, list_events
from sofa_desktop.store.search.quotes import search_quotes

SEEDS = Path(__file__).resolve().parents[3] / "seeds"



@pytest.fixture
def db(any_seed_db):
    """The seeds store, on SQLite and on PostgreSQL."""
    return any_seed_db

def _actors(db):
    with db.read_session() as s:
        return {a.name: a for a in list_actors(s)}


def _quote(db, words):
    with db.read_session() as s:
        return search_quotes(s, "", words)[0]


def _curate(db) -> dict:
    """One edit of every kind; returns what to look for afterwards."""
    actors = _actors(db)
    historic = _quote(db, "historic")
    c.set_quote_speakers(db, historic.id, [actors["Marco Rubio"].id])
    with db.read_session() as s:
        events = list_events(s)
    dated = next(e for e in events if e.conflict_ids)
    c.update_event(db, dated.id, date_start=dt.date(2024, 3, 5), date_end=dt.date(2024, 3, 5), precision="day",
                   status="reported")
    with db.read_session() as s:
        conflict = list_conflicts(s)[0]  # recomputed with the corrected date (a new row)
    added = c.add_event(db, historic.source_id, historic.start, historic.end, title="Analyst's event",
                        date_start=dt.date(2026, 3, 11), date_end=None, precision="day")
    c.resolve_conflict(db, conflict.id, note="checked with the ministry")
    c.update_actor(db, actors["Santiago Pena"].id, name="Santiago Peña", role="President of Paraguay")
    c.merge_actors(db, actors["United States"].id, actors["U.S. State Department"].id)
    c.split_alias(db, actors["Rubén Ramírez Lezcano"].id, "Ramírez Lezcano")
    return {"quote_start": historic.start, "event_span": (dated.start, dated.end), "added": added.created_id}


def _check_curated(db, expected: dict) -> None:
    historic = _quote(db, "historic")
    assert historic.start == expected["quote_start"] and historic.speakers == ("Marco Rubio",) and historic.curated
    with db.read_session() as s:
        events = list_events(s)
        conflicts = list_conflicts(s)
    dated = next(e for e in events if (e.start, e.end) == expected["event_span"])
    assert (dated.date_start, dated.precision, dated.curated) == (dt.date(2024, 3, 5), "day", True)
    assert [e.title for e in events if e.title == "Analyst's event" and e.curated] == ["Analyst's event"]
    assert any(x.resolved and x.resolution_note == "checked with the ministry" for x in conflicts)
    actors = _actors(db)
    assert "U.S. State Department" not in actors and "Santiago Pena" not in actors
    assert actors["Santiago Peña"].role == "President of Paraguay"
    assert "U.S. State Department" in actors["United States"].aliases
    assert actors["Ramírez Lezcano"].mentions > 0 and "Ramírez Lezcano" not in actors["Rubén Ramírez Lezcano"].aliases
    assert all(r.applied for r in c.list_curations(db)), [r for r in c.list_curations(db) if not r.applied]


def test_reimport_unchanged_when_extractor_is_current(db):
    assert {r.status for r in import_paths(db, [SEEDS])} == {"unchanged"}


def test_edits_survive_reimport_by_a_newer_extractor(db, monkeypatch):
    expected = _curate(db)
    _check_curated(db, expected)
    monkeypatch.setattr(sofa_desktop.extract, "EXTRACTOR_VERSION", sofa_desktop.extract.EXTRACTOR_VERSION + 1)
    results = import_paths(db, [SEEDS])
    assert {r.status for r in results} == {"reextracted"}
    _check_curated(db, expected)
    assert {r.status for r in import_paths(db, [SEEDS])} == {"unchanged"}  # now at the new version
    assert {r.status for r in reextract_sources(db, all_sources=True)} == {"reextracted"}
    _check_curated(db, expected)


def test_undo_after_reextraction_restores_the_new_extraction(db, monkeypatch):
    historic = _quote(db, "historic")
    edit = c.set_quote_speakers(db, historic.id, [])
    monkeypatch.setattr(sofa_desktop.extract, "EXTRACTOR_VERSION", sofa_desktop.extract.EXTRACTOR_VERSION + 1)
    reextract_sources(db)
    assert _quote(db, "historic").speakers == ()
    c.undo_edit(db, edit.curation_id)
    again = _quote(db, "historic")
    assert set(again.speakers) == set(historic.speakers) and not again.curated


class _Changed:
    """A 'newer' extractor: the real one's output with every quote dropped, or all spans shifted."""

    def __init__(self, version: int, drop_quotes: bool = False, grow: int = 0) -> None:
        self.version, self.drop_quotes, self.grow = version, drop_quotes, grow
        self._real = sofa_desktop.extract.RuleExtractor()

    def extract(self, doc):  # type: ignore[no-untyped-def]
        out = self._real.extract(doc)
        if self.drop_quotes:
            return dataclasses.replace(out, quotes=())
        quotes = tuple(dataclasses.replace(q, end=q.end + self.grow, text=doc.text[q.start:q.end + self.grow])
                       for q in out.quotes)
        return dataclasses.replace(out, quotes=quotes)


def test_edit_whose_target_vanished_is_kept_and_reported(db, caplog):
    quote = _quote(db, "terrorism")
    benitez = _actors(db)["Raul Benitez"]
    edit = c.set_quote_speakers(db, quote.id, [benitez.id])
    with caplog.at_level("WARNING"):
        results = reextract_sources(db, _Changed(version=50, drop_quotes=True))
    assert {r.status for r in results} == {"reextracted"}
    row = next(r for r in c.list_curations(db) if r.id == edit.curation_id)
    assert (row.applied, row.undone) == (False, False) and "no longer extracted" in row.problem
    assert "not re-applied" in caplog.text
    # a later extractor finds the quote again (with moved boundaries): the edit applies again
    reextract_sources(db, _Changed(version=51, grow=1))
    again = _quote(db, "terrorism")
    assert again.speakers == ("Raul Benitez",) and again.end == quote.end + 1 and again.curated
    assert next(r for r in c.list_curations(db) if r.id == edit.curation_id).applied
    c.undo_edit(db, edit.curation_id)
    assert _quote(db, "terrorism").speakers == quote.speakers


def test_merged_actor_is_not_recreated_by_reextraction_and_undo_restores_it(db):
    actors = _actors(db)
    state = actors["U.S. State Department"]
    edit = c.merge_actors(db, actors["United States"].id, state.id)
    reextract_sources(db, all_sources=True)
    assert "U.S. State Department" not in _actors(db)
    c.undo_edit(db, edit.curation_id)
    back = _actors(db)["U.S. State Department"]
    assert back.id == state.id and set(back.aliases) == set(state.aliases)
    assert (back.mentions, back.quotes) == (state.mentions, state.quotes)


def test_new_article_resolves_to_the_merged_actor(db, tmp_path):
    actors = _actors(db)
    keep, state = actors["United States"], actors["U.S. State Department"]
    c.merge_actors(db, keep.id, state.id)  # a country absorbs an institution: later imports keep the merge
    article = tmp_path / "new.txt"
    article.write_text("US and Paraguay extend talks\n\nASUNCION, Paraguay (AP) — The U.S. State Department said on "
                       "Tuesday that talks with Paraguay would continue. “We remain committed,” the State Department "
                       "said in a statement.\n", encoding="utf-8")
    assert [r.status for r in import_paths(db, [article])] == ["imported"]
    assert "U.S. State Department" not in _actors(db)
    assert _quote(db, "remain committed").speakers == ("United States",)


def test_cli_reextract(db, capsys, monkeypatch):
    url = db.url
    assert main(["--db", url, "reextract"]) == 0  # nothing is older than this extractor
    assert "0 re-extracted" in capsys.readouterr().err
    historic = _quote(db, "historic")
    c.set_quote_speakers(db, historic.id, [])
    assert main(["reextract", "--db", url, "--all"]) == 0
    captured = capsys.readouterr()
    assert "2 re-extracted, 0 failed" in captured.err and captured.out.count("reextracted: ") == 2
    assert _quote(db, "historic").speakers == ()


@pytest.mark.parametrize("version", [None, 0])
def test_sources_of_unknown_or_old_versions_are_reextracted(db, version):
    with db.write_session.begin() as s:
        from sqlalchemy import update

        from sofa_desktop.store.schema.models import Source

        s.execute(update(Source).values(extractor_version=version))
    assert {r.status for r in reextract_sources(db)} == {"reextracted"}
    assert reextract_sources(db) == []


def test_store_at_revision_0001_is_upgraded_then_reextracted_and_curated(any_db_url):
    """A store made before curation existed: upgraded on opening, its sources (no extractor version) re-extracted."""
    from sofa_desktop.store.schema import migrations, open_database
    from sofa_desktop.store.schema.db import make_engine

    engine = make_engine(any_db_url)
    with engine.begin() as conn:
        migrations.upgrade(conn, "0001")
    engine.dispose()
    db = open_database(any_db_url)
    try:
        with db.engine.connect() as conn:
            assert migrations.stored_revision(conn) == migrations.HEAD
        assert {r.status for r in import_paths(db, [SEEDS])} == {"imported"}
        historic = _quote(db, "historic")
        assert historic.version == 1 and not historic.curated
        c.set_quote_speakers(db, historic.id, [], expected_version=historic.version)
        assert _quote(db, "historic").curated
    finally:
        db.dispose()


def test_revision_0002_downgrades_and_upgrades_keeping_quote_search(db):
    from alembic import command

    from sofa_desktop.store.schema import migrations

    with db.engine.begin() as conn:
        command.downgrade(migrations.alembic_config(conn), "0001")
    with db.engine.begin() as conn:
        assert migrations.stored_revision(conn) == "0001"
        migrations.upgrade(conn)
    assert _quote(db, "historic").text == "historic"  # the search structures survived both ways
    c.set_quote_speakers(db, _quote(db, "historic").id, [])
