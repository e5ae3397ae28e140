"""Alembic migrations: HEAD matches the scripts, the revisions build the models' schema on both databases,
pre-Alembic stores are stamped, newer revisions are refused, and opening a current store never imports Alembic."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select

from sofa_desktop.store.errors import DatabaseError
from sofa_desktop.store.schema import migrations
from sofa_desktop.store.schema.db import make_engine, open_database
from sofa_desktop.store.schema.models import Base, Source

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
# SQLite cannot reflect the expression index ix_source_chronological, so comparisons skip it (and say so)
pytestmark = pytest.mark.filterwarnings("ignore:.*expression-based index")


def test_head_constant_is_the_scripts_head():
    assert migrations.script_head() == migrations.HEAD


def test_revisions_build_the_models_schema(any_db_url):
    engine = make_engine(any_db_url)
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn)
        with engine.connect() as conn:
            assert migrations.stored_revision(conn) == migrations.HEAD
            context = MigrationContext.configure(conn, opts={"include_name": migrations.include_name,
                                                             "compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            names = set(inspect(conn).get_table_names())
            assert {"quote_fts", "sofa_meta"} <= names if conn.dialect.name == "sqlite" else "sofa_meta" in names
        engine.dispose()
        db = open_database(any_db_url)  # a store made by the revisions opens as it is, and imports
        try:
            from sofa_desktop.store.ingest.files import import_paths

            assert {r.status for r in import_paths(db, [SEEDS])} == {"imported"}
            from sofa_desktop.store.search.quotes import search_quotes

            with db.read_session() as s:
                assert search_quotes(s, "ramirez", "")
        finally:
            db.dispose()
    finally:
        engine.dispose()


def test_new_store_is_stamped_at_head(any_empty_db):
    with any_empty_db.engine.connect() as conn:
        assert migrations.stored_revision(conn) == migrations.HEAD


def _seeds_changed_by(sql: str, path: Path, seed_template: Path) -> Path:
    """A copy of the seeds store at ``path`` with ``sql`` run on it (as an older or newer app left it)."""
    path.write_bytes(seed_template.read_bytes())
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()
    return path


def test_pre_alembic_store_is_stamped_and_kept(tmp_path, seed_template):
    path = _seeds_changed_by("DROP TABLE alembic_version", tmp_path / "old.sqlite", seed_template)
    db = open_database(f"sqlite:///{path}")
    try:
        with db.read_session() as s:
            assert s.scalar(select(func.count()).select_from(Source)) == 2
        with db.engine.connect() as conn:
            assert migrations.stored_revision(conn) == migrations.HEAD
    finally:
        db.dispose()


def test_newer_revision_refused_untouched(tmp_path, seed_template):
    path = _seeds_changed_by("UPDATE alembic_version SET version_num = 'ffff_from_the_future'",
                             tmp_path / "new.sqlite", seed_template)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer than this app supports"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_opening_a_current_store_does_not_import_alembic(tmp_path, seed_template):
    path = tmp_path / "store.sqlite"
    path.write_bytes(seed_template.read_bytes())
    code = ("import sys; from sofa_desktop.store import open_database; "
            f"open_database({str(path)!r}).dispose(); print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_genuine_pre_alembic_schema_3_store_upgrades_to_head(any_db_url):
    """A store as schema 3 made it (revision 0001's tables, no alembic_version) is brought to HEAD with its data."""
    engine = make_engine(any_db_url)
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn, migrations.BASELINE)
            conn.exec_driver_sql("DROP TABLE alembic_version")
            conn.exec_driver_sql(
                "INSERT INTO source (name, title, published, outlet, text, body_start, sha256, imported_at) "
                "VALUES ('a.txt', 'T', NULL, NULL, 'Hello', 0, 'abc', '2024-01-01 00:00:00')")
    finally:
        engine.dispose()
    db = open_database(any_db_url)
    try:
        with db.engine.connect() as conn:
            assert migrations.stored_revision(conn) == migrations.HEAD
            context = MigrationContext.configure(conn, opts={"include_name": migrations.include_name})
            assert compare_metadata(context, Base.metadata) == []
        with db.read_session() as s:
            assert s.scalar(select(func.count()).select_from(Source)) == 1
        from sofa_desktop.store.ingest.files import import_paths

        assert {r.status for r in import_paths(db, [SEEDS])} == {"imported"}
    finally:
        db.dispose()
