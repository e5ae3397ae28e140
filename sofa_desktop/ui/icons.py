"""Icon registry: meaning -> Material Design glyph from qtawesome's bundled mdi6 font, drawn by a small icon engine."""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

# Only the mdi6 font is loaded, directly from qtawesome's package folder: importing qtawesome (qtpy, every bundled
# font checked by MD5 and registered) cost ≈ 150 ms of start-up. Glyphs are drawn as qtawesome draws them by default.
_FONT_GLOB = "materialdesignicons6-webfont-*.ttf"
_FALLBACK = "help-circle-outline"

_SPECS: dict[str, str] = {
    "person": "mdi6.account",
    "organization": "mdi6.domain",
    "institution": "mdi6.bank",
    "country": "mdi6.flag",
    "unknown-actor": "mdi6.account-question",
    "import-files": "mdi6.file-import-outline",
    "import-folder": "mdi6.folder-download",
    "export": "mdi6.export",
    "quit": "mdi6.exit-to-app",
    "search": "mdi6.magnify",
    "back": "mdi6.arrow-left",
    "forward": "mdi6.arrow-right",
    "zoom-in": "mdi6.magnify-plus-outline",
    "zoom-out": "mdi6.magnify-minus-outline",
    "fit": "mdi6.fit-to-page-outline",
    "conflict": "mdi6.alert",
    "about": "mdi6.information-outline",
    "timeline": "mdi6.chart-timeline-variant",
    "quote": "mdi6.format-quote-close",
    "mention": "mdi6.at",
    "actors": "mdi6.account-group",
    "source": "mdi6.text-box-outline",
    "theme": "mdi6.theme-light-dark",
    "filter": "mdi6.filter-variant",
    # analyst curation (ui/curation)
    "edited": "mdi6.pencil",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "history": "mdi6.history",
    "merge": "mdi6.call-merge",
    "split": "mdi6.call-split",
    "resolved": "mdi6.check-circle",
    "add-event": "mdi6.calendar-plus",
    "edit-event": "mdi6.calendar-edit",
    "speaker": "mdi6.account-voice",
    "edit-actor": "mdi6.account-edit",
}


_loaded: list[tuple[str, dict[str, str]]] = []


def _font() -> tuple[str, dict[str, str]]:
    """The mdi6 font's family name and charmap (glyph name -> character), registered once; ('', {}) if missing."""
    if not _loaded:
        if QApplication.instance() is None:
            return "", {}  # fonts need a QApplication: try again once there is one
        _loaded.append(_load_font())
    return _loaded[0]


def _load_font() -> tuple[str, dict[str, str]]:
    spec = importlib.util.find_spec("qtawesome")  # locates the package without importing it
    folders = list(spec.submodule_search_locations or []) if spec else []
    ttfs = sorted((Path(folders[0]) / "fonts").glob(_FONT_GLOB)) if folders else []
    if not ttfs:
        return "", {}
    ttf = ttfs[-1]
    charmap = ttf.with_name(ttf.name.replace("-webfont-", "-webfont-charmap-")).with_suffix(".json")
    try:
        codes = json.loads(charmap.read_text(encoding="utf-8"))
        chars = {name: chr(int(code, 16)) for name, code in codes.items()}
    except (OSError, ValueError):
        return "", {}
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(ttf)))
    return (families[0], chars) if families else ("", {})


class _GlyphEngine(QIconEngine):
    """Draws one font glyph centred at 7/8 of the icon height (qtawesome's default), greyed when disabled."""

    def __init__(self, family: str, char: str, colour: str | None) -> None:
        super().__init__()
        self._family, self._char, self._colour = family, char, colour

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Paint the glyph into ``rect``."""
        palette = QApplication.palette()
        if mode == QIcon.Mode.Disabled:
            colour = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        else:
            colour = QColor(self._colour) if self._colour else palette.color(QPalette.ColorRole.WindowText)
        font = QFont()
        font.setFamily(self._family)
        font.setPixelSize(round(0.875 * rect.height()))
        painter.save()
        painter.setPen(colour)
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """A transparent pixmap of ``size`` with the glyph painted on it."""
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        """A copy drawing the same glyph."""
        return _GlyphEngine(self._family, self._char, self._colour)


@functools.cache
def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon for a meaning (falls back to a question mark for unknown names)."""
    family, chars = _font()
    glyph = _SPECS.get(name, "").removeprefix("mdi6.")
    char = chars.get(glyph) or chars.get(_FALLBACK)
    if not char:
        return QIcon()
    return QIcon(_GlyphEngine(family, char, colour))


_KIND_COLOURS = {"person": "#3b82c4", "organization": "#2e9b6a", "institution": "#8a5cc2", "country": "#d9822b"}


def actor_icon(kind: str) -> QIcon:
    """The icon for an actor kind, tinted per kind (mid tones that read on light and dark backgrounds)."""
    if kind not in _KIND_COLOURS:
        return icon("unknown-actor")
    return icon(kind, _KIND_COLOURS[kind])


def clear_cache() -> None:
    """Forget cached icons (after a palette change, so they pick up the new text colour)."""
    icon.cache_clear()
