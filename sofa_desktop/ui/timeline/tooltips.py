"""Tooltip text of the timeline: an event's date as written and as resolved, its source, conflicts and edits."""

from __future__ import annotations

from collections.abc import Mapping

from sofa_desktop.store.queries import ConflictRow, EventRow, SourceRow, format_when
from sofa_desktop.ui.curation.marks import EDITED_TIP

_STATUS_TEXT = {"expected": "Expected (future)",
                "not_asserted": "Not asserted (negated, hypothetical, conditional, required or purpose)",
                "not_happened": "Did not happen (an analyst's finding)"}


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
