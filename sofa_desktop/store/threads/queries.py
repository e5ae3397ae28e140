"""Thread queries shared by the GUI and the CLI: threads (in a date range) with their consensus, a thread's reports
with outlet and passage, an event's thread, and the one-line summaries a reporter reads."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Row, and_, or_, select
from sqlalchemy.orm import Session

from sofa_desktop.extract import Role
from sofa_desktop.store.schema.models import Event, Source, SourceCopy, Thread, ThreadReport
from sofa_desktop.store.schema.rows import date_reader, raw_rows

MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")  # our own: calendar's follow the process locale


@dataclass(frozen=True)
class ReportRow:
    """One report of a thread: the event, its source and outlet, the date as written, its role, its passage."""

    event_id: int
    thread_id: int
    role: str  # extract.Role (extract/core/threads)
    title: str
    source_id: int
    outlet: str  # the outlet, else the source's title or file name
    published: dt.date | None
    date_text: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    status: str
    start: int  # the passage: code-point offsets into the source's text
    end: int
    copy_group: int  # reports with the same copy group are one witness (one story republished)


class ThreadRow(NamedTuple):
    """A thread as lists and the timeline show it: consensus range and precision, counts, outlets, outliers. A named
    tuple, immutable: a window's opening makes one per thread (thousands), without a frozen dataclass's
    ``object.__setattr__`` per field."""

    id: int
    title: str
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    status: str
    reports: int
    witnesses: int
    disagreeing: int
    curated: bool
    outlets: tuple[str, ...] = ()
    outlier_events: tuple[int, ...] = ()


def format_date(start: dt.date | None, end: dt.date | None, precision: str) -> str:
    """A date range at its precision, for a reporter: 4 Mar 2024, week of 2 Mar 2026, December 2025, 2025."""
    if start is None:
        return "undated"
    if precision == "year":
        return str(start.year)
    if precision == "month":
        return f"{MONTH_NAMES[start.month]} {start.year}"
    if precision == "week":
        return f"week of {start.day} {MONTHS[start.month]} {start.year}"
    if end is not None and end != start:
        return f"{start.day} {MONTHS[start.month]} {start.year} – {end.day} {MONTHS[end.month]} {end.year}"
    return f"{start.day} {MONTHS[start.month]} {start.year}"


def _outlet(outlet: str | None, title: str | None, name: str) -> str:
    return outlet or title or name


_REPORT_COLUMNS = (ThreadReport.event_id, ThreadReport.thread_id, ThreadReport.role, Event.title, Event.source_id,
                   Source.outlet, Source.title.label("source_title"), Source.name, Source.published, Event.date_text,
                   Event.date_start, Event.date_end, Event.precision, Event.status, Event.start, Event.end,
                   SourceCopy.copy_group)


def _report(r: Row) -> ReportRow:
    return ReportRow(r.event_id, r.thread_id, r.role, r.title, r.source_id, _outlet(r.outlet, r.source_title, r.name),
                     r.published, r.date_text, r.date_start, r.date_end, r.precision, r.status, r.start, r.end,
                     r.copy_group if r.copy_group is not None else r.source_id)


def reports_of_threads(s: Session, thread_ids: Sequence[int]) -> dict[int, list[ReportRow]]:
    """The reports of each thread (one query per 500 threads), by publication date: the timeline's ticks."""
    out: dict[int, list[ReportRow]] = defaultdict(list)
    ids = sorted(set(thread_ids))
    for i in range(0, len(ids), 500):
        stmt = (select(*_REPORT_COLUMNS).join(Event, Event.id == ThreadReport.event_id)
                .join(Source, Source.id == Event.source_id)
                .outerjoin(SourceCopy, SourceCopy.source_id == Source.id)
                .where(ThreadReport.thread_id.in_(ids[i:i + 500]))
                .order_by(ThreadReport.thread_id, Source.published.is_(None), Source.published, Event.id))
        for r in s.execute(stmt):
            out[r.thread_id].append(_report(r))
    return dict(out)


