"""Threads in the exports: the ``threads`` list of ``sofa-desktop/export@1``, a CSV table, TimelineJS slides."""

from __future__ import annotations

import csv
import html
import io
from typing import Any

from sqlalchemy.orm import Session

from sofa_desktop.extract import Role
from sofa_desktop.store.export.quotes_csv import neutralise
from sofa_desktop.store.export.timelinejs import DEFAULT_TITLE, TimelineExport, date_object
from sofa_desktop.store.threads import (
    ReportRow,
    ThreadRow,
    copies_line,
    disagreement_line,
    expected_line,
    format_date,
    list_threads,
    reports_of_threads,
)
from sofa_desktop.wording import plural

CSV_COLUMNS = ("thread_id", "title", "date_start", "date_end", "precision", "status", "reports", "witnesses",
               "outlets", "conflicting_events", "events", "disagreement", "expected")


def _threads(s: Session) -> tuple[list[ThreadRow], dict[int, list[ReportRow]]]:
    threads = list_threads(s, with_outlets=False)
    return threads, reports_of_threads(s, [t.id for t in threads])


def threads_json(s: Session) -> list[dict[str, Any]]:
    """``[{id, title, events, date_start, date_end, precision, conflicting_events, ...}]``: every event in exactly one
    thread; ``conflicting_events`` disagree with the consensus; ``expected_events`` said it would happen;
    ``wrong_events`` an analyst marked wrong."""
    threads, reports = _threads(s)
    out = []
    for t in threads:
        rows = reports.get(t.id, [])
        out.append({
            "id": t.id, "title": t.title, "events": sorted(r.event_id for r in rows),
            "date_start": t.date_start.isoformat() if t.date_start else None,
            "date_end": t.date_end.isoformat() if t.date_end else None, "precision": t.precision,
            "conflicting_events": sorted(r.event_id for r in rows if r.role == Role.DISAGREES),
            "status": t.status, "witnesses": t.witnesses,
            "expected_events": sorted(r.event_id for r in rows if r.role == Role.EXPECTED),
            "wrong_events": sorted(r.event_id for r in rows if r.role == Role.WRONG),
            "curated": t.curated,
        })
    return out


def threads_csv_text(s: Session) -> tuple[str, int]:
    """Threads as CSV (one row per thread, RFC 4180, formulas neutralised) and how many there are."""
    threads, reports = _threads(s)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for t in threads:
        rows = reports.get(t.id, [])
        record = (t.id, t.title, t.date_start.isoformat() if t.date_start else "",
                  t.date_end.isoformat() if t.date_end else "", t.precision, t.status, t.reports, t.witnesses,
                  "; ".join(dict.fromkeys(r.outlet for r in rows)),
                  " ".join(str(r.event_id) for r in rows if r.role == Role.DISAGREES),
                  " ".join(str(r.event_id) for r in rows), disagreement_line(t, rows), expected_line(t, rows))
        writer.writerow([neutralise(v) if isinstance(v, str) else v for v in record])
    return buffer.getvalue(), len(threads)


def _report_item(r: ReportRow) -> str:
    when = r.date_text or format_date(r.date_start, r.date_end, r.precision)
    mark = {Role.DISAGREES: " (disagrees)", Role.EXPECTED: " (expected)", Role.WRONG: " (marked wrong)"}.get(
        Role(r.role), "")
    return f"<li><strong>{html.escape(r.outlet)}</strong>: {html.escape(when)} — {html.escape(r.title)}" \
           f"{html.escape(mark)}</li>"


def thread_slides(s: Session) -> tuple[list[dict[str, Any]], int]:
    """One TimelineJS slide per dated thread (its reports listed in the text, HTML-escaped) and how many undated
    threads were left out."""
    threads, reports = _threads(s)
    slides = []
    for t in threads:
        if t.date_start is None:
            continue
        rows = reports.get(t.id, [])
        lines = [x for x in (disagreement_line(t, rows), expected_line(t, rows), copies_line(rows)) if x]
        text = "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "<ul>" + "".join(map(_report_item, rows)) + "</ul>"
        slide: dict[str, Any] = {"start_date": date_object(t.date_start, t.precision),
                                 "text": {"headline": html.escape(t.title), "text": text},
                                 "unique_id": f"thread-{t.id}",
                                 "display_date": format_date(t.date_start, t.date_end, t.precision)
                                 + (" (expected)" if t.status == "expected" else "")}
        if t.date_end is not None and t.date_end != t.date_start and t.precision in ("day", "week"):
            slide["end_date"] = date_object(t.date_end, "day")
        slides.append(slide)
    return slides, len(threads) - len(slides)


def thread_timeline_document(s: Session, title: str = DEFAULT_TITLE) -> TimelineExport:
    """One slide per dated thread (consensus date; reports, outliers and copies in its text) instead of one per
    event; ``events`` counts the slides, ``undated`` the threads left out."""
    slides, undated = thread_slides(s)
    summary = f"{plural(len(slides), 'thread')} of events told by several sources"
    document = {"title": {"text": {"headline": html.escape(title), "text": f"<p>{html.escape(summary)}</p>"}},
                "events": slides}
    return TimelineExport(document, len(slides), undated)
