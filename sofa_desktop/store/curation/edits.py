"""Analyst curation for GUI and CLI: edits stored as records apart from extracted data, undo/redo, re-application."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.orm import Session

from sofa_desktop.corpus import fold
from sofa_desktop.extract import ActorKind, EventStatus, Precision
from sofa_desktop.store.conflicts import refresh_conflicts
from sofa_desktop.store.curation.actors import EditRefused
from sofa_desktop.store.curation.changes import Changes, changes_of
from sofa_desktop.store.curation.ops import OPS, Rec, changed_since, conflict_target
from sofa_desktop.store.curation.reapply import reapply_conflict_resolutions, reapply_curations, still_curated
from sofa_desktop.store.curation.source_ops import KIND as SOURCE_DETAILS
from sofa_desktop.store.curation.targets import (
    TargetMissing,
    actor_ref,
    dumps,
    loads,
    quote_label,
    source_sha,
    span_target,
)
from sofa_desktop.store.curation.thread_ops import actor_events, thread_overrides
from sofa_desktop.store.curation.thread_ops import target_spans as thread_spans
from sofa_desktop.store.queries import format_when
from sofa_desktop.store.schema.db import Database, shown_url
from sofa_desktop.store.schema.models import Actor, Conflict, Curation, Event, Quote, Source

__all__ = [
    "ConcurrentEditError", "CurationError", "CurationRow", "EditResult", "add_actor", "add_event", "delete_event",
    "delete_quote", "list_curations",
    "merge_actors", "reapply_conflict_resolutions", "reapply_curations", "redo_edit", "resolve_conflict",
    "set_quote_speakers", "set_source_details", "split_alias", "undo_edit", "update_actor", "update_event",
]


class ConcurrentEditError(Exception):
    """Someone else changed the item since it was read (optimistic version check failed); str() explains it."""


class CurationError(Exception):
    """An edit that cannot be made (unknown id, merging an actor with itself, empty name...); str() explains it."""


@dataclass(frozen=True)
class EditResult:
    """A stored edit: its record id (for undo_edit/redo_edit), a description for the undo stack, a created id."""

    curation_id: int
    description: str
    created_id: int | None = None
    kind: str = ""  # the Curation.kind: what it changes is ``changes``

    @property
    def changes(self) -> Changes:
        """What making, undoing or redoing this edit changes (the views to reload)."""
        return changes_of(self.kind)


@dataclass(frozen=True)
class CurationRow:
    """One stored edit, for an "edits" view and the export."""

    id: int
    kind: str
    description: str
    author: str | None
    created_at: dt.datetime
    undone: bool
    applied: bool = True  # False: its target was not found at the last re-application (kept, not deleted)
    problem: str | None = None
    source_sha256: str | None = None


_NAMES = {Actor: "actor", Quote: "quote", Event: "event", Conflict: "conflict"}


def _check_version(conn: Connection, model: type, row_id: int, expected: int | None, bump: bool = True) -> None:
    """Bump the row's version if it is still ``expected`` (None: any); raise if it changed or is gone. With
    ``bump=False`` only check (a row the edit deletes)."""
    if bump:
        stmt = update(model).where(model.id == row_id).values(version=model.version + 1, curated=True)
        if expected is not None:
            stmt = stmt.where(model.version == expected)
        if conn.execute(stmt).rowcount == 1:
            return
    current = conn.scalar(select(model.version).where(model.id == row_id))
    if not bump and current is not None and expected in (None, current):
        return
    what = _NAMES[model]
    if current is None:
        raise CurationError(f"the {what} (id {row_id}) no longer exists; refresh the view")
    raise ConcurrentEditError(f"someone else changed this {what} meanwhile (version {expected} → {current}); "
                              "the view was refreshed, please check it and edit again")


def _mark(conn: Connection, touched: Sequence[tuple[type, int]], done: set[tuple[type, int]], record_id: int | None,
          curated: bool | None = True) -> None:
    """Bump the version of the rows an edit touched and set their curated mark (None: recompute it)."""
    for model, row_id in dict.fromkeys(touched):
        if (model, row_id) in done:
            continue
        mark = curated if curated is not None else still_curated(conn, model, row_id, record_id)
        conn.execute(update(model).where(model.id == row_id).values(version=model.version + 1, curated=mark))


def _writable(db: Database) -> None:
    if db.read_only:
        raise CurationError(f"the database {shown_url(db.url)} is read-only: edits cannot be saved")


def _edit(db: Database, kind: str, target: dict[str, Any], after: Any, description: str, author: str | None,
          checks: Sequence[tuple[type, int, int | None]] = (), sha256: str | None = None,
          created: str | None = None, check_only: Sequence[tuple[type, int, int | None]] = ()) -> EditResult:
    """Check versions, apply an edit and store its record, all in one write transaction."""
    _writable(db)
    author = author[:256] if author else None  # the OS login name can be longer than the column
    try:
        with db.write_session.begin() as s:
            conn = s.connection()
            for model, row_id, expected in check_only:
                _check_version(conn, model, row_id, expected, bump=False)
            for model, row_id, expected in checks:
                _check_version(conn, model, row_id, expected)
            rec = Rec(kind, target, None, after)
            touched = OPS[kind][0](conn, rec)
            _mark(conn, touched, {(m, i) for m, i, _ in checks}, None)
            record = Curation(kind=kind, source_sha256=sha256, target=dumps(rec.target), before=dumps(rec.before),
                              after=dumps(rec.after), description=description[:512], author=author,
                              created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None), undone=False, applied=True)
            s.add(record)
            s.flush()
            curation_id = record.id
            _refresh_conflicts(s, rec, touched)  # after the record is stored: thread edits are replayed from it
    except (TargetMissing, EditRefused) as exc:
        raise CurationError(str(exc)) from None
    created_id = rec.target.get(created) if created else None
    return EditResult(curation_id, description, created_id, kind)


record_edit = _edit  # for edits defined in other modules (store/curation/threads.py)


def _refresh_conflicts(s: Session, rec: Rec, touched: Sequence[tuple[type, int]] = ()) -> None:
    """After an event's dates changed (or an event came or went): recompute the conflicts of its (action, object)
    group only, and keep analysts' resolutions on conflicts between the same events."""
    kind_kept = rec.kind == "actor_update" and (rec.before or {}).get("kind") == (rec.after or {}).get("kind")
    if rec.kind.startswith(("thread_", "actor_")) and rec.kind != "actor_add" and not kind_kept:
        # who took part (actor ids and kinds) decides threads: re-thread the events of the actors edited
        events = [x["id"] for x in thread_spans(rec.target) if x.get("id")] if rec.kind.startswith("thread_") else \
            actor_events(s.connection(), rec.target, [i for model, i in touched if model is Actor])
        groups = {tuple(g) for i in range(0, len(events), 500) for g in s.execute(
            select(Event.action, Event.object).distinct().where(Event.id.in_(events[i:i + 500])))}
        refresh_conflicts(s, groups=sorted(groups, key=str), overrides=thread_overrides(s.connection()))
        reapply_conflict_resolutions(s)
        return
    if rec.kind == "event_add":
        group = (rec.after.get("action") or "added", rec.after.get("object"))
    elif rec.kind == "event_delete":
        group = ((rec.before or {}).get("action"), (rec.before or {}).get("object"))
    elif rec.kind == "event_update":
        group = s.execute(select(Event.action, Event.object).where(Event.id == rec.target.get("id"))).first()
    else:
        return
    if group is None or group[1] is None:  # events without an object never conflict
        return
    refresh_conflicts(s, groups=[tuple(group)], overrides=thread_overrides(s.connection()))
    reapply_conflict_resolutions(s)


