"""Events as a Knight Lab TimelineJS3 JSON document (timeline.knightlab.com/docs/json-format.html) for the web."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sofa_desktop.store.queries import (
    NOT_HAPPENED,
    STATUS_LABELS,
    ConflictRow,
    EventRow,
    SourceRow,
    list_actors,
    list_conflicts,
    list_events,
    list_sources,
)
from sofa_desktop.store.schema.models import Actor, Event, Mention, Source
from sofa_desktop.wording import plural

DEFAULT_TITLE = "Timeline"  # only for an empty store: otherwise default_title() derives one from the coverage
_GROUP_CHARS = 40
EDITED_MARK = "(edited by analyst)"
EDITED_ACTOR = "(edited)"  # after an actor name an analyst changed (renamed, merged...)
# Month names of our own: calendar.month_name follows the C locale, which the GUI (Qt) sets from the user's, and the
# same store must export the same file from the CLI and the GUI.
MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


@dataclass(frozen=True)
class TimelineExport:
    """The TimelineJS document and how many undated events it leaves out (the format needs a start year)."""

    document: dict[str, Any]
    events: int
    undated: int


def date_object(day: dt.date, precision: str) -> dict[str, int]:
    """A TimelineJS date object with the parts ``precision`` knows: year; year and month; or year, month, day."""
    if precision == "year":
        return {"year": day.year}
    if precision == "month":
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def _spans_more(e: EventRow) -> bool:
    """True if the event's range ends in a later unit (day, month, year) than it starts, at its precision."""
    if e.date_start is None or e.date_end is None:
        return False
    if e.precision == "week":
        return True  # a week is shown as its first and last day
    unit = {"year": lambda d: (d.year,), "month": lambda d: (d.year, d.month)}.get(e.precision, lambda d: d)
    return unit(e.date_end) > unit(e.date_start)


_NOTED = ("expected", "not_asserted", NOT_HAPPENED)  # said in the date: never shown as having happened


def display_date(e: EventRow) -> str | None:
    """A date TimelineJS cannot write itself ("Week of 1 December 2025"), with "(expected)" for future events,
    "(not asserted)" for negated or hypothetical ones and "(did not happen)" for events an analyst found did not
    happen."""
    assert e.date_start is not None
    d = e.date_start
    text = None
    if e.precision == "week":
        text = f"Week of {d.day} {MONTHS[d.month]} {d.year}"
    if e.status in _NOTED:
        base = text or {"year": f"{d.year}", "month": f"{MONTHS[d.month]} {d.year}"}.get(
            e.precision, f"{d.day} {MONTHS[d.month]} {d.year}")
        text = f"{base} ({STATUS_LABELS[e.status]})"
    return text


def _paragraph(label: str, value: str) -> str:
    return f"<p><strong>{html.escape(label)}</strong> {html.escape(value)}</p>"


def _conflict_paragraph(c: ConflictRow) -> str:
    if not c.resolved:
        return _paragraph("Sources disagree:", c.detail)
    note = f" — {c.resolution_note}" if c.resolution_note else ""
    return _paragraph("Sources disagreed (resolved):", c.detail + note)


def _slide(e: EventRow, src: SourceRow | None, evidence: str, actors: list[str], conflicts: list[ConflictRow]
           ) -> dict[str, Any]:
    assert e.date_start is not None
    parts = [f"<blockquote>{html.escape(evidence)}</blockquote>"] if evidence else []
    if src is not None:
        outlet = src.outlet if src.outlet and not src.label.startswith(src.outlet) else None  # not "AP: … — AP"
        where = " — ".join(x for x in (src.label, outlet, src.published.isoformat() if src.published else None) if x)
        parts.append(_paragraph("Source:", where))
    if e.date_text:
        parts.append(_paragraph("Date as written:", e.date_text))
    if actors:
        parts.append(_paragraph("Involved:", ", ".join(actors)))
    parts += [_conflict_paragraph(c) for c in conflicts]
    if e.curated:
        parts.append(f"<p><em>{html.escape(EDITED_MARK)}</em></p>")
    slide: dict[str, Any] = {
        "start_date": date_object(e.date_start, e.precision),
        "text": {"headline": html.escape(e.title), "text": "".join(parts)},
        "unique_id": f"event-{e.id}",
    }
    if _spans_more(e):
        assert e.date_end is not None
        slide["end_date"] = date_object(e.date_end, e.precision)
    if src is not None:
        slide["group"] = html.escape(group_name(src))
    if (shown := display_date(e)) is not None:
        slide["display_date"] = shown
    return slide


