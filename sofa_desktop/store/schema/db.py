"""Engine and session setup: database URL resolution, SQLite pragmas or a PostgreSQL write lock, schema checks."""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, insert, inspect, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sofa_desktop import APP_ID
from sofa_desktop.store.errors import DatabaseError
from sofa_desktop.store.schema import migrations
from sofa_desktop.store.schema.migrations import BASELINE, HEAD
from sofa_desktop.store.schema.models import SCHEMA_VERSION, Base, Meta
from sofa_desktop.store.schema.redaction import redact

ENV_VAR = "SOFA_DESKTOP_DB"
BUSY_TIMEOUT_MS = 15_000
_SQLITE_MAGIC = b"SQLite format 3\x00"
READABLE_FROM = 2  # schema 3 only dropped two indexes: a read-only schema-2 store is read as it is
# PostgreSQL: the advisory lock a write transaction takes first, as SQLite's BEGIN IMMEDIATE takes the file's lock
WRITE_LOCK_KEY = 0x50FA_DE5C


@dataclass
class Database:
    """An open store: the engine, a session factory for reads and one whose transactions lock for writing."""

    url: str
    engine: Engine
    read_session: sessionmaker[Session]
    write_session: sessionmaker[Session]
    read_only: bool = False

    @property
    def write_engine(self) -> Engine:
        """The engine behind ``write_session``: its transactions begin with the write lock (SQLite: BEGIN IMMEDIATE,
        PostgreSQL: an advisory transaction lock), so writers queue instead of interleaving."""
        return self.write_session.kw["bind"]

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def default_db_url() -> str:
    """``$SOFA_DESKTOP_DB`` if set, else an SQLite file in the per-user data directory."""
    if env := os.environ.get(ENV_VAR):
        return env
    from platformdirs import user_data_path

    return f"sqlite:///{user_data_path(APP_ID, appauthor=False, ensure_exists=True) / 'sofa.sqlite'}"


