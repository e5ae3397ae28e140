"""The analysts' active thread edits as overrides for the threads engine, with the blocks each one links."""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from sofa_desktop.extract.threads import Override, block_key
from sofa_desktop.store.curation_targets import TargetMissing, dumps, loads
from sofa_desktop.store.models import Curation, Event, ThreadReport
from sofa_desktop.store.threads.ops import KINDS, resolve_events, target_spans

_ENGINE_KIND = {"thread_move": "move", "thread_merge": "merge", "thread_split": "split", "thread_wrong": "wrong"}


def _active(conn: Connection) -> list:
    return list(conn.execute(select(Curation.id, Curation.kind, Curation.target, Curation.applied, Curation.problem)
                             .where(Curation.undone.is_(False), Curation.kind.in_(KINDS)).order_by(Curation.id)))


def load_overrides(conn: Connection) -> tuple[list[Override], list[frozenset[str]]]:
    """Every active thread edit as an ``Override`` on current event ids, and the blocks of its events. An edit
    whose events are gone (re-extracted away) is kept, marked not applied with the reason."""
    overrides: list[Override] = []
    blocks: list[frozenset[str]] = []
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
        pairs = conn.execute(select(Event.action, Event.object).where(Event.id.in_(ids)))
        blocks.append(frozenset(block_key(a, o) for a, o in pairs))
    return overrides, blocks


def curated_events(conn: Connection) -> set[int]:
    """Events named by an active thread edit (their threads are marked curated)."""
    out: set[int] = set()
    for row in _active(conn):
        if row.applied:
            for span in target_spans(loads(row.target)):
                if span.get("id") is not None:
                    out.add(span["id"])
    return out


def thread_of(conn: Connection, event_id: int) -> int | None:
    """The id of the thread holding an event."""
    return conn.scalar(select(ThreadReport.thread_id).where(ThreadReport.event_id == event_id))
