"""CurationController: opens the curation dialogs, pushes their edits onto the window's QUndoStack as
``CurationCommand``s, reports store errors and refreshes the views after every do, undo and redo."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from shiboken6 import isValid
from sqlalchemy.exc import SQLAlchemyError

from sofa_desktop.store import Database
from sofa_desktop.store import curation as cur
from sofa_desktop.store.curation import ALL, Changes, ConcurrentEditError, CurationError, EditResult
from sofa_desktop.store.queries import NOT_HAPPENED, ActorRow, ConflictRow, EventRow
from sofa_desktop.ui.curation.actor_dialogs import (
    ActorEditDialog,
    CurationDialog,
    MergeDialog,
    SpeakerChoice,
    SpeakerDialog,
    SplitAliasDialog,
)
from sofa_desktop.ui.curation.commands import CurationCommand, Step
from sofa_desktop.ui.curation.event_dialogs import ResolveConflictDialog, add_event_dialog, edit_event_dialog
from sofa_desktop.ui.curation.targets import PassageTarget, QuoteTarget, Targets

if TYPE_CHECKING:
    from sofa_desktop.ui.curation.host import CurationHost

log = logging.getLogger("sofa_desktop.ui")  # ui/errors.py writes it to the log file
CONCURRENT_HINT = "It was changed by someone else in the meantime; the views were refreshed. Check it and try again."


def _user_name() -> str | None:
    """The operating-system user's login name, or None when it cannot be found."""
    import getpass

    try:
        return getpass.getuser() or None
    except (OSError, KeyError, ImportError):
        return None


