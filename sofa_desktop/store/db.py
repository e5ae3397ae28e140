"""Engine and session setup: database URL resolution, SQLite pragmas, schema version checks."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sofa_desktop import APP_ID
from sofa_desktop.store.models import SCHEMA_VERSION, Base, Meta

ENV_VAR = "SOFA_DESKTOP_DB"
BUSY_TIMEOUT_MS = 15_000
_SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """The database cannot be used; ``str(exc)`` explains why to a user."""


@dataclass
class Database:
    """An open store: the engine, a session factory for reads and one whose transactions lock for writing."""

    url: str
    engine: Engine
    read_session: sessionmaker[Session]
    write_session: sessionmaker[Session]
    read_only: bool = False

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def default_db_url() -> str:
    """``$SOFA_DESKTOP_DB`` if set, else an SQLite file in the per-user data directory."""
    if env := os.environ.get(ENV_VAR):
        return env
    from platformdirs import user_data_path

    return f"sqlite:///{user_data_path(APP_ID, appauthor=False, ensure_exists=True) / 'sofa.sqlite'}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def make_engine(url: str, read_only: bool = False) -> Engine:
    """Create an engine; for SQLite turn on foreign keys, WAL, a busy timeout and explicit BEGINs."""
    path = sqlite_path(url)
    if path is None:
        return create_engine(url)
    if read_only:
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        )
    else:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # let the "begin" hook below issue BEGIN itself
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # Writers take the lock up front so two importers queue on the busy timeout instead of deadlocking.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")

    return engine


def open_database(url: str | None = None, create: bool = True) -> Database:
    """Open (and if needed create) the store at ``url``; refuse foreign or damaged files with DatabaseError."""
    url = url or default_db_url()
    path = sqlite_path(url)
    read_only = False
    if path is not None:
        _check_sqlite_file(path)
        if path.exists() and not os.access(path, os.W_OK):
            read_only = True
        elif not path.exists():
            if not create:
                raise DatabaseError(f"no database at {path}")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"cannot create database folder {path.parent}: {exc.strerror}") from None
    try:
        engine = make_engine(url, read_only=read_only)
        _prepare_schema(engine, read_only)
    except DatabaseError:
        raise
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot open database {url}: {exc.orig if hasattr(exc, 'orig') else exc}") from None
    write_engine = engine.execution_options(immediate=True)
    return Database(
        url,
        engine,
        sessionmaker(engine, expire_on_commit=False),
        sessionmaker(write_engine, expire_on_commit=False),
        read_only,
    )


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror}") from None
    if header and header != _SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not an SQLite database; left untouched")


def _prepare_schema(engine: Engine, read_only: bool) -> None:
    tables = set(inspect(engine).get_table_names())
    if not tables:
        if read_only:
            raise DatabaseError("the database is empty and read-only")
        Base.metadata.create_all(engine)
        with Session(engine) as s, s.begin():
            s.add_all([Meta(key="application", value=APP_ID), Meta(key="schema_version", value=str(SCHEMA_VERSION))])
        return
    if Meta.__tablename__ not in tables:
        raise DatabaseError("this database belongs to another application (no SOFA Desktop tables); left untouched")
    with Session(engine) as s:
        meta = dict(s.execute(select(Meta.key, Meta.value)).all())
    if meta.get("application") != APP_ID:
        raise DatabaseError("this database belongs to another application; left untouched")
    version = int(meta.get("schema_version", "0"))
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"the database has schema version {version}, newer than this app supports ({SCHEMA_VERSION}); "
            "please upgrade SOFA Desktop"
        )
    if version < SCHEMA_VERSION:
        if read_only:
            raise DatabaseError(f"the database has old schema version {version} and is read-only, so it cannot be migrated")
        from sofa_desktop.store.migrations import migrate

        migrate(engine, version)