class ReportLink(NamedTuple):
    """What the timeline keeps of every report: its thread and role. The full ``ReportRow``s of a thread are read
    when it is picked (``thread_reports``). A named tuple: made 25,000 times at a window's opening, 4x faster than a
    frozen dataclass (which sets each field through ``object.__setattr__``)."""

    event_id: int
    thread_id: int
    role: str  # extract.Role


def timeline_threads(s: Session) -> tuple[list[ThreadRow], dict[int, ReportLink]]:
    """Every thread (by consensus date, with its outlets and outliers in event order) and every report's link
    (event id -> thread and role): what the timeline's rows need at once, in three queries without IN lists nor
    sorting of the 25,000 reports (small rows: passages and dates as written stay in the store)."""
    conn = s.connection()
    label = {r.id: _outlet(r.outlet, r.title, r.name)
             for r in conn.execute(select(Source.id, Source.outlet, Source.title, Source.name))}
    links: dict[int, ReportLink] = {}
    outlets: dict[int, dict[str, None]] = defaultdict(dict)
    outliers: dict[int, list[int]] = defaultdict(list)
    disagrees = str(Role.DISAGREES)
    stmt = (select(ThreadReport.event_id, ThreadReport.thread_id, ThreadReport.role, Event.source_id)
            .join(Event, Event.id == ThreadReport.event_id))
    for event_id, thread_id, role, source_id in raw_rows(conn, stmt):
        links[event_id] = ReportLink(event_id, thread_id, role)
        outlets[thread_id][label[source_id]] = None
        if role == disagrees:
            outliers[thread_id].append(event_id)
    columns = (Thread.id, Thread.title, Thread.date_start, Thread.date_end, Thread.precision, Thread.status,
               Thread.reports, Thread.witnesses, Thread.disagreeing, Thread.curated)
    day = date_reader(conn)
    no_outlets: dict[str, None] = {}
    threads = [ThreadRow(t[0], t[1], day(t[2]), day(t[3]), *t[4:9], bool(t[9]), tuple(outlets.get(t[0], no_outlets)),
                         tuple(sorted(outliers[t[0]])) if t[0] in outliers else ())
               for t in raw_rows(conn, select(*columns).order_by(Thread.date_start.is_(None), Thread.date_start,
                                                                  Thread.id))]
    return threads, links


@dataclass(frozen=True)
class Passage:
    """A report's passage with some text either side, for reading and comparing (offsets into ``text``)."""

    event_id: int
    text: str
    start: int  # the passage inside ``text``
    end: int


def report_passages(s: Session, reports: Sequence[ReportRow], context: int = 300) -> dict[int, Passage]:
    """Each report's passage with up to ``context`` characters before and after it (whole words)."""
    ids = sorted({r.source_id for r in reports})
    rows = s.execute(select(Source.id, Source.text).where(Source.id.in_(ids))) if ids else ()
    texts = {source_id: text for source_id, text in rows}
    out: dict[int, Passage] = {}
    for r in reports:
        text = texts.get(r.source_id)
        if text is None:
            continue
        start, end = max(0, min(r.start, len(text))), max(0, min(r.end, len(text)))
        lo, hi = max(0, start - context), min(len(text), end + context)
        while lo > 0 and not text[lo - 1].isspace() and start - lo < context + 40:
            lo -= 1
        while hi < len(text) and not text[hi].isspace() and hi - end < context + 40:
            hi += 1
        out[r.event_id] = Passage(r.event_id, text[lo:hi], start - lo, end - lo)
    return out


def thread_reports(s: Session, thread_id: int) -> list[ReportRow]:
    """A thread's reports (event, source, outlet, date as written, role, passage)."""
    return reports_of_threads(s, [thread_id]).get(thread_id, [])


