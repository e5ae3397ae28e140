"""Actor curation operations: add, update (rename/kind/role), merge and split, each with an exact revert."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from sofa_desktop.corpus import fold
from sofa_desktop.store.curation.targets import (
    TargetMissing,
    actor_exists,
    actor_is,
    add_alias,
    insert_actor,
    links_of,
    move_links,
    resolve_actor,
    row_ids,
    row_keys,
)
from sofa_desktop.store.schema.models import Actor, ActorAlias, Event, EventActor, Mention, Quote, QuoteSpeaker, Source

Touched = list[tuple[type, int]]
_LISTS = ("mentions", "quotes_moved", "quotes_dropped", "events_moved", "events_dropped", "aliases_added")


class EditRefused(ValueError):
    """The edit makes no sense (merging an actor with itself, splitting off its own name...)."""


def _actor_fields(conn: Connection, actor_id: int) -> dict[str, Any]:
    row = conn.execute(select(Actor.name, Actor.name_folded, Actor.kind, Actor.role, Actor.version, Actor.curated)
                       .where(Actor.id == actor_id)).first()
    if row is None:
        raise TargetMissing(f"the actor (id {actor_id}) no longer exists: merged or removed meanwhile")
    return {"id": actor_id, **row._asdict(), "curated": bool(row.curated)}


def add_apply(conn: Connection, rec: Any) -> Touched:
    """Create the analyst's actor (again, with the same id when it is free)."""
    actor_id = rec.target.get("id")
    if not actor_is(conn, actor_id, fold(rec.after["name"])):
        rec.target["id"] = insert_actor(conn, rec.after, actor_id)
    return [(Actor, rec.target["id"])]


def add_revert(conn: Connection, rec: Any) -> Touched:
    """Delete the actor the edit created, unless something links to it by now (a later import found its name, or
    another edit uses it): deleting it would take that extracted data with it, so it stays, without the edit's mark."""
    actor_id = rec.target["id"]
    if any(links_of(conn, actor_id)):
        return [(Actor, actor_id)]
    conn.execute(delete(Actor).where(Actor.id == actor_id))
    return []


def update_apply(conn: Connection, rec: Any) -> Touched:
    """Set name/kind/role; a new name is also kept as an alias so later imports find the actor by it."""
    actor_id = resolve_actor(conn, rec.target)
    rec.target["id"] = actor_id
    old = _actor_fields(conn, actor_id)
    rec.before = {"name": old["name"], "kind": old["kind"], "role": old["role"], "added_alias": None}
    new = rec.after
    conn.execute(update(Actor).where(Actor.id == actor_id).values(
        name=new["name"], name_folded=fold(new["name"]), kind=new["kind"], role=new["role"]))
    if add_alias(conn, actor_id, new["name"]):
        rec.before["added_alias"] = fold(new["name"])
    return [(Actor, actor_id)]


def update_revert(conn: Connection, rec: Any) -> Touched:
    """Restore name/kind/role and drop the alias the edit added."""
    actor_id = resolve_actor(conn, rec.target)
    old = rec.before
    conn.execute(update(Actor).where(Actor.id == actor_id).values(
        name=old["name"], name_folded=fold(old["name"]), kind=old["kind"], role=old["role"]))
    if old.get("added_alias"):
        conn.execute(delete(ActorAlias).where(ActorAlias.actor_id == actor_id,
                                              ActorAlias.folded == old["added_alias"]))
    return [(Actor, actor_id)]


def absorb(conn: Connection, keep_id: int, other_id: int) -> dict[str, Any]:
    """Move everything of actor ``other_id`` (aliases, mentions, quote and event links) to ``keep_id`` and delete it;
    return what is needed to restore it exactly."""
    snapshot = _actor_fields(conn, other_id)
    aliases = [tuple(r) for r in conn.execute(select(ActorAlias.alias, ActorAlias.folded)
                                              .where(ActorAlias.actor_id == other_id).order_by(ActorAlias.id))]
    mentions, quotes, events = links_of(conn, other_id)
    added = [folded for alias, folded in aliases if add_alias(conn, keep_id, alias, folded)]
    if mentions:
        conn.execute(update(Mention).where(Mention.id.in_(mentions)).values(actor_id=keep_id))
    q_moved, q_dropped = move_links(conn, QuoteSpeaker, "quote_id", other_id, keep_id, quotes)
    e_moved, e_dropped = move_links(conn, EventActor, "event_id", other_id, keep_id, events)
    conn.execute(delete(Actor).where(Actor.id == other_id))
    return {"actor": snapshot, "aliases": aliases, "aliases_added": added,
            **_moved_keys(conn, mentions, q_moved, q_dropped, e_moved, e_dropped)}