@contextmanager
def _reading(db: Database) -> Iterator[Connection]:
    """A read connection on which a missing target (unknown id) is a CurationError."""
    with db.read_session() as s:
        try:
            yield s.connection()
        except TargetMissing as exc:
            raise CurationError(str(exc)) from None


def _names(conn: Connection, actor_ids: Sequence[int]) -> list[dict[str, Any]]:
    return [actor_ref(conn, a) for a in dict.fromkeys(actor_ids)]


def set_quote_speakers(db: Database, quote_id: int, actor_ids: list[int], *, expected_version: int | None = None,
                       author: str | None = None) -> EditResult:
    """Replace a quote's speakers (an empty list: no speaker)."""
    with _reading(db) as conn:
        target = span_target(conn, Quote, quote_id)
        refs = _names(conn, actor_ids)
    who = ", ".join(r["name"] for r in refs) or "nobody"
    description = f"Speaker of {quote_label(target['extra'])} → {who}"
    return _edit(db, "quote_speakers", target, {"speakers": refs}, description, author,
                 [(Quote, quote_id, expected_version)], target["sha256"])


def _checked_kind(kind: str) -> str:
    if kind not in set(ActorKind):
        raise CurationError(f"unknown actor kind {kind!r} (one of {', '.join(ActorKind)})")
    return kind