def group_name(src: SourceRow) -> str:
    """The slide group (TimelineJS's row): the outlet; for an article without one, its title, shortened."""
    if src.outlet:
        return src.outlet
    label = " ".join(src.label.split())
    return label if len(label) <= _GROUP_CHARS else label[:_GROUP_CHARS - 1].rstrip() + "…"


def default_title(s: Session) -> str:
    """A headline from the coverage itself: the two most mentioned actors, what the events are most often about,
    and the years ("United States and Paraguay: agreement, 2024–2026"); "Timeline" for an empty store."""
    top = s.execute(select(Actor.name).join(Mention, Mention.actor_id == Actor.id).group_by(Actor.id, Actor.name)
                    .order_by(func.count().desc(), Actor.name).limit(2)).scalars().all()
    about = s.execute(select(Event.object).where(Event.object.is_not(None)).group_by(Event.object)
                      .order_by(func.count().desc(), Event.object).limit(1)).scalar()
    first, last = s.execute(select(func.min(Event.date_start), func.max(Event.date_start))).one()
    if not top and about is None:
        return DEFAULT_TITLE
    head = " and ".join(top) or "Coverage"
    years = "" if first is None else f"{first.year}" if first.year == last.year else f"{first.year}–{last.year}"
    tail = ", ".join(x for x in (about, years) if x)
    return f"{head}: {tail}" if tail else head


def _evidence(s: Session) -> dict[int, str]:
    """Each event's evidence passage, cut out in the database (one statement instead of every source's text).

    ``substr`` counts characters on SQLite and PostgreSQL alike, as the store's code-point offsets do.
    """
    stmt = (select(Event.id, func.substr(Source.text, Event.start + 1, Event.end - Event.start))
            .join(Source, Source.id == Event.source_id))
    return {event_id: passage for event_id, passage in s.connection().execute(stmt)}


def timeline_document(s: Session, title: str | None = None) -> TimelineExport:
    """Every dated event as a TimelineJS slide (evidence sentence, source, outlet, actors, conflicts; HTML-escaped).

    Undated events are left out, because TimelineJS needs at least a year to place a slide; their number is returned.
    Events an analyst edited (``curated``) carry the :data:`EDITED_MARK`. Without a ``title`` the headline is
    :func:`default_title`'s.
    """
    title = title or default_title(s)
    rows = list_events(s)
    dated = [e for e in rows if e.date_start is not None]
    sources = {row.id: row for row in list_sources(s)}
    evidence = _evidence(s)
    names = {a.id: f"{a.name} {EDITED_ACTOR}" if a.curated else a.name for a in list_actors(s)}
    conflicts = {c.id: c for c in list_conflicts(s)}
    slides = [
        _slide(e, sources.get(e.source_id), " ".join(evidence.get(e.id, "").split()),
               [names[a] for a in e.actor_ids if a in names], [conflicts[c] for c in e.conflict_ids if c in conflicts])
        for e in dated
    ]
    outlets = sorted({src.outlet for src in sources.values() if src.outlet})
    summary = f"{plural(len(slides), 'event')} from {plural(len(sources), 'source')}" + \
        (f" ({', '.join(outlets)})" if outlets else "")
    document = {"title": {"text": {"headline": html.escape(title), "text": f"<p>{html.escape(summary)}</p>"}},
                "events": slides}
    return TimelineExport(document, len(slides), len(rows) - len(dated))
