"""Curating a whole source from the source picker's (and the text's) context menu: set its publication date,
title and outlet (an analyst's edit; the source is re-extracted so its relative dates follow), or remove it. Both
are undo steps on the window's stack."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMenu, QWidget

from sofa_desktop.store import Database
from sofa_desktop.store.ingest import RemovedSource, refresh_source, remove_source, restore_source, set_source_details
from sofa_desktop.store.queries import SourceRow, get_source
from sofa_desktop.ui.curation.commands import CurationCommand, EditRunner
from sofa_desktop.ui.icons import icon

if TYPE_CHECKING:
    from sofa_desktop.ui.main_window import MainWindow


class SourceDetailsDialog(QDialog):
    """Publication date (YYYY-MM-DD, empty: undated), title and outlet of one source."""

    def __init__(self, row: SourceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SourceDetailsDialog")
        self.setWindowTitle("Source details")
        self.row = row
        self.date = QLineEdit(row.published.isoformat() if row.published else "", self)
        self.date.setPlaceholderText("YYYY-MM-DD (empty: undated)")
        self.title_edit = QLineEdit(row.title or "", self)
        self.outlet = QLineEdit(row.outlet or "", self)
        self.problem = QLabel(self)
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(QLabel(f"{row.name} — relative dates (“on Tuesday”) are resolved again from the new date.", self))
        form.addRow("Published:", self.date)
        form.addRow("Title:", self.title_edit)
        form.addRow("Outlet:", self.outlet)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        """The fields changed: ``published`` (a date or None), ``title``, ``outlet``; ValueError for a bad date."""
        text = self.date.text().strip()
        published = dt.date.fromisoformat(text) if text else None
        new = {"published": published, "title": self.title_edit.text().strip() or None,
               "outlet": self.outlet.text().strip() or None}
        old = {"published": self.row.published, "title": self.row.title, "outlet": self.row.outlet}
        return {k: v for k, v in new.items() if v != old[k]}

    def accept(self) -> None:
        try:
            self.values()
        except ValueError:
            self.problem.setText("The date must be written YYYY-MM-DD, e.g. 2026-03-11.")
            self.problem.show()
            return
        super().accept()


class SourceDetailsCommand(CurationCommand):
    """The edit as an undo step; each undo and redo also re-extracts the source, so its dates follow."""

    def __init__(self, runner: EditRunner, source_id: int, values: dict[str, Any], author: str | None) -> None:
        super().__init__(runner, [lambda db, _done: set_source_details(db, source_id, author=author, **values)],
                         "Set source details")
        self.source_id = source_id

    def _replay(self, db: Database) -> None:
        super()._replay(db)
        refresh_source(db, self.source_id)

    def _revert(self, db: Database) -> None:
        super()._revert(db)
        refresh_source(db, self.source_id)


class RemoveSourceCommand(QUndoCommand):
    """Removes a source; undo stores it again (extracted anew, analysts' edits re-applied)."""

    def __init__(self, runner: EditRunner, source_id: int, label: str) -> None:
        super().__init__(f"Remove source “{label[:60]}”")
        self._runner, self.source_id = runner, source_id
        self.removed: RemovedSource | None = None

    def redo(self) -> None:
        if not self._runner.run(self._remove):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._runner.run(self._restore):
            self.setObsolete(True)

    def _remove(self, db: Database) -> None:
        self.removed = remove_source(db, self.source_id)

    def _restore(self, db: Database) -> None:
        if self.removed is not None:
            self.source_id = restore_source(db, self.removed)


class SourceEditsUi:
    """The two actions on the source shown, in the picker's and the text's context menus."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.set_details = QAction(icon("edit-source"), "Set Date, Title and Outlet…", window)
        self.set_details.setObjectName("setSourceDetailsAction")
        self.set_details.setToolTip("Correct the source's publication date, title or outlet (undoable)")
        self.set_details.triggered.connect(self.edit_details)
        self.remove = QAction(icon("remove-source"), "Remove Source…", window)
        self.remove.setObjectName("removeSourceAction")
        self.remove.setToolTip("Remove a wrongly imported source with its quotes and events (undoable)")
        self.remove.triggered.connect(self.remove_source)
        self.dialog: SourceDetailsDialog | None = None
        picker = window.viewer.picker
        picker.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        picker.customContextMenuRequested.connect(self._picker_menu)
        window.viewer.context_menu_requested.connect(lambda menu, _pos: self._add_to(menu))
        window.viewer.source_changed.connect(self._enable)
        self._enable(None)

    def _enable(self, source_id: object) -> None:
        ok = isinstance(source_id, int) and not self.w.db.read_only
        self.set_details.setEnabled(ok)
        self.remove.setEnabled(ok)

    def _add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addActions([self.set_details, self.remove])

    def _picker_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.w.viewer.picker)
        self._add_to(menu)
        menu.exec(self.w.viewer.picker.mapToGlobal(pos))
        menu.deleteLater()

    def _shown(self) -> SourceRow | None:
        source_id = self.w.viewer.source_id
        if source_id is None:
            return None
        with self.w.db.read_session() as s:
            doc = get_source(s, source_id)
        return doc.row if doc else None

    def edit_details(self) -> SourceDetailsDialog | None:
        """Open the details dialog for the source shown; OK pushes the edit as one undo step."""
        row = self._shown()
        if row is None:
            return None
        dialog = SourceDetailsDialog(row, self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(row.id, dialog.values()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _apply(self, source_id: int, values: dict[str, Any]) -> None:
        if values:
            controller = self.w.curation
            self.w.undo_stack.push(SourceDetailsCommand(controller, source_id, values, controller.author))

    def remove_source(self) -> None:
        """Remove the source shown (one undo step)."""
        row = self._shown()
        if row is not None:
            self.w.undo_stack.push(RemoveSourceCommand(self.w.curation, row.id, row.label))