def _fits(value: str | None, column: Any, what: str) -> str | None:
    """``value`` if it fits ``column`` (PostgreSQL enforces lengths, SQLite does not: both refuse alike here)."""
    limit = column.type.length
    if value is not None and limit is not None and len(value) > limit:
        raise CurationError(f"the {what} is too long ({len(value)} characters, at most {limit})")
    return value


def _checked_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise CurationError("an actor needs a name")
    return _fits(name, Actor.name, "name") or name


def _checked_role(role: str | None) -> str | None:
    return _fits(" ".join(role.split()) or None if role else None, Actor.role, "role")


def add_actor(db: Database, name: str, kind: str, role: str | None = None, *, author: str | None = None) -> EditResult:
    """Create an actor (e.g. a speaker the extractor missed); ``created_id`` is its id."""
    name, kind, role = _checked_name(name), _checked_kind(kind), _checked_role(role)
    return _edit(db, "actor_add", {"id": None, "name": name, "folded": fold(name), "kind": kind},
                 {"name": name, "kind": kind, "role": role}, f"New actor “{name}”", author, created="id")


def _ref(db: Database, actor_id: int) -> dict[str, Any]:
    with _reading(db) as conn:
        return actor_ref(conn, actor_id)


def merge_actors(db: Database, keep_id: int, merge_id: int, *, expected_version: int | None = None,
                 author: str | None = None, merge_version: int | None = None) -> EditResult:
    """Merge actor ``merge_id`` into ``keep_id`` (aliases, mentions, quotes, events); ``expected_version`` is
    ``keep_id``'s, ``merge_version`` ``merge_id``'s."""
    if keep_id == merge_id:
        raise CurationError("an actor cannot be merged with itself")
    keep, merge = _ref(db, keep_id), _ref(db, merge_id)
    description = f"Merge “{merge['name']}” into “{keep['name']}”"
    return _edit(db, "actor_merge", {"keep": keep, "merge": merge}, {}, description, author,
                 [(Actor, keep_id, expected_version)], check_only=[(Actor, merge_id, merge_version)])


def split_alias(db: Database, actor_id: int, alias: str, *, author: str | None = None,
                expected_version: int | None = None) -> EditResult:
    """Split an alias off an actor into a new actor (with the mentions written that way); ``created_id`` is it."""
    alias = _checked_name(alias)
    ref = _ref(db, actor_id)
    return _edit(db, "actor_split", {"actor": ref, "alias": alias, "new_id": None}, {"alias": alias},
                 f"Split “{alias}” off “{ref['name']}”", author, [(Actor, actor_id, expected_version)],
                 created="new_id")


def update_actor(db: Database, actor_id: int, *, name: str | None = None, kind: str | None = None,
                 role: str | None = None, expected_version: int | None = None, author: str | None = None) -> EditResult:
    """Rename an actor or change its kind or role (None leaves a value as it is; role "" clears it)."""
    with _reading(db) as conn:
        ref = actor_ref(conn, actor_id)
        row = conn.execute(select(Actor.name, Actor.kind, Actor.role).where(Actor.id == actor_id)).one()
    new = {"name": _checked_name(name) if name is not None else row.name,
           "kind": _checked_kind(kind) if kind is not None else row.kind,
           "role": _checked_role(role) if role is not None else row.role}
    parts = [f"rename “{row.name}” → “{new['name']}”" if new["name"] != row.name else "",
             f"kind {row.kind} → {new['kind']}" if new["kind"] != row.kind else "",
             f"role → {new['role'] or 'none'}" if new["role"] != row.role else ""]
    description = f"“{row.name}”: " + ("; ".join(p for p in parts if p) or "no change")
    return _edit(db, "actor_update", ref, new, description, author, [(Actor, actor_id, expected_version)])


def _checked_date(date_start: dt.date | None, date_end: dt.date | None, precision: str, status: str) -> None:
    if precision not in set(Precision):
        raise CurationError(f"unknown precision {precision!r} (one of {', '.join(Precision)})")
    if status not in set(EventStatus):
        raise CurationError(f"unknown status {status!r} (one of {', '.join(EventStatus)})")
    if date_start is None and date_end is not None:
        raise CurationError("an end date needs a start date")
    if date_start is not None and date_end is not None and date_end < date_start:
        raise CurationError("the end date is before the start date")


