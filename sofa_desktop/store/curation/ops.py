"""Curation operations on quotes, events and conflicts, and the table of every kind's apply/revert functions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from sofa_desktop.store.curation import actors as actors
from sofa_desktop.store.curation import removal as removal
from sofa_desktop.store.curation.targets import (
    TargetMissing,
    actor_ref,
    resolve_actor,
    resolve_span,
    span_target,
    target_source,
    to_date,
)
from sofa_desktop.store.curation.thread_ops import KINDS as THREAD_KINDS
from sofa_desktop.store.curation.thread_ops import thread_apply, thread_revert
from sofa_desktop.store.schema.models import Actor, Conflict, ConflictEvent, Event, EventActor, Quote, QuoteSpeaker

Touched = list[tuple[type, int]]


@dataclass
class Rec:
    """A curation record being applied or reverted (JSON values decoded)."""

    kind: str
    target: dict[str, Any]
    before: Any
    after: Any


def _speaker_ids(conn: Connection, refs: list[dict[str, Any]]) -> list[int]:
    ids: list[int] = []
    for ref in refs:
        try:
            actor_id = resolve_actor(conn, ref)
        except TargetMissing:
            continue  # a speaker merged away or gone: the others still apply
        if actor_id not in ids:
            ids.append(actor_id)
    return ids


def _set_speakers(conn: Connection, quote_id: int, actor_ids: list[int]) -> None:
    conn.execute(delete(QuoteSpeaker).where(QuoteSpeaker.quote_id == quote_id))
    if actor_ids:
        conn.execute(insert(QuoteSpeaker), [{"quote_id": quote_id, "actor_id": a} for a in actor_ids])


def speakers_apply(conn: Connection, rec: Rec) -> Touched:
    """Replace a quote's speakers with the analyst's."""
    quote_id = resolve_span(conn, Quote, rec.target)
    rec.target["id"] = quote_id
    current = list(conn.scalars(select(QuoteSpeaker.actor_id).where(QuoteSpeaker.quote_id == quote_id)
                                .order_by(QuoteSpeaker.actor_id)))
    old = (rec.before or {}).get("speakers")
    if old is None or set(_speaker_ids(conn, old)) != set(current):
        # the speakers as they are now; kept as they were when they still name the same actors (re-extracted with
        # a merge in force: undoing the merge later must bring back the speaker by its own name)
        rec.before = {"speakers": [actor_ref(conn, a) for a in current]}
    _set_speakers(conn, quote_id, _speaker_ids(conn, rec.after["speakers"]))
    return [(Quote, quote_id)]


def speakers_revert(conn: Connection, rec: Rec) -> Touched:
    """Give the quote back the speakers it had before the edit."""
    quote_id = resolve_span(conn, Quote, rec.target)
    _set_speakers(conn, quote_id, _speaker_ids(conn, rec.before["speakers"]))
    return [(Quote, quote_id)]


_EVENT_FIELDS = ("title", "date_start", "date_end", "precision", "status")


def _event_values(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (to_date(values[k]) if k.startswith("date_") else values[k]) for k in _EVENT_FIELDS if k in values}


def event_update_apply(conn: Connection, rec: Rec) -> Touched:
    """Correct an event's title, dates, precision and status."""
    event_id = resolve_span(conn, Event, rec.target)
    rec.target["id"] = event_id
    row = conn.execute(select(*(getattr(Event, k) for k in _EVENT_FIELDS)).where(Event.id == event_id)).one()
    rec.before = {k: (v.isoformat() if k.startswith("date_") and v is not None else v)
                  for k, v in row._asdict().items()}
    conn.execute(update(Event).where(Event.id == event_id).values(**_event_values(rec.after)))
    return [(Event, event_id)]


def event_update_revert(conn: Connection, rec: Rec) -> Touched:
    """Restore the event's values from before the edit."""
    event_id = resolve_span(conn, Event, rec.target)
    conn.execute(update(Event).where(Event.id == event_id).values(**_event_values(rec.before)))
    return [(Event, event_id)]


def event_add_apply(conn: Connection, rec: Rec) -> Touched:
    """Create the analyst's event on its passage (again after re-extraction; with its old id when free)."""
    source_id = target_source(conn, rec.target)
    event_id = rec.target.get("id")
    if event_id is not None:
        row = conn.execute(select(Event.source_id, Event.start, Event.end, Event.curated)
                           .where(Event.id == event_id)).first()
        if row is not None and row.curated and tuple(row[:3]) == (source_id, rec.target["start"], rec.target["end"]):
            return [(Event, event_id)]  # still there (a re-extracted event may have been given its old id)
        if row is not None:
            event_id = None
    a = rec.after
    values = {"source_id": source_id, "start": rec.target["start"], "end": rec.target["end"],
              "action": a.get("action") or "added", "object": a.get("object"), "date_text": None,
              **_event_values(a)}
    if event_id is not None:
        values["id"] = event_id
    event_id = conn.execute(insert(Event).values(**values).returning(Event.id)).scalar_one()
    rec.target["id"] = event_id
    actor_ids = _speaker_ids(conn, a.get("actors", []))
    if actor_ids:
        conn.execute(insert(EventActor), [{"event_id": event_id, "actor_id": i} for i in actor_ids])
    rec.before = None
    return [(Event, event_id)]


