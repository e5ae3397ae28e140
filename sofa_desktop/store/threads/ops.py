"""Apply/revert functions of the analysts' thread edits for the curation machinery (store/curation_ops.OPS).

A thread edit changes no row by itself: it is a record that the threads engine replays (store/threads/overrides.py)
whenever it threads the blocks of the events it names. Applying one checks that those events still exist.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from sofa_desktop.store.curation_targets import TargetMissing, resolve_span
from sofa_desktop.store.models import Event, EventActor

KINDS = ("thread_move", "thread_merge", "thread_split", "thread_wrong")


def target_spans(target: dict[str, Any]) -> list[dict[str, Any]]:
    """The event keys a thread edit names, in its order (the moved event first)."""
    return [x for x in (target.get("event"), target.get("to"), target.get("a"), target.get("b"),
                        *target.get("events", ())) if x]


def resolve_events(conn: Connection, target: dict[str, Any]) -> list[int]:
    """The current ids of the events an edit names (TargetMissing if one is gone); ids are written back."""
    ids = []
    for span in target_spans(target):
        span["id"] = resolve_span(conn, Event, span)
        ids.append(span["id"])
    return ids


def thread_apply(conn: Connection, rec: Any) -> list[tuple[type, int]]:
    """Check the edit's events exist; the threads are recomputed by the caller once the record is stored."""
    resolve_events(conn, rec.target)
    return []


def thread_revert(conn: Connection, rec: Any) -> list[tuple[type, int]]:
    """Nothing to restore (an undone record is no longer replayed); current event ids are written back so the
    caller re-threads the right blocks."""
    for span in target_spans(rec.target):
        try:
            span["id"] = resolve_span(conn, Event, span)
        except TargetMissing:
            span["id"] = None
    return []


def actor_events(conn: Connection, target: dict[str, Any], actor_ids: Iterable[int] = ()) -> list[int]:
    """The events of the actors an actor edit names (merged, kept, split off, renamed) or touched (``actor_ids``):
    their threads may change."""
    ids: set[int] = set(actor_ids)

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("id", "new_id") and isinstance(item, int):
                    ids.add(item)
                else:
                    walk(item)

    walk(target)
    if not ids:
        return []
    return list(conn.scalars(select(EventActor.event_id).where(EventActor.actor_id.in_(sorted(ids)))))