def _moved_keys(conn: Connection, mentions: list[int], q_moved: list[int], q_dropped: list[int], e_moved: list[int],
                e_dropped: list[int]) -> dict[str, list]:
    """What an edit moved, as keys that survive re-extraction (ids may be reused)."""
    return {"mentions": row_keys(conn, Mention, mentions), "quotes_moved": row_keys(conn, Quote, q_moved),
            "quotes_dropped": row_keys(conn, Quote, q_dropped), "events_moved": row_keys(conn, Event, e_moved),
            "events_dropped": row_keys(conn, Event, e_dropped)}


def _move_back(conn: Connection, b: dict[str, Any], from_id: int, to_id: int) -> None:
    """Undo what ``_moved_keys`` describes: mentions and quote/event links go from ``from_id`` back to ``to_id``."""
    mentions = row_ids(conn, Mention, b["mentions"])
    if mentions:
        conn.execute(update(Mention).where(Mention.id.in_(mentions), Mention.actor_id == from_id)
                     .values(actor_id=to_id))
    _links_back(conn, QuoteSpeaker, "quote_id", from_id, to_id, row_ids(conn, Quote, b["quotes_moved"]),
                row_ids(conn, Quote, b["quotes_dropped"]))
    _links_back(conn, EventActor, "event_id", from_id, to_id, row_ids(conn, Event, b["events_moved"]),
                row_ids(conn, Event, b["events_dropped"]))


def merge_apply(conn: Connection, rec: Any) -> Touched:
    """Merge the second actor into the first (the record keeps a full snapshot of the merged one)."""
    keep_id = resolve_actor(conn, rec.target["keep"])
    merge_ref = rec.target["merge"]
    if not actor_is(conn, merge_ref["id"], merge_ref["folded"]):
        raise TargetMissing(f"actor “{merge_ref['name']}” is no longer in the store")
    if merge_ref["id"] == keep_id:
        raise EditRefused("an actor cannot be merged with itself")
    rec.target["keep"]["id"] = keep_id
    rec.before = absorb(conn, keep_id, merge_ref["id"])
    return [(Actor, keep_id)]


def merge_extend(before: dict[str, Any], more: dict[str, Any]) -> None:
    """Add what another absorption moved (a duplicate that re-extraction created) to a merge record's lists."""
    for key in (*_LISTS, "aliases"):
        items = [tuple(x) if isinstance(x, list) else x for x in (*before.get(key, []), *more.get(key, []))]
        before[key] = [list(x) if isinstance(x, tuple) else x for x in dict.fromkeys(items)]


def merge_revert(conn: Connection, rec: Any) -> Touched:
    """Re-create the merged actor with its id, fields, aliases, mentions, quote and event links."""
    keep_id = resolve_actor(conn, rec.target["keep"])
    b = rec.before
    snap = b["actor"]
    other_id = snap["id"]
    if not actor_is(conn, other_id, snap["name_folded"]):
        values = {"name": snap["name"], "name_folded": snap["name_folded"], "kind": snap["kind"], "role": snap["role"],
                  "version": snap["version"] + 1, "curated": snap["curated"]}
        if not actor_exists(conn, other_id):  # its id, unless another actor was given it meanwhile
            values["id"] = other_id
        other_id = conn.execute(insert(Actor).values(**values).returning(Actor.id)).scalar_one()
        snap["id"] = rec.target["merge"]["id"] = other_id
    for alias, folded in b["aliases"]:
        add_alias(conn, other_id, alias, folded)
    if b["aliases_added"]:
        own = conn.scalar(select(Actor.name_folded).where(Actor.id == keep_id))
        conn.execute(delete(ActorAlias).where(ActorAlias.actor_id == keep_id,
                                              ActorAlias.folded.in_([f for f in b["aliases_added"] if f != own])))
    _move_back(conn, b, keep_id, other_id)
    return [(Actor, keep_id)]


def _links_back(conn: Connection, link: type, key: str, from_id: int, to_id: int, moved: list[int],
                dropped: list[int]) -> None:
    """Undo ``move_links``: links that moved go back; links that were dropped (both had them) are restored."""
    col = getattr(link, key)
    owner = next(iter(link.__table__.c[key].foreign_keys)).column.table  # quote or event
    exist = set(conn.scalars(select(owner.c.id).where(owner.c.id.in_(moved + dropped)))) if moved or dropped else set()
    if moved:
        conn.execute(delete(link).where(link.actor_id == from_id, col.in_(moved)))
    present = set(conn.scalars(select(col).where(link.actor_id == to_id, col.in_(sorted(exist))))) if exist else set()
    rows = [{key: i, "actor_id": to_id} for i in sorted(exist - present)]
    if rows:
        conn.execute(insert(link), rows)


