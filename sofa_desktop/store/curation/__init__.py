"""Analysts' edits, stored as records apart from the extracted rows so they survive re-extraction: the edits and
undo/redo (``edits``), what each kind of edit does (``ops``, actor edits in ``actors``, deleting a quote or event
in ``removal``), how an edit finds its rows again (``targets``), re-applying edits to new rows (``reapply``), and
where an edit is shown (``queries``); thread edits (``threads``, their ops in ``thread_ops``) are records the threads
refresh replays as overrides.

Edits take a ``Database`` (each is one write transaction with an optimistic version check); reads take a
``Session``; the steps inside an edit's transaction take its ``Connection``.
"""

from sofa_desktop.store.curation.changes import ALL, Changes, changes_of
from sofa_desktop.store.curation.edits import (
    ConcurrentEditError,
    CurationError,
    CurationRow,
    EditResult,
    add_actor,
    add_event,
    delete_event,
    delete_quote,
    list_curations,
    merge_actors,
    redo_edit,
    resolve_conflict,
    set_quote_speakers,
    set_source_details,
    split_alias,
    undo_edit,
    update_actor,
    update_event,
)
from sofa_desktop.store.curation.queries import CurationPlace, curation_place
from sofa_desktop.store.curation.reapply import has_active, reapply_conflict_resolutions, reapply_curations
from sofa_desktop.store.curation.source_ops import KIND as SOURCE_DETAILS
from sofa_desktop.store.curation.thread_ops import thread_overrides
from sofa_desktop.store.curation.threads import mark_wrong, merge_threads, move_report, split_thread

__all__ = [
    "ALL", "SOURCE_DETAILS", "Changes", "ConcurrentEditError", "CurationError", "CurationPlace", "CurationRow",
    "EditResult", "add_actor", "add_event", "changes_of", "curation_place", "delete_event", "delete_quote",
    "has_active", "list_curations", "mark_wrong", "merge_actors", "merge_threads", "move_report",
    "reapply_conflict_resolutions", "reapply_curations", "redo_edit", "resolve_conflict", "set_quote_speakers",
    "set_source_details", "split_alias", "split_thread",
    "thread_overrides", "undo_edit", "update_actor", "update_event",
]
