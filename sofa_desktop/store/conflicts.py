"""Cross-source conflicts in the store: derived from the event threads (store/threads), which are refreshed first.

A conflict sets a thread's reports that agree with its consensus date against those that do not, so reports that
agree never conflict and two different happenings (two threads) never do. Threads are refreshed incrementally
(only blocks that gained or lost events); conflict rows that did not change keep their rows and ids.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import TypeVar

from sqlalchemy import delete, func, select, tuple_
from sqlalchemy.orm import Session

from sofa_desktop.extract import EventRef, EventStatus, Override, Precision, block_key
from sofa_desktop.store.schema.models import Actor, Conflict, ConflictEvent, Event, EventActor
from sofa_desktop.store.schema.rows import insert_values
from sofa_desktop.store.threads import refresh_threads, thread_conflicts

_T = TypeVar("_T")
_Key = tuple[str, str, tuple[int, ...]]  # topic, detail, event ids: what identifies a conflict's content


def event_refs(s: Session, since_source: int | None = None,
               groups: Collection[tuple[str, str]] | None = None) -> list[EventRef]:
    """Stored events in the shape the conflict finder needs: all, or those of the (action, object) groups that
    events of sources after ``since_source`` belong to, or those of ``groups``."""
    stmt = select(Event.id, Event.source_id, Event.action, Event.object, Event.date_start, Event.date_end,
                  Event.precision, Event.status)
    pairs = select(EventActor.event_id, Actor.name).join(Actor, Actor.id == EventActor.actor_id)
    if since_source is not None:
        touched = (select(Event.action, Event.object).distinct()
                   .where(Event.source_id > since_source, Event.object.is_not(None)))
        stmt = stmt.where(tuple_(Event.action, Event.object).in_(touched))
        pairs = pairs.where(EventActor.event_id.in_(stmt.with_only_columns(Event.id)))
    if groups is not None:  # e.g. the group of an event an analyst corrected
        stmt = stmt.where(tuple_(Event.action, Event.object).in_(sorted(groups)))
        pairs = pairs.where(EventActor.event_id.in_(stmt.with_only_columns(Event.id)))
    conn = s.connection()  # Core rows: the ORM's per-row work was a third of an import's conflict refresh
    names: dict[int, set[str]] = defaultdict(set)
    for event_id, name in conn.execute(pairs).all():  # all(): one fetchall, not a fetchone per row
        names[event_id].add(name)
    precision = {p.value: p for p in Precision}  # a dict lookup is 50x faster than calling the enum
    status = {v.value: v for v in EventStatus}
    none: frozenset[str] = frozenset()
    return [
        _frozen(EventRef, {"id": i, "source_id": source_id, "action": action, "object": obj,
                           "actors": frozenset(names[i]) if i in names else none, "date_start": start,
                           "date_end": end, "precision": precision.get(prec) or Precision(prec),
                           "status": status.get(stat) or EventStatus(stat)})
        for i, source_id, action, obj, start, end, prec, stat in conn.execute(stmt).all()
    ]


def _frozen(cls: type[_T], fields: dict[str, object]) -> _T:
    """An instance of the frozen dataclass ``cls`` (no ``__post_init__``) with ``fields`` as its attributes: what
    its ``__init__`` makes, at half the cost (it calls ``object.__setattr__`` once per field)."""
    obj = _new(cls)
    _set(obj, "__dict__", fields)
    return obj


_new = object.__new__
_set = object.__setattr__


def refresh_conflicts(session: Session, since_source: int | None = None,
                      groups: Collection[tuple[str, str]] | None = None, *, overrides: Sequence[Override]) -> int:
    """Bring the threads, then the stored conflicts, up to date with the events; return how many conflicts there are.

    The threads of new or changed events are recomputed (store/threads/refresh.py); ``groups`` also recomputes
    those (action, object) groups (an event an analyst corrected); ``overrides`` are the analysts' active thread
    edits (``store.curation.thread_overrides``, read by the caller: curation sits above this module).
    ``since_source`` is kept for callers: threads find what changed themselves. Conflicts that did not change keep
    their rows and ids.
    """
    conn = session.connection()
    redone = refresh_threads(conn, overrides, blocks=[block_key(a, o) for a, o in groups or ()])
    fresh = {(c.topic, c.detail, tuple(c.event_ids)): None for c in thread_conflicts(conn)}
    stale: list[int] = []
    for conflict_id, (key, group) in _stored(session).items():
        if key in fresh:
            del fresh[key]  # unchanged: keep it
        elif (since_source is None and groups is None) or group is None or block_key(*group) in redone:
            stale.append(conflict_id)  # None: its events are gone
    for start in range(0, len(stale), 500):
        chunk = stale[start:start + 500]
        session.execute(delete(ConflictEvent).where(ConflictEvent.conflict_id.in_(chunk)))
        session.execute(delete(Conflict).where(Conflict.id.in_(chunk)))
    _insert(session, list(fresh))
    return session.scalar(select(func.count()).select_from(Conflict)) or 0


def _insert(session: Session, conflicts: list[_Key]) -> None:
    """Store new conflicts with their events, ids in order: on SQLite one executemany per table on the DBAPI cursor
    (each new row gets max(id) + 1 under the write lock, as one INSERT at a time gave), else ``rows.insert_values``."""
    conn = session.connection()
    if not conflicts:
        return
    if conn.dialect.paramstyle != "qmark":  # PostgreSQL: two INSERTs, the first returning the ids in order
        ids = insert_values(conn, "conflict", ("topic", "detail"), [(t, d) for t, d, _ in conflicts], returning=True)
        insert_values(conn, "conflict_event", ("conflict_id", "event_id"),
                      [(i, e) for i, (_, _, event_ids) in zip(ids, conflicts, strict=True) for e in event_ids])
        return
    cursor = conn.connection.cursor()
    before = cursor.execute("SELECT max(id) FROM conflict").fetchone()[0] or 0
    cursor.executemany("INSERT INTO conflict (topic, detail) VALUES (?, ?)", [(t, d) for t, d, _ in conflicts])
    ids = [i for (i,) in cursor.execute("SELECT id FROM conflict WHERE id > ? ORDER BY id", (before,))]
    if len(ids) != len(conflicts):
        raise RuntimeError(f"conflict: stored {len(ids)} new rows, expected {len(conflicts)}")
    cursor.executemany("INSERT INTO conflict_event (conflict_id, event_id) VALUES (?, ?)",
                       [(i, e) for i, (_, _, event_ids) in zip(ids, conflicts, strict=True) for e in event_ids])


def _stored(session: Session) -> dict[int, tuple[_Key, tuple[str, str | None] | None]]:
    """Every stored conflict: its content key and the (action, object) of its events."""
    members: dict[int, list[int]] = defaultdict(list)
    groups: dict[int, tuple[str, str | None]] = {}
    links = (select(ConflictEvent.conflict_id, ConflictEvent.event_id, Event.action, Event.object)
             .join(Event, Event.id == ConflictEvent.event_id))
    for conflict_id, event_id, action, obj in session.execute(links).all():
        members[conflict_id].append(event_id)
        groups[conflict_id] = (action, obj)
    return {c.id: ((c.topic, c.detail, tuple(sorted(members[c.id]))), groups.get(c.id))
            for c in session.execute(select(Conflict.id, Conflict.topic, Conflict.detail)).all()}
