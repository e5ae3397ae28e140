"""Source viewer on long lines: shown in blocks, offsets into the stored text stay exact (selection, hover labels,
highlights, copy), a spaceless megabyte opens without Qt's quadratic layout."""

from __future__ import annotations

import faulthandler
import random

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from sofa_desktop.store.queries import SourceDoc, SourceRow, Span
from sofa_desktop.ui.viewer.source_viewer import SourceViewer
from sofa_desktop.ui.viewer.text_offsets import MAX_BLOCK, MAX_LINE, OffsetMap, display_text

ROW = SourceRow(1, "dump.txt", "Dump", None, None)
ALPHABETS = ["ab", "ab ", "a😀", "中文。", "ab\n", "a😀 b.\n", "مرحبا ", "x-/"]


def utf16_positions(text: str, breaks: list[int]) -> list[int]:
    """Reference: the UTF-16 position of each code point (and of the end) in the shown text."""
    inserted, out, q = set(breaks), [], 0
    for i, ch in enumerate(text):
        q += i in inserted
        out.append(q)
        q += 2 if ord(ch) > 0xFFFF else 1
    return [*out, q]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(ALPHABETS), st.integers(0, 9000), st.randoms(use_true_random=False))
def test_display_text_and_offsets_are_exact(alphabet: str, n: int, rnd: random.Random) -> None:
    text = "".join(rnd.choice(alphabet) for _ in range(n))
    shown, breaks = display_text(text)
    assert all(len(line) <= MAX_LINE for line in shown.split("\n"))
    if any(len(line) > MAX_LINE for line in text.split("\n")):
        assert all(len(line) <= MAX_BLOCK for line in shown.split("\n"))
    ref = utf16_positions(text, breaks)
    assert len(shown.encode("utf-16-le")) // 2 == ref[-1]
    m = OffsetMap(text, breaks)
    for i in range(0, n + 1, max(1, n // 300)):
        assert m.to_qt(i) == ref[i] and m.from_qt(ref[i]) == i


def spans_over(text: str, rnd: random.Random, count: int) -> list[Span]:
    out = []
    for k in range(count):
        a = rnd.randrange(max(1, len(text) - 80))
        out.append(Span("quote" if k % 2 else "event", a, a + rnd.randrange(1, 80), k, f"Passage {k}", (1,)))
    return out


def test_selection_hover_and_copy_are_exact_on_a_spaceless_megabyte(qtbot) -> None:
    faulthandler.dump_traceback_later(90, exit=True)  # a hang detector, not a timing
    try:
        rnd = random.Random(7)
        text = "Dump\n\n" + "".join(rnd.choice("abcdefghij😀中.,") for _ in range(1_000_000))
        viewer = SourceViewer()
        qtbot.addWidget(viewer)
        viewer.resize(600, 500)
        viewer.show()
        spans = spans_over(text, rnd, 400)
        viewer.show_source(SourceDoc(ROW, text, 6), spans)
        assert viewer.highlight_count("quote") + viewer.highlight_count("event") == 400
        assert viewer.text.document().blockCount() > len(text) // MAX_BLOCK
        for sp in spans[::37]:
            viewer.select_range(sp.start, sp.end)
            viewer.text.viewport().repaint()
            assert viewer.selection_range() == (sp.start, sp.end)
            assert viewer.selected_text() == text[sp.start:sp.end]
            viewer.text.copy()
            assert QApplication.clipboard().text() == text[sp.start:sp.end]  # no display line break copied
            q = viewer.text.textCursor().selectionStart()
            assert f"Passage {sp.ref_id}" in viewer.labels_at(q)
            shown = viewer.text.extraSelections()  # only those near the screen, this passage among them
            assert len(shown) < 400 and any(s.cursor.selectionStart() == q for s in shown)
    finally:
        faulthandler.cancel_dump_traceback_later()


def test_prose_paragraphs_are_shown_unchanged(qtbot) -> None:
    text = "Title\n\n" + ("A sentence of ordinary prose. " * 60 + "\n\n") * 5  # 1,800-character paragraphs
    viewer = SourceViewer()
    qtbot.addWidget(viewer)
    viewer.show_source(SourceDoc(ROW, text, 7), [])
    assert viewer.text.toPlainText() == text
