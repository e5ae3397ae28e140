"""Schema migrations: Alembic revisions (store/alembic/), preceded by the pre-Alembic steps for old SQLite stores.

Stores made before Alembic count their schema in ``sofa_meta.schema_version`` (1 to 3); they are brought to schema
3 by :data:`STEPS`, then stamped with :data:`BASELINE`, the revision that creates schema 3. From there on Alembic
revisions apply. Opening a store already at :data:`HEAD` never imports Alembic (it costs GUI start-up time).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Connection, MetaData, PrimaryKeyConstraint, String, Table, delete, insert, inspect
from sqlalchemy.schema import CreateIndex

from sofa_desktop.store.errors import DatabaseError
from sofa_desktop.store.schema import fts
from sofa_desktop.store.schema.fts import SEARCH_OBJECTS
from sofa_desktop.store.schema.models import SCHEMA_VERSION, Base, Meta

if TYPE_CHECKING:
    from alembic.config import Config

HEAD = "0007"  # the newest revision in store/alembic/versions (tests/store/schema/test_schema_migrations.py checks it)
BASELINE = "0001"  # the revision whose schema equals pre-Alembic schema version 3
SCRIPTS = Path(__file__).resolve().parent.parent / "alembic"

# Alembic's own version table, as Alembic creates it: stamping a new store needs no Alembic import
version_table = Table("alembic_version", MetaData(), Column("version_num", String(32), nullable=False),
                      PrimaryKeyConstraint("version_num", name="alembic_version_pkc"))

# version -> function upgrading a database at that version to version + 1, on the caller's transaction
STEPS: dict[int, Callable[[Connection], None]] = {}


def migrate(conn: Connection, version: int) -> None:
    """Upgrade a pre-Alembic database at schema ``version`` to :data:`SCHEMA_VERSION`, step by step, on ``conn``'s
    transaction.

    The caller commits; if a step is missing or fails, DatabaseError is raised and the transaction rolls back,
    leaving the database at its old version.
    """
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
    conn.execute(delete(Meta).where(Meta.key == "schema_version"))
    conn.execute(insert(Meta).values(key="schema_version", value=str(SCHEMA_VERSION)))


def stored_revision(conn: Connection) -> str | None:
    """The Alembic revision recorded in the database, None if it has no version table (yet)."""
    if not inspect(conn).has_table(version_table.name):
        return None
    return conn.scalar(version_table.select())


def stamp(conn: Connection, revision: str) -> None:
    """Record ``revision`` as the database's schema (creating Alembic's version table if missing)."""
    version_table.create(conn, checkfirst=True)
    conn.execute(delete(version_table))
    conn.execute(insert(version_table).values(version_num=revision))


def is_known_revision(revision: str) -> bool:
    """True if ``revision`` is one of this app's revisions (False: a newer app wrote the database)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(conn: Connection, target: str = "head") -> None:
    """Run the Alembic revisions from the stored one up to ``target`` on ``conn``'s transaction (the caller commits)."""
    from alembic import command

    command.upgrade(alembic_config(conn), target)


def script_head() -> str | None:
    """The head revision of the scripts in store/alembic/versions (for tests and ``db current``)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def alembic_config(conn: Connection | None = None) -> Config:
    """An Alembic configuration for the scripts shipped in this package, running on ``conn``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = conn
    return config


def include_name(name: str | None, type_: str, _parents: dict[str, Any]) -> bool:
    """Alembic name filter: schema comparisons ignore the search structures the models do not describe."""
    return not (name and type_ in ("table", "index") and SEARCH_OBJECTS.fullmatch(name))


def _add_search_index(conn: Connection) -> None:
    """1 -> 2: index the stored quotes in FTS5 (schema/fts.py) and add the indexes schema 2 has but schema 1 lacked."""
    for tbl in Base.metadata.sorted_tables:
        for index in tbl.indexes:  # IF NOT EXISTS: reflection (checkfirst) cannot see expression indexes
            if index.name in _SCHEMA_2_INDEXES:
                conn.execute(CreateIndex(index, if_not_exists=True))
    fts.create(conn, fts.SEARCH_DDL_V1)
    fts.rebuild(conn)


def _drop_prefix_indexes(conn: Connection) -> None:
    """2 -> 3: drop the indexes that are prefixes of composite ones (each costs B-tree writes on every import)."""
    for name in _PREFIX_INDEXES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


_PREFIX_INDEXES = ("ix_quote_source_id", "ix_quote_speaker_actor_id")
# schema 3's indexes (frozen: indexes later revisions add are theirs to create)
_SCHEMA_2_INDEXES = frozenset({
    "ix_actor_kind", "ix_actor_name_folded", "ix_source_imported_at", "ix_source_chronological", "ix_source_published",
    "ix_actor_alias_folded", "ix_actor_alias_actor_id", "ix_event_source_id", "ix_event_date_end",
    "ix_event_date_start", "ix_event_action_object", "ix_mention_source_id", "ix_mention_actor_id",
    "ix_quote_source_start", "ix_conflict_event_event_id", "ix_event_actor_actor_id", "ix_quote_speaker_actor_quote",
})

STEPS[1] = _add_search_index
STEPS[2] = _drop_prefix_indexes
