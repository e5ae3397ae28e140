"""Source viewer: literal text, one-pass highlights by type, exact selection across astral characters, hover labels."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.store.queries import SourceDoc, SourceRow, Span
from sofa_desktop.ui.viewer.source_viewer import SourceViewer, source_label
from sofa_desktop.ui.viewer.text_offsets import OffsetMap

TEXT = "Title <b>not bold</b>\n\n😀 Intro 🎉. “Quoted words here,” said Ana Gómez.\nSecond paragraph."
ROW = SourceRow(1, "a.txt", "Title", dt.date(2025, 12, 5), "Wire")


def spans() -> list[Span]:
    q0 = TEXT.index("Quoted")
    q1 = q0 + len("Quoted words here,")
    m0 = TEXT.index("Ana Gómez")
    return [Span("quote", q0, q1, 10, "Quote — Ana Gómez", (3,)),
            Span("mention", m0, m0 + 9, 11, "Mention — Ana Gómez", (3,)),
            Span("event", TEXT.index("😀"), len(TEXT), 12, "Event — 2025-12, reported")]


@pytest.fixture
def viewer(qtbot) -> SourceViewer:
    v = SourceViewer()
    qtbot.addWidget(v)
    v.resize(600, 400)
    v.set_sources([ROW])
    v.show_source(SourceDoc(ROW, TEXT, 0), spans())
    return v


def test_text_is_shown_literally_never_as_html(viewer: SourceViewer) -> None:
    assert viewer.text.toPlainText() == TEXT
    assert viewer.picker.currentText() == source_label(ROW) == "Title — Wire · 2025-12-05"


def test_highlights_are_built_per_layer(viewer: SourceViewer) -> None:
    assert [viewer.highlight_count(k) for k in ("event", "quote", "mention", "actor")] == [1, 1, 1, 0]
    viewer.set_actor_highlight([3])
    assert viewer.highlight_count("actor") == 2  # the quote and the mention of actor 3
    viewer.set_actor_highlight([])
    assert viewer.highlight_count("actor") == 0


def test_selection_is_exact_after_emoji(viewer: SourceViewer) -> None:
    quote = spans()[0]
    viewer.select_range(quote.start, quote.end)
    assert viewer.selected_text() == "Quoted words here,"


def test_hover_labels_say_what_a_passage_is(viewer: SourceViewer) -> None:
    q = OffsetMap(TEXT).to_qt(TEXT.index("words"))
    assert viewer.labels_at(q) == ["Quote — Ana Gómez", "Event — 2025-12, reported"]
    assert viewer.labels_at(0) == []


def test_hundreds_of_highlights(qtbot) -> None:
    text = ("Para 😀 " + "word " * 30 + "\n") * 300
    many = [Span("quote", i * 158 + 8, i * 158 + 40, i, f"Quote {i}", (i % 5,)) for i in range(300)]
    v = SourceViewer()
    qtbot.addWidget(v)
    v.show_source(SourceDoc(ROW, text, 0), many)
    assert v.highlight_count("quote") == 300
    v.select_range(many[-1].start, many[-1].end)
    assert v.selected_text() == text[many[-1].start:many[-1].end]


def test_picker_emits_only_on_user_choice(qtbot, viewer: SourceViewer) -> None:
    other = SourceRow(2, "b.txt", None, None, None)
    viewer.set_sources([ROW, other])
    assert viewer.picker.itemText(1) == "b.txt — undated"
    with qtbot.waitSignal(viewer.source_picked, timeout=1000) as blocker:
        viewer.picker.activated.emit(1)
    assert blocker.args == [2]


def test_hover_tooltip_names_the_passage(qtbot, viewer: SourceViewer) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QToolTip

    viewer.show()
    qtbot.waitExposed(viewer)
    cursor = QTextCursor(viewer.text.document())
    cursor.setPosition(OffsetMap(TEXT).to_qt(TEXT.index("words")) + 1)
    pos = viewer.text.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, viewer.text.viewport().mapToGlobal(pos))
    QApplication.sendEvent(viewer.text.viewport(), event)
    assert "Quote — Ana Gómez" in QToolTip.text()
    assert "<b>" not in QToolTip.text().replace("<br>", "")  # labels are escaped plain lines
    QToolTip.hideText()


def test_spans_outside_the_text_are_ignored(qtbot) -> None:
    v = SourceViewer()
    qtbot.addWidget(v)
    bad = [Span("quote", 5, 2, 1, "reversed"), Span("event", -3, 4, 2, "negative"),
           Span("mention", 10, 10_000, 3, "past the end"), Span("quote", 0, 4, 4, "ok")]
    v.show_source(SourceDoc(ROW, "short text", 0), bad)
    assert v.highlight_count("quote") == 1 and v.highlight_count("event") == 0 and v.highlight_count("mention") == 0
    v.select_range(-5, 10_000)
    assert v.selected_text() == "short text"
