"""Ingest's row access: bulk inserts (one prepared INSERT per table, DBAPI cursor on SQLite), hash lookups."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Column, Connection, Dialect, bindparam, insert, select

from sofa_desktop.store.db import Database
from sofa_desktop.store.models import Base, Event, Quote, Source

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


class RowWriter:
    """Inserts rows as tuples in ``_COLUMNS`` order on one connection: the DBAPI cursor for qmark drivers (SQLite),
    SQLAlchemy Core otherwise. Dates are converted by the columns' own bind processors, so they are stored exactly
    as the ORM stores them."""

    _SQL: dict[str, dict[str, str]] = {}  # dialect name -> table -> INSERT statement

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        dialect = conn.dialect
        tables = Base.metadata.tables
        self.date = _processor(tables["source"].c.published, dialect)
        self.datetime = _processor(tables["source"].c.imported_at, dialect)
        self._cursor = conn.connection.cursor() if dialect.paramstyle == "qmark" else None
        if self._cursor is not None and dialect.name not in self._SQL:
            quote = dialect.identifier_preparer.quote
            self._SQL[dialect.name] = {
                name: f"INSERT INTO {quote(name)} ({', '.join(map(quote, cols))}) VALUES ({', '.join('?' * len(cols))})"
                for name, cols in _COLUMNS.items()
            } | {f"{name} ids": f"SELECT id FROM {name} WHERE source_id = ? ORDER BY id" for name in ("quote", "event")}

    def insert_one(self, table: str, row: tuple) -> int:
        """Insert one row and return its new id."""
        if self._cursor is None:
            stmt = insert(Base.metadata.tables[table]).returning(Base.metadata.tables[table].c.id)
            return self._conn.execute(stmt, dict(zip(_COLUMNS[table], row, strict=True))).scalar_one()
        self._cursor.execute(self._SQL[self._conn.dialect.name][table], row)
        return self._cursor.lastrowid  # type: ignore[return-value]

    def insert_many(self, table: str, rows: list[tuple]) -> None:
        """Insert ``rows`` (nothing if empty)."""
        if not rows:
            return
        if self._cursor is None:
            cols = _COLUMNS[table]
            self._conn.execute(insert(Base.metadata.tables[table]), [dict(zip(cols, r, strict=True)) for r in rows])
        else:
            self._cursor.executemany(self._SQL[self._conn.dialect.name][table], rows)

    def insert_new(self, table: str, source_id: int, rows: list[tuple]) -> list[int]:
        """Insert one new source's ``rows``; their new ids in the order of ``rows``.

        One executemany, then the source's ids in id order: SQLite gives each new row max(rowid) + 1, and this
        transaction holds the write lock, so id order is insertion order (ordered RETURNING ran one INSERT per row).
        """
        if not rows:
            return []
        self.insert_many(table, rows)
        if self._cursor is None:
            ids = list(self._conn.scalars(_IDS_OF_SOURCE[table], {"source_id": source_id}))
        else:
            ids = [i for (i,) in self._cursor.execute(self._SQL[self._conn.dialect.name][f"{table} ids"], (source_id,))]
        if len(ids) != len(rows):
            raise RuntimeError(f"{table}: stored {len(ids)} rows for a new source, expected {len(rows)}")
        return ids


def _processor(column: Column, dialect: Dialect) -> Callable[[object], object]:
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process or (lambda value: value)


_IDS_OF_SOURCE = {model.__tablename__: select(model.__table__.c.id)
                  .where(model.__table__.c.source_id == bindparam("source_id")).order_by(model.__table__.c.id)
                  for model in (Quote, Event)}


def stored_by_hash(db: Database, sha256: str) -> tuple[int, int | None] | None:
    """(id, extractor version) of the stored source with this content hash, through a pooled DBAPI connection in
    autocommit mode (a session costs 10x; SQLAlchemy's connection with its BEGIN and rollback 5x)."""
    if db.engine.dialect.paramstyle != "qmark":
        with db.engine.connect() as conn:
            return source_by_hash(conn, sha256)
    raw = db.engine.raw_connection()
    try:
        return _id_by_hash_on_cursor(raw.cursor(), sha256)
    finally:
        raw.close()


def source_by_hash(conn: Connection, sha256: str) -> tuple[int, int | None] | None:
    """(id, extractor version) of the stored source with this content hash, on ``conn`` (its transaction, if any)."""
    if conn.dialect.paramstyle != "qmark":
        row = conn.execute(_BY_HASH, {"sha256": sha256}).first()
        return (row[0], row[1]) if row else None
    return _id_by_hash_on_cursor(conn.connection.cursor(), sha256)


def _id_by_hash_on_cursor(cursor: Any, sha256: str) -> tuple[int, int | None] | None:
    row = cursor.execute(_SQL_BY_HASH, (sha256,)).fetchone()
    return (row[0], row[1]) if row else None


_SQL_BY_HASH = "SELECT id, extractor_version FROM source WHERE sha256 = ?"
_BY_HASH = (select(Source.__table__.c.id, Source.__table__.c.extractor_version)
            .where(Source.__table__.c.sha256 == bindparam("sha256")))
