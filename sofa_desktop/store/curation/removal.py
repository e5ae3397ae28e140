"""Curation operations that delete a wrong quote or event: the record keeps the row's values (so undo brings it
back) and is re-applied when re-extraction makes the row again."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, insert, select

from sofa_desktop.store.curation.targets import (
    TargetMissing,
    actor_ref,
    resolve_actor,
    resolve_span,
    target_source,
    to_date,
)
from sofa_desktop.store.schema.models import Event, EventActor, Quote, QuoteSpeaker

Touched = list[tuple[type, int]]
DELETE_KINDS = {"quote_delete": Quote, "event_delete": Event}
_QUOTE_COLUMNS = ("start", "end", "text", "partial", "how")
_DATES = ("date_start", "date_end")
_EVENT_COLUMNS = ("start", "end", "title", "action", "object", "date_start", "date_end", "precision", "date_text",
                  "status")


def _refs(conn: Connection, link: Any, key: Any, row_id: int) -> list[dict[str, Any]]:
    return [actor_ref(conn, a) for a in conn.scalars(select(link.actor_id).where(key == row_id)
                                                      .order_by(link.actor_id))]


def _actor_ids(conn: Connection, refs: list[dict[str, Any]]) -> list[int]:
    ids: list[int] = []
    for ref in refs:
        try:
            actor_id = resolve_actor(conn, ref)
        except TargetMissing:
            continue  # merged away or gone: the others come back
        if actor_id not in ids:
            ids.append(actor_id)
    return ids


def _delete_apply(conn: Connection, rec: Any) -> Touched:
    model = DELETE_KINDS[rec.kind]
    try:
        row_id = resolve_span(conn, model, rec.target)
    except TargetMissing:
        if rec.before is not None:
            return []  # deleted before and not extracted again: nothing to delete
        raise
    rec.target["id"] = row_id
    columns = _QUOTE_COLUMNS if model is Quote else _EVENT_COLUMNS
    row = conn.execute(select(*(getattr(model, c) for c in columns)).where(model.id == row_id)).one()
    values = {k: (v.isoformat() if k in _DATES and v is not None else v) for k, v in row._asdict().items()}
    link, key = (QuoteSpeaker, QuoteSpeaker.quote_id) if model is Quote else (EventActor, EventActor.event_id)
    rec.before = {**values, "actors": _refs(conn, link, key, row_id)}
    conn.execute(delete(model).where(model.id == row_id))  # links go with it (ON DELETE CASCADE)
    conn.execute(delete(link).where(key == row_id))  # SQLite without foreign keys enforced: no orphan links
    return []


def _delete_revert(conn: Connection, rec: Any) -> Touched:
    model = DELETE_KINDS[rec.kind]
    source_id = target_source(conn, rec.target)
    b = dict(rec.before)
    actors = b.pop("actors", [])
    values = {k: (to_date(v) if k in _DATES else v) for k, v in b.items()}
    row_id = rec.target.get("id")
    if row_id is not None and conn.scalar(select(model.id).where(model.id == row_id)) is not None:
        row_id = None  # its old id was given to another row meanwhile
    extra = {"id": row_id} if row_id is not None else {}
    row_id = conn.execute(insert(model).values(source_id=source_id, **values, **extra).returning(model.id)).scalar_one()
    rec.target["id"] = row_id
    ids = _actor_ids(conn, actors)
    if ids:
        link, key = (QuoteSpeaker, "quote_id") if model is Quote else (EventActor, "event_id")
        conn.execute(insert(link), [{key: row_id, "actor_id": a} for a in ids])
    return [(model, row_id)]


quote_delete_apply = event_delete_apply = _delete_apply
quote_delete_revert = event_delete_revert = _delete_revert
