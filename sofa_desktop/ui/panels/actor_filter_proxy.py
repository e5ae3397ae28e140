"""Sort/filter proxy for the actor table: accent- and case-insensitive substring filter on the folded text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from sofa_desktop.corpus import fold
from sofa_desktop.ui.panels.actor_table_model import ActorTableModel


class ActorFilterProxy(QSortFilterProxyModel):
    """Filters on ``FoldRole`` with every word of the query; sorts on ``SortRole``: the model's precomputed ranks
    (ints that Qt compares itself, no Python call per comparison beyond the model's ``data``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(ActorTableModel.SortRole)
        self.setFilterRole(ActorTableModel.FoldRole)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        """Show only actors whose name, role or aliases contain every word of ``text`` (accents/case ignored)."""
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        folded = self.sourceModel().index(source_row, 0, source_parent).data(self.filterRole()) or ""
        return all(w in folded for w in self._words)