def _when(values: dict[str, Any]) -> str:
    start = dt.date.fromisoformat(values["date_start"]) if values["date_start"] else None
    return f"{format_when(start, values['precision'])}, {values['status']}"


def update_event(db: Database, event_id: int, *, date_start: dt.date | None, date_end: dt.date | None,
                 precision: str, status: str, title: str | None = None, expected_version: int | None = None,
                 author: str | None = None) -> EditResult:
    """Correct an event's dates, precision, status (and title)."""
    _checked_date(date_start, date_end, precision, status)
    with _reading(db) as conn:
        target = span_target(conn, Event, event_id)
        old_title = conn.scalar(select(Event.title).where(Event.id == event_id))
    after = {"title": _fits(" ".join(title.split()) or old_title if title is not None else old_title, Event.title,
                            "title"),
             "date_start": date_start.isoformat() if date_start else None,
             "date_end": date_end.isoformat() if date_end else None, "precision": precision, "status": status}
    return _edit(db, "event_update", target, after, f"Event {quote_label(after['title'])}: {_when(after)}", author,
                 [(Event, event_id, expected_version)], target["sha256"])


def add_event(db: Database, source_id: int, start: int, end: int, *, title: str, date_start: dt.date | None,
              date_end: dt.date | None, precision: str, status: str = "reported", actor_ids: Sequence[int] = (),
              author: str | None = None, action: str = "added", object: str | None = None) -> EditResult:  # noqa: A002
    """Add an event on a passage of a source (code-point offsets into its text); ``created_id`` is the event."""
    _checked_date(date_start, date_end, precision, status)
    title = " ".join((title or "").split())
    if not title:
        raise CurationError("an event needs a title")
    for value, column in ((title, Event.title), (action, Event.action), (object, Event.object)):
        _fits(value, column, column.key)
    with _reading(db) as conn:
        length = conn.scalar(select(func.length(Source.text)).where(Source.id == source_id))
        if length is None:
            raise CurationError(f"source {source_id} does not exist")
        if not 0 <= start < end <= length:
            raise CurationError(f"the passage {start}–{end} is outside the source's text (0–{length})")
        sha = source_sha(conn, source_id)
        refs = _names(conn, actor_ids)
    after = {"title": title, "date_start": date_start.isoformat() if date_start else None,
             "date_end": date_end.isoformat() if date_end else None, "precision": precision, "status": status,
             "actors": refs, "action": action, "object": object}
    return _edit(db, "event_add", {"id": None, "sha256": sha, "start": start, "end": end}, after,
                 f"New event {quote_label(title)}: {_when(after)}", author, sha256=sha, created="id")


def delete_quote(db: Database, quote_id: int, *, expected_version: int | None = None,
                 author: str | None = None) -> EditResult:
    """Delete a wrong quote (not a quote, or not this one); undo brings it back with its speakers, and it is deleted
    again when re-extraction makes it anew."""
    with _reading(db) as conn:
        target = span_target(conn, Quote, quote_id)
    return _edit(db, "quote_delete", target, None, f"Delete quote {quote_label(target['extra'])}", author,
                 sha256=target["sha256"], check_only=[(Quote, quote_id, expected_version)])


def delete_event(db: Database, event_id: int, *, expected_version: int | None = None,
                 author: str | None = None) -> EditResult:
    """Delete a wrong event (misread passage, duplicate); undo brings it back with its actors, and it is deleted
    again when re-extraction makes it anew. An event that was reported but did not happen is marked instead:
    ``update_event(..., status="not_happened")``."""
    with _reading(db) as conn:
        target = span_target(conn, Event, event_id)
    return _edit(db, "event_delete", target, None, f"Delete event {quote_label(target['title'] or '')}", author,
                 sha256=target["sha256"], check_only=[(Event, event_id, expected_version)])


def resolve_conflict(db: Database, conflict_id: int, *, resolved: bool = True, note: str = "",
                     expected_version: int | None = None, author: str | None = None) -> EditResult:
    """Mark a conflict resolved (or open again) with a note."""
    with _reading(db) as conn:
        target = conflict_target(conn, conflict_id)
    verb = "Resolve" if resolved else "Reopen"
    return _edit(db, "conflict_resolve", target, {"resolved": bool(resolved), "note": note.strip() or None},
                 f"{verb} conflict {quote_label(target['topic'])}", author, [(Conflict, conflict_id, expected_version)])


