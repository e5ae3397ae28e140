"""Ingest's row access: bulk inserts on the DBAPI cursor (prepared ``?`` statements on SQLite, multi-row VALUES on
PostgreSQL), hash lookups."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Dialect

from sofa_desktop.store.db import Database
from sofa_desktop.store.models import Base

_COLUMNS = {
    "source": ("name", "title", "published", "outlet", "text", "body_start", "sha256", "imported_at",
               "extractor_version"),
    "mention": ("actor_id", "source_id", "start", "end"),
    "quote": ("source_id", "start", "end", "text", "partial", "how"),
    "quote_speaker": ("quote_id", "actor_id"),
    "event": ("source_id", "start", "end", "title", "action", "object", "date_start", "date_end", "precision",
              "date_text", "status"),
    "event_actor": ("event_id", "actor_id"),
}
_MAX_PARAMS = 30_000  # per multi-row statement (PostgreSQL allows 65,535 bind parameters)


class RowWriter:
    """Inserts rows as tuples in ``_COLUMNS`` order on the DBAPI cursor of one connection (its transaction). Dates are
    converted by the columns' own bind processors, so they are stored exactly as the ORM stores them.

    SQLite: one prepared statement per table and ``executemany``. Other drivers (psycopg): one multi-row INSERT per
    call, with ``RETURNING id`` where ids are needed: one round trip each (Core's executemany plus a SELECT of the
    new ids cost two, and the source's INSERT went through SQLAlchemy's statement machinery).
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
    """Insert ``rows`` with multi-row ``INSERT ... VALUES`` statements on ``conn``'s DBAPI cursor (``%s`` parameters,
    psycopg); with ``returning`` their new ids in the order of ``rows``.

    The id sequence is drawn in the order of the VALUES rows, so the new ids sorted are the rows' ids in order, as
    one INSERT per row would have given them (the ids are sorted rather than trusting RETURNING's order).
    """
    quote = conn.dialect.identifier_preparer.quote
    head = f"INSERT INTO {quote(table)} ({', '.join(map(quote, columns))}) VALUES "
    one = f"({', '.join(['%s'] * len(columns))})"
    tail = " RETURNING id" if returning else ""
    cursor = conn.connection.cursor()
    ids: list[int] = []
    step = max(1, _MAX_PARAMS // max(1, len(columns)))
    for start in range(0, len(rows), step):
        chunk = rows[start:start + step]
        # not prepared: the text changes with the row count, and psycopg's prepared-statement cache churned
        # (a PREPARE and a DEALLOCATE round trip per statement)
        cursor.execute(head + ", ".join([one] * len(chunk)) + tail, [v for row in chunk for v in row], prepare=False)
        if returning:
            new = sorted(i for (i,) in cursor.fetchall())
            if len(new) != len(chunk):
                raise RuntimeError(f"{table}: stored {len(new)} new rows, expected {len(chunk)}")
            ids.extend(new)
    return ids


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
        if db.engine.dialect.paramstyle == "qmark":
            return _id_by_hash_on_cursor(raw.cursor(), sha256, _SQL_BY_HASH)
        driver = raw.driver_connection
        driver.autocommit = True  # type: ignore[union-attr]
        try:
            return _id_by_hash_on_cursor(raw.cursor(), sha256, _PG_BY_HASH)
        finally:
            driver.autocommit = False  # type: ignore[union-attr]
    finally:
        raw.close()


def source_by_hash(conn: Connection, sha256: str) -> tuple[int, int | None] | None:
    """(id, extractor version) of the stored source with this content hash, on ``conn`` (its transaction, if any)."""
    sql = _SQL_BY_HASH if conn.dialect.paramstyle == "qmark" else _PG_BY_HASH
    return _id_by_hash_on_cursor(conn.connection.cursor(), sha256, sql)


def _id_by_hash_on_cursor(cursor: Any, sha256: str, sql: str) -> tuple[int, int | None] | None:
    cursor.execute(sql, (sha256,))
    row = cursor.fetchone()
    return (row[0], row[1]) if row else None


_SQL_BY_HASH = "SELECT id, extractor_version FROM source WHERE sha256 = ?"
_PG_BY_HASH = "SELECT id, extractor_version FROM source WHERE sha256 = %s"
