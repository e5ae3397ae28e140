"""Read-only query functions shared by the GUI and the CLI; they return frozen dataclasses, never ORM objects."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, func, literal_column, or_, select
from sqlalchemy.orm import Session

from sofa_desktop import extract
from sofa_desktop.corpus.layout import marker_ranges
from sofa_desktop.extract import event_kind
from sofa_desktop.store.schema.models import (
    Actor,
    ActorAlias,
    Conflict,
    ConflictEvent,
    Curation,
    Event,
    EventActor,
    Mention,
    Quote,
    QuoteSpeaker,
    Source,
)
from sofa_desktop.store.schema.rows import date_reader, raw_rows


@dataclass(frozen=True)
class Counts:
    """How many of each kind of record the store holds."""

    sources: int
    actors: int
    quotes: int
    events: int
    conflicts: int
    outdated: int = 0  # sources read by an older extractor version (File › Re-extract Sources…)


@dataclass(frozen=True)
class SourceRow:
    """A source without its text, for pickers and lists."""

    id: int
    name: str
    title: str | None
    published: dt.date | None
    outlet: str | None
    lead: str | None = None  # the first words of the body, to label articles that have no title line
    format: str = "txt"  # txt/html/pdf/docx/eml
    language: str | None = None  # ISO 639-1
    url: str | None = None
    author: str | None = None
    place: str | None = None
    provenance: tuple[tuple[str, str], ...] = ()  # (field, where its value came from), for tooltips
    curated: tuple[str, ...] = ()  # the fields an analyst set (source_details edits in force)

    def source_of(self, name: str) -> str | None:
        """Where the value of ``name`` (published/title/outlet/author/url/language/place) came from, as a phrase."""
        if name in self.curated:
            return "set by an analyst"
        return next((phrase for key, phrase in self.provenance if key == name), None)

    @property
    def label(self) -> str:
        """Title; else the outlet and the opening words of the body; else the file name."""
        if self.title:
            return self.title
        if self.lead:
            words = " ".join(self.lead.split()[:10])
            return f"{self.outlet}: {words}…" if self.outlet else f"{words}…"
        return self.name


_LEAD_CHARS = 120


def _lead_column():  # type: ignore[no-untyped-def]
    """The opening characters of the body, skipping an 'ASUNCION, Paraguay (AP) —' style dateline."""
    return func.substr(Source.text, Source.body_start + 1, _LEAD_CHARS).label("lead")


@dataclass(frozen=True)
class SourceDoc:
    """A source with its full text."""

    row: SourceRow
    text: str
    body_start: int
    hidden: tuple[tuple[int, int], ...] = ()  # header metadata (the dateline marker) viewers do not show


@dataclass(frozen=True)
class ActorRow:
    """An actor with its aliases and counts."""

    id: int
    name: str
    kind: str
    role: str | None
    aliases: tuple[str, ...]
    mentions: int
    quotes: int
    version: int = 1  # optimistic version: pass it as ``expected_version`` to store.curation edits
    curated: bool = False  # an analyst edited it


NOT_HAPPENED = "not_happened"  # an analyst found the reported event did not happen (store.curation.update_event)
STATUS_LABELS = {"reported": "reported", "expected": "expected", "not_asserted": "not asserted",
                 NOT_HAPPENED: "did not happen"}


class EventRow(NamedTuple):
    """An event for the timeline (``status``: "reported", "expected" or, set by an analyst, "not_happened"). A named
    tuple, immutable like the other rows: a window's opening makes 25,000 of them, and a frozen dataclass's
    ``__init__`` sets each of its 16 fields through ``object.__setattr__`` (70 ms against 12)."""

    id: int
    source_id: int
    start: int
    end: int
    title: str
    action: str
    object: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    date_text: str | None
    status: str
    actor_ids: tuple[int, ...]
    conflict_ids: tuple[int, ...]
    version: int = 1
    curated: bool = False

    @property
    def did_not_happen(self) -> bool:
        """An analyst marked the event as not having happened (the timeline shows it apart)."""
        return self.status == NOT_HAPPENED

    @property
    def kind(self) -> str:
        """ "statement" (said, told, a press conference) or "action": the timeline can show or hide statements."""
        return str(event_kind(self.action))

    @property
    def asserted(self) -> bool:
        """False for a not-asserted event (negated, hypothetical, required ...): never drawn as having happened."""
        return self.status != "not_asserted"


@dataclass(frozen=True)
class ConflictRow:
    """A cross-source conflict and the events it involves."""

    id: int
    topic: str
    detail: str
    event_ids: tuple[int, ...]
    version: int = 1
    curated: bool = False
    resolved: bool = False
    resolution_note: str | None = None


@dataclass(frozen=True)
class QuoteHit:
    """A quote found by :func:`search_quotes`."""

    id: int
    text: str
    speakers: tuple[str, ...]
    speaker_ids: tuple[int, ...]
    source_id: int
    source_name: str
    source_title: str | None
    published: dt.date | None
    start: int
    end: int
    version: int = 1
    curated: bool = False
    context: str = ""  # the sentence around the quote (store.search.context), marks included; "" when not asked for
    context_start: int = 0  # where ``context`` starts in the source text (the quote is at start - context_start)


@dataclass(frozen=True)
class Span:
    """A highlighted passage in a source: what it is (kind), what it refers to (ref_id) and a label."""

    kind: str  # "quote" | "mention" | "event"
    start: int
    end: int
    ref_id: int
    label: str
    actor_ids: tuple[int, ...] = ()
    curated: bool = False  # the quote or event was edited by an analyst
    version: int | None = None  # a quote's version as read (curation checks it)


def read_before(version: int) -> ColumnElement[bool]:
    """The sources an extractor older than ``version`` read (or one that did not record its version)."""
    return or_(Source.extractor_version.is_(None), Source.extractor_version < version)


def counts(s: Session) -> Counts:
    """Count sources, actors, quotes, events, conflicts and outdated sources (one statement)."""
    def n(model: type):  # type: ignore[no-untyped-def]
        return select(func.count()).select_from(model).scalar_subquery()

    version = extract.EXTRACTOR_VERSION  # read at each call (tests raise it to simulate a newer extractor)
    outdated = select(func.count()).select_from(Source).where(read_before(version)).scalar_subquery()
    row = s.execute(select(n(Source), n(Actor), n(Quote), n(Event), n(Conflict), outdated)).one()
    return Counts(*(value or 0 for value in row))


_METADATA = (Source.format, Source.language, Source.url, Source.author, Source.place, Source.provenance)


def list_sources(s: Session) -> list[SourceRow]:
    """All sources, newest publication first (undated last), with their metadata and where it came from."""
    stmt = select(Source.id, Source.name, Source.title, Source.published, Source.outlet, _lead_column(),
                  *_METADATA, Source.sha256).order_by(Source.published.is_(None), Source.published.desc(), Source.id)
    curated = _curated_fields(s)
    return [SourceRow(*row[:5], _strip_dateline(row.lead), *_metadata(row), curated.get(row.sha256, ()))
            for row in s.connection().execute(stmt)]


def _metadata(row: Any) -> tuple[Any, ...]:
    provenance = tuple(json.loads(row.provenance).items()) if row.provenance else ()
    return row.format or "txt", row.language, row.url, row.author, row.place, provenance


def _curated_fields(s: Session) -> dict[str, tuple[str, ...]]:
    """Content hash -> the source fields analysts' edits in force set (``source_details`` records)."""
    fields: dict[str, set[str]] = defaultdict(set)
    stmt = select(Curation.source_sha256, Curation.after).where(Curation.kind == "source_details",
                                                                 Curation.undone.is_(False))
    for sha, after in s.execute(stmt):
        fields[sha].update(json.loads(after))
    return {sha: tuple(sorted(names)) for sha, names in fields.items()}


