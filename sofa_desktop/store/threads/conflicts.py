"""Pairwise conflict rows derived from threads: a thread's agreeing dated reports against those that disagree.

No conflict is drawn between reports that agree (they share a thread and overlap its consensus), nor between two
happenings (they are two threads).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, select

from sofa_desktop.extract import ConflictX, Role
from sofa_desktop.store.schema.models import Event, Thread, ThreadReport


def thread_conflicts(conn: Connection) -> list[ConflictX]:
    """One conflict per thread with disagreeing reports: its dated reports, the consensus side first in the detail."""
    rows = conn.execute(select(ThreadReport.thread_id, ThreadReport.role, Event.id, Event.source_id, Event.action,
                               Event.object, Event.date_start, Event.date_end)
                        .join(Event, Event.id == ThreadReport.event_id)
                        .join(Thread, Thread.id == ThreadReport.thread_id)
                        .where(Thread.disagreeing > 0,
                               ThreadReport.role.in_((str(Role.AGREES), str(Role.DISAGREES))))
                        .order_by(ThreadReport.thread_id, Event.id)).all()
    by_thread: dict[int, list] = defaultdict(list)
    for r in rows:
        by_thread[r.thread_id].append(r)
    out = []
    for members in by_thread.values():
        agree = [r for r in members if r.role == Role.AGREES]
        disagree = [r for r in members if r.role == Role.DISAGREES]
        if not agree or not disagree:
            continue
        head = agree[0]
        topic = f"{head.action} of {head.object}" if head.object else head.action
        out.append(ConflictX(topic[:256], tuple(sorted(r.id for r in members)),
                             f"{_describe(agree)} vs {_describe(disagree)}"))
    return out


def _describe(rows: list) -> str:
    start = min(r.date_start for r in rows)
    end = max(r.date_end for r in rows)
    span = f"{start}" if start == end else f"{start}–{end}"
    return f"{span} (source {', '.join(str(s) for s in sorted({r.source_id for r in rows}))})"
