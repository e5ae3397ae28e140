"""Qt models without views: actor table roles, accent-insensitive proxy filter and sort, paged quote model."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from sofa_desktop.store.queries import ActorRow, QuoteHit
from sofa_desktop.ui.panels.actor_filter_proxy import ActorFilterProxy
from sofa_desktop.ui.panels.actor_table_model import ActorTableModel
from sofa_desktop.ui.panels.quote_table_model import QuoteTableModel
from sofa_desktop.ui.viewer.text_offsets import OffsetMap

ACTORS = [
    ActorRow(1, "Rubén Ramírez Lezcano", "person", "foreign minister", ("Ramírez", "Ramirez Lezcano"), 5, 3),
    ActorRow(2, "Marco Rubio", "person", "secretary of state", ("Rubio",), 9, 4),
    ActorRow(3, "Chamber of Deputies", "institution", None, (), 2, 0),
    ActorRow(4, "Paraguay", "country", None, (), 12, 0),
]


def test_actor_model_roles(qapp) -> None:
    model = ActorTableModel()
    QAbstractItemModelTester(model)
    model.set_rows(ACTORS)
    idx = model.index(0, ActorTableModel.COL_NAME)
    assert idx.data() == "Rubén Ramírez Lezcano"
    assert idx.data(ActorTableModel.RowRole) == ACTORS[0]
    assert "ramirez" in idx.data(ActorTableModel.FoldRole)
    assert not idx.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Ramirez Lezcano" in idx.data(Qt.ItemDataRole.ToolTipRole)
    ranks = [model.index(i, ActorTableModel.COL_MENTIONS).data(ActorTableModel.SortRole) for i in range(4)]
    assert ranks == [1, 2, 0, 3]  # 5, 9, 2, 12 mentions: ranks Qt sorts as ints
    names = [model.index(i, ActorTableModel.COL_NAME).data(ActorTableModel.SortRole) for i in range(4)]
    assert names == [3, 1, 0, 2]  # Chamber, Marco, Paraguay, Rubén: accents and case ignored
    model.set_highlighted([2])
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None


def test_tooltips_escape_markup(qapp) -> None:
    model = ActorTableModel()
    model.set_rows([ActorRow(9, "<b>Evil</b> & Co", "organization", None, ("<img src=x>",), 1, 0)])
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>Evil" not in tip and "&lt;img src=x&gt;" in tip


def test_proxy_filters_accent_and_case_insensitively_and_sorts(qapp) -> None:
    model = ActorTableModel()
    model.set_rows(ACTORS)
    proxy = ActorFilterProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy)
    proxy.set_query("RAMIREZ")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Rubén Ramírez Lezcano"]
    proxy.set_query("minister")  # role
    assert proxy.rowCount() == 1
    proxy.set_query("rubio")  # alias of Marco Rubio only
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Marco Rubio"]
    proxy.set_query("")
    proxy.sort(ActorTableModel.COL_MENTIONS, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())][:2] == ["Paraguay", "Marco Rubio"]
    proxy.sort(ActorTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data() == "Chamber of Deputies"



def test_actor_model_keeps_its_sort_across_reloads_and_selections_follow_rows(qapp) -> None:
    model = ActorTableModel()
    QAbstractItemModelTester(model)
    model.set_rows(ACTORS)
    paraguay = QPersistentModelIndex(model.index(3, ActorTableModel.COL_NAME))
    model.sort(ActorTableModel.COL_MENTIONS, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(4)][:2] == ["Paraguay", "Marco Rubio"]
    assert paraguay.row() == 0 and paraguay.data() == "Paraguay"  # a selection stays on its actor
    model.set_rows(list(reversed(ACTORS)))  # a reload: the order chosen stays
    assert model.index(0, 0).data() == "Paraguay" and model.row_of(3) == 3
    model.sort(ActorTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(4)] == ["Chamber of Deputies", "Marco Rubio", "Paraguay",
                                                            "Rubén Ramírez Lezcano"]

def _hits(n: int) -> list[QuoteHit]:
    return [QuoteHit(i, f"quote {i}\nsecond line", ("Ana",), (1,), 1, "a.txt", None, dt.date(2025, 1, 1), 0, 5)
            for i in range(n)]


def test_quote_model_fetches_pages_on_demand(qapp) -> None:
    hits = _hits(250)
    calls: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[QuoteHit]:
        calls.append((offset, limit))
        return hits[offset:offset + limit]

    model = QuoteTableModel(page_size=100)
    QAbstractItemModelTester(model)
    model.set_fetcher(fetch)
    assert model.rowCount() == 100 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 250 and not model.canFetchMore()
    assert calls == [(0, 100), (100, 100), (200, 100)]
    assert model.index(0, QuoteTableModel.COL_QUOTE).data() == "quote 0 second line"
    assert model.index(0, QuoteTableModel.COL_SOURCE).data() == "a.txt"
    assert model.index(3, 0).data(QuoteTableModel.RowRole) == hits[3]
    model.set_fetcher(None)
    assert model.rowCount() == 0


def test_offsets_convert_astral_characters_both_ways() -> None:
    text = "a😀b🎉“quote”"
    m = OffsetMap(text)
    q = text.index("“")
    assert m.to_qt(q) == q + 2
    assert m.from_qt(m.to_qt(q)) == q
    assert m.to_qt(1) == 1 and m.to_qt(2) == 3
    assert OffsetMap("plain").to_qt(3) == 3


def test_actor_table_gives_names_the_width_and_roles_follow_in_grey(qtbot) -> None:
    from sofa_desktop.ui.panels.actor_panel import ActorPanel

    panel = ActorPanel()
    qtbot.addWidget(panel)
    panel.resize(340, 300)
    panel.set_rows(ACTORS)
    panel.show()
    qtbot.waitExposed(panel)
    header = panel.table.horizontalHeader()
    assert panel.table.isColumnHidden(ActorTableModel.COL_ROLE)  # the role is painted after the name
    assert header.sectionSize(ActorTableModel.COL_NAME) > 2 * header.sectionSize(ActorTableModel.COL_MENTIONS)
    assert not panel.grab().isNull()  # the name delegate paints names with and without a role
    panel.show_role_action.setChecked(True)
    assert not panel.table.isColumnHidden(ActorTableModel.COL_ROLE)


def test_quote_column_is_the_widest(qtbot) -> None:
    from sofa_desktop.ui.panels.quote_panel import QuotePanel

    panel = QuotePanel()
    qtbot.addWidget(panel)
    panel.resize(860, 200)
    panel.show()
    qtbot.waitExposed(panel)
    header = panel.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(5)]
    assert widths[QuoteTableModel.COL_CONTEXT] == max(widths)  # the sentence, with the quote in bold, is the widest
    assert widths[QuoteTableModel.COL_QUOTE] > widths[QuoteTableModel.COL_DATE]
