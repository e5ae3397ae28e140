"""Read-only queries over stored curation records for the "Analyst edits" view: where a record's edit is now."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from sofa_desktop.corpus import fold
from sofa_desktop.store.curation.ops import resolve_conflict_target
from sofa_desktop.store.curation.targets import (
    TargetMissing,
    actor_is,
    loads,
    resolve_actor,
    resolve_span,
    source_by_sha,
)
from sofa_desktop.store.schema.models import ConflictEvent, Curation, Event, Quote, QuoteSpeaker

__all__ = ["CurationPlace", "curation_place"]


@dataclass(frozen=True)
class CurationPlace:
    """Where a curation record's edit can be seen now.

    ``kind`` is "event", "quote", "actor" or "passage" (a span of a source whose event or quote is gone);
    ``id`` is the event, quote or actor id (None for a passage); ``source_id``/``start``/``end`` locate the text
    (code-point offsets) for events, quotes and passages; ``actor_ids`` are a quote's speakers.
    """

    kind: str
    id: int | None
    source_id: int | None = None
    start: int = 0
    end: int = 0
    actor_ids: tuple[int, ...] = ()


def curation_place(s: Session, curation_id: int) -> CurationPlace | None:
    """The current place of record ``curation_id``'s target (found again after re-extraction, merges and undo), or
    None when the record is unknown or nothing it concerns is left in the store."""
    row = s.execute(select(Curation.kind, Curation.target, Curation.after).where(Curation.id == curation_id)).first()
    if row is None:
        return None
    conn = s.connection()
    try:
        target, after = loads(row.target) or {}, loads(row.after) or {}
        return _place(conn, row.kind, target, after)
    except (TargetMissing, KeyError, TypeError, ValueError):  # an old or hand-edited record: no place, no crash
        return None


def _place(conn: Connection, kind: str, target: dict[str, Any], after: dict[str, Any]) -> CurationPlace | None:
    if kind == "quote_speakers":
        return _span_place(conn, Quote, target)
    if kind in ("event_update", "event_delete"):  # a deleted one: its passage
        return _span_place(conn, Event, target)
    if kind == "quote_delete":
        return _span_place(conn, Quote, {**target, "title": None})
    if kind == "event_add":  # its key has no action/title: they are the edit's values
        key = {**target, "extra": after.get("action") or "added", "title": after.get("title")}
        return _span_place(conn, Event, key)
    if kind == "conflict_resolve":
        conflict_id = resolve_conflict_target(conn, target)
        first = conn.scalar(select(ConflictEvent.event_id).where(ConflictEvent.conflict_id == conflict_id)
                            .order_by(ConflictEvent.event_id))
        return _event_place(conn, first) if first is not None else None
    if kind == "actor_split":
        new_id = target.get("new_id")
        if actor_is(conn, new_id, fold(target["alias"])):
            return CurationPlace("actor", new_id)
        return CurationPlace("actor", resolve_actor(conn, target["actor"]))
    if kind == "actor_merge":
        return CurationPlace("actor", resolve_actor(conn, target["keep"]))
    if kind in ("actor_add", "actor_update"):
        return CurationPlace("actor", resolve_actor(conn, target))
    return None


def _event_place(conn: Connection, event_id: int) -> CurationPlace | None:
    row = conn.execute(select(Event.source_id, Event.start, Event.end).where(Event.id == event_id)).first()
    return CurationPlace("event", event_id, row.source_id, row.start, row.end) if row is not None else None


def _span_place(conn: Connection, model: type, target: dict[str, Any]) -> CurationPlace | None:
    """The quote or event at the target's span, else (undone, re-extracted away) the passage in its source."""
    try:
        row_id = resolve_span(conn, model, target)
    except TargetMissing:
        source_id = source_by_sha(conn, target["sha256"])
        if source_id is None:
            return None
        return CurationPlace("passage", None, source_id, int(target["start"]), int(target["end"]))
    if model is Event:
        return _event_place(conn, row_id)
    row = conn.execute(select(Quote.source_id, Quote.start, Quote.end).where(Quote.id == row_id)).one()
    speakers = tuple(conn.scalars(select(QuoteSpeaker.actor_id).where(QuoteSpeaker.quote_id == row_id)
                                  .order_by(QuoteSpeaker.actor_id)))
    return CurationPlace("quote", row_id, row.source_id, row.start, row.end, speakers)
