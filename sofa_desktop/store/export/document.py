"""The ``sofa-desktop/export@1`` JSON document: every source, actor, quote, event and conflict of the store."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sofa_desktop.extract import event_kind
from sofa_desktop.store.export.threads import threads_json
from sofa_desktop.store.queries import list_conflicts
from sofa_desktop.store.schema.models import Actor, ActorAlias, Event, EventActor, Mention, Quote, QuoteSpeaker, Source
from sofa_desktop.store.source_versions import all_earlier_versions

EXPORT_SCHEMA = "sofa-desktop/export@1"


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _grouped(s: Session, stmt: Any) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for key, *rest in s.execute(stmt):
        groups[key].append(rest[0] if len(rest) == 1 else tuple(rest))
    return groups


def export_document(s: Session) -> dict[str, Any]:
    """Everything in the store as one JSON-serialisable dict (ids are ints, stable within the export).

    Analysts' edits are in the values themselves; ``curated`` marks each actor, quote, event and conflict an analyst
    edited, and conflicts carry ``resolved`` and ``resolution_note``. Each source has the ``path`` it was read from
    and its earlier texts (``versions``, oldest first) when newer versions replaced them, the ``format`` it was read
    from (txt/html/pdf/docx/eml), its ``url``, ``author``, dateline ``place`` and ``provenance`` (field -> where
    its value came from). Fields were only added, so the schema stays @1.
    """
    aliases = _grouped(s, select(ActorAlias.actor_id, ActorAlias.alias).order_by(ActorAlias.id))
    mentions = _grouped(s, select(Mention.actor_id, Mention.source_id, Mention.start, Mention.end)
                        .order_by(Mention.source_id, Mention.start))
    speakers = _grouped(s, select(QuoteSpeaker.quote_id, QuoteSpeaker.actor_id).order_by(QuoteSpeaker.actor_id))
    event_actors = _grouped(s, select(EventActor.event_id, EventActor.actor_id).order_by(EventActor.actor_id))
    versions = all_earlier_versions(s)
    return {
        "schema": EXPORT_SCHEMA,
        "sources": [
            {"id": r.id, "name": r.name, "title": r.title, "published": _iso(r.published), "outlet": r.outlet,
             "text": r.text, "path": r.path, "language": r.language, "format": r.format or "txt", "url": r.url,
             "author": r.author, "place": r.place, "provenance": json.loads(r.provenance) if r.provenance else {},
             "versions": [{"title": v.title, "text": v.text, "sha256": v.sha256, "imported_at": _iso(v.imported_at),
                           "replaced_at": _iso(v.replaced_at)} for v in versions.get(r.id, ())]}
            for r in s.scalars(select(Source).order_by(Source.id))
        ],
        "actors": [
            {"id": a.id, "name": a.name, "kind": a.kind, "role": a.role,
             "aliases": [x for x in aliases[a.id] if x != a.name],
             "mentions": [{"source": src, "start": st, "end": en} for src, st, en in mentions[a.id]],
             "curated": bool(a.curated)}
            for a in s.scalars(select(Actor).order_by(Actor.id))
        ],
        "quotes": [
            {"id": q.id, "source": q.source_id, "start": q.start, "end": q.end, "text": q.text,
             "speakers": speakers[q.id], "partial": q.partial, "how": q.how, "curated": bool(q.curated)}
            for q in s.scalars(select(Quote).order_by(Quote.source_id, Quote.start))
        ],
        "events": [
            {"id": e.id, "source": e.source_id, "start": e.start, "end": e.end, "title": e.title,
             "date_start": _iso(e.date_start), "date_end": _iso(e.date_end), "precision": e.precision,
             "date_text": e.date_text, "status": e.status, "kind": str(event_kind(e.action)),
             "actors": event_actors[e.id], "curated": bool(e.curated)}
            for e in s.scalars(select(Event).order_by(Event.source_id, Event.start))
        ],
        "conflicts": [
            {"id": c.id, "topic": c.topic, "events": list(c.event_ids), "detail": c.detail, "curated": c.curated,
             "resolved": c.resolved, "resolution_note": c.resolution_note}
            for c in list_conflicts(s)
        ],
        "threads": threads_json(s),
    }


def export_json_text(s: Session) -> str:
    """The ``export@1`` document as indented UTF-8 JSON text with a final newline."""
    return json.dumps(export_document(s), ensure_ascii=False, indent=2) + "\n"
