"""The source viewer's "Earlier versions…" action: the texts a newer version of the same article replaced, shown
read-only (store.source_versions); the main window creates one :class:`EarlierVersionsUi`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QMenu, QPlainTextEdit, QVBoxLayout, QWidget

from sofa_desktop.store.source_versions import EarlierVersion, count_earlier_versions, earlier_versions
from sofa_desktop.ui.icons import icon

if TYPE_CHECKING:
    from sofa_desktop.ui.main_window import MainWindow


class EarlierVersionsDialog(QDialog):
    """A source's earlier texts, one at a time (oldest first), in a read-only text view."""

    def __init__(self, versions: list[EarlierVersion], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EarlierVersionsDialog")
        self.setWindowTitle(f"Earlier versions — {title}")
        self.versions = versions
        self.picker = QComboBox(self)
        for v in versions:
            self.picker.addItem(f"Replaced {v.replaced_at:%Y-%m-%d %H:%M} UTC — {v.title or 'untitled'}", v.id)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setUndoRedoEnabled(False)
        self.note = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.note)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.picker.currentIndexChanged.connect(self._show)
        self.resize(720, 560)
        self._show(0)

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.versions):
            self.text.setPlainText("")
            return
        v = self.versions[index]
        self.note.setText(f"Imported {v.imported_at:%Y-%m-%d %H:%M} UTC · read-only · SHA-256 {v.sha256[:12]}…")
        self.text.setPlainText(v.text)


class EarlierVersionsUi:
    """One action, in the source text's context menu and beside the source picker; enabled when the source shown
    has earlier versions."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.action = QAction(icon("history"), "Earlier versions…", window)
        self.action.setObjectName("earlierVersionsAction")
        self.action.setToolTip("Read the texts that newer versions of this article replaced (read-only)")
        self.action.setEnabled(False)
        self.action.triggered.connect(self.show_dialog)
        window.viewer.add_source_action(self.action)
        window.viewer.source_changed.connect(self._on_source_changed)
        window.viewer.context_menu_requested.connect(self._on_context_menu)
        self.dialog: EarlierVersionsDialog | None = None

    def _on_source_changed(self, source_id: object) -> None:
        count = 0
        if isinstance(source_id, int):
            with self.window.db.read_session() as s:
                count = count_earlier_versions(s, source_id)
        self.action.setEnabled(count > 0)
        self.action.setText(f"Earlier versions ({count})…" if count else "Earlier versions…")

    def _on_context_menu(self, menu: QMenu, _position: int) -> None:
        if self.action.isEnabled():
            menu.addSeparator()
            menu.addAction(self.action)

    def show_dialog(self) -> EarlierVersionsDialog | None:
        """Open the earlier texts of the source shown (None if it has none)."""
        source_id = self.window.viewer.source_id
        if source_id is None:
            return None
        with self.window.db.read_session() as s:
            versions = earlier_versions(s, source_id)
        if not versions:
            return None
        self.dialog = EarlierVersionsDialog(versions, self.window.viewer.picker.currentText()[:80], self.window)
        self.dialog.show()
        return self.dialog
