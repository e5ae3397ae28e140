"""Keys of curated rows that survive re-extraction (content hash + span, folded names) and finding rows by them."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, delete, func, insert, literal, select, update

from sofa_desktop.corpus import fold
from sofa_desktop.store.schema.models import Actor, ActorAlias, Event, EventActor, Mention, Quote, QuoteSpeaker, Source


class TargetMissing(Exception):
    """The row an edit targets cannot be found (any more); ``str()`` says which."""


def dumps(value: Any) -> str:
    """JSON text of a record value (dates as ISO strings)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      default=lambda v: v.isoformat() if isinstance(v, dt.date) else str(v))


def loads(text: str | None) -> Any:
    """The value of a record's JSON text (None for empty)."""
    return json.loads(text) if text else None


def to_date(value: str | None) -> dt.date | None:
    """A date from its ISO text (None stays None)."""
    return dt.date.fromisoformat(value) if value else None


def source_sha(conn: Connection, source_id: int) -> str:
    """The content hash of a source; TargetMissing if there is none."""
    sha = conn.scalar(select(Source.sha256).where(Source.id == source_id))
    if sha is None:
        raise TargetMissing(f"source {source_id} does not exist")
    return sha


def source_by_sha(conn: Connection, sha256: str) -> int | None:
    """The id of the source with this content hash, or None."""
    return conn.scalar(select(Source.id).where(Source.sha256 == sha256))


def target_source(conn: Connection, target: dict[str, Any]) -> int:
    """The id of the source a quote/event target is in; TargetMissing (saying why) if it is gone."""
    source_id = source_by_sha(conn, target["sha256"])
    if source_id is None:  # "gone": its passage was not in the new version of a modified file (store/source_update)
        raise TargetMissing(target.get("gone") or "its source is no longer in the store")
    return source_id


# --- actors ------------------------------------------------------------------------------------------------------


def actor_ref(conn: Connection, actor_id: int) -> dict[str, Any]:
    """What identifies an actor beyond its id: its name, folded names (name and aliases) and kind."""
    row = conn.execute(select(Actor.name, Actor.name_folded, Actor.kind).where(Actor.id == actor_id)).first()
    if row is None:
        raise TargetMissing(f"the actor (id {actor_id}) no longer exists: merged or removed meanwhile")
    aliases = conn.scalars(select(ActorAlias.folded).where(ActorAlias.actor_id == actor_id)).all()
    return {"id": actor_id, "name": row.name, "folded": row.name_folded, "kind": row.kind,
            "names": sorted({row.name_folded, *aliases})}


def resolve_actor(conn: Connection, ref: dict[str, Any]) -> int:
    """The current id of the actor ``ref`` describes: the same id if it still carries one of its names, else the
    actor with that folded name (same kind first), else one with that alias; TargetMissing if none."""
    names = set(ref.get("names") or [ref["folded"]])
    row = conn.execute(select(Actor.name_folded).where(Actor.id == ref["id"])).first()
    if row is not None:
        aliases = set(conn.scalars(select(ActorAlias.folded).where(ActorAlias.actor_id == ref["id"])))
        if names & ({row.name_folded} | aliases):
            return ref["id"]
    for stmt in (select(Actor.id).where(Actor.name_folded == ref["folded"]),
                 select(ActorAlias.actor_id).join(Actor, Actor.id == ActorAlias.actor_id)
                 .where(ActorAlias.folded == ref["folded"])):
        found = conn.execute(stmt.add_columns(Actor.kind)).all()
        if found:
            same_kind = [i for i, kind in found if kind == ref["kind"]]
            return min(same_kind or [i for i, _ in found])
    raise TargetMissing(f"actor “{ref['name']}” is no longer in the store")


def actor_exists(conn: Connection, actor_id: int) -> bool:
    """True if an actor with this id exists."""
    return conn.scalar(select(Actor.id).where(Actor.id == actor_id)) is not None


