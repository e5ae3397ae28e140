"""The application palette: light or dark Fusion colours (Qt is imported inside, when the application exists)."""

from __future__ import annotations


def apply_theme(dark: bool | None) -> None:
    """Light or dark Fusion palette; None follows the system colour scheme."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QGuiApplication, QPalette
    from PySide6.QtWidgets import QApplication

    from sofa_desktop.ui import icons

    app = QApplication.instance()
    if dark is None:
        dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    style = app.style()
    if not dark:
        palette = style.standardPalette()
        palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f4f5f7"))
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b6f76"))
    else:
        palette = QPalette()
        roles = {
            QPalette.ColorRole.Window: "#2b2d31", QPalette.ColorRole.WindowText: "#e6e6e6",
            QPalette.ColorRole.Base: "#1f2023", QPalette.ColorRole.AlternateBase: "#26282c",
            QPalette.ColorRole.ToolTipBase: "#33363b", QPalette.ColorRole.ToolTipText: "#f0f0f0",
            QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#34373c",
            QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.BrightText: "#ff6b6b",
            QPalette.ColorRole.Highlight: "#3d7bd9", QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
            QPalette.ColorRole.Mid: "#4a4d52", QPalette.ColorRole.Dark: "#1a1b1e", QPalette.ColorRole.Light: "#45484e",
        }
        for role, colour in roles.items():
            palette.setColor(role, QColor(colour))
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7d82"))
    app.setPalette(palette)
    icons.clear_cache()  # icons draw in the palette's (disabled) window text colour