class CurationController(QObject):
    """Owns no data: every edit is a store.curation call inside an undo command."""

    def __init__(self, host: CurationHost) -> None:
        super().__init__(host.parent_widget)
        self.host = host
        self.stack: QUndoStack = host.undo_stack
        self.targets = Targets(host)
        self.dialog: CurationDialog | None = None  # the dialog open now (tests fill and accept it)
        self.message: QMessageBox | None = None  # the last error shown
        self._first_results: list[EditResult] = []
        self.transient_failure = False  # the last run() failed on the database itself (locked, unreachable)
        self.concurrent_failure = False  # the last run() was refused: someone else changed the item meanwhile
        self._note: str | None = None  # shown in the status bar after the views were refreshed
        self._changed: Changes | None = None  # what the running do/undo/redo changed (None: not told)
        self.author = _user_name()  # stored with each edit: who on the desk made it
        self.stack.indexChanged.connect(self._on_stack_index_changed)

    @property
    def db(self) -> Database:
        """The window's database."""
        return self.host.db

    @property
    def _parent(self) -> QWidget:
        return self.host.parent_widget

    # -- running edits ------------------------------------------------------------------------------------------
    def run(self, call: Callable[[Database], object]) -> bool:
        """Run one store call; a store error is shown to the user (never raised) and False returned."""
        self.transient_failure = self.concurrent_failure = False
        try:
            call(self.db)
        except ConcurrentEditError as exc:
            self.concurrent_failure = True
            self._report("Changed by someone else", f"{exc}\n\n{CONCURRENT_HINT}")
            self.refresh()
            return False
        except CurationError as exc:
            self._report("Cannot make this edit", str(exc))
            self.refresh()  # e.g. the item is gone: show the store as it is now
            return False
        except SQLAlchemyError as exc:  # e.g. the database is locked by another writer for too long
            self.transient_failure = True
            detail = next(iter(str(exc.args[0] if exc.args else exc).splitlines()), "")  # PostgreSQL adds lines
            self._report("The database could not be written", f"{type(exc).__name__}: {detail}")
            self.refresh()
            return False
        except Exception as exc:  # a bug must not leave a half-made step on the undo stack
            log.exception("curation edit failed")
            self._report("The edit failed", f"{type(exc).__name__}: {exc}\n\nDetails were written to the log.")
            self.refresh()
            return False
        return True

    def first_done(self, results: Sequence[EditResult]) -> None:
        """Called by a command once its first redo succeeded."""
        self._first_results = list(results)

    def offer_force_undo(self, curation_ids: Sequence[int]) -> None:
        """Add "Undo Anyway" to the message of a refused undo: it reverts the edits (in this order) even though
        someone else changed the values since, overwriting their change."""
        box = self.message
        if box is None or not isValid(box):
            return
        force = box.addButton("Undo Anyway", QMessageBox.ButtonRole.DestructiveRole)
        force.setToolTip("Restore the values from before your edit, overwriting the other change")
        force.clicked.connect(lambda: self._force_undo(list(curation_ids)))

    def _force_undo(self, curation_ids: list[int]) -> None:
        if self.run(lambda db: [cur.undo_edit(db, i, force=True) for i in curation_ids]):
            self.refresh()
            self.host.show_status("Undone anyway: the other change was overwritten", 10000)

    def changed(self, changes: Changes) -> None:
        """Told by a command what its do, undo or redo changed; the views showing it refresh once it returned."""
        self._changed = changes if self._changed is None else self._changed | changes

    def note(self, text: str) -> None:
        """Show ``text`` in the status bar once the running undo/redo has refreshed the views."""
        self._note = text

    def restore_index(self, index: int) -> None:
        """Put the undo stack back at ``index`` once the current undo/redo has returned (after a failure that left
        the store as it was: the stack must keep saying so). Undo/redo of store edits are idempotent."""
        QTimer.singleShot(0, self, lambda: self.stack.setIndex(index))

    def push(self, text: str, steps: Sequence[Step]) -> list[EditResult] | None:
        """Make an edit as one undo step; its results, or None if the store refused it (already reported)."""
        self._first_results = []
        self.stack.push(CurationCommand(self, steps, text))
        return self._first_results or None

    def refresh(self) -> None:
        """Query the store again and redraw every panel, keeping the shown source, passage and selections."""
        self.host.refresh(ALL)

    def _on_stack_index_changed(self, _index: int) -> None:
        # ~QUndoStack clears itself, emitting indexChanged after the window's panels were deleted: nothing to show
        changes, self._changed = self._changed, None
        if self.host.is_alive():
            self.host.refresh(ALL if changes is None else changes)
            if self._note:
                self.host.show_status(self._note, 10000)
        self._note = None

    def _report(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.host.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()  # window-modal without a nested event loop: the undo stack is not re-entered

    def _open(self, dialog: CurationDialog, on_accept: Callable[[CurationDialog], None]) -> CurationDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_accept(dialog))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None) if self.dialog is dialog else None)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _needs(self, what: str) -> None:
        self.host.show_status(f"Select {what} first.")

    # -- quotes -------------------------------------------------------------------------------------------------
    def set_speaker(self, target: QuoteTarget | None = None) -> QDialog | None:
        """Change or add the speaker(s) of a quote (default: the quote at the viewer's cursor)."""
        target = target or self.targets.quote_at()
        if target is None:
            self._needs("a quote (in the quote list or the source text)")
            return None
        dialog = SpeakerDialog(self._parent, target.text, target.speakers, self.targets.actors())
        return self._open(dialog, lambda d: self._apply_speakers(target, d.values()))

    def _apply_speakers(self, target: QuoteTarget, choices: list[SpeakerChoice]) -> None:
        if [c.actor_id for c in choices] == [i for i, _ in target.speakers]:
            return  # nothing changed
        steps: list[Step] = [lambda db, _done, c=c: cur.add_actor(db, c.name, c.kind, author=self.author)
                             for c in choices if c.actor_id is None]

        def set_speakers(db: Database, done: Sequence[EditResult]) -> EditResult:
            created = iter(r.created_id for r in done)
            ids = [c.actor_id if c.actor_id is not None else next(created) for c in choices]
            return cur.set_quote_speakers(db, target.id, [i for i in ids if i is not None],
                                          expected_version=target.version, author=self.author)

        names = ", ".join(c.name for c in choices) or "nobody"
        self.push(f"Speaker → {names}", [*steps, set_speakers])

    # -- actors -------------------------------------------------------------------------------------------------
    def edit_actor(self, actor: ActorRow | None = None) -> QDialog | None:
        """Rename an actor or change its kind or role (default: the selected actor)."""
        actor = actor or next(iter(self.targets.selected_actors()), None)
        if actor is None:
            self._needs("an actor")
            return None
        return self._open(ActorEditDialog(self._parent, actor), lambda d: self._apply_actor(actor, *d.values()))

    def _apply_actor(self, actor: ActorRow, name: str, kind: str, role: str) -> None:
        changes = {"name": name if name != actor.name else None, "kind": kind if kind != actor.kind else None,
                   "role": role if role != (actor.role or "") else None}
        if all(v is None for v in changes.values()):
            return
        self.push(f"Edit actor {actor.name}", [lambda db, _d: cur.update_actor(
            db, actor.id, **changes, expected_version=actor.version, author=self.author)])

    def merge_actors(self, pair: Sequence[ActorRow] | None = None) -> QDialog | None:
        """Merge two actors, choosing the one to keep (default: the two selected actors)."""
        pair = list(pair or self.targets.selected_actors())
        if len(pair) != 2:
            self._needs("exactly two actors (Ctrl+click the second)")
            return None
        return self._open(MergeDialog(self._parent, pair[0], pair[1]), lambda d: self._apply_merge(pair, *d.values()))

    def _apply_merge(self, pair: Sequence[ActorRow], keep_id: int, merge_id: int) -> None:
        merged = next(a for a in pair if a.id == merge_id)
        kept = next(a for a in pair if a.id == keep_id)  # the store checks both actors' versions
        if self.push(f"Merge {merged.name}", [lambda db, _d: cur.merge_actors(
                db, keep_id, merge_id, expected_version=kept.version, merge_version=merged.version,
                author=self.author)]):
            self.host.go_to_actor(keep_id)

    def split_alias(self, actor: ActorRow | None = None) -> QDialog | None:
        """Split one spelling of an actor off into a new actor (default: the selected actor)."""
        actor = actor or next(iter(self.targets.selected_actors()), None)
        if actor is None or not actor.aliases:
            self._needs("an actor with another spelling")
            return None
        return self._open(SplitAliasDialog(self._parent, actor), lambda d: self._apply_split(actor, d.values()))

    def _apply_split(self, actor: ActorRow, alias: str) -> None:
        results = self.push(f"Split {alias} off {actor.name}", [lambda db, _d: cur.split_alias(
            db, actor.id, alias, expected_version=actor.version, author=self.author)])
        created = next((r.created_id for r in results or () if r.created_id is not None), None)
        if created is not None and self.host.actor(created) is not None:
            self.host.go_to_actor(created)

    # -- events and conflicts -----------------------------------------------------------------------------------
    def edit_event(self, event: EventRow | None = None) -> QDialog | None:
        """Correct an event's title, date, precision or status (default: the selected event)."""
        event = event or self.targets.event()
        if event is None:
            self._needs("an event on the timeline")
            return None
        shown = self.host.shown_source_id() == event.source_id
        passage = self.host.source_text(event.start, event.end) if shown else ""
        dialog = edit_event_dialog(self._parent, event, passage or "")
        return self._open(dialog, lambda d: self._apply_event(event, d.values()))

    def _apply_event(self, event: EventRow, values: dict) -> None:
        same = (values["title"], values["date_start"], values["date_end"], values["precision"], values["status"]) == (
            event.title, event.date_start, event.date_end if event.date_start else None, event.precision, event.status)
        if same:
            return
        if self.push(f"Edit event {event.title}", [lambda db, _d: cur.update_event(
                db, event.id, **values, expected_version=event.version, author=self.author)]):
            self.host.go_to_event(event.id)

    def add_event(self, passage: PassageTarget | None = None) -> QDialog | None:
        """Add an event whose evidence is a passage (default: the viewer's selection)."""
        passage = passage or self.targets.passage()
        if passage is None:
            self._needs("a passage in the source text")
            return None
        published = self.host.shown_published()
        return self._open(add_event_dialog(self._parent, passage.text, published),
                          lambda d: self._apply_add_event(passage, d.values()))

    def _apply_add_event(self, passage: PassageTarget, values: dict) -> None:
        results = self.push(f"Add event {values['title']}", [lambda db, _d: cur.add_event(
            db, passage.source_id, passage.start, passage.end, **values, author=self.author)])
        created = next((r.created_id for r in results or () if r.created_id is not None), None)
        if created is not None and self.host.event(created) is not None:
            self.host.go_to_event(created)

    def resolve_conflict(self, conflict: ConflictRow | None = None) -> QDialog | None:
        """Mark a conflict resolved (or open) with a note (default: the selected event's conflict)."""
        conflict = conflict or self.targets.conflict()
        if conflict is None:
            self._needs("an event with a conflict (or its ⚠ badge)")
            return None
        return self._open(ResolveConflictDialog(self._parent, conflict),
                          lambda d: self._apply_resolve(conflict, *d.values()))

    def _apply_resolve(self, conflict: ConflictRow, resolved: bool, note: str) -> None:
        if (resolved, note) == (conflict.resolved, conflict.resolution_note or ""):
            return
        verb = "Resolve" if resolved else "Reopen"
        self.push(f"{verb} conflict {conflict.topic}", [lambda db, _d: cur.resolve_conflict(
            db, conflict.id, resolved=resolved, note=note, expected_version=conflict.version,
            author=self.author)])

    # -- deleting and marking -------------------------------------------------------------------------------------
    def delete_quote(self, target: QuoteTarget | None = None) -> None:
        """Delete a wrong quote (default: the one at the viewer's cursor); one undo step."""
        target = target or self.targets.quote_at()
        if target is None:
            self._needs("a quote (in the quote list or the source text)")
            return
        short = " ".join(target.text.split())
        short = short if len(short) <= 30 else short[:29] + "…"
        self.push(f"Delete quote “{short}”", [lambda db, _d: cur.delete_quote(
            db, target.id, expected_version=target.version, author=self.author)])

    def delete_event(self, event: EventRow | None = None) -> None:
        """Delete a wrong event (default: the selected one); one undo step."""
        event = event or self.targets.event()
        if event is None:
            self._needs("an event on the timeline")
            return
        self.push(f"Delete event {event.title}", [lambda db, _d: cur.delete_event(
            db, event.id, expected_version=event.version, author=self.author)])

    def toggle_not_happened(self, event: EventRow | None = None) -> None:
        """Mark an event as not having happened, or take the mark back (to "reported")."""
        event = event or self.targets.event()
        if event is None:
            self._needs("an event on the timeline")
            return
        status = "reported" if event.did_not_happen else NOT_HAPPENED
        verb = "Unmark" if event.did_not_happen else "Mark as did not happen:"
        if self.push(f"{verb} {event.title}", [lambda db, _d: cur.update_event(
                db, event.id, date_start=event.date_start, date_end=event.date_end if event.date_start else None,
                precision=event.precision, status=status, expected_version=event.version, author=self.author)]):
            self.host.go_to_event(event.id)