def actor_is(conn: Connection, actor_id: int | None, folded: str) -> bool:
    """True if actor ``actor_id`` exists and is named or aliased ``folded``: SQLite hands a deleted actor's id to
    the next new actor, so an id alone does not say it is the same actor."""
    if actor_id is None:
        return False
    named = select(ActorAlias.id).where(ActorAlias.actor_id == actor_id, ActorAlias.folded == folded).exists()
    return conn.scalar(select(Actor.id).where(Actor.id == actor_id, (Actor.name_folded == folded) | named)) is not None


def insert_actor(conn: Connection, fields: dict[str, Any], actor_id: int | None = None) -> int:
    """Insert an actor (with ``actor_id`` if given and free) plus an alias for its name; return its id."""
    values = {"name": fields["name"], "name_folded": fold(fields["name"]), "kind": fields["kind"],
              "role": fields.get("role"), "curated": fields.get("curated", True),
              "version": fields.get("version", 1)}
    if actor_id is not None and not actor_exists(conn, actor_id):
        values["id"] = actor_id
    new_id = conn.execute(insert(Actor).values(**values).returning(Actor.id)).scalar_one()
    add_alias(conn, new_id, fields["name"])
    return new_id


def add_alias(conn: Connection, actor_id: int, alias: str, folded: str | None = None) -> bool:
    """Give an actor an alias unless it has one with the same folded form; True if added."""
    folded = folded or fold(alias)
    exists = conn.scalar(select(ActorAlias.id).where(ActorAlias.actor_id == actor_id, ActorAlias.folded == folded))
    if exists is not None:
        return False
    conn.execute(insert(ActorAlias).values(actor_id=actor_id, alias=alias, folded=folded))
    return True


def move_links(conn: Connection, link: type, key: str, from_id: int, to_id: int, ids: list[int]) -> tuple[list, list]:
    """Move quote/event links (``link``: QuoteSpeaker or EventActor, ``key`` its other column) from one actor to
    another for ``ids``; return (moved, dropped): dropped ones were already linked to ``to_id``."""
    col = getattr(link, key)
    have = set(conn.scalars(select(col).where(link.actor_id == from_id, col.in_(ids)))) if ids else set()
    target = set(conn.scalars(select(col).where(link.actor_id == to_id, col.in_(ids)))) if ids else set()
    moved = sorted(have - target)
    dropped = sorted(have & target)
    if have:
        conn.execute(delete(link).where(link.actor_id == from_id, col.in_(sorted(have))))
    if moved:
        conn.execute(insert(link), [{key: i, "actor_id": to_id} for i in moved])
    return moved, dropped


def links_of(conn: Connection, actor_id: int, source_id: int | None = None) -> tuple[list[int], list[int], list[int]]:
    """(mention ids, quote ids, event ids) of an actor, optionally only in one source."""
    mentions = select(Mention.id).where(Mention.actor_id == actor_id)
    quotes = select(QuoteSpeaker.quote_id).where(QuoteSpeaker.actor_id == actor_id)
    events = select(EventActor.event_id).where(EventActor.actor_id == actor_id)
    if source_id is not None:
        mentions = mentions.where(Mention.source_id == source_id)
        quotes = quotes.join(Quote, Quote.id == QuoteSpeaker.quote_id).where(Quote.source_id == source_id)
        events = events.join(Event, Event.id == EventActor.event_id).where(Event.source_id == source_id)
    return (sorted(conn.scalars(mentions)), sorted(conn.scalars(quotes)), sorted(conn.scalars(events)))


def _key_columns(model: type) -> tuple[Any, ...]:
    extra = (model.action,) if model is Event else ()
    return (model.source_id, model.start, model.end, *extra)