def list_threads(s: Session, date_from: dt.date | None = None, date_to: dt.date | None = None,
                 min_reports: int = 1, with_outlets: bool = True) -> list[ThreadRow]:
    """Threads by consensus date (undated last), those whose consensus range meets [date_from, date_to] if given;
    ``min_reports`` hides threads told by fewer reports. ``with_outlets`` fills outlets and outlier events."""
    stmt = select(Thread).where(Thread.reports >= min_reports)
    if date_from is not None:
        stmt = stmt.where(or_(Thread.date_end >= date_from, Thread.date_end.is_(None)))
    if date_to is not None:
        stmt = stmt.where(and_(Thread.date_start <= date_to))
    stmt = stmt.order_by(Thread.date_start.is_(None), Thread.date_start, Thread.id)
    threads = list(s.scalars(stmt))
    reports = reports_of_threads(s, [t.id for t in threads]) if with_outlets else {}
    return [_row(t, reports.get(t.id, [])) for t in threads]


def _row(t: Thread, reports: list[ReportRow]) -> ThreadRow:
    return ThreadRow(t.id, t.title, t.date_start, t.date_end, t.precision, t.status, t.reports, t.witnesses,
                     t.disagreeing, bool(t.curated), tuple(dict.fromkeys(r.outlet for r in reports)),
                     tuple(r.event_id for r in reports if r.role == Role.DISAGREES))


def get_thread(s: Session, thread_id: int) -> ThreadRow | None:
    """One thread with its outlets and outliers."""
    t = s.get(Thread, thread_id)
    return None if t is None else _row(t, thread_reports(s, thread_id))


def event_thread(s: Session, event_id: int) -> ThreadRow | None:
    """The thread an event is a report of."""
    thread_id = s.scalar(select(ThreadReport.thread_id).where(ThreadReport.event_id == event_id))
    return None if thread_id is None else get_thread(s, thread_id)


def _names(outlets: list[str], shown: int = 2) -> str:
    outlets = list(dict.fromkeys(outlets))
    if len(outlets) <= shown + 1:
        return ", ".join(outlets[:-1]) + (" and " if len(outlets) > 1 else "") + outlets[-1]
    return f"{', '.join(outlets[:shown])} and {len(outlets) - shown} others"


def disagreement_line(thread: ThreadRow, reports: Sequence[ReportRow]) -> str:
    """Who says what about a thread's date, the consensus first: "AP, EFE and 9 others: December 2025 · the press
    release: 4 Mar 2024". Empty when no report disagrees."""
    outliers = [r for r in reports if r.role == Role.DISAGREES]
    if not outliers:
        return ""
    agree = [r.outlet for r in reports if r.role == Role.AGREES]
    parts = [f"{_names(agree)}: {format_date(thread.date_start, thread.date_end, thread.precision)}"] if agree else []
    by_date: dict[str, list[str]] = defaultdict(list)
    for r in sorted(outliers, key=lambda r: (r.date_start or dt.date.max, r.event_id)):
        by_date[format_date(r.date_start, r.date_end, r.precision)].append(r.outlet)
    parts.extend(f"{_names(outlets)}: {when}" for when, outlets in by_date.items())
    return " · ".join(parts)


def expected_line(thread: ThreadRow, reports: Sequence[ReportRow]) -> str:
    """ "expected per AP · happened on 15 Dec 2025 per EFE and ABC Color" for a thread with expected reports."""
    expected = [r.outlet for r in reports if r.role == Role.EXPECTED]
    if not expected:
        return ""
    line = f"expected per {_names(expected)}"
    happened = [r.outlet for r in reports if r.role == Role.AGREES]
    if happened and thread.status == "reported":
        when = format_date(thread.date_start, thread.date_end, thread.precision)
        line += f" · happened {'on ' if thread.precision == 'day' else 'in '}{when} per {_names(happened)}"
    return line


def copies_line(reports: Sequence[ReportRow]) -> str:
    """ "1 story carried by AP, Infobae and swissinfo" for each witness told by several outlets (copies)."""
    groups: dict[int, list[str]] = defaultdict(list)
    for r in reports:
        groups[r.copy_group].append(r.outlet)
    carried = [list(dict.fromkeys(o)) for o in groups.values() if len(set(o)) > 1]
    return " · ".join(f"one story carried by {_names(o)}" for o in carried)