_UNSET: Any = object()


def set_source_details(db: Database, source_id: int, *, published: dt.date | None = _UNSET,
                       title: str | None = _UNSET, outlet: str | None = _UNSET,
                       author: str | None = None) -> EditResult:
    """Set a source's publication date, title or outlet (a value left out stays; None or "" clears it). The edit
    survives re-extraction and new versions of the file; re-extract the source afterwards so its relative dates
    follow the new publication date (``ingest.set_source_details`` does both)."""
    after: dict[str, Any] = {}
    if published is not _UNSET:
        after["published"] = published.isoformat() if published else None
    for key, value, column in (("title", title, Source.title), ("outlet", outlet, Source.outlet)):
        if value is not _UNSET:
            after[key] = _fits(" ".join(value.split()) or None if value else None, column, key)
    if not after:
        raise CurationError("nothing to set: give a date, a title or an outlet")
    with _reading(db) as conn:
        row = conn.execute(select(Source.sha256, Source.name).where(Source.id == source_id)).first()
    if row is None:
        raise CurationError(f"source {source_id} does not exist")
    shown = "; ".join(f"{k} → {v or 'none'}" for k, v in after.items())
    return _edit(db, SOURCE_DETAILS, {"sha256": row.sha256, "name": row.name}, after,
                 f"Source {quote_label(row.name)}: {shown}", author, sha256=row.sha256)


def _record(s: Session, curation_id: int) -> tuple[Curation, Rec]:
    row = s.get(Curation, curation_id)
    if row is None:
        raise CurationError(f"no edit with id {curation_id}")
    return row, Rec(row.kind, loads(row.target), loads(row.before), loads(row.after))


def undo_edit(db: Database, curation_id: int, *, force: bool = False) -> bool:
    """Revert exactly that edit (restore the values before it) and mark its record undone; undone twice is a no-op.
    False if what it edited is gone (e.g. re-extracted away): nothing was left to revert, the record is undone.

    ConcurrentEditError if someone else changed the edited values since (unless ``force``): undo never silently
    overwrites another analyst's work."""
    _writable(db)
    with db.write_session.begin() as s:
        row, rec = _record(s, curation_id)
        if row.undone:
            return True
        conn = s.connection()
        if not force and changed_since(conn, rec):
            raise ConcurrentEditError(f"“{row.description}” cannot be undone: someone else changed it since; "
                                      "refresh and edit it instead")
        reverted = True
        try:
            touched = OPS[rec.kind][1](conn, rec)
        except TargetMissing:
            touched, reverted = [], False  # what it changed is gone (e.g. re-extracted away): nothing to revert
        row.undone = True
        row.target, row.before = dumps(rec.target), dumps(rec.before)
        s.flush()
        _mark(conn, touched, set(), curation_id, curated=None)
        _refresh_conflicts(s, rec, touched)
    return reverted


def redo_edit(db: Database, curation_id: int) -> None:
    """Re-apply an undone edit; CurationError if what it edits is gone."""
    _writable(db)
    try:
        with db.write_session.begin() as s:
            row, rec = _record(s, curation_id)
            if not row.undone:
                return
            conn = s.connection()
            touched = OPS[rec.kind][0](conn, rec)
            row.undone, row.applied, row.problem = False, True, None
            row.target, row.before = dumps(rec.target), dumps(rec.before)
            s.flush()
            _mark(conn, touched, set(), curation_id)
            _refresh_conflicts(s, rec, touched)
    except (TargetMissing, EditRefused) as exc:
        raise CurationError(f"cannot redo: {exc}") from None


def list_curations(db_or_session: Database | Session, *, include_undone: bool = True) -> list[CurationRow]:
    """Every stored edit, oldest first."""
    if isinstance(db_or_session, Database):
        with db_or_session.read_session() as s:
            return list_curations(s, include_undone=include_undone)
    stmt = select(Curation.id, Curation.kind, Curation.description, Curation.author, Curation.created_at,
                  Curation.undone, Curation.applied, Curation.problem, Curation.source_sha256).order_by(Curation.id)
    if not include_undone:
        stmt = stmt.where(Curation.undone.is_(False))
    return [CurationRow(r.id, r.kind, r.description, r.author, r.created_at, bool(r.undone), bool(r.applied),
                        r.problem, r.source_sha256) for r in db_or_session.execute(stmt)]
