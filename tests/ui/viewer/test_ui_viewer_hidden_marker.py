"""Issue 19, source viewer: the dateline marker the reader consumed is not shown, and every offset stays exact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from window_steps import click_event, click_row, event_id, open_window

from sofa_desktop.corpus import parse_article
from sofa_desktop.corpus.layout import marker_ranges
from sofa_desktop.ui.viewer.elided_text import ElidedText


def test_marker_ranges_cover_only_the_header_marker() -> None:
    for raw, shown in (("Senate backs treaty 😀 date 2025-12-05\n\nBody.\n", "Senate backs treaty 😀\n\nBody.\n"),
                       (" date 2026-03-11 ASUNCION, Paraguay (AP) — Body.\n", "ASUNCION, Paraguay (AP) — Body.\n"),
                       ("A title\n\n date 2025-01-02 CITY (Wire) — Body.\n", "A title\n\nCITY (Wire) — Body.\n"),
                       ("Senate backs treaty date 2025-12-05 CITY (Wire) — Body.\n",
                        "Senate backs treaty CITY (Wire) — Body.\n"),
                       ("No marker here\n\nThe date 2025-01-02 is in the body.\n", None)):
        article = parse_article("x.txt", raw)
        elided = ElidedText(article.text, marker_ranges(article.text, article.body_start))
        assert elided.shown == (shown or article.text)


@given(st.text(alphabet="ab😀\n ", max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)),
                                                         max_size=3))
def test_elided_offsets_round_trip(text: str, ranges: list[tuple[int, int]]) -> None:
    elided = ElidedText(text, [(min(a, b), max(a, b)) for a, b in ranges])
    utf16 = elided.shown.encode("utf-16-le")
    hidden = {i for s, e in elided._ranges for i in range(s, e)}
    for i, ch in enumerate(text):
        if i in hidden:
            continue
        q = elided.to_qt(i)
        assert utf16[2 * q: 2 * q + len(ch.encode("utf-16-le"))].decode("utf-16-le") == ch
        assert elided.from_qt(q) == i


def test_hidden_marker_with_a_very_long_line_keeps_offsets_exact() -> None:
    """The hidden marker and the blocks a very long line is cut into (display_text) shift offsets together."""
    text = "Title\n\n date 2026-03-11 " + "ab😀c" * 1500 + "\nend"
    elided = ElidedText(text, marker_ranges(text, text.index("ab")))
    assert " date 2026-03-11" not in elided.shown and elided.shown.count("\n") > 5  # cut into blocks
    utf16 = elided.shown.encode("utf-16-le")
    for i in range(text.index("ab"), len(text)):
        q = elided.to_qt(i)
        assert utf16[2 * q: 2 * q + len(text[i].encode("utf-16-le"))].decode("utf-16-le") == text[i]
        assert elided.from_qt(q) == i


def test_viewer_hides_the_dateline_and_keeps_quotes_and_events_exact(qtbot, rich_db) -> None:
    w = open_window(qtbot, rich_db)
    click_event(qtbot, w, event_id(w, "Senate approves the treaty"))
    shown = w.viewer.text.toPlainText()
    assert shown.startswith("Senate backs treaty 😀\n") and " date 2025-12-05" not in shown
    assert w.viewer.selected_text() == "The Senate approved the treaty on December 4, 2025."
    qtbot.keyClicks(w.quote_panel.speaker_box, "gomez")
    qtbot.waitUntil(lambda: w.quote_panel.model.rowCount() == 1)
    click_row(qtbot, w.quote_panel.table, 0)
    assert w.viewer.selected_text() == "We kept our word,"  # after the hidden marker, a 😀 and a 🎉
    start, end = w.viewer.selection_range()
    assert w.viewer.text_of(start, end) == "We kept our word,"


def test_seed_article_opens_on_its_dateline_city(qtbot, seed_db) -> None:
    w = open_window(qtbot, seed_db)
    picker = w.viewer.picker
    index = next(i for i in range(picker.count()) if "Chamber of Deputies" in picker.itemText(i))
    picker.setFocus()
    picker.setCurrentIndex(-1 if index else 0)
    picker.showPopup()
    view = picker.view()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(index, 0)).center())
    qtbot.waitUntil(lambda: w.viewer.source_id is not None)
    assert w.viewer.text.toPlainText().startswith("ASUNCION, Paraguay (AP)")
