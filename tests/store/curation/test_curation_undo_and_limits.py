"""Review findings in store curation: undoing an edit never deletes what extraction linked since; values too long
for a column are refused alike on both backends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sofa_desktop.store.curation import edits as c
from sofa_desktop.store.ingest.files import import_paths
from sofa_desktop.store.queries import list_actors, list_events
from sofa_desktop.store.search.quotes import search_quotes

ARTICLE = """Minister Announces Plan

ASUNCION, Paraguay (AP) — March 12, 2026

Paraguay's interior minister Jane Roe said on Thursday that the plan would start soon. "We will protect every border \
crossing with new patrols," Roe said in a statement.
"""


@pytest.fixture
def db(any_seed_db):
    """The seeds store, on SQLite and on PostgreSQL."""
    return any_seed_db


def _roe(db) -> list[tuple[str, int, bool]]:
    with db.read_session() as s:
        return [(a.name, a.quotes, a.curated) for a in list_actors(s) if "Roe" in a.name]


def _patrols_speakers(db) -> tuple[str, ...]:
    with db.read_session() as s:
        return search_quotes(s, "", "patrols")[0].speakers


def test_undoing_a_new_actor_keeps_what_a_later_import_linked_to_it(db, tmp_path: Path) -> None:
    added = c.add_actor(db, "Jane Roe", "person", "minister")
    (tmp_path / "roe.txt").write_text(ARTICLE, encoding="utf-8")
    assert import_paths(db, [tmp_path])[0].status == "imported"
    assert _patrols_speakers(db) == ("Jane Roe",)  # the new article's speaker resolved to the analyst's actor

    c.undo_edit(db, added.curation_id)
    assert _patrols_speakers(db) == ("Jane Roe",)  # extracted data is not deleted with the edit
    assert _roe(db) == [("Jane Roe", 1, False)]  # the actor stays (the import uses it), no longer marked edited
    c.redo_edit(db, added.curation_id)
    assert _roe(db) == [("Jane Roe", 1, True)]
    c.undo_edit(db, added.curation_id)
    assert _patrols_speakers(db) == ("Jane Roe",)


def test_undoing_a_new_actor_nobody_uses_deletes_it(db) -> None:
    added = c.add_actor(db, "Jane Roe", "person")
    c.undo_edit(db, added.curation_id)
    assert _roe(db) == []
    c.redo_edit(db, added.curation_id)
    assert _roe(db) == [("Jane Roe", 0, True)]


def test_overlong_values_are_refused_alike_on_both_backends(db) -> None:
    with db.read_session() as s:
        actor = list_actors(s)[0]
    long = "N" * 300  # longer than the name column (PostgreSQL enforces it, SQLite does not)
    for edit in (lambda: c.add_actor(db, long, "person"), lambda: c.add_actor(db, "Jane Roe", "person", role=long),
                 lambda: c.update_actor(db, actor.id, name=long), lambda: c.split_alias(db, actor.id, long)):
        with pytest.raises(c.CurationError, match="too long"):
            edit()
    assert _roe(db) == [] and all("NNN" not in a for a in _names(db))
    with db.read_session() as s:
        event = list_events(s)[0]
    when = {"date_start": None, "date_end": None, "precision": "unknown"}
    for edit in (lambda: c.update_event(db, event.id, status="reported", title="T" * 600, **when),
                 lambda: c.add_event(db, event.source_id, 0, 5, title="T" * 600, **when),
                 lambda: c.add_event(db, event.source_id, 0, 5, title="T", object="o" * 200, **when)):
        with pytest.raises(c.CurationError, match="too long"):
            edit()


def _names(db) -> list[str]:
    with db.read_session() as s:
        return [a.name for a in list_actors(s)]


def test_an_overlong_author_name_is_shortened_not_fatal(db) -> None:
    c.add_actor(db, "Jane Roe", "person", author="a" * 300)  # $USER can hold anything
    assert c.list_curations(db)[-1].author == "a" * 256


def test_an_end_date_without_a_start_is_refused(db) -> None:
    with db.read_session() as s:
        event = list_events(s)[0]
    with pytest.raises(c.CurationError, match="needs a start"):
        c.update_event(db, event.id, date_start=None, date_end=dt.date(2026, 1, 1), precision="day",
                       status="reported")