def row_keys(conn: Connection, model: type, ids: list[int]) -> list[list[Any]]:
    """Keys of mentions, quotes or events that survive re-extraction (source, span, and an event's action): ids
    do not, and SQLite may hand a deleted row's id to a new row."""
    if not ids:
        return []
    rows = conn.execute(select(*_key_columns(model)).where(model.id.in_(ids)).order_by(model.id))
    return [list(r) for r in rows]


def row_ids(conn: Connection, model: type, keys: list[list[Any]]) -> list[int]:
    """The current ids of the rows with these keys (see :func:`row_keys`)."""
    if not keys:
        return []
    wanted = {tuple(k) for k in keys}
    stmt = select(model.id, *_key_columns(model)).where(model.source_id.in_({k[0] for k in wanted}))
    return sorted(r[0] for r in conn.execute(stmt) if tuple(r[1:]) in wanted)


def set_mark(conn: Connection, model: type, row_id: int, curated: bool) -> None:
    """Set the curated mark of one row and bump its version (someone changed it)."""
    conn.execute(update(model).where(model.id == row_id).values(curated=curated, version=model.version + 1))


# --- quotes and events: content hash + span ------------------------------------------------------------------------


def span_target(conn: Connection, model: type, row_id: int) -> dict[str, Any]:
    """The key of a quote or event: its id, source hash, span and text (quote) or action and title (event)."""
    extra = model.text if model is Quote else model.action
    title = literal(None) if model is Quote else model.title
    row = conn.execute(select(model.source_id, model.start, model.end, extra.label("extra"), title.label("title"),
                              Source.sha256).join(Source, Source.id == model.source_id)
                       .where(model.id == row_id)).first()
    if row is None:
        raise TargetMissing(f"the {model.__tablename__} (id {row_id}) no longer exists: re-extracted meanwhile")
    return {"id": row_id, "sha256": row.sha256, "start": row.start, "end": row.end, "extra": row.extra,
            "title": row.title}


def resolve_span(conn: Connection, model: type, target: dict[str, Any]) -> int:
    """The current id of the quote/event ``target`` describes: the same span in the same source, else the most
    overlapping one with the same text (quote) or action (event), else one with the same text anywhere in it, else
    the one overlapping at least half of the longer of the two spans."""
    source_id = target_source(conn, target)
    extra = model.text if model is Quote else model.action
    title = literal(None) if model is Quote else model.title
    rows = conn.execute(select(model.id, model.start, model.end, extra.label("extra"), title.label("title"))
                        .where(model.source_id == source_id)).all()
    start, end = target["start"], target["end"]
    at_span = [r for r in rows if (r.start, r.end) == (start, end)]
    # several events can share a passage ("approved ... and took effect"): the same action first, the same id first
    at_span.sort(key=lambda r: (r.extra != target["extra"], r.title != target.get("title"), r.id != target.get("id"),
                                r.id))
    if at_span and (at_span[0].extra == target["extra"] or len(at_span) == 1):
        return at_span[0].id
    same = [r for r in rows if r.extra == target["extra"]]

    def overlap(r: Any) -> int:
        return min(end, r.end) - max(start, r.start)

    overlapping = [r for r in same if overlap(r) > 0] or (same if model is Quote else [])
    if not overlapping:  # boundaries moved (e.g. a newer extractor): the passage that covers most of both spans
        overlapping = [r for r in rows if 2 * overlap(r) >= max(end - start, r.end - r.start)]
    if overlapping:
        return max(overlapping, key=lambda r: (overlap(r), -r.id)).id
    what = "quote" if model is Quote else "event"
    raise TargetMissing(f"the {what} at {start}–{end} is no longer extracted from its source")


def quote_label(text: str, width: int = 30) -> str:
    """A short quoted label of a quote's text for undo descriptions."""
    text = " ".join(text.split())
    return f"“{text if len(text) <= width else text[:width - 1] + '…'}”"


def count_rows(conn: Connection, model: type, *where: Any) -> int:
    """How many rows of ``model`` match."""
    return conn.scalar(select(func.count()).select_from(model).where(*where)) or 0
