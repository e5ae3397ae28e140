"""Issue 19, Help menu: the user guide (README's "Using it", shipped as package data), keyboard shortcuts made from
the window's actions, and Open Log Folder (made when missing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QTableWidget, QTextBrowser
from window_steps import open_window

from sofa_desktop.ui.help.dialogs import user_guide_text

README = Path(__file__).resolve().parents[3] / "README.md"


def help_menu(w):  # type: ignore[no-untyped-def]
    return next(a.menu() for a in w.menuBar().actions() if a.menu() and a.menu().title() == "&Help")


def open_dialog(qtbot, w, action) -> QDialog:  # type: ignore[no-untyped-def]
    assert action in help_menu(w).actions()
    action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in w.findChildren(QDialog)))
    return next(d for d in w.findChildren(QDialog) if d.isVisible())


def test_user_guide_is_the_readme_section() -> None:
    section = README.read_text(encoding="utf-8").split("## Using it\n", 1)[1].split("\n## ", 1)[0].strip()
    assert section in user_guide_text()  # edit both together: the README is what the app ships


def test_user_guide_dialog(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    dialog = open_dialog(qtbot, w, w.actions.user_guide)
    text = dialog.findChild(QTextBrowser, "userGuide").toPlainText()
    assert "Click-through" in text and "**" not in text  # rendered Markdown, not its source
    dialog.close()


def test_shortcuts_come_from_the_actions(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    w.actions.next_mention.setShortcut(QKeySequence("Ctrl+Alt+M"))  # a changed shortcut shows as it is
    dialog = open_dialog(qtbot, w, w.actions.shortcuts)
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    native = QKeySequence.SequenceFormat.NativeText
    assert ("Next Mention", QKeySequence("Ctrl+Alt+M").toString(native)) in rows
    assert ("Back", QKeySequence("Alt+Left").toString(native)) in rows
    assert ("Find Quotes", w.actions.find_quotes.shortcut().toString(native)) in rows
    assert any(command == "Actors" for command, _keys in rows)  # View › Actors (Ctrl+1): dock toggles too
    dialog.close()


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_log_folder_creates_and_opens_it(qtbot, rich_db, tmp_path: Path) -> None:
    w = open_window(qtbot, rich_db)
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")  # Qt's own hook instead of launching a file manager
    try:
        assert w.actions.open_log_folder in help_menu(w).actions()
        w.actions.open_log_folder.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    [url] = opened.urls
    folder = Path(url.toLocalFile())
    assert folder.is_dir() and folder.is_relative_to(tmp_path)  # conftest keeps XDG_STATE_HOME in tmp_path
