"""Re-apply active curation records after a source is (re-)stored: an analyst's work is never lost to an upgrade."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Integer, bindparam, exists, or_, select, union, update
from sqlalchemy.orm import Session

from sofa_desktop.corpus import fold
from sofa_desktop.store.curation import actors as actors
from sofa_desktop.store.curation.ops import OPS, SOURCE_KINDS, Rec, resolve_conflict_target
from sofa_desktop.store.curation.removal import DELETE_KINDS
from sofa_desktop.store.curation.targets import TargetMissing, dumps, loads, resolve_actor, resolve_span
from sofa_desktop.store.schema.models import (
    Actor,
    ActorAlias,
    Conflict,
    Curation,
    Event,
    EventActor,
    Mention,
    Quote,
    QuoteSpeaker,
    Source,
)

log = logging.getLogger(__name__)
ACTOR_KINDS = ("actor_merge", "actor_update", "actor_split")


def has_active(conn: Connection, kinds: tuple[str, ...] | None = None) -> bool:
    """True if any edit (of ``kinds``) is active: lets ingest skip re-application entirely on uncurated stores."""
    stmt = select(exists().where(Curation.undone.is_(False)))
    if kinds is not None:
        stmt = select(exists().where(Curation.undone.is_(False), Curation.kind.in_(kinds)))
    return bool(conn.scalar(stmt))


def _conn(conn_or_session: Connection | Session) -> Connection:
    return conn_or_session.connection() if isinstance(conn_or_session, Session) else conn_or_session


def _active(conn: Connection, *where: Any) -> list[Any]:
    stmt = (select(Curation.id, Curation.kind, Curation.target, Curation.before, Curation.after)
            .where(Curation.undone.is_(False), *where).order_by(Curation.id))
    return list(conn.execute(stmt))


def _save(conn: Connection, record_id: int, rec: Rec | None, problem: str | None) -> None:
    values: dict[str, Any] = {"applied": problem is None, "problem": problem}
    if rec is not None:
        values |= {"target": dumps(rec.target), "before": dumps(rec.before)}
    conn.execute(update(Curation).where(Curation.id == record_id).values(**values))


def _mark(conn: Connection, touched: list[tuple[type, int]]) -> None:
    for model, row_id in dict.fromkeys(touched):
        conn.execute(update(model).where(model.id == row_id).values(curated=True, version=model.version + 1))


_ROWS = (select(Curation.id, Curation.kind, Curation.target, Curation.after)
         .where(Curation.undone.is_(False), Curation.kind != "conflict_resolve").order_by(Curation.id))
_ROWS_OF_SOURCE = _ROWS.where(or_(Curation.source_sha256 == bindparam("sha"), Curation.kind.in_(ACTOR_KINDS)))
_BEFORE = select(Curation.before, Curation.applied, Curation.problem).where(Curation.id == bindparam("id"))


@lru_cache(maxsize=4096)
def _peek(text: str) -> Any:
    """A record's JSON decoded once per text, read only: deciding whether an edit concerns a source is done for
    every imported file."""
    return loads(text)


def reapply_curations(conn_or_session: Connection | Session, source_id: int | None = None) -> int:
    """Re-apply the active edits that concern a freshly (re-)stored source (None: every source); return how many
    applied. Edits whose target is gone are kept, marked not applied with the reason, and logged."""
    conn = _conn(conn_or_session)
    if source_id is None:
        rows = list(conn.execute(_ROWS))
    else:
        sha = conn.scalar(select(Source.sha256).where(Source.id == source_id))
        rows = list(conn.execute(_ROWS_OF_SOURCE, {"sha": sha}))
    state = _Pass(conn, source_id)
    applied = sum(state.replay(row) for row in rows)
    if state.actors_changed and source_id is not None:
        # a merge absorbed a duplicate the resolver made: splits made after it now find their mentions
        state.linked = None
        for row in rows:
            if row.kind == "actor_split":
                state.replay(row)
    if source_id is None:
        applied += reapply_conflict_resolutions(conn)
    return applied


class _Pass:
    """One re-application over a source: which actors it has, which rows were made anew, what changed."""

    def __init__(self, conn: Connection, source_id: int | None) -> None:
        self.conn, self.source_id = conn, source_id
        self.linked: tuple[set[int], set[str]] | None = None
        self.fresh: dict[tuple[type, int], bool] = {}
        self.actors_changed = False

    def replay(self, row: Any) -> bool:
        """Re-apply one edit; True if it applies (or had nothing to do)."""
        conn, source_id = self.conn, self.source_id
        if row.kind in ACTOR_KINDS and source_id is not None:
            self.linked = self.linked or _linked(conn, source_id)
            if not _concerns(row.kind, _peek(row.target), _peek(row.after), source_id, *self.linked):
                return False  # most actor edits have nothing to do with a given source: no work, no write
        before, was_applied, old_problem = conn.execute(_BEFORE, {"id": row.id}).one()
        rec = Rec(row.kind, loads(row.target), loads(before), loads(row.after))
        try:
            if row.kind in SOURCE_KINDS and not _is_fresh(conn, rec, self.fresh):
                return True  # the row this edit made is still there (not re-extracted): nothing to redo
            if row.kind in SOURCE_KINDS:
                touched = OPS[row.kind][0](conn, rec)
                _mark(conn, touched)
                self.fresh.update(dict.fromkeys(touched, True))  # later edits of the same new row replay on it too
            elif row.kind in ACTOR_KINDS:
                if not _reapply_actor(conn, rec, source_id, self.linked):
                    if was_applied:
                        return True  # nothing to redo here: no write
                else:
                    self.actors_changed = True
        except (TargetMissing, actors.EditRefused) as exc:
            log.warning("curation %s (%s) not re-applied: %s", row.id, row.kind, exc)
            if was_applied or old_problem != str(exc):
                _save(conn, row.id, None, str(exc))
            return False
        if not was_applied or dumps(rec.target) != row.target or dumps(rec.before) != before:
            _save(conn, row.id, rec, None)
        return True


def orphans(conn_or_session: Connection | Session) -> list[int]:
    """Ids of active edits whose target was not found at their last re-application."""
    conn = _conn(conn_or_session)
    return list(conn.scalars(select(Curation.id).where(Curation.undone.is_(False), Curation.applied.is_(False))))


def reapply_conflict_resolutions(conn_or_session: Connection | Session) -> int:
    """After conflicts were recomputed: conflicts between the same events as a resolved one stay resolved."""
    conn = _conn(conn_or_session)
    applied = 0
    fresh: dict[tuple[type, int], bool] = {}
    for row in _active(conn, Curation.kind == "conflict_resolve"):
        rec = Rec(row.kind, loads(row.target), loads(row.before), loads(row.after))
        try:
            if not _is_fresh(conn, rec, fresh):
                continue  # the same conflict row is still there, with this edit on it
            _mark(conn, OPS[row.kind][0](conn, rec))
        except TargetMissing as exc:
            _save(conn, row.id, None, str(exc))
            continue
        _save(conn, row.id, rec, None)
        applied += 1
    return applied


def _is_fresh(conn: Connection, rec: Rec, fresh: dict[tuple[type, int], bool]) -> bool:
    """True if the row an edit targets was made anew (re-extracted, recomputed) before this re-application began:
    only then are the edits on it replayed, in their order, so each one's before-value is the previous one's result.
    A row still carrying the edits (curated) is left alone: replaying would scramble the before-values."""
    if rec.kind == "event_add":
        return True  # its apply is a no-op while the event exists
    if rec.kind == "conflict_resolve":
        key: tuple[type, int] = (Conflict, resolve_conflict_target(conn, rec.target))
    elif rec.kind in DELETE_KINDS:  # a deleted row that re-extraction did not make again: nothing to redo
        model = DELETE_KINDS[rec.kind]
        try:
            key = (model, resolve_span(conn, model, rec.target))
        except TargetMissing:
            return False
    else:
        model = Quote if rec.kind == "quote_speakers" else Event
        key = (model, resolve_span(conn, model, rec.target))
    if key not in fresh:
        fresh[key] = not conn.scalar(select(key[0].curated).where(key[0].id == key[1]))
    return fresh[key]


def _in_source(source_id: Any) -> Any:
    """Actors linked to one source (an id or a bound parameter)."""
    return union(select(Mention.actor_id).where(Mention.source_id == source_id),
                 select(QuoteSpeaker.actor_id).join(Quote, Quote.id == QuoteSpeaker.quote_id)
                 .where(Quote.source_id == source_id),
                 select(EventActor.actor_id).join(Event, Event.id == EventActor.event_id)
                 .where(Event.source_id == source_id))


_LINKED = (select(Actor.id, Actor.name_folded, ActorAlias.folded)
           .outerjoin(ActorAlias, ActorAlias.actor_id == Actor.id)
           .where(Actor.id.in_(_in_source(bindparam("source_id", type_=Integer)))))  # built once: runs per file


def _linked(conn: Connection, source_id: int) -> tuple[set[int], set[str]]:
    """Ids of the actors linked to a source, and their folded names and aliases."""
    ids: set[int] = set()
    names: set[str] = set()
    for actor_id, name, alias in conn.execute(_LINKED, {"source_id": source_id}):
        ids.add(actor_id)
        names.add(name)
        if alias is not None:
            names.add(alias)
    return ids, names


def _concerns(kind: str, target: dict[str, Any], after: dict[str, Any], source_id: int, ids: set[int],
              names: set[str]) -> bool:
    """True if an actor edit may have something to redo for a source whose actors are ``ids`` named ``names``.

    A split concerns only the sources it was made in: elsewhere the extractor may rightly tie the alias to the
    actor again (the split-off actor keeps its own name, so articles naming only it still resolve to it)."""
    if kind == "actor_merge":
        return not names.isdisjoint(target["merge"]["names"])
    if kind == "actor_split":  # where it moved mentions, or where the resolver gave the actor the alias again
        return source_id in target.get("sources", ()) or (
            target["actor"]["id"] in ids and fold(target["alias"]) in names)
    return target["id"] in ids or not names.isdisjoint([*target["names"], fold(after["name"])])


def _duplicates(conn: Connection, keep_id: int, names: set[str], linked: tuple[set[int], set[str]] | None
                ) -> list[int]:
    """Uncurated actors other than ``keep_id`` named like it (among ``linked``, the source's actors, if given):
    created again by an import after the edit."""
    if linked is not None and linked[1].isdisjoint(names):
        return []
    among = select(Actor.id) if linked is None else sorted(linked[0])
    stmt = select(Actor.id).where(Actor.id != keep_id, Actor.curated.is_(False), Actor.name_folded.in_(names),
                                  Actor.id.in_(among))
    return sorted(conn.scalars(stmt))


def _reapply_actor(conn: Connection, rec: Rec, source_id: int | None,
                   linked: tuple[set[int], set[str]] | None) -> bool:
    """Bring actors resolved for a source in line with an actor edit: absorb duplicates the resolver created again,
    split the alias off again; False if there was nothing to do."""
    changed = False
    if rec.kind == "actor_split":
        previous = rec.before
        changed = True
        try:
            actors.split_apply(conn, rec, source_id, reapply=True)
        except actors.EditRefused:
            rec.before = previous
            return False
        rec.before["created"] = previous.get("created", True) if previous else True
        if previous:
            actors.merge_extend(rec.before, previous)
        names = {fold(rec.target["alias"])}
        keep_id = rec.target["new_id"]
    elif rec.kind == "actor_merge":
        keep_id = resolve_actor(conn, rec.target["keep"])
        names = set(rec.target["merge"]["names"])
    else:
        keep_id = resolve_actor(conn, rec.target)
        if keep_id != rec.target["id"]:
            return False  # a later edit merged it into another actor: that merge decides its name now
        names = set(rec.target["names"]) | {fold(rec.after["name"])}
        new = rec.after  # an import may have renamed it or given it a role again: the analyst's values win
        now = conn.execute(select(Actor.name, Actor.kind, Actor.role).where(Actor.id == keep_id)).one()
        if tuple(now) != (new["name"], new["kind"], new["role"]):
            changed = True
            conn.execute(update(Actor).where(Actor.id == keep_id).values(
                name=new["name"], name_folded=fold(new["name"]), kind=new["kind"], role=new["role"]))
    for dup in _duplicates(conn, keep_id, names, linked):
        changed = True
        moved = actors.absorb(conn, keep_id, dup)
        if rec.kind == "actor_merge":
            actors.merge_extend(rec.before, moved)
    return changed


def still_curated(conn: Connection, model: type, row_id: int, exclude_id: int | None) -> bool:
    """True if an active edit other than ``exclude_id`` still targets this row (its curated mark stays)."""
    kinds = {Quote: ("quote_speakers",), Event: ("event_update", "event_add"), Conflict: ("conflict_resolve",),
             Actor: ("actor_add", "actor_update", "actor_merge", "actor_split")}[model]
    for row in _active(conn, Curation.kind.in_(kinds), Curation.id != (exclude_id or 0)):
        target = loads(row.target)
        ids = {target.get("id"), (target.get("keep") or {}).get("id"), (target.get("actor") or {}).get("id"),
               target.get("new_id")}
        if row_id in ids:
            return True
    return False
