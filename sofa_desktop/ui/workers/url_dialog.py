"""File › Import from URL…: paste one or many links (one a line); the import runs in the usual import worker."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from sofa_desktop.store.ingest import is_link


def parse_links(text: str) -> tuple[list[str], list[str]]:
    """(links, other lines) of pasted text: one address a line, blank lines ignored, duplicates once."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    links = list(dict.fromkeys(line for line in lines if is_link(line)))
    return links, [line for line in lines if not is_link(line)]


class UrlImportDialog(QDialog):
    """A box for links; OK only closes it when every line is a web address (http or https)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UrlImportDialog")
        self.setWindowTitle("Import from URL")
        intro = QLabel("Paste the addresses of web pages or PDFs, one a line. Each is fetched (20 s at most, "
                       "20 MB at most) and imported like a file.", self)
        intro.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText("https://news.example/2026/03/11/story.html")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def links(self) -> list[str]:
        """The addresses entered."""
        return parse_links(self.edit.toPlainText())[0]

    def accept(self) -> None:
        links, other = parse_links(self.edit.toPlainText())
        if other or not links:
            shown = other[0] if other else ""
            self.problem.setText(f"Not a web address (http:// or https://): {shown[:80]}" if other
                                 else "Paste at least one address.")
            self.problem.show()
            return
        super().accept()
