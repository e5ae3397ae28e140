"""Item delegate for the actor table's Name column: the name, then the actor's role in a lighter colour if it fits,
and a pencil at the right end when an analyst edited the actor."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from sofa_desktop.ui.curation.marks import edited_icon
from sofa_desktop.ui.panels.actor_table_model import ActorTableModel

NAME_ROLE_GAP = 10
MIN_ROLE_W = 40
EDITED_W = 18  # room for the pencil of an edited actor


class ActorNameDelegate(QStyledItemDelegate):
    """Names always win the space; the role (also in the tooltip and the hidden Role column) fills what is left."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        edited = bool(index.data(ActorTableModel.EditedRole))
        if edited:  # the row's background spans the whole cell; the name keeps clear of the pencil
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
            opt.rect = opt.rect.adjusted(0, 0, -EDITED_W, 0)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if edited:
            size = min(14, option.rect.height() - 4)
            edited_icon().paint(painter, QRect(option.rect.right() - EDITED_W + 2, option.rect.center().y() - size // 2,
                                               size, size))
        row = index.data(ActorTableModel.RowRole)
        if row is None or not row.role:
            return
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        x = text.left() + margin + opt.fontMetrics.horizontalAdvance(opt.text) + NAME_ROLE_GAP
        room = text.right() - margin - x
        if room < MIN_ROLE_W:
            return
        painter.save()
        font = opt.font
        font.setPointSizeF(font.pointSizeF() * 0.92)
        painter.setFont(font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = QColor(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                          else QPalette.ColorRole.PlaceholderText))
        if selected:
            colour.setAlpha(190)
        painter.setPen(colour)
        elided = painter.fontMetrics().elidedText(row.role, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(x, text.top(), room, text.height()),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided)
        painter.restore()
