"""The ``sofa-desktop/export@1`` JSON document, and every export format rendered and written for the CLI and GUI."""

from __future__ import annotations

import errno
import json
import os
import threading
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sofa_desktop.store.models import Actor, ActorAlias, Event, EventActor, Mention, Quote, QuoteSpeaker, Source
from sofa_desktop.store.queries import list_conflicts
from sofa_desktop.wording import plural

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
    edited, and conflicts carry ``resolved`` and ``resolution_note``. Fields were only added, so the schema stays @1.
    """
    aliases = _grouped(s, select(ActorAlias.actor_id, ActorAlias.alias).order_by(ActorAlias.id))
    mentions = _grouped(s, select(Mention.actor_id, Mention.source_id, Mention.start, Mention.end)
                        .order_by(Mention.source_id, Mention.start))
    speakers = _grouped(s, select(QuoteSpeaker.quote_id, QuoteSpeaker.actor_id).order_by(QuoteSpeaker.actor_id))
    event_actors = _grouped(s, select(EventActor.event_id, EventActor.actor_id).order_by(EventActor.actor_id))
    return {
        "schema": EXPORT_SCHEMA,
        "sources": [
            {"id": r.id, "name": r.name, "title": r.title, "published": _iso(r.published), "outlet": r.outlet,
             "text": r.text}
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
             "date_text": e.date_text, "status": e.status, "actors": event_actors[e.id], "curated": bool(e.curated)}
            for e in s.scalars(select(Event).order_by(Event.source_id, Event.start))
        ],
        "conflicts": [
            {"id": c.id, "topic": c.topic, "events": list(c.event_ids), "detail": c.detail, "curated": c.curated,
             "resolved": c.resolved, "resolution_note": c.resolution_note}
            for c in list_conflicts(s)
        ],
    }


FORMATS = ("json", "csv", "timelinejs")


@dataclass(frozen=True)
class Rendered:
    """An export as text, with a short note for the user ("12 quotes") and what it had to leave out."""

    format: str
    text: str
    note: str
    left_out: str = ""  # what the format could not hold, for a warning line


def export_json_text(s: Session) -> str:
    """The ``export@1`` document as indented UTF-8 JSON text with a final newline."""
    return json.dumps(export_document(s), ensure_ascii=False, indent=2) + "\n"


def render_export(s: Session, fmt: str, title: str | None = None, search: tuple[str, str] = ("", "")) -> Rendered:
    """The store in one of :data:`FORMATS`: the JSON document, quotes as CSV, or events for TimelineJS.

    ``search`` (speaker, words) limits the CSV to the quotes that search finds (the GUI's "Export These Quotes").
    """
    if fmt == "json":
        doc = export_json_text(s)
        return Rendered(fmt, doc, "whole store")
    if fmt == "csv":
        from sofa_desktop.store.export_csv import quotes_csv_text

        text, n = quotes_csv_text(s, *search)
        return Rendered(fmt, text, plural(n, "quote"))
    if fmt == "timelinejs":
        from sofa_desktop.store.export_timelinejs import timeline_document

        result = timeline_document(s, title)
        left_out = f"{plural(result.undated, 'undated event')} left out (TimelineJS places events by date)" \
            if result.undated else ""
        text = json.dumps(result.document, ensure_ascii=False, indent=2) + "\n"
        return Rendered(fmt, text, plural(result.events, "event"), left_out)
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


def encode_export(rendered: Rendered, bom: bool = False) -> bytes:
    """The bytes to write: UTF-8, with a byte order mark for CSV when asked (Excel needs it to read UTF-8)."""
    return rendered.text.encode("utf-8-sig" if bom and rendered.format == "csv" else "utf-8")


_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def _is_sqlite_file(path: Path) -> bool:
    """True if ``path`` is a regular file starting with SQLite's header, or the WAL, shared-memory or journal file
    next to one (replacing those corrupts the store too)."""
    for suffix in _SQLITE_SIDE_FILES:
        if path.name.endswith(suffix) and path.is_file():
            return _is_sqlite_file(path.with_name(path.name.removesuffix(suffix)))
    try:
        if not path.is_file():  # never open a pipe or device to peek: reading could block
            return False
        with open(path, "rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def write_export(path: str | os.PathLike[str], rendered: Rendered, bom: bool = False) -> Path:
    """Write an export to ``path`` through a temporary file in the same folder, so a failure leaves no half file."""
    target = Path(path)
    data = encode_export(rendered, bom)
    if target.is_symlink():
        target = target.resolve()  # replace the file the link points to, keep the link
    if _is_sqlite_file(target):  # a slip in the file dialog or -o must not replace a store with its own export
        raise OSError(errno.EEXIST, "it belongs to an SQLite database, which an export never replaces; "
                      "choose another file", str(target))
    if target.exists() and not target.is_file():  # /dev/stdout, a pipe: nothing to replace, write straight through
        with open(target, "wb") as out:
            out.write(data)
        return target
    # open() rather than mkstemp: the file gets the user's usual permissions (mkstemp makes it private)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        with open(tmp, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.strerror:  # name the file the user asked for, not the temporary one
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        raise
    return target
