"""Row access on the DBAPI cursor: ingest's bulk inserts (SQLite: executemany, PostgreSQL: arrays), hash lookups, and
reads of many plain rows (``raw_rows``, dates through ``date_reader``)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Dialect, Select, String

from sofa_desktop.store.schema.db import Database
from sofa_desktop.store.schema.models import Base

_COLUMNS = {
    "source": ("name", "title", "published", "outlet", "text", "body_start", "sha256", "imported_at",
               "extractor_version", "path", "language", "format", "url", "author", "place", "provenance",
               "text_fingerprint"),
    "mention": ("actor_id", "source_id", "start", "end"),
    "quote": ("source_id", "start", "end", "text", "partial", "how"),
    "quote_speaker": ("quote_id", "actor_id"),
    "event": ("source_id", "start", "end", "title", "action", "object", "date_start", "date_end", "precision",
              "date_text", "status"),
    "event_actor": ("event_id", "actor_id"),
}
_MAX_PARAMS = 30_000  # values per INSERT statement


class RowWriter:
    """Inserts rows as tuples in ``_COLUMNS`` order on the DBAPI cursor of one connection (its transaction). Dates are
    converted by the columns' own bind processors, so they are stored exactly as the ORM stores them.

    SQLite: one prepared statement per table and ``executemany``. Other drivers (psycopg): one INSERT of arrays per
    call (``insert_values``), with ``RETURNING id`` where ids are needed: one round trip each (Core's executemany
    plus a SELECT of the new ids cost two, and the source's INSERT went through SQLAlchemy's statement machinery).
    """

    _SQL: dict[str, dict[str, str]] = {}  # dialect name -> table -> INSERT statement (qmark)

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        dialect = conn.dialect
        tables = Base.metadata.tables
        self.date = _processor(tables["source"].c.published, dialect)
        self.datetime = _processor(tables["source"].c.imported_at, dialect)
        self._cursor = conn.connection.cursor()
        self._qmark = dialect.paramstyle == "qmark"
        if self._qmark and dialect.name not in self._SQL:
            quote = dialect.identifier_preparer.quote
            self._SQL[dialect.name] = {
                name: f"INSERT INTO {quote(name)} ({', '.join(map(quote, cols))}) VALUES ({', '.join('?' * len(cols))})"
                for name, cols in _COLUMNS.items()
            } | {f"{name} ids": f"SELECT id FROM {name} WHERE source_id = ? ORDER BY id" for name in ("quote", "event")}

    def insert_one(self, table: str, row: tuple) -> int:
        """Insert one row and return its new id."""
        if not self._qmark:
            return insert_values(self._conn, table, _COLUMNS[table], [_typed(table, row)], returning=True)[0]
        self._cursor.execute(self._SQL[self._conn.dialect.name][table], row)
        return self._cursor.lastrowid  # type: ignore[return-value]

    def insert_many(self, table: str, rows: list[tuple]) -> None:
        """Insert ``rows`` (nothing if empty)."""
        if not rows:
            return
        if not self._qmark:
            insert_values(self._conn, table, _COLUMNS[table], [_typed(table, r) for r in rows])
        else:
            self._cursor.executemany(self._SQL[self._conn.dialect.name][table], rows)

    def insert_new(self, table: str, source_id: int, rows: list[tuple]) -> list[int]:
        """Insert one new source's ``rows``; their new ids in the order of ``rows``.

        SQLite: one executemany, then the source's ids in id order: SQLite gives each new row max(rowid) + 1, and this
        transaction holds the write lock, so id order is insertion order (ordered RETURNING ran one INSERT per row).
        PostgreSQL: one INSERT ... VALUES ... RETURNING id (see ``insert_values``).
        """
        if not rows:
            return []
        if not self._qmark:
            return insert_values(self._conn, table, _COLUMNS[table], [_typed(table, r) for r in rows], returning=True)
        self.insert_many(table, rows)
        ids = [i for (i,) in self._cursor.execute(self._SQL[self._conn.dialect.name][f"{table} ids"], (source_id,))]
        if len(ids) != len(rows):
            raise RuntimeError(f"{table}: stored {len(ids)} rows for a new source, expected {len(rows)}")
        return ids


def insert_values(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[tuple],
                  returning: bool = False) -> list[int]:
    """Insert ``rows`` with ``INSERT ... SELECT * FROM unnest(<one array per column>)`` on ``conn``'s DBAPI cursor
    (psycopg); with ``returning`` their new ids in the order of ``rows``.

    One statement text per table and column list, whatever the row count: psycopg prepares it once, where multi-row
    VALUES made a new text (parsed by psycopg, planned by the server) for every count. The id sequence is drawn in
    the order of the arrays, so the new ids sorted are the rows' ids in order, as one INSERT per row gave them (the
    ids are sorted rather than trusting RETURNING's order).
    """
    sql = _unnest_sql(conn.dialect, table, tuple(columns), returning)
    cursor = conn.connection.cursor()
    ids: list[int] = []
    step = max(1, _MAX_PARAMS // max(1, len(columns)))
    for start in range(0, len(rows), step):
        chunk = rows[start:start + step]
        cursor.execute(sql, [list(values) for values in zip(*chunk, strict=True)])
        if returning:
            new = sorted(i for (i,) in cursor.fetchall())
            if len(new) != len(chunk):
                raise RuntimeError(f"{table}: stored {len(new)} new rows, expected {len(chunk)}")
            ids.extend(new)
    return ids


@functools.lru_cache(maxsize=256)
def _unnest_sql(dialect: Dialect, table: str, columns: tuple[str, ...], returning: bool) -> str:
    quote = dialect.identifier_preparer.quote
    cols = Base.metadata.tables[table].c
    # strings as text[]: a cast to VARCHAR(n)[] would cut long values, where the INSERT's assignment refuses them
    arrays = ", ".join(f"%s::{'TEXT' if isinstance(cols[c].type, String) else cols[c].type.compile(dialect)}[]"
                       for c in columns)
    return (f"INSERT INTO {quote(table)} ({', '.join(map(quote, columns))}) SELECT * FROM unnest({arrays})"
            + (" RETURNING id" if returning else ""))


def _typed(table: str, row: tuple) -> tuple:
    """``row`` with the values PostgreSQL will not cast on assignment converted (quote.partial: int -> bool)."""
    if table == "quote":
        return (*row[:4], bool(row[4]), *row[5:])
    return row


def _processor(column: Column, dialect: Dialect) -> Callable[[object], object]:
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process or (lambda value: value)


def stored_by_hash(db: Database, sha256: str) -> tuple[int, int | None] | None:
    """(id, extractor version) of the stored source with this content hash, through a pooled DBAPI connection in
    autocommit mode (a session costs 10x; SQLAlchemy's connection with its BEGIN and rollback 5x; on PostgreSQL
    autocommit saves the BEGIN and ROLLBACK round trips)."""
    raw = db.engine.raw_connection()
    try:
        return _by_hash_outside_transaction(raw.cursor(), raw.driver_connection, db.engine.dialect.paramstyle, sha256)
    finally:
        raw.close()


def source_by_hash(conn: Connection, sha256: str) -> tuple[int, int | None] | None:
    """(id, extractor version) of the stored source with this content hash, on ``conn`` (its transaction, if any;
    outside one, PostgreSQL runs the query in autocommit mode, so no transaction is left open on the connection)."""
    if conn.dialect.paramstyle == "qmark" or conn.in_transaction():
        sql = _SQL_BY_HASH if conn.dialect.paramstyle == "qmark" else _PG_BY_HASH
        return _id_by_hash_on_cursor(conn.connection.cursor(), sha256, sql)
    return _by_hash_outside_transaction(conn.connection.cursor(), conn.connection.driver_connection,
                                        conn.dialect.paramstyle, sha256)


def _by_hash_outside_transaction(cursor: Any, driver: Any, paramstyle: str,
                                 sha256: str) -> tuple[int, int | None] | None:
    if paramstyle == "qmark":  # the sqlite3 connections of make_engine are in autocommit mode outside BEGIN
        return _id_by_hash_on_cursor(cursor, sha256, _SQL_BY_HASH)
    if driver.info.transaction_status != 0:  # not IDLE: already in a transaction, which the query joins
        return _id_by_hash_on_cursor(cursor, sha256, _PG_BY_HASH)
    driver.autocommit = True  # psycopg: no BEGIN and ROLLBACK round trips, no transaction left open
    try:
        return _id_by_hash_on_cursor(cursor, sha256, _PG_BY_HASH)
    finally:
        driver.autocommit = False


def _id_by_hash_on_cursor(cursor: Any, sha256: str, sql: str) -> tuple[int, int | None] | None:
    cursor.execute(sql, (sha256,))
    row = cursor.fetchone()
    return (row[0], row[1]) if row else None


_SQL_BY_HASH = "SELECT id, extractor_version FROM source WHERE sha256 = ?"
_PG_BY_HASH = "SELECT id, extractor_version FROM source WHERE sha256 = %s"


def raw_rows(conn: Connection, stmt: Select) -> list[tuple[Any, ...]]:
    """The rows of ``stmt`` straight from the database driver, for columns that need no conversion (integers and
    strings; never dates, which SQLite stores as text): no Row object per row (0.1 s per 90,000 rows)."""
    result = conn.execute(stmt)
    try:
        return result.cursor.fetchall()  # type: ignore[union-attr]
    finally:
        result.close()


def _iso_date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _driver_date(value: Any) -> dt.date | None:
    return value


def date_reader(conn: Connection) -> Callable[[Any], dt.date | None]:
    """How to turn a ``Date`` column's value in ``raw_rows`` into a date: SQLite stores ISO text ("2025-12-04",
    as SQLAlchemy writes it), PostgreSQL's driver already gives dates."""
    return _iso_date if conn.dialect.name == "sqlite" else _driver_date
