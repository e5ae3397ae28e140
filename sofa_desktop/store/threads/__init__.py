"""Event threads in the store: tables kept up to date incrementally (``refresh``), syndicated copies (``copies``),
the conflicts threads imply (``conflicts``) and queries for the GUI and CLI (``queries``).

Analysts' thread edits are curation records (``store.curation``: ``move_report``, ``merge_threads``,
``split_thread``, ``mark_wrong``) that reach the refresh as overrides (``store.curation.thread_overrides``); the
exports' thread pieces are in ``store.export``. Reads take a ``Session``; refresh steps take the caller's
``Connection`` (or Session) and never commit.
"""

from sofa_desktop.store.threads.conflicts import thread_conflicts
from sofa_desktop.store.threads.copies import regroup, update_copies
from sofa_desktop.store.threads.queries import (
    Passage,
    ReportLink,
    ReportRow,
    ThreadRow,
    copies_line,
    disagreement_line,
    event_thread,
    expected_line,
    format_date,
    get_thread,
    list_threads,
    report_passages,
    reports_of_threads,
    thread_reports,
    timeline_threads,
)
from sofa_desktop.store.threads.refresh import refresh_threads

__all__ = [
    "Passage", "ReportLink", "ReportRow", "ThreadRow", "copies_line", "disagreement_line", "event_thread",
    "expected_line", "format_date", "get_thread", "list_threads", "refresh_threads", "regroup", "report_passages",
    "reports_of_threads", "thread_conflicts", "thread_reports", "timeline_threads", "update_copies",
]
