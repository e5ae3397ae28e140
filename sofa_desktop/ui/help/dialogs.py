"""Help menu: the user guide (README's "Using it", shipped beside this module), the keyboard shortcuts of the window's
actual actions, and opening the log folder."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sofa_desktop import APP_NAME


def user_guide_text() -> str:
    """The user guide as Markdown (package data, so it ships with the app)."""
    return resources.files("sofa_desktop.ui.help").joinpath("user_guide.md").read_text(encoding="utf-8")


def _dialog(parent: QWidget, title: str, body: QWidget, size: tuple[int, int]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    body.setParent(dialog)
    layout.addWidget(body, 1)
    layout.addWidget(buttons)
    dialog.resize(*size)
    dialog.open()
    return dialog


def show_user_guide(parent: QWidget) -> QDialog:
    """Help › User Guide: our own Markdown, rendered (links open in the browser)."""
    browser = QTextBrowser()
    browser.setObjectName("userGuide")
    browser.setOpenExternalLinks(True)
    browser.setMarkdown(user_guide_text())
    return _dialog(parent, f"{APP_NAME} User Guide", browser, (640, 520))


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action with a shortcut in the window's menus, in menu order."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {action.menu().title().replace('&', '')}")
            elif action.shortcuts() and id(action) not in seen:
                seen.add(id(action))
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                rows.append((path, action.text().replace("&", "").rstrip("…"), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), top.menu().title().replace("&", ""))
    return rows


def show_shortcuts(window: QMainWindow) -> QDialog:
    """Help › Keyboard Shortcuts: a table made from the actions themselves, so it is never out of date."""
    rows = shortcut_rows(window)
    table = QTableWidget(len(rows), 3)
    table.setObjectName("shortcutsTable")
    table.setHorizontalHeaderLabels(["Menu", "Command", "Keys"])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))  # item text is plain text
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return _dialog(window, "Keyboard Shortcuts", table, (560, 480))


def log_folder() -> Path:
    """The per-user log folder (made if missing)."""
    from sofa_desktop.ui.errors import log_file

    folder = log_file().parent
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_log_folder() -> Path:
    """Help › Open Log Folder: show the log folder in the file manager; returns it."""
    folder = log_folder()
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    return folder

