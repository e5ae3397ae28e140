"""Review findings in store curation: undoing an edit never deletes what extraction linked since."""

from __future__ import annotations

from pathlib import Path

import pytest

from sofa_desktop.store import curation as c
from sofa_desktop.store.ingest import import_paths
from sofa_desktop.store.queries import list_actors
from sofa_desktop.store.search import search_quotes

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
