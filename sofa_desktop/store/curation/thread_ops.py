"""Analysts' thread edits as curation records: their apply/revert functions (``ops.OPS``) and, for the threads
engine, the active ones as overrides (``thread_overrides``).

A thread edit changes no row by itself: it is a record that the threads engine replays whenever it threads the
blocks of the events it names (every caller of ``store.conflicts.refresh_conflicts`` passes
``thread_overrides(conn)``: store/threads sits below curation and cannot read the records itself). Applying one
checks that those events still exist.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select, update

from sofa_desktop.extract import Override
from sofa_desktop.store.curation.targets import TargetMissing, dumps, loads, resolve_span
from sofa_desktop.store.schema.models import Curation, Event, EventActor

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


_ENGINE_KIND = {"thread_move": "move", "thread_merge": "merge", "thread_split": "split", "thread_wrong": "wrong"}


def _active(conn: Connection) -> list:
    return list(conn.execute(select(Curation.id, Curation.kind, Curation.target, Curation.applied, Curation.problem)
                             .where(Curation.undone.is_(False), Curation.kind.in_(KINDS)).order_by(Curation.id)))


def thread_overrides(conn: Connection) -> list[Override]:
    """Every active thread edit as an ``Override`` on current event ids (their threads are marked curated). An edit
    whose events are gone (re-extracted away) is kept, marked not applied with the reason."""
    overrides: list[Override] = []
    for row in _active(conn):
        target = loads(row.target)
        try:
            ids = resolve_events(conn, target)
        except TargetMissing as exc:
            if row.applied or row.problem != str(exc):
                conn.execute(update(Curation).where(Curation.id == row.id).values(applied=False, problem=str(exc)))
            continue
        if not row.applied or dumps(target) != row.target:
            conn.execute(update(Curation).where(Curation.id == row.id)
                         .values(applied=True, problem=None, target=dumps(target)))
        overrides.append(Override(_ENGINE_KIND[row.kind], tuple(ids)))
    return overrides
