"""Issue 19, quotes: a short partial quote is shown in its sentence (table column in bold, tooltip, CSV `context`),
and File › Export offers the quotes of the search shown as well as all quotes."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFileDialog, QToolButton
from window_steps import open_window

from sofa_desktop.store.export.quotes_csv import CSV_COLUMNS, quotes_csv_text
from sofa_desktop.store.search import search_quotes
from sofa_desktop.store.search.context import sentence_around, with_context
from sofa_desktop.ui.panels.quote_context_delegate import PARTS_ROLE, fit_parts
from sofa_desktop.ui.panels.quote_table_model import QuoteTableModel

HISTORIC = "The treaty, praised as “historic” by both the US State Department"


def test_sentence_around_stops_at_sentences_and_paragraphs() -> None:
    text = "First one. He called it “historic” and left. Next.\n\nOther “x.” Then more."
    start = text.index("historic")
    begin, end = sentence_around(text, start, start + len("historic"))
    assert text[begin:end] == "He called it “historic” and left."
    start = text.index("x.")
    begin, end = sentence_around(text, start, start + 2)
    assert text[begin:end] == "Other “x.”"  # a quote that ends its sentence ends the context


def test_context_on_both_backends(any_seed_db) -> None:
    with any_seed_db.read_session() as s:
        hits = with_context(s, search_quotes(s, words="historic"))
    one_word = next(h for h in hits if h.text == "historic")
    assert one_word.context.startswith(HISTORIC) and one_word.context.endswith(".")
    i = one_word.start - one_word.context_start
    assert one_word.context[i:i + len(one_word.text)] == "historic"


def test_quote_table_shows_the_sentence_with_the_quote_in_bold(qtbot, seed_db) -> None:
    w = open_window(qtbot, seed_db)
    qtbot.keyClicks(w.quote_panel.words_box, "historic")
    model = w.quote_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    row = next(r for r in range(model.rowCount()) if model.hit(r).text == "historic")
    cell = model.index(row, QuoteTableModel.COL_CONTEXT)
    before, quote, after = cell.data(PARTS_ROLE)
    assert quote == "historic" and (before + quote).startswith("The treaty, praised as “historic")
    assert cell.data().startswith(HISTORIC)
    header = w.quote_panel.table.horizontalHeader()
    assert header.visualIndex(QuoteTableModel.COL_CONTEXT) == 1  # right after the quote
    tip = model.index(row, QuoteTableModel.COL_QUOTE).data(Qt.ItemDataRole.ToolTipRole)
    assert "praised as “<b>historic</b>” by both" in tip
    w.quote_panel.table.viewport().grab()  # the delegate paints without error


def test_fit_parts_keeps_the_quote_in_view(qapp) -> None:
    plain = QFontMetrics(QFont())
    bold_font = QFont()
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    before, quote, after = fit_parts("x " * 200, "historic", " and more" * 50, 300, plain, bold)
    assert quote == "historic" and before.startswith("…") and after.endswith("…")
    assert plain.horizontalAdvance(before + after) + bold.horizontalAdvance(quote) <= 300


def test_export_these_quotes_and_all_quotes(qtbot, seed_db, tmp_path: Path, monkeypatch) -> None:
    w = open_window(qtbot, seed_db)
    targets = iter([tmp_path / "these.csv", tmp_path / "all.csv"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(next(targets)), ""))
    assert not w.actions.export_found_quotes.isEnabled()
    qtbot.keyClicks(w.quote_panel.speaker_box, "rubio")
    qtbot.waitUntil(w.actions.export_found_quotes.isEnabled)
    n = w.quote_panel.model.rowCount()
    assert w.actions.export_found_quotes.text() == f"These {n} Quote{'s' if n != 1 else ''} as CSV…"
    button = next(b for b in w.quote_panel.findChildren(QToolButton)
                  if b.defaultAction() is w.actions.export_found_quotes)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Exported to" in w.statusBar().currentMessage())
    these = list(csv.DictReader((tmp_path / "these.csv").read_text(encoding="utf-8").splitlines()))
    assert len(these) == n and all("Marco Rubio" in r["speakers"] for r in these)
    w.statusBar().clearMessage()
    w.actions.export_quotes_csv.trigger()
    qtbot.waitUntil(lambda: "Exported to" in w.statusBar().currentMessage())
    every = list(csv.DictReader((tmp_path / "all.csv").read_text(encoding="utf-8").splitlines()))
    assert tuple(every[0]) == CSV_COLUMNS and CSV_COLUMNS[-1] == "context"
    assert len(every) == w.counts.quotes > n
    assert next(r for r in every if r["quote"] == "historic")["context"].startswith(HISTORIC)


def test_csv_of_a_search_on_both_backends(any_seed_db) -> None:
    with any_seed_db.read_session() as s:
        text, n = quotes_csv_text(s, "foreign minister", "")
        assert n == len(search_quotes(s, "ramirez")) and n > 0


def test_a_search_that_finds_nothing_says_why_over_the_empty_table(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    panel = w.quote_panel
    assert not panel.empty_note.isVisible()  # quotes are listed
    qtbot.keyClicks(panel.speaker_box, "nobody here")
    qtbot.waitUntil(lambda: panel.count_label.text() == "0 quotes")
    assert panel.empty_note.isVisible()
    assert panel.empty_note.text().startswith("No quotes by a speaker whose name or role contains “nobody here”.")
    panel.speaker_box.clear()
    qtbot.keyClicks(panel.words_box, "zebra")
    qtbot.waitUntil(lambda: panel.empty_note.text() == "No quotes with the words “zebra”.")
    panel.words_box.clear()
    qtbot.waitUntil(lambda: not panel.empty_note.isVisible())
