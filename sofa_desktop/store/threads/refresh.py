"""Keep the stored threads up to date, incrementally: only the blocks (action family + object key) that gained or
lost events, or whose events an analyst edited, are threaded again; every other thread keeps its row and id.

A block is dirty when one of its events has no ``thread_report`` row (new, or re-extracted: new ids), when one of
its threads has fewer ``thread_report`` rows than its ``reports`` count (events deleted by re-extraction), or when
a caller names it (an event's date corrected, a thread edit). Analysts' thread edits come in as overrides (the
caller reads them: ``store.curation.thread_overrides``); one that links blocks pulls the linked blocks in, so an
override is always applied to all the events it names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import Connection, and_, delete, func, insert, select, tuple_
from sqlalchemy.orm import Session

from sofa_desktop.extract import Override, Report, Role, ThreadX, block_key, build_threads
from sofa_desktop.store.schema.models import Actor, Event, EventActor, Source, SourceCopy, Thread, ThreadReport
from sofa_desktop.store.threads.copies import update_copies

_CHUNK = 500


def _conn(s: Session | Connection) -> Connection:
    return s.connection() if isinstance(s, Session) else s


def _pairs(conn: Connection) -> dict[str, list[tuple[str, str | None]]]:
    """Every stored (action, object) pair by the block it belongs to."""
    out: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for action, obj in conn.execute(select(Event.action, Event.object).distinct()):
        out[block_key(action, obj)].append((action, obj))
    return out


def _dirty(conn: Connection, source_ids: Collection[int], event_ids: Collection[int]) -> set[str]:
    unthreaded = ~select(ThreadReport.event_id).where(ThreadReport.event_id == Event.id).exists()
    dirty = {block_key(a, o) for a, o in conn.execute(select(Event.action, Event.object).distinct().where(unthreaded))}
    counted = (select(func.count()).select_from(ThreadReport).where(ThreadReport.thread_id == Thread.id)
               .scalar_subquery())
    dirty |= set(conn.scalars(select(Thread.block).distinct().where(Thread.reports != counted)))
    for ids, column in ((sorted(event_ids), Event.id), (sorted(source_ids), Event.source_id)):
        for i in range(0, len(ids), _CHUNK):
            dirty |= {block_key(a, o) for a, o in conn.execute(
                select(Event.action, Event.object).distinct().where(column.in_(ids[i:i + _CHUNK])))}
    return dirty


def _where_pairs(pairs: list[tuple[str, str | None]]) -> Iterable:
    """Conditions selecting the events of ``pairs`` (a NULL object never matches an IN list: asked apart)."""
    with_obj = [p for p in pairs if p[1] is not None]
    bare = sorted({a for a, o in pairs if o is None})
    for i in range(0, len(with_obj), _CHUNK):
        yield tuple_(Event.action, Event.object).in_(with_obj[i:i + _CHUNK])
    for i in range(0, len(bare), _CHUNK):
        yield and_(Event.object.is_(None), Event.action.in_(bare[i:i + _CHUNK]))


def load_reports(conn: Connection, pairs: list[tuple[str, str | None]]) -> list[Report]:
    """The stored events of ``pairs`` as the threads engine sees them (witness: their source's copy group)."""
    reports: list[Report] = []
    for cond in _where_pairs(pairs):
        rows = conn.execute(select(Event.id, Event.source_id, Event.action, Event.object, Event.date_start,
                                   Event.date_end, Event.precision, Event.status, Event.title, Source.published,
                                   Source.outlet, SourceCopy.copy_group)
                            .join(Source, Source.id == Event.source_id)
                            .outerjoin(SourceCopy, SourceCopy.source_id == Event.source_id).where(cond)).all()
        actors: dict[int, set[tuple[str, str]]] = defaultdict(set)
        ids = [r.id for r in rows]
        for i in range(0, len(ids), _CHUNK):
            for event_id, actor_id, kind in conn.execute(
                    select(EventActor.event_id, EventActor.actor_id, Actor.kind).join(Actor, Actor.id ==
                                                                                     EventActor.actor_id)
                    .where(EventActor.event_id.in_(ids[i:i + _CHUNK]))):
                actors[event_id].add((str(actor_id), kind))
        reports.extend(Report(r.id, r.source_id, r.copy_group if r.copy_group is not None else r.source_id, r.action,
                              r.object, frozenset(actors.get(r.id, ())), r.date_start, r.date_end, r.precision,
                              r.status, r.published, r.outlet, r.title) for r in rows)
    return reports


def _override_blocks(conn: Connection, overrides: Sequence[Override]) -> list[frozenset[str]]:
    """The blocks of the events each override names."""
    out = []
    for o in overrides:
        pairs = conn.execute(select(Event.action, Event.object).where(Event.id.in_(list(o.events))))
        out.append(frozenset(block_key(a, b) for a, b in pairs))
    return out


def refresh_threads(s: Session | Connection, overrides: Sequence[Override], event_ids: Collection[int] = (),
                    blocks: Collection[str] = (), full: bool = False) -> set[str]:
    """Bring the stored threads up to date (see the module docstring); ``overrides``: the analysts' active thread
    edits (``store.curation.thread_overrides``), ``event_ids``: events whose values changed, ``blocks``: blocks to
    thread again; ``full``: every block. Returns the blocks threaded again. The caller owns the transaction.
    """
    conn = _conn(s)
    new_sources = update_copies(conn)
    pairs = _pairs(conn)
    dirty = set(pairs) if full else _dirty(conn, new_sources, event_ids) | set(blocks)
    override_blocks = _override_blocks(conn, overrides)
    while True:  # an override linking a dirty block to a clean one makes both dirty
        more = {b for blocks in override_blocks for b in blocks if dirty & blocks} - dirty
        if not more:
            break
        dirty |= more
    stale = set(conn.scalars(select(Thread.id).where(Thread.block.in_(sorted(dirty))))) if dirty else set()
    if not dirty:
        return dirty
    reports = load_reports(conn, [p for b in sorted(dirty) for p in pairs.get(b, ())])
    ids = [r.id for r in reports]
    for i in range(0, len(ids), _CHUNK):  # threads of other blocks holding these events (after a merge or move)
        stale |= set(conn.scalars(select(ThreadReport.thread_id).where(ThreadReport.event_id.in_(ids[i:i + _CHUNK]))))
    threads = build_threads(reports, overrides)
    _replace(conn, stale, threads, {e for o in overrides for e in o.events})
    return dirty


def _stored_keys(conn: Connection, thread_ids: list[int]) -> dict[tuple, int]:
    roles: dict[int, list[tuple[int, str]]] = defaultdict(list)
    heads: dict[int, tuple] = {}
    for i in range(0, len(thread_ids), _CHUNK):
        chunk = thread_ids[i:i + _CHUNK]
        for tid, eid, role in conn.execute(select(ThreadReport.thread_id, ThreadReport.event_id, ThreadReport.role)
                                           .where(ThreadReport.thread_id.in_(chunk))):
            roles[tid].append((eid, role))
        for row in conn.execute(select(Thread.id, Thread.block, Thread.title, Thread.date_start, Thread.date_end,
                                       Thread.precision, Thread.status, Thread.witnesses, Thread.curated)
                                .where(Thread.id.in_(chunk))):
            heads[row.id] = tuple(row)[1:]
    return {(*heads[t], tuple(sorted(roles[t]))): t for t in heads}


def _key(t: ThreadX, curated: bool) -> tuple:
    return (t.block, t.title[:512], t.date_start, t.date_end, t.precision, t.status, t.witnesses, curated,
            tuple(sorted((e, str(r)) for e, r in t.roles)))


def _replace(conn: Connection, stale: set[int], threads: list[ThreadX], curated: set[int]) -> None:
    """Store ``threads`` in place of the ``stale`` ones; a thread computed exactly as before keeps its row; a thread
    holding a ``curated`` event (one an analyst's thread edit names) is marked curated."""
    kept = _stored_keys(conn, sorted(stale))
    fresh = []
    for t in threads:
        key = _key(t, not curated.isdisjoint(t.events))
        if key in kept:
            stale.discard(kept.pop(key))
        else:
            fresh.append((t, key[7]))
    gone = sorted(stale)
    for i in range(0, len(gone), _CHUNK):
        conn.execute(delete(ThreadReport).where(ThreadReport.thread_id.in_(gone[i:i + _CHUNK])))
        conn.execute(delete(Thread).where(Thread.id.in_(gone[i:i + _CHUNK])))
    if not fresh:
        return
    rows = [{"block": t.block[:256], "title": t.title[:512], "date_start": t.date_start, "date_end": t.date_end,
             "precision": t.precision, "status": t.status, "reports": len(t.events), "witnesses": t.witnesses,
             "disagreeing": sum(r == Role.DISAGREES for _, r in t.roles), "curated": cur} for t, cur in fresh]
    new_ids = list(conn.scalars(insert(Thread).returning(Thread.id, sort_by_parameter_order=True), rows))
    links = [{"event_id": e, "thread_id": tid, "role": str(r)}
             for tid, (t, _) in zip(new_ids, fresh, strict=True) for e, r in t.roles]
    for i in range(0, len(links), 5000):
        conn.execute(insert(ThreadReport), links[i:i + 5000])
