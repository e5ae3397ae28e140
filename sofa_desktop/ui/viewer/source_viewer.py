"""Source viewer panel: the article text shown literally with highlighted quotes, mentions and event evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QPalette,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from sofa_desktop.store.queries import SourceDoc, SourceRow, Span
from sofa_desktop.ui.colours import is_dark, rich_tooltip, speaker_tint
from sofa_desktop.ui.curation.marks import EDITED_COLOUR
from sofa_desktop.ui.viewer.elided_text import ElidedText
from sofa_desktop.ui.viewer.highlight_layers import Highlight, HighlightLayers

# mentions keep their underline; the current passage (the event or quote opened last) paints over everything
_PRIORITIES = {"event": 0, "quote": 1, "edited": 1.5, "mention": 2, "actor": 3, "current": 4}


def source_label(row: SourceRow) -> str:
    """Picker text: title — outlet · published date."""
    meta = " · ".join(x for x in (row.outlet, row.published.isoformat() if row.published else "undated") if x)
    return f"{row.label} — {meta}"


class _TextView(QPlainTextEdit):
    """Read-only plain-text view that explains the passage under the mouse in a tooltip."""

    def __init__(self, viewer: SourceViewer) -> None:
        super().__init__(viewer)
        self._viewer = viewer
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setPlaceholderText("Select an event, a quote or a source to read it here.")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.document().setDocumentMargin(14)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.cursorForPosition(event.pos())
            labels = self._viewer.labels_at(cursor.position())
            if labels:
                QToolTip.showText(event.globalPos(), rich_tooltip(labels, bold_first=False), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:
        data = QMimeData()  # copy the stored text, not the display's added line breaks
        data.setText(self._viewer.selected_text())
        return data

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        self._viewer.context_menu_requested.emit(menu, self.cursorForPosition(event.pos()).position())
        menu.exec(event.globalPos())
        menu.deleteLater()


class SourceViewer(QWidget):
    """Source picker + legend + text. Entry points: ``show_source(doc, spans)``, ``select_range(start, end)``.

    ``context_menu_requested(QMenu, int)`` lets the window add entries to the text's menu (UTF-16 position).
    """

    source_picked = Signal(int)
    source_changed = Signal(object)  # the id of the source now shown, or None
    context_menu_requested = Signal(object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SourceViewer")
        self.picker = QComboBox(self)
        self.picker.setObjectName("sourcePicker")
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(24)
        self.picker.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.picker.setToolTip("Choose a source to read")
        self.picker.activated.connect(self._on_picker_activated)
        self.text = _TextView(self)
        self._legend = QHBoxLayout()
        self._legend.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self._picker_row = QHBoxLayout()
        self._picker_row.addWidget(self.picker, 1)
        layout.addLayout(self._picker_row)
        layout.addLayout(self._legend)
        layout.addWidget(self.text, 1)
        self._layers = HighlightLayers(self.text, _PRIORITIES)
        self._doc: SourceDoc | None = None
        self._spans: list[Span] = []
        self._offsets = ElidedText("")
        self._formats: dict[str, QTextCharFormat] = {}
        self._build_formats()

    # -- public API -------------------------------------------------------------------------------------------
    @property
    def source_id(self) -> int | None:
        """Id of the source shown, or None."""
        return self._doc.row.id if self._doc else None

    def set_sources(self, rows: Sequence[SourceRow]) -> None:
        """Fill the source picker."""
        self.picker.blockSignals(True)
        self.picker.clear()
        for row in rows:
            self.picker.addItem(source_label(row), row.id)
            self.picker.setItemData(self.picker.count() - 1, source_label(row), Qt.ItemDataRole.ToolTipRole)
        self._sync_picker()
        self.picker.blockSignals(False)

    def show_source(self, doc: SourceDoc | None, spans: Sequence[Span] = ()) -> None:
        """Show a source's text literally and build its highlights once."""
        self._doc = doc
        n = len(doc.text) if doc else 0
        # Offsets come from the database: drop spans that do not fit this text rather than mis-highlight.
        self._spans = sorted((sp for sp in spans if 0 <= sp.start < sp.end <= n), key=lambda sp: (sp.start, sp.end))
        self.text.setExtraSelections([])  # old cursors would point into the replaced document
        # the dateline marker the reader consumed is not article text: hidden, offsets still index doc.text; very
        # long lines are cut into blocks (Qt lays out a paragraph in quadratic time)
        self._offsets = self._layers.offsets = ElidedText(doc.text, doc.hidden) if doc else ElidedText("")
        self._sync_picker()
        self.text.setPlainText(self._offsets.shown)
        by_kind: dict[str, list[Highlight]] = {"event": [], "quote": [], "mention": [], "actor": [], "edited": [],
                                               "current": []}
        for span in self._spans:
            fmt = self._format_for(span)
            if fmt is not None and span.kind in by_kind:
                by_kind[span.kind].append(self._selection(span.start, span.end, fmt))
            if span.curated:  # an analyst edited this quote or event
                by_kind["edited"].append(self._selection(span.start, span.end, self._formats["edited"]))
        self._edited_legend.setVisible(bool(by_kind["edited"]))
        self._layers.set_many(by_kind)
        self.source_changed.emit(self.source_id)

    def add_source_action(self, action: QAction) -> None:
        """Show ``action`` as a small icon button beside the source picker (actions on the source shown)."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setAutoRaise(True)
        self._picker_row.addWidget(button)

    def select_range(self, start: int, end: int) -> None:
        """Select code-point range ``[start, end)`` of the shown text and scroll it to the middle of the view."""
        if self._doc is None:
            return
        n = len(self._doc.text)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._offsets.to_qt(end))
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        cursor.setPosition(self._offsets.to_qt(start), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        current = [self._selection(start, end, self._formats["current"])] if start < end else []
        self._layers.set("current", current)  # replaces the earlier passage's: only the latest stands out

    def selected_text(self) -> str:
        """The selected passage of the stored text (never the line breaks the display added)."""
        span = self.selection_range()
        return (self.text_of(*span) or "") if span else ""

    def selection_range(self) -> tuple[int, int] | None:
        """The selected range as code-point offsets ``(start, end)``, or None when nothing is selected."""
        cursor = self.text.textCursor()
        if self._doc is None or not cursor.hasSelection():
            return None
        return self._offsets.from_qt(cursor.selectionStart()), self._offsets.from_qt(cursor.selectionEnd())

    def text_of(self, start: int, end: int) -> str | None:
        """The shown source's text in a code-point range, or None when nothing is shown or the range is outside."""
        if self._doc is None or not 0 <= start <= end <= len(self._doc.text):
            return None
        return self._doc.text[start:end]

    def published(self) -> dt.date | None:
        """Publication date of the shown source."""
        return self._doc.row.published if self._doc else None

    def span_at(self, kind: str, qt_position: int | None = None) -> Span | None:
        """The innermost passage of a kind at a UTF-16 position (default: the text cursor's selection start)."""
        if qt_position is None:
            qt_position = self.text.textCursor().selectionStart()
        pos = self._offsets.from_qt(qt_position)
        hits = [s for s in self._spans if s.kind == kind and s.start <= pos < s.end]
        return min(hits, key=lambda s: s.end - s.start) if hits else None

    def set_actor_highlight(self, actor_ids: Sequence[int]) -> None:
        """Emphasise the mentions and quotes of these actors (empty clears)."""
        ids = set(actor_ids)
        fmt = self._formats["actor"]
        sels = [self._selection(s.start, s.end, fmt) for s in self._spans
                if s.kind in ("mention", "quote") and ids.intersection(s.actor_ids)]
        self._layers.set("actor", sels)

    def highlight_count(self, layer: str) -> int:
        """How many highlights a layer (event, quote, mention, actor) holds; for tests and benchmarks."""
        return self._layers.count(layer)

    def labels_at(self, qt_position: int) -> list[str]:
        """What the passages at a UTF-16 position are ("Quote — Marco Rubio", "Event — 2025-12, reported")."""
        pos = self._offsets.from_qt(qt_position)
        hits = [s for s in self._spans if s.start <= pos < s.end]
        innermost_first = sorted(hits, key=lambda s: s.end - s.start)
        return [s.label + (" — ✎ edited by analyst" if s.curated else "") for s in innermost_first]

    def refresh_style(self) -> None:
        """Rebuild colours after a palette change."""
        self._build_formats()
        if self._doc is not None:
            self.show_source(self._doc, self._spans)

    # -- internals ---------------------------------------------------------------------------------------------
    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> Highlight:
        return self._layers.make(start, end, fmt)  # code points: converted for Qt when near the screen

    def _format_for(self, span: Span) -> QTextCharFormat | None:
        if span.kind == "quote":
            key = f"quote:{span.actor_ids[0] if span.actor_ids else None}"
            if key not in self._formats:
                fmt = QTextCharFormat()
                fmt.setBackground(speaker_tint(span.actor_ids[0] if span.actor_ids else None, self._alpha(80, 125)))
                self._formats[key] = fmt
            return self._formats[key]
        return self._formats.get(span.kind)

    def _alpha(self, light: int, dark: int) -> int:
        return dark if is_dark(self.palette()) else light

    def _build_formats(self) -> None:
        dark = is_dark(self.palette())
        event = QTextCharFormat()  # faint: most paragraphs hold some event; the current one is marked strongly
        event.setBackground(QColor(255, 214, 102, 50 if dark else 60))
        current = QTextCharFormat()
        current.setBackground(QColor(255, 170, 40, 150) if dark else QColor(255, 176, 32, 170))
        current.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        current.setUnderlineColor(QColor("#ffb74d") if dark else QColor("#b35c00"))
        self._paint_selection_as_current(dark)
        mention = QTextCharFormat()
        mention.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        mention.setUnderlineColor(QColor("#8ab4f8") if dark else QColor("#1a5fb4"))
        mention.setFontUnderline(True)
        actor = QTextCharFormat()
        actor.setBackground(QColor(90, 160, 255, 120) if dark else QColor(60, 130, 240, 90))
        actor.setFontUnderline(True)
        actor.setUnderlineColor(QColor("#8ab4f8") if dark else QColor("#1a5fb4"))
        edited = QTextCharFormat()
        edited.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        edited.setUnderlineColor(EDITED_COLOUR.lighter(140) if dark else EDITED_COLOUR)
        self._formats = {"event": event, "mention": mention, "actor": actor, "edited": edited, "current": current}
        self._rebuild_legend()

    def _paint_selection_as_current(self, dark: bool) -> None:
        """The selection (the passage opened, or what the user selects) in the current passage's amber, focused or
        not: the palette's blue would look like the selected actor's highlight."""
        palette = self.text.palette()
        back, text = (QColor(150, 100, 20), QColor("#ffffff")) if dark else (QColor(255, 190, 70), QColor("#000000"))
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, back)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, text)
        self.text.setPalette(palette)

    def _rebuild_legend(self) -> None:
        while self._legend.count():
            item = self._legend.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        entries = [("Quote", speaker_tint(1, self._alpha(80, 125)), False),
                   ("Mention", None, True),
                   ("Event", self._formats["event"].background().color(), False),
                   ("Selected actor", self._formats["actor"].background().color(), False),
                   ("Edited", None, "edited")]
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        for text, colour, underline in entries:
            swatch = QLabel(self)
            swatch.setPixmap(self._swatch(colour, underline))
            label = QLabel(text, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFont(small)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            box = QHBoxLayout()
            box.setSpacing(4)
            box.addWidget(swatch)
            box.addWidget(label)
            holder = QWidget(self)
            holder.setLayout(box)
            box.setContentsMargins(0, 0, 0, 0)
            self._legend.addWidget(holder)
            if underline == "edited":  # shown only for a source with edited passages (the row is narrow)
                self._edited_legend = holder
                holder.setVisible(any(sp.curated for sp in self._spans))
        self._legend.addStretch(1)

    def _swatch(self, colour: QColor | None, underline: bool | str) -> QPixmap:
        from PySide6.QtGui import QPainter, QPen

        size = QSize(22, 12)
        ratio = self.devicePixelRatioF()
        pm = QPixmap(size * ratio)
        pm.setDevicePixelRatio(ratio)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        if colour is not None:
            p.fillRect(0, 0, size.width(), size.height(), colour)
        if underline:
            pen = QPen(self._formats["edited" if underline == "edited" else "mention"].underlineColor())
            if underline == "edited":
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(1, size.height() - 2, size.width() - 1, size.height() - 2)
        p.end()
        return pm

    def _sync_picker(self) -> None:
        i = self.picker.findData(self.source_id) if self._doc else -1
        blocked = self.picker.blockSignals(True)
        self.picker.setCurrentIndex(i)
        self.picker.blockSignals(blocked)

    def _on_picker_activated(self, index: int) -> None:
        source_id = self.picker.itemData(index)
        if source_id is not None and source_id != self.source_id:
            self.source_picked.emit(int(source_id))
