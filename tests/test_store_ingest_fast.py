"""The DBAPI ingest path stores what the ORM reads back; schema 3 drops the prefix indexes by migration."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import select

from sofa_desktop.store import open_database
from sofa_desktop.store.models import SCHEMA_VERSION, Event, Quote, Source

PREFIX_INDEXES = {"ix_quote_source_id": "quote(source_id)", "ix_quote_speaker_actor_id": "quote_speaker(actor_id)"}


def _indexes(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        con.close()


def test_ingested_rows_read_back_with_their_types(seed_db):
    with seed_db.read_session() as s:
        sources = list(s.scalars(select(Source)))
        assert sources and all(isinstance(src.imported_at, dt.datetime) for src in sources)
        assert any(isinstance(src.published, dt.date) for src in sources)
        quotes = list(s.scalars(select(Quote)))
        assert quotes and all(isinstance(q.partial, bool) for q in quotes)
        assert all(q.text == q.source.text[q.start:q.end] for q in quotes)
        events = list(s.scalars(select(Event)))
        assert any(isinstance(e.date_start, dt.date) for e in events)
        assert all(e.date_start is None or e.date_start <= e.date_end for e in events)


def test_new_store_has_no_prefix_indexes(seed_template):
    assert not set(PREFIX_INDEXES) & _indexes(seed_template)


def test_schema_2_store_is_migrated_to_3(tmp_path, seed_template):
    path = tmp_path / "v2.sqlite"
    shutil.copy(seed_template, path)
    con = sqlite3.connect(path)
    for name, target in PREFIX_INDEXES.items():
        con.execute(f"CREATE INDEX {name} ON {target}")
    con.execute("UPDATE sofa_meta SET value = '2' WHERE key = 'schema_version'")
    before = con.execute("SELECT count(*) FROM quote").fetchone()
    con.commit()
    con.close()
    database = open_database(f"sqlite:///{path}")
    database.dispose()
    con = sqlite3.connect(path)
    try:
        version = con.execute("SELECT value FROM sofa_meta WHERE key = 'schema_version'").fetchone()
        assert version == (str(SCHEMA_VERSION),)
        assert con.execute("SELECT count(*) FROM quote").fetchone() == before
    finally:
        con.close()
    assert not set(PREFIX_INDEXES) & _indexes(path)
    assert {"ix_quote_source_start", "ix_quote_speaker_actor_quote"} <= _indexes(path)
