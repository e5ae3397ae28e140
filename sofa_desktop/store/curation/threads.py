"""Analysts' thread edits: move a report to another thread, merge threads, split reports off, mark a report wrong.

Each is a curation record (store/curation/edits.py) naming events by source hash and span, so it survives
re-extraction; the threads engine replays active records at every recomputation, and undo_edit/redo_edit work as
for every other edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select

from sofa_desktop.store.curation.edits import CurationError, EditResult, _reading, record_edit
from sofa_desktop.store.curation.targets import quote_label, span_target
from sofa_desktop.store.schema.db import Database
from sofa_desktop.store.schema.models import Event, Thread, ThreadReport


def _anchor(conn: Connection, thread_id: int) -> int:
    """A report that stands for a thread (the first agreeing one, else the first)."""
    rows = conn.execute(select(ThreadReport.event_id, ThreadReport.role).where(ThreadReport.thread_id == thread_id)
                        .order_by(ThreadReport.event_id)).all()
    if not rows:
        raise CurationError(f"the thread (id {thread_id}) no longer exists; refresh the view")
    return next((e for e, role in rows if role == "agrees"), rows[0][0])


def _title(conn: Connection, thread_id: int) -> str:
    return quote_label(conn.scalar(select(Thread.title).where(Thread.id == thread_id)) or "thread")


def _event_title(conn: Connection, event_id: int) -> str:
    title = conn.scalar(select(Event.title).where(Event.id == event_id))
    if title is None:
        raise CurationError(f"the event (id {event_id}) no longer exists; refresh the view")
    return quote_label(title)


def move_report(db: Database, event_id: int, thread_id: int | None, *, author: str | None = None) -> EditResult:
    """Move a report (event) to thread ``thread_id``, or into a thread of its own (None)."""
    with _reading(db) as conn:
        label = _event_title(conn, event_id)
        target = {"event": span_target(conn, Event, event_id)}
        if thread_id is not None:
            target["to"] = span_target(conn, Event, _anchor(conn, thread_id))
            where = _title(conn, thread_id)
        else:
            where = "a thread of its own"
    return record_edit(db, "thread_move", target, {}, f"Move report {label} to {where}", author)


def merge_threads(db: Database, keep_id: int, merge_id: int, *, author: str | None = None) -> EditResult:
    """Make two threads one (the same happening told two ways)."""
    if keep_id == merge_id:
        raise CurationError("a thread cannot be merged with itself")
    with _reading(db) as conn:
        target = {"a": span_target(conn, Event, _anchor(conn, keep_id)),
                  "b": span_target(conn, Event, _anchor(conn, merge_id))}
        description = f"Merge thread {_title(conn, merge_id)} into {_title(conn, keep_id)}"
    return record_edit(db, "thread_merge", target, {}, description, author)


def split_thread(db: Database, event_ids: Sequence[int], *, author: str | None = None) -> EditResult:
    """Take reports out of their thread into a new thread of their own (another happening)."""
    if not event_ids:
        raise CurationError("choose the reports to split off")
    with _reading(db) as conn:
        target = {"events": [span_target(conn, Event, e) for e in dict.fromkeys(event_ids)]}
        label = _event_title(conn, event_ids[0])
    more = f" and {len(target['events']) - 1} more" if len(target["events"]) > 1 else ""
    return record_edit(db, "thread_split", target, {}, f"Split report {label}{more} into a new thread", author)


def mark_wrong(db: Database, event_id: int, *, author: str | None = None) -> EditResult:
    """Mark a report wrong: it stays in its thread, shown as wrong, and never counts for the consensus."""
    with _reading(db) as conn:
        target = {"event": span_target(conn, Event, event_id)}
        label = _event_title(conn, event_id)
    return record_edit(db, "thread_wrong", target, {"wrong": True}, f"Mark report {label} wrong", author)
