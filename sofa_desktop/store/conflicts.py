"""Cross-source conflicts in the store: recomputed from the stored events by the extractor's conflict finder."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from sofa_desktop.store.models import Actor, Conflict, ConflictEvent, Event, EventActor

if TYPE_CHECKING:
    from sofa_desktop.extract import EventRef


def event_refs(s: Session) -> list[EventRef]:
    """Every stored event in the shape the conflict finder needs."""
    from sofa_desktop.extract.types import EventRef, EventStatus, Precision

    names: dict[int, set[str]] = defaultdict(set)
    pairs = select(EventActor.event_id, Actor.name).join(Actor, Actor.id == EventActor.actor_id)
    for event_id, name in s.execute(pairs):
        names[event_id].add(name)
    stmt = select(Event.id, Event.source_id, Event.action, Event.object, Event.date_start, Event.date_end,
                  Event.precision, Event.status)
    return [
        EventRef(r.id, r.source_id, r.action, r.object, frozenset(names[r.id]), r.date_start, r.date_end,
                 Precision(r.precision), EventStatus(r.status))
        for r in s.execute(stmt)
    ]


def refresh_conflicts(session: Session) -> int:
    """Recompute every cross-source conflict from the stored events; return how many there are."""
    from sofa_desktop.extract import find_conflicts

    session.execute(delete(ConflictEvent))
    session.execute(delete(Conflict))
    conflicts = find_conflicts(event_refs(session))
    for c in conflicts:
        row = Conflict(topic=c.topic, detail=c.detail)
        session.add(row)
        session.flush()
        session.execute(insert(ConflictEvent), [{"conflict_id": row.id, "event_id": e} for e in c.event_ids])
    return len(conflicts)
