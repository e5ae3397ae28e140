"""The timeline with its own toolbar: what the rows are (threads, sources, outlets, actors), whether statements and
not-asserted events show; the choices are remembered in the settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QVBoxLayout, QWidget

from sofa_desktop.ui.settings import Settings
from sofa_desktop.ui.timeline.rows import MODE_TIPS, MODE_TITLES, MODES, default_mode
from sofa_desktop.ui.timeline.view import TimelineView


class TimelinePane(QWidget):
    """A toolbar over the ``TimelineView``; ``mode_changed(mode)`` when the user picks other rows."""

    mode_changed = Signal(str)

    def __init__(self, view: TimelineView, settings: Settings, persist: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self.view = view
        self.settings = settings
        self.persist = persist  # screenshot runs neither read nor write the user's settings
        self.bar = QToolBar("Timeline", self)
        self.bar.setObjectName("timelineToolBar")
        self.bar.addWidget(QLabel(" Rows: ", self.bar))
        self.rows = QComboBox(self.bar)
        self.rows.setObjectName("timelineRows")
        self.rows.setToolTip("What each row of the timeline is")
        for mode in MODES:
            self.rows.addItem(MODE_TITLES[mode], mode)
            self.rows.setItemData(self.rows.count() - 1, MODE_TIPS[mode], Qt.ItemDataRole.ToolTipRole)
        self.bar.addWidget(self.rows)
        self.bar.addSeparator()
        self.statements = self._toggle("Statements", "Show statements (said, told, announced in words) besides "
                                       "actions", "statements", True)
        self.not_asserted = self._toggle("Not asserted", "Show events the text does not assert (denied, "
                                         "hypothetical, required...) or that did not happen: faint and dashed",
                                         "not_asserted", False)
        self.singles = self._toggle("Single reports", "In thread rows, also show happenings told by one report "
                                    "only (off: only what several reports tell)", "singles", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(view, 1)
        self._chosen = settings.timeline_rows() if persist else None
        if persist and (gutter := settings.timeline_gutter()) is not None:
            view.set_gutter(gutter)
        self._on_toggled("", False)
        self.rows.currentIndexChanged.connect(self._on_rows_picked)
        view.gutter_resized.connect(lambda w: self.settings.save_timeline_gutter(w) if self.persist else None)

    def _toggle(self, text: str, tip: str, key: str, default: bool) -> QAction:
        action = self.bar.addAction(text)
        action.setObjectName(f"timeline_{key}")
        action.setCheckable(True)
        action.setChecked(self.settings.timeline_flag(key, default) if self.persist else default)
        action.setToolTip(tip)
        action.toggled.connect(lambda on, key=key: self._on_toggled(key, on))
        return action

    def apply_default(self, sources: int) -> None:
        """Rows as the user chose them, else threads once there are more than a handful of sources."""
        mode = self._chosen or default_mode(sources)
        self.rows.blockSignals(True)
        self.rows.setCurrentIndex(MODES.index(mode))
        self.rows.blockSignals(False)
        self.view.set_mode(mode, rebuild=False)  # the caller shows the events next
        self.singles.setEnabled(mode == "thread")

    def set_mode(self, mode: str) -> None:
        """Pick rows as the user does (remembered)."""
        if mode in MODES:
            self.rows.setCurrentIndex(MODES.index(mode))

    def _on_rows_picked(self, index: int) -> None:
        mode = MODES[index]
        self._chosen = mode
        if self.persist:
            self.settings.save_timeline_rows(mode)
        self.view.set_mode(mode)
        self.singles.setEnabled(mode == "thread")
        self.mode_changed.emit(mode)

    def _on_toggled(self, key: str, on: bool) -> None:
        if self.persist and key:
            self.settings.save_timeline_flag(key, on)
        self.view.set_kinds(self.statements.isChecked(), self.not_asserted.isChecked(), self.singles.isChecked())
        self.singles.setEnabled(self.view.mode == "thread")
