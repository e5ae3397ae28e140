"""Review findings in exports: an export never replaces a database file (a slip in the file dialog or ``-o``);
CSV and TimelineJS mark speaker/actor names an analyst changed."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from sofa_desktop.cli import main
from sofa_desktop.store.curation import edits as curation
from sofa_desktop.store.export.quotes_csv import CSV_COLUMNS
from sofa_desktop.store.export.render import render_export, write_export
from sofa_desktop.store.export.timelinejs import EDITED_ACTOR
from sofa_desktop.store.queries import list_actors, list_events


def test_export_refuses_to_replace_an_sqlite_store(seed_db, tmp_path: Path, capsys) -> None:
    store = Path(seed_db.url.removeprefix("sqlite:///"))
    before = store.read_bytes()
    with seed_db.read_session() as s:
        rendered = render_export(s, "csv")
    with pytest.raises(OSError, match="database"):
        write_export(store, rendered)
    assert store.read_bytes() == before
    assert main(["--db", seed_db.url, "export", "--format", "json", "-o", str(store)]) != 0
    assert "database" in capsys.readouterr().err and store.read_bytes() == before
    with seed_db.engine.connect() as conn:  # the store's write-ahead log exists while it is open
        conn.exec_driver_sql("SELECT 1")
        wal = store.with_name(store.name + "-wal")
        assert wal.is_file()
        with pytest.raises(OSError, match="database"):
            write_export(wal, rendered)
    other = tmp_path / "old-export.json"
    other.write_text("{}", encoding="utf-8")
    write_export(other, rendered)  # an ordinary file is replaced as before
    assert other.read_text(encoding="utf-8").startswith("quote_id,")


def test_csv_marks_speaker_names_an_analyst_changed(rich_db) -> None:
    """A renamed speaker is a curated value in every row of that speaker: ``speakers_curated`` marks it (``curated``
    stays the quote's own edit, as in the JSON export)."""
    with rich_db.read_session() as s:
        gomez = next(a for a in list_actors(s) if a.name == "Ana Gómez")
    curation.update_actor(rich_db, gomez.id, name="Ana María Gómez")
    with rich_db.read_session() as s:
        rows = list(csv.DictReader(io.StringIO(render_export(s, "csv").text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS and CSV_COLUMNS[11] == "speakers_curated"
    hers = [r for r in rows if "Ana María Gómez" in r["speakers"]]
    assert hers and {(r["curated"], r["speakers_curated"]) for r in hers} == {("false", "true")}
    assert {r["speakers_curated"] for r in rows if r not in hers} == {"false"}


def test_timelinejs_marks_actor_names_an_analyst_changed(rich_db) -> None:
    with rich_db.read_session() as s:
        event = next(e for e in list_events(s) if e.date_start is not None and e.actor_ids)
        actor = next(a for a in list_actors(s) if a.id == event.actor_ids[0])
    curation.update_actor(rich_db, actor.id, name=actor.name + " Jr")
    with rich_db.read_session() as s:
        slides = json.loads(render_export(s, "timelinejs").text)["events"]
    text = next(x for x in slides if x["unique_id"] == f"event-{event.id}")["text"]["text"]
    assert f"{actor.name} Jr {EDITED_ACTOR}" in text
