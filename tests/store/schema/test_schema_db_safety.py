"""Damaged, foreign, read-only and old or new databases: refused clearly and left untouched, or opened safely."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, func, select, text

from sofa_desktop.store.errors import DatabaseError
from sofa_desktop.store.ingest.files import import_paths
from sofa_desktop.store.schema import migrations
from sofa_desktop.store.schema.db import open_database, sqlite_url
from sofa_desktop.store.schema.models import SCHEMA_VERSION, Base, Source

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def url_of(path: Path) -> str:
    return sqlite_url(path)


def snapshot(path: Path) -> tuple[bytes, int]:
    """Bytes and modification time, to prove a refused file was left untouched."""
    return path.read_bytes(), path.stat().st_mtime_ns


def make_store(path: Path, seeds: bool = False) -> None:
    db = open_database(url_of(path))
    if seeds:
        import_paths(db, [SEEDS])
    db.dispose()


def set_meta(path: Path, key: str, value: str) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE sofa_meta SET value = ? WHERE key = ?", (value, key))
    con.close()


def meta(path: Path, key: str) -> str | None:
    con = sqlite3.connect(path)
    row = con.execute("SELECT value FROM sofa_meta WHERE key = ?", (key,)).fetchone()
    con.close()
    return row and row[0]


def assert_refused_untouched(path: Path, match: str) -> None:
    before = snapshot(path)
    with pytest.raises(DatabaseError, match=match) as info:
        open_database(url_of(path))
    assert "\n" not in str(info.value)
    assert snapshot(path) == before


def test_text_file_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("my notes, not a database\n", encoding="utf-8")
    assert_refused_untouched(path, "not an SQLite database")


def test_other_applications_database_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        con.execute("INSERT INTO notes (body) VALUES ('keep me')")
    con.close()
    assert_refused_untouched(path, "another application")
    assert path.read_bytes()[18:20] == b"\x01\x01"  # still a rollback-journal file: never switched to WAL
    assert [p.name for p in tmp_path.iterdir()] == ["other.sqlite"]  # no journal or WAL files left beside it


def test_database_with_foreign_meta_table_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE sofa_meta (key TEXT PRIMARY KEY, value TEXT)")
        con.execute("INSERT INTO sofa_meta VALUES ('application', 'someone-else')")
    con.close()
    assert_refused_untouched(path, "another application")


def test_damaged_file_refused_untouched(tmp_path):
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
    assert_refused_untouched(path, "damaged|not a database|malformed|cannot open")


def test_damaged_schema_version_refused(tmp_path):
    path = tmp_path / "store.sqlite"
    make_store(path)
    set_meta(path, "schema_version", "banana")
    assert_refused_untouched(path, "damaged")


def test_newer_schema_refused_untouched(tmp_path):
    path = tmp_path / "store.sqlite"
    make_store(path)
    set_meta(path, "schema_version", str(SCHEMA_VERSION + 1))
    assert_refused_untouched(path, "newer than this app supports")


def test_folder_and_fifo_refused(tmp_path):
    with pytest.raises(DatabaseError, match="folder"):
        open_database(url_of(tmp_path))
    if hasattr(os, "mkfifo"):  # opening a FIFO for its header would block forever
        os.mkfifo(tmp_path / "pipe.sqlite")
        with pytest.raises(DatabaseError, match="not a regular file"):
            open_database(url_of(tmp_path / "pipe.sqlite"))


def test_missing_database_without_create(tmp_path):
    with pytest.raises(DatabaseError, match="no database"):
        open_database(url_of(tmp_path / "nope.sqlite"), create=False)
    assert not (tmp_path / "nope.sqlite").exists()


def test_read_only_database_opens_read_only(tmp_path):
    path = tmp_path / "odd #name? 100% é.sqlite"  # characters a hand-built SQLite URI would misread
    make_store(path, seeds=True)
    os.chmod(path, 0o444)
    try:
        before = path.read_bytes()
        db = open_database(url_of(path))
        try:
            assert db.read_only
            with db.read_session() as s:
                assert s.scalar(select(func.count()).select_from(Source)) == 2
            with pytest.raises(Exception, match="readonly|read-only"), db.write_session.begin() as s:
                s.execute(text("DELETE FROM quote"))
        finally:
            db.dispose()
        assert path.read_bytes() == before
    finally:
        os.chmod(path, 0o644)


def test_empty_read_only_file_refused(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    os.chmod(path, 0o444)
    try:
        with pytest.raises(DatabaseError, match="empty and read-only"):
            open_database(url_of(path))
    finally:
        os.chmod(path, 0o644)


def test_old_schema_is_migrated_by_registered_steps(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite"
    make_store(path, seeds=True)
    set_meta(path, "schema_version", "0")
    calls: list[int] = []

    def step(conn: Connection) -> None:
        calls.append(1)
        conn.execute(text("CREATE TABLE migrated_marker (x INTEGER)"))

    # a fake step 0 -> 1, then the real steps (idempotent on a database that already has the current tables)
    monkeypatch.setattr(migrations, "STEPS", {**migrations.STEPS, 0: step})
    make_store(path)
    assert calls == [1]
    assert meta(path, "schema_version") == str(SCHEMA_VERSION)
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM migrated_marker").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM source").fetchone() == (2,)  # data kept
    con.close()
    make_store(path)  # opening again runs no step
    assert calls == [1]


def test_old_schema_without_a_step_refused_and_kept(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite"
    make_store(path)
    set_meta(path, "schema_version", "0")
    monkeypatch.setattr(migrations, "STEPS", {})
    with pytest.raises(DatabaseError, match="no migration from schema version 0"):
        open_database(url_of(path))
    assert meta(path, "schema_version") == "0"


def test_failing_migration_rolls_back(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite"
    make_store(path)
    set_meta(path, "schema_version", "0")

    def step(conn: Connection) -> None:
        conn.execute(text("CREATE TABLE half_done (x INTEGER)"))
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(migrations, "STEPS", {0: step})
    with pytest.raises(DatabaseError, match="disk on fire"):
        open_database(url_of(path))
    assert meta(path, "schema_version") == "0"
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone() == (0,)
    con.close()


def test_old_read_only_schema_refused(tmp_path):
    path = tmp_path / "store.sqlite"
    make_store(path)
    set_meta(path, "schema_version", "0")
    os.chmod(path, 0o444)
    try:
        with pytest.raises(DatabaseError, match="read-only, so it cannot be migrated"):
            open_database(url_of(path))
    finally:
        os.chmod(path, 0o644)


def test_interrupted_creation_leaves_no_half_schema(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite"
    real_create_all = Base.metadata.create_all

    def create_then_fail(bind, **kwargs):  # type: ignore[no-untyped-def]
        real_create_all(bind, **kwargs)
        raise OSError("power cut")

    monkeypatch.setattr(Base.metadata, "create_all", create_then_fail)
    with pytest.raises(OSError, match="power cut"):
        open_database(url_of(path))
    monkeypatch.undo()
    make_store(path, seeds=True)  # the file is usable, not "another application's database"
    assert meta(path, "application") == "sofa-desktop"
