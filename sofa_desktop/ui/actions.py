"""Every QAction of the main window, with text, icon, shortcut and tip (panels receive actions, never build them)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from sofa_desktop.ui.icons import icon

Key = QKeySequence.StandardKey


class Actions:
    """The window's actions; the main window connects their ``triggered`` signals."""

    def __init__(self, parent: QWidget) -> None:
        self._icons: list[tuple[QAction, str]] = []

        def make(text: str, icon_name: str | None = None, shortcut: object = None, tip: str = "") -> QAction:
            action = QAction(text, parent)
            if icon_name:
                action.setIcon(icon(icon_name))
                self._icons.append((action, icon_name))
            if isinstance(shortcut, list):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            elif shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if tip:
                action.setToolTip(tip)
                action.setStatusTip(tip)
            return action

        self.import_files = make("&Import Files…", "import-files", Key.Open,
                                 "Import article files: text, web pages, PDF, Word, e-mail")
        self.import_folder = make("Import &Folder…", "import-folder", "Ctrl+Shift+O",
                                  "Import every article file in a folder and its subfolders (other files are skipped)")
        self.import_url = make("Import from &URL…", "import-url", "Ctrl+Shift+U",
                               "Import web pages or PDFs from their addresses (one or many links)")
        self.reextract = make("&Re-extract Sources…", "reextract", None,
                              "Read the stored articles again with this version's extractor (analysts' edits are kept)")
        self.export_json = make("&JSON…", "export", "Ctrl+E", "Export the whole store as JSON")
        self.export_json.setIconText("Export")  # toolbar label; in the menu it sits under File › Export
        self.export_quotes_csv = make("&All Quotes as CSV…", "quote", None, "Export every quote as a CSV spreadsheet")
        self.export_found_quotes = make("These &Quotes as CSV…", "quote", None,
                                        "Export the quotes the quote search shows now as a CSV spreadsheet")
        self.export_found_quotes.setEnabled(False)  # until a search is typed
        self.export_timelinejs = make("&Timeline for TimelineJS…", "timeline", None,
                                      "Export dated events as TimelineJS JSON for publishing on the web")
        self.export_timeline_image = make("Timeline &Image (PNG/SVG)…", "timeline", None,
                                          "Save the timeline as shown (current zoom) as a PNG or SVG image")
        self.quit = make("&Quit", "quit", Key.Quit, "Quit SOFA Desktop")
        if QKeySequence(Key.Quit).isEmpty():  # Windows has no standard Quit key
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.find_quotes = make("&Find Quotes…", "search", Key.Find, "Search quotes by speaker and words")
        self.back = make("&Back", "back", "Alt+Left", "Go back to the previous selection")
        self.forward = make("&Forward", "forward", "Alt+Right", "Go forward again")
        self.next_mention = make("Next &Mention", "next-mention", "F3",
                                 "Go to the selected actor's next mention (across sources)")
        self.previous_mention = make("Pre&vious Mention", "previous-mention", "Shift+F3",
                                     "Go to the selected actor's previous mention")
        self.zoom_in = make("Zoom &In", "zoom-in", [Key.ZoomIn, "Ctrl+="], "Zoom the timeline in")
        self.zoom_out = make("Zoom &Out", "zoom-out", Key.ZoomOut, "Zoom the timeline out")
        self.fit_all = make("&Fit All", "fit", "Ctrl+0", "Show every dated event on the timeline")
        self.dark_theme = make("&Dark Theme", "theme", "Ctrl+Shift+D", "Switch between light and dark colours")
        self.dark_theme.setCheckable(True)
        self.user_guide = make("&User Guide", "help", Key.HelpContents, "How to use SOFA Desktop")
        if QKeySequence(Key.HelpContents).isEmpty():
            self.user_guide.setShortcut(QKeySequence("F1"))
        self.shortcuts = make("&Keyboard Shortcuts", "keyboard", None, "Every keyboard shortcut of the window")
        self.open_log_folder = make("Open &Log Folder", "log-folder", None,
                                    "Show the folder with the application's log (attach it to a bug report)")
        self.about = make("&About SOFA Desktop", "about", None, "About this application")
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        self.next_mention.setEnabled(False)
        self.previous_mention.setEnabled(False)

    def refresh_icons(self) -> None:
        """Re-create the icons after a palette change so they match the new text colour."""
        for action, name in self._icons:
            action.setIcon(icon(name))