def get_source(s: Session, source_id: int) -> SourceDoc | None:
    """One source with its text, or None."""
    row = s.execute(
        select(Source.id, Source.name, Source.title, Source.published, Source.outlet, Source.text, Source.body_start,
               *_METADATA, Source.sha256)
        .where(Source.id == source_id)
    ).first()
    if row is None:
        return None
    lead = _strip_dateline(row.text[row.body_start : row.body_start + _LEAD_CHARS])
    curated = _curated_fields(s).get(row.sha256, ())
    return SourceDoc(SourceRow(*row[:5], lead, *_metadata(row), curated), row.text, row.body_start,
                     marker_ranges(row.text, row.body_start))


def hidden_ranges(s: Session, source_ids: Iterable[int]) -> dict[int, tuple[tuple[int, int], ...]]:
    """The header metadata ranges viewers hide (see ``SourceDoc.hidden``) of some sources, by source id (sources
    without any are left out)."""
    ids = sorted(set(source_ids))
    head = func.substr(Source.text, 1, Source.body_start + 2)  # the header and a character past it is all it reads
    rows = s.execute(select(Source.id, head, Source.body_start).where(Source.id.in_(ids))) if ids else ()
    return {sid: ranges for sid, text, body_start in rows if (ranges := marker_ranges(text, body_start))}