def event_add_revert(conn: Connection, rec: Rec) -> Touched:
    """Delete the event the edit added."""
    conn.execute(delete(Event).where(Event.id == rec.target["id"]))
    return []


def conflict_target(conn: Connection, conflict_id: int) -> dict[str, Any]:
    """The key of a conflict: its id, topic and the keys of its events."""
    topic = conn.scalar(select(Conflict.topic).where(Conflict.id == conflict_id))
    if topic is None:
        raise TargetMissing(f"the conflict (id {conflict_id}) no longer exists: its events changed meanwhile")
    events = conn.scalars(select(ConflictEvent.event_id).where(ConflictEvent.conflict_id == conflict_id)
                          .order_by(ConflictEvent.event_id))
    return {"id": conflict_id, "topic": topic, "events": [span_target(conn, Event, e) for e in events]}


def resolve_conflict_target(conn: Connection, target: dict[str, Any]) -> int:
    """The current id of the conflict between the same events (found again by their spans)."""
    wanted = set()
    for event in target["events"]:
        wanted.add(resolve_span(conn, Event, event))
    members: dict[int, set[int]] = {}
    rows = conn.execute(select(ConflictEvent.conflict_id, ConflictEvent.event_id)
                        .where(ConflictEvent.conflict_id.in_(select(ConflictEvent.conflict_id)
                                                             .where(ConflictEvent.event_id.in_(wanted)))))
    for conflict_id, event_id in rows:
        members.setdefault(conflict_id, set()).add(event_id)
    same = sorted(c for c, events in members.items() if events == wanted)
    if not same:
        raise TargetMissing("these events no longer conflict")
    return target["id"] if target["id"] in same else same[0]


def conflict_apply(conn: Connection, rec: Rec) -> Touched:
    """Mark a conflict resolved (or open again) with the analyst's note."""
    conflict_id = resolve_conflict_target(conn, rec.target)
    rec.target["id"] = conflict_id
    row = conn.execute(select(Conflict.resolved, Conflict.resolution_note).where(Conflict.id == conflict_id)).one()
    rec.before = {"resolved": bool(row.resolved), "note": row.resolution_note}
    conn.execute(update(Conflict).where(Conflict.id == conflict_id)
                 .values(resolved=rec.after["resolved"], resolution_note=rec.after["note"]))
    return [(Conflict, conflict_id)]


def conflict_revert(conn: Connection, rec: Rec) -> Touched:
    """Restore the conflict's resolution from before the edit."""
    conflict_id = resolve_conflict_target(conn, rec.target)
    conn.execute(update(Conflict).where(Conflict.id == conflict_id)
                 .values(resolved=rec.before["resolved"], resolution_note=rec.before["note"]))
    return [(Conflict, conflict_id)]


def changed_since(conn: Connection, rec: Rec) -> bool:
    """True if the edited row no longer holds the edit's values (someone else changed it since): undoing would
    overwrite their change. Only for edits of values; merges, splits and additions are not checked."""
    try:
        if rec.kind == "quote_speakers":
            quote_id = resolve_span(conn, Quote, rec.target)
            now = set(conn.scalars(select(QuoteSpeaker.actor_id).where(QuoteSpeaker.quote_id == quote_id)))
            return now != set(_speaker_ids(conn, rec.after["speakers"]))
        if rec.kind == "event_update":
            event_id = resolve_span(conn, Event, rec.target)
            row = conn.execute(select(*(getattr(Event, k) for k in _EVENT_FIELDS)).where(Event.id == event_id)).one()
            return row._asdict() != _event_values(rec.after)
        if rec.kind == "actor_update":
            row = conn.execute(select(Actor.name, Actor.kind, Actor.role)
                               .where(Actor.id == resolve_actor(conn, rec.target))).one()
            return tuple(row) != (rec.after["name"], rec.after["kind"], rec.after["role"])
        if rec.kind == "conflict_resolve":
            row = conn.execute(select(Conflict.resolved, Conflict.resolution_note)
                               .where(Conflict.id == resolve_conflict_target(conn, rec.target))).one()
            return (bool(row.resolved), row.resolution_note) != (rec.after["resolved"], rec.after["note"])
    except TargetMissing:
        return False  # gone: nothing to overwrite
    return False


Apply = Callable[[Connection, Any], Touched]
# kind -> (apply, revert)
OPS: dict[str, tuple[Apply, Apply]] = {
    "quote_speakers": (speakers_apply, speakers_revert),
    "event_update": (event_update_apply, event_update_revert),
    "event_add": (event_add_apply, event_add_revert),
    "conflict_resolve": (conflict_apply, conflict_revert),
    "actor_add": (actors.add_apply, actors.add_revert),
    "actor_update": (actors.update_apply, actors.update_revert),
    "actor_merge": (actors.merge_apply, actors.merge_revert),
    "actor_split": (actors.split_apply, actors.split_revert),
    "quote_delete": (removal.quote_delete_apply, removal.quote_delete_revert),
    "event_delete": (removal.event_delete_apply, removal.event_delete_revert),
    **{kind: (thread_apply, thread_revert) for kind in THREAD_KINDS},  # replayed by the threads engine
}
# tied to one source (its content hash)
SOURCE_KINDS = frozenset({"quote_speakers", "event_update", "event_add", "quote_delete", "event_delete"})
