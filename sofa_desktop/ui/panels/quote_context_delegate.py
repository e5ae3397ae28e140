"""``QuoteContextDelegate``: paints a quote's sentence on one line with the quote in bold, kept in view when cut."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

PARTS_ROLE = Qt.ItemDataRole.UserRole + 7  # (before, quote, after) of the context: set by QuoteTableModel
_PAD = 4


def fit_parts(before: str, quote: str, after: str, width: int, plain: QFontMetrics,
              bold: QFontMetrics) -> tuple[str, str, str]:
    """The three parts cut to ``width`` pixels: the quote first (cut at its end), then up to a third of what is left
    for the text before it (cut at its start), the rest after it (cut at its end)."""
    quote = bold.elidedText(quote, Qt.TextElideMode.ElideRight, max(width, 0))
    left = max(width - bold.horizontalAdvance(quote), 0)
    after_w = min(plain.horizontalAdvance(after), left - min(plain.horizontalAdvance(before), left // 3))
    before = plain.elidedText(before, Qt.TextElideMode.ElideLeft, max(left - after_w, 0)) if before else ""
    after = plain.elidedText(after, Qt.TextElideMode.ElideRight, max(left - plain.horizontalAdvance(before), 0))
    return before, quote, after


class QuoteContextDelegate(QStyledItemDelegate):
    """Draws ``PARTS_ROLE`` as plain text with the middle part in bold (no rich text: article text stays text)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        parts = index.data(PARTS_ROLE)
        if not parts:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        plain_font = QFont(opt.font)
        bold_font = QFont(opt.font)
        bold_font.setBold(True)
        rect = opt.rect.adjusted(_PAD, 0, -_PAD, 0)
        texts = fit_parts(*parts, rect.width(), QFontMetrics(plain_font), QFontMetrics(bold_font))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        x = rect.left()
        for text, font in zip(texts, (plain_font, bold_font, plain_font), strict=True):
            if not text:
                continue
            painter.setFont(font)
            width = QFontMetrics(font).horizontalAdvance(text)
            painter.drawText(QRect(x, rect.top(), width + 1, rect.height()),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
            x += width
        painter.restore()