def _strip_dateline(lead: str | None) -> str | None:
    if not lead:
        return None
    for dash in (" — ", " – ", " -- "):
        head, sep, tail = lead.partition(dash)
        if sep and len(head) < 60 and "(" in head:
            return tail
    return lead


def list_actors(s: Session) -> list[ActorRow]:
    """All actors with aliases, mention and quote counts."""
    mention_counts = dict(s.execute(select(Mention.actor_id, func.count()).group_by(Mention.actor_id)).all())
    quote_counts = dict(s.execute(select(QuoteSpeaker.actor_id, func.count()).group_by(QuoteSpeaker.actor_id)).all())
    aliases: dict[int, list[str]] = defaultdict(list)
    for actor_id, alias in s.execute(select(ActorAlias.actor_id, ActorAlias.alias).order_by(ActorAlias.id)):
        aliases[actor_id].append(alias)
    rows = s.execute(select(Actor.id, Actor.name, Actor.kind, Actor.role, Actor.version, Actor.curated)
                     .order_by(Actor.name))
    return [
        ActorRow(a.id, a.name, a.kind, a.role, tuple(x for x in aliases[a.id] if x != a.name),
                 mention_counts.get(a.id, 0), quote_counts.get(a.id, 0), a.version, bool(a.curated))
        for a in rows
    ]


def list_events(s: Session, actor_id: int | None = None) -> list[EventRow]:
    """Events ordered by date (undated last), optionally only those involving ``actor_id``.

    Columns, not ORM objects (half the time on 25k events); actor and conflict links of the selected events only.
    """
    stmt = select(*_EVENT_COLUMNS).order_by(Event.date_start.is_(None), Event.date_start, Event.id)
    if actor_id is not None:
        stmt = stmt.join(EventActor, EventActor.event_id == Event.id).where(EventActor.actor_id == actor_id)
    conn = s.connection()
    rows = raw_rows(conn, stmt)  # straight from the driver: SQLAlchemy's Row and date processing cost 0.1 s per 25k
    if not rows:
        return []
    stored = _ROWID if conn.dialect.name == "sqlite" else _CTID  # the order stored (PostgreSQL has no rowid)
    actor_links = select(EventActor.event_id, EventActor.actor_id).order_by(stored)
    conflict_links = select(ConflictEvent.event_id, ConflictEvent.conflict_id).order_by(stored)
    if actor_id is not None:  # only the selected events' links
        selected = select(EventActor.event_id).where(EventActor.actor_id == actor_id)
        actor_links = actor_links.where(EventActor.event_id.in_(selected))
        conflict_links = conflict_links.where(ConflictEvent.event_id.in_(selected))
    actors: dict[int, list[int]] = defaultdict(list)
    conflicts: dict[int, list[int]] = defaultdict(list)
    for event_id, a in raw_rows(conn, actor_links):
        actors[event_id].append(a)
    for event_id, c in raw_rows(conn, conflict_links):
        conflicts[event_id].append(c)
    empty = ()
    day = date_reader(conn)
    return [EventRow(*r[:7], day(r[7]), day(r[8]), *r[9:12], tuple(actors.get(r[0], empty)),
                     tuple(conflicts.get(r[0], empty)), r[12], bool(r[13]))
            for r in rows]