def sqlite_url(path: str | Path) -> str:
    """The SQLite URL of a file path, with '?', '#' and '%' in the path escaped (f"sqlite:///{path}" breaks on them)."""
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def normalized_url(url: str) -> str:
    """``url`` with a plain ``postgresql://`` given the psycopg (3) driver, which the app ships with."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def shown_url(url: str) -> str:
    """``url`` as error messages show it: without its password (masked by hand if it does not even parse)."""
    try:
        return redact(make_url(url).render_as_string(hide_password=True), url)
    except Exception:  # the parser failed: mask whatever looks like a password
        return redact(url, url)


def make_engine(url: str, read_only: bool = False) -> Engine:
    """Create an engine; for SQLite turn on foreign keys, WAL, a busy timeout and explicit BEGINs; for PostgreSQL
    make transactions run with ``immediate=True`` take the write lock first.

    ``read_only`` opens the file with ``mode=ro``: SQLite itself then guarantees that nothing is written to it.
    """
    path = sqlite_path(url)
    if make_url(url).get_backend_name() == "postgresql":
        return _postgresql_engine(url)
    if path is None:
        return create_engine(url)
    if read_only:
        # as_uri() percent-encodes '#', '?' and '%' in the path, which a hand-built "file:" URI would misread
        uri = f"{path.resolve().as_uri()}?mode=ro"
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False,
                                                         timeout=BUSY_TIMEOUT_MS / 1000)
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
            # one import writes ~70 pages per file to the WAL: checkpoint every ~140 files, not every ~14
            cursor.execute("PRAGMA wal_autocheckpoint=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # Writers take the lock up front so two importers queue on the busy timeout instead of deadlocking.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")

    return engine


def _postgresql_engine(url: str) -> Engine:
    engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        for dumper in _nul_free_dumpers():
            dbapi_connection.adapters.register_dumper(str, dumper)

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        if conn.get_execution_options().get("immediate"):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")

    return engine


@functools.cache
def _nul_free_dumpers() -> tuple[type, ...]:
    """psycopg dumpers that drop NUL characters from strings: PostgreSQL text cannot hold them, and a NUL in a
    search box or a pasted name must not fail the statement (SQLite stores them; nothing in the app needs them)."""
    from psycopg.types.string import StrBinaryDumper, StrDumperUnknown

    def without_nul(base: type) -> type:
        def dump(self, obj: str):  # type: ignore[no-untyped-def]
            return base.dump(self, obj.replace("\x00", "") if "\x00" in obj else obj)

        return type(f"NulFree{base.__name__}", (base,), {"dump": dump})

    return without_nul(StrDumperUnknown), without_nul(StrBinaryDumper)


def open_database(url: str | None = None, create: bool = True) -> Database:
    """Open (and if needed create or migrate) the store at ``url`` (a URL or a file path); refuse foreign or damaged
    files with DatabaseError.

    An existing SQLite file is first inspected through a read-only connection, so a file that is refused is never
    written to (not even switched to WAL). A file without write permission opens read-only (``Database.read_only``).
    A PostgreSQL URL (``postgresql://user@host/db``, driver psycopg) opens that database; an empty one gets the
    schema, one of another application is refused untouched. Schemas older than migrations.HEAD are upgraded.
    """
    url = _resolved_url(url)
    for delay in _OPEN_RETRY_DELAYS:
        try:
            return _open_database(url, create)
        except _LockedWhileOpening:
            # another process is creating or migrating the same file right now: wait for it, then look again
            time.sleep(delay)
    return _open_database(url, create, last_try=True)


def stored_schema(url: str | None = None) -> tuple[int, str | None] | None:
    """The pre-Alembic schema version and the Alembic revision of the store at ``url``, read without changing
    anything; None if the database is empty. Foreign, damaged or too new databases raise DatabaseError."""
    url = _resolved_url(url)
    path = sqlite_path(url)
    try:
        if path is not None:
            _check_sqlite_file(path, create=False)
        engine = make_engine(url, read_only=path is not None)
        try:
            with engine.connect() as conn:
                return _schema_version(conn, read_only=False)
        finally:
            engine.dispose()
    except (SQLAlchemyError, sqlite3.Error) as exc:
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())
        raise DatabaseError(f"cannot open database {shown_url(url)}: {redact(reason, url)}") from None


def _resolved_url(url: str | None) -> str:
    url = url or default_db_url()
    if "://" not in url:  # a plain file path
        url = sqlite_url(url)
    try:
        return normalized_url(url)
    except Exception:  # any parse failure is the user's URL; the parser's message may quote the password
        raise DatabaseError(f"not a database URL or file path: {shown_url(url)}") from None


class _LockedWhileOpening(Exception):
    """The file was locked by another process's schema creation or migration while we inspected it."""


_OPEN_RETRY_DELAYS = (0.1, 0.2, 0.4, 0.8, 1.6, 3.2)


def _open_database(url: str, create: bool, last_try: bool = False) -> Database:
    path: Path | None = None
    read_only = False
    try:
        path = sqlite_path(url)
        current = False  # the probe found our current schema: nothing to create or migrate
        if path is not None:
            read_only = _check_sqlite_file(path, create)
            if path.exists() and path.stat().st_size > 0:
                probe = make_engine(url, read_only=True)
                try:
                    with probe.connect() as conn:
                        state = _schema_version(conn, read_only)
                finally:
                    probe.dispose()
                current = _is_current(state, read_only)
        engine = make_engine(url, read_only=read_only)
        try:
            if current:  # connect once (WAL, pragmas; a lock error is reported here), no second schema read
                engine.connect().close()
            else:
                _prepare_schema(engine, read_only)
        except BaseException:
            engine.dispose()
            raise
    except DatabaseError as exc:
        where = str(path) if path is not None else shown_url(url)
        raise (exc if where in str(exc) else DatabaseError(f"{where}: {redact(str(exc), url)}")) from None
    except (SQLAlchemyError, sqlite3.Error) as exc:
        reason = getattr(exc, "orig", None) or exc
        if not last_try and "locked" in str(reason):
            raise _LockedWhileOpening from None
        kept = "; left untouched" if path is not None and path.exists() else ""
        where = url if path is not None else shown_url(url)
        reason = redact(" ".join(str(reason).split()), url)  # PostgreSQL's messages span lines
        raise DatabaseError(f"cannot open database {where}: {reason}{kept}") from None
    write_engine = engine.execution_options(immediate=True)
    return Database(
        url,
        engine,
        sessionmaker(engine, expire_on_commit=False),
        sessionmaker(write_engine, expire_on_commit=False),
        read_only,
    )


def is_read_only_file(path: Path) -> bool:
    """True if ``path`` (or its folder, where SQLite keeps its journal) cannot or should not be written.

    A file with no write permission bit counts as read-only even for root, who could write it anyway.
    """
    if not os.access(path, os.W_OK) or not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    return not os.access(path.parent, os.W_OK | os.X_OK)


def _check_sqlite_file(path: Path, create: bool) -> bool:
    """Refuse folders, special files and non-SQLite files; create the parent folder. Return read-only."""
    if not path.exists():
        if not create:
            raise DatabaseError(f"no database at {path}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"cannot create database folder {path.parent}: {exc.strerror}") from None
        return False
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
    if not path.is_file():  # a FIFO or device would block or be clobbered
        raise DatabaseError(f"{path} is not a regular file; left untouched")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror}") from None
    if header and header != _SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not an SQLite database; left untouched")
    return is_read_only_file(path)


def _schema_version(conn: Connection, read_only: bool) -> tuple[int, str | None] | None:
    """Our pre-Alembic schema version and Alembic revision of the database behind ``conn``, None if it is empty;
    refuse foreign, damaged or too new ones."""
    inspector = inspect(conn)
    names = set(inspector.get_table_names()) | set(inspector.get_view_names())
    if not names:
        if read_only:
            raise DatabaseError("the database is empty and read-only")
        return None
    if Meta.__tablename__ not in names:
        raise DatabaseError("this database belongs to another application (no SOFA Desktop tables); left untouched")
    meta = dict(conn.execute(select(Meta.key, Meta.value)).all())
    if meta.get("application") != APP_ID:
        raise DatabaseError("this database belongs to another application; left untouched")
    try:
        version = int(meta.get("schema_version", "0"))
    except ValueError:
        raw = meta["schema_version"]
        raise DatabaseError(f"the database is damaged (schema version {raw!r}); left untouched") from None
    revision = conn.scalar(migrations.version_table.select()) if migrations.version_table.name in names else None
    if version > SCHEMA_VERSION or (revision not in (None, HEAD) and not migrations.is_known_revision(revision)):
        found = f"schema revision {revision}" if version <= SCHEMA_VERSION else f"schema version {version}"
        raise DatabaseError(
            f"the database has {found}, newer than this app supports ({SCHEMA_VERSION}, revision {HEAD}); "
            "please upgrade SOFA Desktop; left untouched"
        )
    if read_only and (version < READABLE_FROM or (revision or BASELINE) != HEAD):
        old = f"schema version {version}" if version < READABLE_FROM else f"schema revision {revision or BASELINE}"
        raise DatabaseError(f"the database has old {old} and is read-only, so it cannot be migrated")
    return version, revision


def _is_current(state: tuple[int, str | None] | None, read_only: bool) -> bool:
    """Nothing to create or migrate: the store is at HEAD (a read-only one got past _schema_version only at HEAD)."""
    return state is not None and (read_only or state == (SCHEMA_VERSION, HEAD))


def _prepare_schema(engine: Engine, read_only: bool) -> None:
    with engine.connect() as conn:
        if _is_current(_schema_version(conn, read_only), read_only):
            return
    # Create or migrate under the write lock, checking again: another process may have done it meanwhile.
    # One transaction, so an interrupted create or migration leaves the database as it was.
    with engine.execution_options(immediate=True).begin() as conn:
        state = _schema_version(conn, read_only)
        if state is None:
            Base.metadata.create_all(conn)  # the models are the schema of HEAD (tests/test_migrations.py)
            conn.execute(insert(Meta), [{"key": "application", "value": APP_ID},
                                        {"key": "schema_version", "value": str(SCHEMA_VERSION)}])
            migrations.stamp(conn, HEAD)
            return
        version, revision = state
        if version < SCHEMA_VERSION:
            migrations.migrate(conn, version)
        if revision is None:  # made before Alembic: now at the baseline revision's schema
            migrations.stamp(conn, revision := BASELINE)
        if revision != HEAD:
            try:
                migrations.upgrade(conn)
            except Exception as exc:
                raise DatabaseError(f"upgrading the database from schema revision {revision} to {HEAD} failed "
                                    f"({type(exc).__name__}: {exc}); the database was left untouched") from exc
