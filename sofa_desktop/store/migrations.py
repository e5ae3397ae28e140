"""Schema migrations: one function per version step, applied in order on open."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from sofa_desktop.store.models import SCHEMA_VERSION, Base, Meta

# version -> function upgrading a database at that version to version + 1
STEPS: dict[int, Callable[[Engine], None]] = {}


def migrate(engine: Engine, version: int) -> None:
    """Upgrade a database at schema ``version`` to :data:`SCHEMA_VERSION`, step by step."""
    from sofa_desktop.store.db import DatabaseError

    while version < SCHEMA_VERSION:
        step = STEPS.get(version)
        if step is None:
            raise DatabaseError(f"no migration from schema version {version}; the database was left untouched")
        step(engine)
        version += 1
    Base.metadata.create_all(engine)  # new tables/indexes only; never drops
    with Session(engine) as s, s.begin():
        s.execute(update(Meta).where(Meta.key == "schema_version").values(value=str(SCHEMA_VERSION)))
