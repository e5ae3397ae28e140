"""Steps for the GUI tests: open the main window, click table rows and timeline marks as a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from sofa_desktop.ui.main_window import MainWindow


def open_window(qtbot, db, size: tuple[int, int] = (1280, 800)) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on ``db``, shown and exposed (without the user's saved settings)."""
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()  # window shortcuts (F3, Alt+Left) only fire in the active window
    qtbot.waitUntil(w.isActiveWindow)
    return w


def click_row(qtbot, table: QTableView, row: int, column: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Left-click the middle of a table cell."""
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def actor_row(w: MainWindow, name: str) -> int:
    """The proxy row of the actor called ``name`` in the actor table."""
    proxy = w.actor_panel.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(w.actor_panel.model.RowRole).name == name)


def click_actor(qtbot, w: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    """Click an actor's row in the actor table."""
    click_row(qtbot, w.actor_panel.table, actor_row(w, name))


def click_event(qtbot, w: MainWindow, event_id: int) -> None:  # type: ignore[no-untyped-def]
    """Click an event's mark on the timeline."""
    w.timeline.ensure_visible(event_id)
    rect = w.timeline.mark_rect(event_id)
    qtbot.mouseClick(w.timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())


def event_id(w: MainWindow, title: str) -> int:
    """The id of the event with this title."""
    return next(e.id for e in w.events.values() if e.title == title)