def _alias_mentions(conn: Connection, actor_id: int, folded: str, source_id: int | None) -> list[tuple[int, int]]:
    """(mention id, source id) of the actor's mentions whose text folds to ``folded``."""
    text = func.substr(Source.text, Mention.start + 1, Mention.end - Mention.start)
    stmt = (select(Mention.id, Mention.source_id, text.label("text")).join(Source, Source.id == Mention.source_id)
            .where(Mention.actor_id == actor_id))
    if source_id is not None:
        stmt = stmt.where(Mention.source_id == source_id)
    return [(r.id, r.source_id) for r in conn.execute(stmt) if fold(r.text) == folded]


def _merged_into(conn: Connection, folded: str, other_than: int) -> int | None:
    """The actor (other than ``other_than``) that carries ``folded`` as an alias, if any."""
    return conn.scalar(select(func.min(ActorAlias.actor_id))
                       .where(ActorAlias.folded == folded, ActorAlias.actor_id != other_than))


def split_apply(conn: Connection, rec: Any, source_id: int | None = None, reapply: bool = False) -> Touched:
    """Split an alias off an actor into its own actor: the alias, the mentions written that way, and the quote and
    event links in the sources where the actor is only mentioned that way (all sources, or only ``source_id``)."""
    actor_id = resolve_actor(conn, rec.target["actor"])
    if not reapply:  # re-applied after a merge, it works on the merged actor: the record keeps its own
        rec.target["actor"]["id"] = actor_id
    alias = rec.target["alias"]
    folded = fold(alias)
    own = _actor_fields(conn, actor_id)
    if folded == own["name_folded"]:
        raise EditRefused(f"“{alias}” is the name of “{own['name']}”; rename the actor instead")
    alias_rows = [tuple(r) for r in conn.execute(select(ActorAlias.alias, ActorAlias.folded)
                                                 .where(ActorAlias.actor_id == actor_id, ActorAlias.folded == folded))]
    found = _alias_mentions(conn, actor_id, folded, source_id)
    if reapply and source_id not in rec.target.get("sources", [source_id]):
        found = []  # a source the split was not made in: only the alias is taken off again, its mentions stay
    if source_id is None and not alias_rows and not found:
        raise EditRefused(f"“{own['name']}” has no alias “{alias}”")
    new_id = rec.target.get("new_id")
    # where the alias goes: the split-off actor, or the actor a later edit merged it into (its id stays recorded:
    # undoing that merge brings it back)
    dest = new_id if actor_is(conn, new_id, folded) or not reapply else _merged_into(conn, folded, actor_id)
    created = not actor_is(conn, dest, folded)
    if created:
        spelling = alias_rows[0][0] if alias_rows else alias
        dest = new_id = insert_actor(conn, {"name": spelling, "kind": own["kind"], "role": None}, new_id)
    rec.target["new_id"] = new_id
    rec.target["sources"] = sorted(set(rec.target.get("sources", ())) | {s for _, s in found})
    conn.execute(delete(ActorAlias).where(ActorAlias.actor_id == actor_id, ActorAlias.folded == folded))
    moved_mentions = [m for m, _ in found]
    if moved_mentions:
        conn.execute(update(Mention).where(Mention.id.in_(moved_mentions)).values(actor_id=dest))
    # sources where every mention of the actor was the alias: its quotes and events there belong to the new actor
    only_alias = sorted({s for _, s in found} - set(conn.scalars(
        select(Mention.source_id).where(Mention.actor_id == actor_id, Mention.source_id.in_({s for _, s in found})))))
    quotes: list[int] = []
    events: list[int] = []
    for sid in only_alias:
        _, q, e = links_of(conn, actor_id, sid)
        quotes += q
        events += e
    q_moved, q_dropped = move_links(conn, QuoteSpeaker, "quote_id", actor_id, dest, quotes)
    e_moved, e_dropped = move_links(conn, EventActor, "event_id", actor_id, dest, events)
    rec.before = {"aliases": alias_rows, "created": created,
                  **_moved_keys(conn, moved_mentions, q_moved, q_dropped, e_moved, e_dropped)}
    return [(Actor, actor_id), (Actor, dest)]


def split_revert(conn: Connection, rec: Any) -> Touched:
    """Give the alias, mentions and links back to the actor; delete the split-off actor if nothing else is left."""
    actor_id = resolve_actor(conn, rec.target["actor"])
    new_id = rec.target["new_id"]
    b = rec.before
    for alias, folded in b["aliases"]:
        add_alias(conn, actor_id, alias, folded)
    _move_back(conn, b, new_id, actor_id)
    if actor_is(conn, new_id, fold(rec.target["alias"])) and not any(links_of(conn, new_id)):
        conn.execute(delete(Actor).where(Actor.id == new_id))
    return [(Actor, actor_id)]
