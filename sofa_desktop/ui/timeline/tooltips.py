"""Tooltip text of the timeline: an event's date as written and as resolved, its source, conflicts and edits; a
row's title and, for a thread, who says what about its date."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from sofa_desktop.store.queries import ConflictRow, EventRow, SourceRow, format_when
from sofa_desktop.store.threads import copies_line, disagreement_line, expected_line, format_date
from sofa_desktop.ui.curation.marks import EDITED_TIP
from sofa_desktop.ui.timeline import clusters
from sofa_desktop.ui.timeline.rows import outlet_of

if TYPE_CHECKING:
    from sofa_desktop.ui.timeline.view import TimelineView

_STATUS_TEXT = {"expected": "Expected (future)",
                "not_asserted": "Not asserted (negated, hypothetical, conditional, required or purpose)",
                "not_happened": "Did not happen (an analyst's finding)"}
_ROLE_TEXT = {"agrees": "agrees with the thread's date", "disagrees": "⚠ disagrees with the thread's date",
              "expected": "expected it (before it happened)", "undated": "gives no date",
              "wrong": "marked wrong by an analyst"}


def event_lines(e: EventRow, sources: Mapping[int, SourceRow], conflicts: Mapping[int, ConflictRow]) -> list[str]:
    """Title, date as written, precision, status, source, conflicts (open or resolved) and the edited mark."""
    src = sources.get(e.source_id)
    lines = [e.title, f"Date as written: {e.date_text or '—'}",
             f"Resolved: {format_when(e.date_start, e.precision)} (precision: {e.precision})",
             _STATUS_TEXT.get(e.status, "Reported"),
             f"Source: {src.label if src else e.source_id}" + (f" — {src.outlet}" if src and src.outlet else "")]
    for c in (conflicts[c] for c in e.conflict_ids if c in conflicts):
        note = f" — {c.resolution_note}" if c.resolution_note else ""
        lines.append(f"✓ Resolved conflict: {c.detail}{note}" if c.resolved else f"⚠ Conflict: {c.detail}")
    if e.curated:
        lines.append(EDITED_TIP)
    return lines


def conflict_lines(c: ConflictRow) -> list[str]:
    """What the sources disagree about, and the analyst's resolution or a hint to resolve it."""
    lines = [f"Sources disagree: {c.topic}", c.detail]
    if c.resolved:
        return lines + ["✓ Resolved by analyst" + (f": {c.resolution_note}" if c.resolution_note else "")]
    return lines + ["Right-click to resolve"]


def thread_lines(v: TimelineView, thread_id: int) -> list[str]:
    """A thread row's title, counts, consensus, and the lines a reporter reads: who disagrees, expected then
    happened, syndicated copies."""
    t = v.ctx.threads.get(thread_id)
    if t is None:
        return []
    reports = v.ctx.reports(thread_id)
    lines = [t.title, v.ctx.lane_title(("thread", thread_id))[1],
             f"Consensus: {format_date(t.date_start, t.date_end, t.precision)}"
             + (" (expected)" if t.status == "expected" else "")]
    lines += [x for x in (disagreement_line(t, reports), expected_line(t, reports), copies_line(reports)) if x]
    return [*lines, "Click to list its reports; right-click to edit the thread"]


def lines_at(v: TimelineView, pos: QPointF) -> list[str] | None:
    """The tooltip at a viewport position: a "+N" badge, a conflict badge, an event, a row title; None: nothing."""
    conflict = v.conflict_at(pos)
    if (owner := clusters.cluster_at(v, pos)) is not None:
        n = len(v.lay.clusters.get(owner, ()))
        return [f"{n} more events here", "Click (or select one and press Enter) to list them; ←/→ step through them"]
    if conflict is not None and conflict in v.conflicts:
        return conflict_lines(v.conflicts[conflict])
    if v.more_rect is not None and v.more_rect.contains(pos):
        return ["More undated events", "Click to list them"]
    if (event_id := v.event_at(pos)) is not None:
        lines = v.tooltip_lines(event_id)
        report = v.ctx.report_of.get(event_id)
        src = v.sources.get(v.events[event_id].source_id) if event_id in v.events else None
        if report is not None and src is not None:
            lines.insert(1, f"{outlet_of(src)}: {_ROLE_TEXT.get(report.role, report.role)}")
        return lines
    key = v.lane_key_at(pos)
    if isinstance(key, int) and key in v.sources:
        src = v.sources[key]
        meta = " · ".join(x for x in (src.outlet, src.published.isoformat() if src.published else None) if x)
        return [src.label, meta, "Click to read this source"]
    if isinstance(key, tuple) and key[0] == "thread":
        return thread_lines(v, key[1])
    if key is not None:
        return [x for x in v.ctx.lane_title(key) if x]
    return None
