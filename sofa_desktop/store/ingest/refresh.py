"""Stored conflicts kept current after imports and re-extractions: a marker in ``sofa_meta`` says up to which source
they were computed, so a refresh recomputes only what changed (and everything when the marker says "stale")."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from sofa_desktop.store.conflicts import refresh_conflicts
from sofa_desktop.store.curation.reapply import has_active, reapply_conflict_resolutions
from sofa_desktop.store.curation.thread_ops import thread_overrides
from sofa_desktop.store.schema.db import Database
from sofa_desktop.store.schema.models import Meta, Source

CONFLICTS_KEY = "conflicts_up_to_source"


def max_source_id(session: Session) -> int:
    return session.scalar(select(func.max(Source.id))) or 0


def refreshed_up_to(session: Session) -> int | None:
    """The largest source id at the last conflict refresh; None if unknown (then everything is recomputed)."""
    done = session.scalar(select(Meta.value).where(Meta.key == CONFLICTS_KEY))
    return int(done) if done is not None and done.isdigit() else None


def conflicts_outdated(db: Database) -> bool:
    """True if sources were stored after the last conflict refresh (e.g. an import was killed before it)."""
    with db.read_session() as session:
        return refreshed_up_to(session) != max_source_id(session)


def update_conflicts(db: Database) -> None:
    """Refresh the stored conflicts after imports (only what changed) and keep analysts' resolutions on them."""
    try:
        with db.write_session.begin() as session:
            refresh_conflicts(session, refreshed_up_to(session), overrides=thread_overrides(session.connection()))
            session.merge(Meta(key=CONFLICTS_KEY, value=str(max_source_id(session))))
            if has_active(session.connection(), ("conflict_resolve",)):
                reapply_conflict_resolutions(session)
    except OperationalError:  # busy past every timeout: the marker stays outdated, so the next import refreshes
        pass
