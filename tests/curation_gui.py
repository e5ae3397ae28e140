"""Helpers for the GUI curation tests: open the window, fill and accept the curation dialog, press keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sofa_desktop.ui.main_window import MainWindow


def open_window(qtbot, db) -> MainWindow:
    w = MainWindow(db, restore=False)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def accept_dialog(qtbot, w: MainWindow, fill: Callable[[QDialog], None] | None = None) -> QDialog:
    """Fill the open curation dialog like a user would and click OK."""
    dialog = w.curation.dialog
    assert dialog is not None and dialog.isVisible()
    if fill is not None:
        fill(dialog)
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and w.curation.dialog is None
    return dialog


def press(qtbot, w: MainWindow, key: str) -> None:
    """Press a shortcut ("Ctrl+Z", "Ctrl+Shift+Z") with the timeline focused, as a user would."""
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)  # shortcuts only reach the active window
    w.timeline.setFocus()
    mods = Qt.KeyboardModifier.ControlModifier
    if "Shift" in key:
        mods |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(w.timeline, Qt.Key.Key_Z, mods)


def actor_id(w: MainWindow, name: str) -> int:
    return next(a.id for a in w.curation.targets.actors() if a.name == name)


def actor_names(w: MainWindow) -> set[str]:
    return {a.name for a in w.curation.targets.actors()}


def event_by_title(w: MainWindow, title: str) -> int:
    return next(e.id for e in w.events.values() if e.title == title)


def keep_in_merge(qtbot, name: str) -> Callable[[QDialog], None]:
    """A fill for the merge dialog: choose the actor called ``name`` as the one to keep."""
    def fill(d: QDialog) -> None:
        keep = next(b for b in d.group.buttons() if b.text().startswith(name))
        qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)

    return fill


def expect_refused(w: MainWindow, reason: str) -> None:
    """The edit was refused: a message saying ``reason`` is shown, no step is on the undo stack; close the message."""
    box = w.curation.message
    assert box is not None and box.isVisible() and reason in box.text()
    assert w.undo_stack.count() == 0
    box.accept()
