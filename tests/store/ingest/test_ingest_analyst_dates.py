"""A publication date an analyst set holds for every later import of that source: a corrected version of the file,
the same file imported again after its source was removed, a re-extraction by a newer extractor. The new text's
relative dates ("on Monday", "tomorrow") are resolved against the analyst's date by the import itself."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from sofa_desktop.store.ingest import import_paths, remove_source, set_source_details
from sofa_desktop.store.queries import get_source, list_events
from sofa_desktop.store.schema.models import Source

FIRST = ("Ferry line suspended\n\nThe ferry company suspended the crossing to the island on Monday because of "
         "high winds. “Safety comes first,” said operations manager Tomas Ibarra.\n")
SECOND = FIRST + "\nThe company announced on Thursday that the crossing would resume tomorrow.\n"
ANALYST_DATE = dt.date(2026, 5, 8)  # a Friday: "Monday" is 4 May, "Thursday" 7 May, "tomorrow" 9 May


def _dates(db, source_id: int) -> set[dt.date | None]:
    with db.read_session() as s:
        return {e.date_start for e in list_events(s) if e.source_id == source_id}


def _details(db, source_id: int) -> tuple[dt.date | None, str | None, str | None]:
    with db.read_session() as s:
        row = get_source(s, source_id).row
    return row.published, row.title, row.outlet


def _dated_source(db, path) -> int:
    path.write_text(FIRST, encoding="utf-8")
    [result] = import_paths(db, [path])
    assert _dates(db, result.source_id) == {None}  # the file says no date: "Monday" of no known week
    set_source_details(db, result.source_id, published=ANALYST_DATE, outlet="Island Herald")
    assert _dates(db, result.source_id) == {dt.date(2026, 5, 4)}
    return result.source_id


def test_a_new_version_of_the_file_is_dated_by_the_analyst_at_once(any_empty_db, tmp_path):
    db = any_empty_db
    path = tmp_path / "ferry.txt"
    sid = _dated_source(db, path)
    path.write_text(SECOND, encoding="utf-8")
    [updated] = import_paths(db, [path])
    assert (updated.status, updated.source_id) == ("updated", sid)
    assert _details(db, sid) == (ANALYST_DATE, "Ferry line suspended", "Island Herald")
    assert _dates(db, sid) == {dt.date(2026, 5, 4), dt.date(2026, 5, 7), dt.date(2026, 5, 9)}  # no re-extraction


def test_a_removed_source_imported_again_gets_the_analysts_details_back(any_empty_db, tmp_path):
    db = any_empty_db
    path = tmp_path / "ferry.txt"
    remove_source(db, _dated_source(db, path))
    [again] = import_paths(db, [path])
    assert again.status == "imported"
    assert _details(db, again.source_id) == (ANALYST_DATE, "Ferry line suspended", "Island Herald")
    assert _dates(db, again.source_id) == {dt.date(2026, 5, 4)}


def test_a_newer_extractor_reads_the_stored_text_against_the_analysts_date(any_empty_db, tmp_path):
    db = any_empty_db
    path = tmp_path / "ferry.txt"
    sid = _dated_source(db, path)
    with db.write_session.begin() as s:  # as if stored by an older extractor
        s.execute(update(Source).where(Source.id == sid).values(extractor_version=0))
    [result] = import_paths(db, [path])
    assert (result.status, result.source_id) == ("reextracted", sid)
    assert _details(db, sid)[0] == ANALYST_DATE and _dates(db, sid) == {dt.date(2026, 5, 4)}