_ROWID = literal_column("rowid")
_CTID = literal_column("ctid")  # PostgreSQL: a row's place in its table, insertion order for rows never updated
_EVENT_COLUMNS = (Event.id, Event.source_id, Event.start, Event.end, Event.title, Event.action, Event.object,
                  Event.date_start, Event.date_end, Event.precision, Event.date_text, Event.status,
                  Event.version, Event.curated)


def list_conflicts(s: Session) -> list[ConflictRow]:
    """All conflicts with their event ids."""
    members: dict[int, list[int]] = defaultdict(list)
    for conflict_id, event_id in s.execute(select(ConflictEvent.conflict_id, ConflictEvent.event_id)):
        members[conflict_id].append(event_id)
    conflicts = s.execute(select(Conflict.id, Conflict.topic, Conflict.detail, Conflict.version, Conflict.curated,
                                 Conflict.resolved, Conflict.resolution_note).order_by(Conflict.id))
    return [ConflictRow(c.id, c.topic, c.detail, tuple(members[c.id]), c.version, bool(c.curated), bool(c.resolved),
                        c.resolution_note) for c in conflicts]


def speakers_of(s: Session, quote_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    result: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for chunk_start in range(0, len(quote_ids), 500):
        chunk = quote_ids[chunk_start : chunk_start + 500]
        stmt = (select(QuoteSpeaker.quote_id, Actor.id, Actor.name).join(Actor, Actor.id == QuoteSpeaker.actor_id)
                .where(QuoteSpeaker.quote_id.in_(chunk)).order_by(Actor.name))
        for quote_id, actor_id, name in s.connection().execute(stmt):
            result[quote_id].append((actor_id, name))
    return result


def source_spans(s: Session, source_id: int) -> list[Span]:
    """Every highlightable passage of a source: quotes (with speakers), mentions and event evidence."""
    spans: list[Span] = []
    quote_rows = list(s.execute(select(Quote.id, Quote.start, Quote.end, Quote.curated, Quote.version)
                                .where(Quote.source_id == source_id)))
    speakers = speakers_of(s, [q.id for q in quote_rows])
    for q in quote_rows:
        names = [n for _, n in speakers[q.id]]
        label = "Quote — " + (", ".join(names) if names else "no speaker identified")
        spans.append(Span("quote", q.start, q.end, q.id, label, tuple(i for i, _ in speakers[q.id]), bool(q.curated),
                          q.version))
    for m in s.execute(select(Mention.id, Mention.start, Mention.end, Actor.id.label("actor_id"), Actor.name)
                       .join(Actor, Actor.id == Mention.actor_id).where(Mention.source_id == source_id)):
        spans.append(Span("mention", m.start, m.end, m.id, f"Mention — {m.name}", (m.actor_id,)))
    for e in s.execute(select(Event.id, Event.start, Event.end, Event.date_text, Event.date_start, Event.precision,
                              Event.status, Event.curated).where(Event.source_id == source_id)):
        when = format_when(e.date_start, e.precision)
        status = STATUS_LABELS.get(e.status, e.status)
        spans.append(Span("event", e.start, e.end, e.id, f"Event — {when}, {status}", curated=bool(e.curated)))
    spans.sort(key=lambda sp: (sp.start, sp.end))
    return spans


@dataclass(frozen=True)
class Passage:
    """A range of one source's text (a mention, a quote)."""

    source_id: int
    start: int
    end: int


def actor_mentions(s: Session, actor_ids: list[int]) -> list[Passage]:
    """Where these actors are mentioned: sources in reading order (undated last), then by position in the text."""
    if not actor_ids:
        return []
    stmt = (select(Mention.source_id, Mention.start, Mention.end).join(Source, Source.id == Mention.source_id)
            .where(Mention.actor_id.in_(actor_ids))
            .order_by(Source.published.is_(None), Source.published, Source.id, Mention.start, Mention.end).distinct())
    return [Passage(*row) for row in s.execute(stmt)]


def format_when(date_start: dt.date | None, precision: str) -> str:
    """A date at its precision: 2025-12-04, week of 2025-12-01, 2025-12, 2025, or 'undated'."""
    if date_start is None:
        return "undated"
    if precision == "year":
        return f"{date_start:%Y}"
    if precision == "month":
        return f"{date_start:%Y-%m}"
    if precision == "week":
        return f"week of {date_start.isoformat()}"
    return date_start.isoformat()
