"""``CurationCommand``: one undo step wrapping store.curation edits (first redo edits, then undo_edit/redo_edit)."""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from sofa_desktop.store import Database
from sofa_desktop.store.curation import ALL, Changes, EditResult, redo_edit, undo_edit

# One step of an edit: gets the database and the results of the earlier steps (e.g. a new actor's id).
Step = Callable[[Database, Sequence[EditResult]], EditResult]


class EditRunner(Protocol):
    """What a command needs from its owner: run store calls with error reporting."""

    def run(self, call: Callable[[Database], object]) -> bool:
        """Run ``call(db)``; on a store error report it to the user and return False."""
        ...

    def first_done(self, results: Sequence[EditResult]) -> None:
        """Told once the first redo made every step."""
        ...

    @property
    def transient_failure(self) -> bool:
        """True if the last failed run failed on the database itself (locked, unreachable), not on the edit."""
        ...

    @property
    def stack(self) -> QUndoStack:
        """The undo stack the commands are on."""
        ...

    def restore_index(self, index: int) -> None:
        """Put the stack back at ``index`` after the running undo/redo returned."""
        ...

    def changed(self, changes: Changes) -> None:
        """Told what a do, undo or redo that worked changed (the views to refresh)."""
        ...

    def note(self, text: str) -> None:
        """Tell the user something about an undo/redo that worked (status bar)."""
        ...

    @property
    def concurrent_failure(self) -> bool:
        """True if the last failed run was refused because someone else changed the item meanwhile."""
        ...

    def offer_force_undo(self, curation_ids: Sequence[int]) -> None:
        """Let the user undo these edits anyway (overwriting the other change) from the refusal's message."""
        ...


class CurationCommand(QUndoCommand):
    """Runs its steps on the first ``redo()``, keeping each ``EditResult.curation_id``; later undo/redo replay the
    stored edits. A step that fails undoes the steps before it and makes the command obsolete (QUndoStack then
    drops it), so the stack never holds an edit the store does not have. An undo or redo refused by the store
    (someone else's change, a vanished target) drops the command too; one that failed on the database itself
    (locked, unreachable) keeps it, and the stack goes back to where it was, so the user can try again."""

    def __init__(self, runner: EditRunner, steps: Sequence[Step], text: str) -> None:
        super().__init__(text)
        self._runner = runner
        self._steps = list(steps)
        self.results: list[EditResult] = []
        self._done_once = False
        self._retried = False

    @property
    def created_id(self) -> int | None:
        """The id of the actor or event the last step created, if any."""
        return next((r.created_id for r in reversed(self.results) if r.created_id is not None), None)

    @property
    def changes(self) -> Changes:
        """What doing, undoing or redoing this command changes."""
        changes = [r.changes for r in self.results]
        return functools.reduce(operator.or_, changes) if changes else ALL

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            if not self._runner.run(self._first_redo):
                self.setObsolete(True)
            else:
                if self.results and self.results[-1].description:
                    self.setText(self.results[-1].description)
                self._runner.first_done(self.results)
                self._runner.changed(self.changes)
            return
        self._replay_or_keep(self._replay)

    def undo(self) -> None:
        self._replay_or_keep(self._revert)

    def _replay_or_keep(self, call: Callable[[Database], None]) -> None:
        index = self._runner.stack.index()  # QUndoStack moves it once this returns
        if self._runner.run(call):
            self._retried = False
            self._runner.changed(self.changes)
        elif self._runner.transient_failure and not self._retried:
            self._retried = True  # if putting it back fails as well, the command goes
            self._runner.restore_index(index)
        else:
            if call == self._revert and self._runner.concurrent_failure:
                self._runner.offer_force_undo([r.curation_id for r in reversed(self.results)])
            self.setObsolete(True)

    def _first_redo(self, db: Database) -> None:
        try:
            for step in self._steps:
                self.results.append(step(db, tuple(self.results)))
        except Exception:
            for result in reversed(self.results):  # all or nothing: take back the steps that were made
                undo_edit(db, result.curation_id)
            self.results.clear()
            raise

    def _replay(self, db: Database) -> None:
        for result in self.results:
            redo_edit(db, result.curation_id)

    def _revert(self, db: Database) -> None:
        gone = [r.description for r in reversed(self.results) if not undo_edit(db, r.curation_id)]
        if gone:
            self._runner.note(f"Nothing left to undo for “{gone[0]}”: it is no longer in the store "
                              "(a newer extraction no longer finds it)")
