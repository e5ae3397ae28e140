"""Fast ingest: the DBAPI path stores what the ORM reads back; schema 3 drops prefix indexes; the reader's checks."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from sofa_desktop.corpus import fold
from sofa_desktop.corpus.reader import _looks_binary
from sofa_desktop.store import open_database
from sofa_desktop.store.queries import counts
from sofa_desktop.store.schema.models import SCHEMA_VERSION, Event, Quote, Source
from sofa_desktop.store.search.quotes import search_quotes

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


_CHARS = st.characters(codec="utf-8") | st.sampled_from("\x00\x01\x08\x0b\x0c\x0e\x1f\t\n\r\x7f\x85 aé")


@given(st.text(_CHARS, max_size=300))
def test_binary_check_counts_control_characters_as_before(text):
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")  # the per-character definition
    assert _looks_binary(text) == (controls > max(2, len(text) // 100))


@given(st.text(_CHARS, max_size=40))
def test_fold_fast_path_matches_the_general_one(text):
    decomposed = unicodedata.normalize("NFKD", text)
    general = "".join(ch for ch in decomposed if unicodedata.category(ch) not in {"Mn", "Cs"}).casefold()
    assert fold(text) == general


def test_read_only_schema_2_store_opens_unchanged(tmp_path, seed_template):
    path = tmp_path / "v2.sqlite"
    shutil.copy(seed_template, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE sofa_meta SET value = '2' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    path.chmod(0o444)
    try:
        database = open_database(f"sqlite:///{path}")
        try:
            assert database.read_only
            with database.read_session() as s:
                assert counts(s).sources > 0
                assert search_quotes(s, "", "the", 5) is not None
        finally:
            database.dispose()
    finally:
        path.chmod(0o644)
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT value FROM sofa_meta WHERE key = 'schema_version'").fetchone() == ("2",)
    finally:
        con.close()
