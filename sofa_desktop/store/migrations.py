"""Schema migrations: one function per version step, applied in order inside the opening transaction."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, delete, insert
from sqlalchemy.schema import CreateIndex

from sofa_desktop.store.models import SCHEMA_VERSION, Base, Meta

# version -> function upgrading a database at that version to version + 1, on the caller's transaction
STEPS: dict[int, Callable[[Connection], None]] = {}


def migrate(conn: Connection, version: int) -> None:
    """Upgrade a database at schema ``version`` to :data:`SCHEMA_VERSION`, step by step, on ``conn``'s transaction.

    The caller commits; if a step is missing or fails, DatabaseError is raised and the transaction rolls back,
    leaving the database at its old version.
    """
    from sofa_desktop.store.db import DatabaseError

    start = version
    while version < SCHEMA_VERSION:
        step = STEPS.get(version)
        if step is None:
            raise DatabaseError(f"no migration from schema version {version} to {SCHEMA_VERSION}; "
                                "the database was left untouched")
        try:
            step(conn)
        except DatabaseError:
            raise
        except Exception as exc:
            raise DatabaseError(f"migrating the database from schema version {start} failed at step {version} "
                                f"({type(exc).__name__}: {exc}); the database was left untouched") from exc
        version += 1
    Base.metadata.create_all(conn)  # new tables/indexes only; never drops
    conn.execute(delete(Meta).where(Meta.key == "schema_version"))
    conn.execute(insert(Meta).values(key="schema_version", value=str(SCHEMA_VERSION)))


def _add_search_index(conn: Connection) -> None:
    """1 -> 2: index the stored quotes in FTS5 (store/fts.py) and add the indexes the models declare but lack."""
    from sofa_desktop.store import fts

    for tbl in Base.metadata.sorted_tables:
        for index in tbl.indexes:  # IF NOT EXISTS: reflection (checkfirst) cannot see expression indexes
            conn.execute(CreateIndex(index, if_not_exists=True))
    fts.create(conn)
    fts.rebuild(conn)


def _drop_prefix_indexes(conn: Connection) -> None:
    """2 -> 3: drop the indexes that are prefixes of composite ones (each costs B-tree writes on every import)."""
    for name in _PREFIX_INDEXES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


_PREFIX_INDEXES = ("ix_quote_source_id", "ix_quote_speaker_actor_id")

STEPS[1] = _add_search_index
STEPS[2] = _drop_prefix_indexes
