"""The extractor on hostile text: never raises, offsets always inside the text, no span swallows the article."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sofa_desktop.extract import Document, Extraction, extract_document

FRAGMENTS = [
    "“", "”", "‘", "’", '"', "'", "«", "»", "„", "‹", "›", "「", "」", "\n", "\n\n", "\r", "\t", "\u2028", "\u00a0",
    " said ", "said Ana Gomez.", ", said Marco Rubio", "Juan Perez said", " signed ", " approved ", " on March 4, 2024",
    "February 30, 2024", "December 31, 9999", "January 1, 0001", "on Tuesday", "last week", "in December", "2024-13-45",
    "Sen. ", "Dr. ", "U.S. ", "ASUNCION, Paraguay (AP) — ", " date 2026-03-11 ", "Ramírez Lezcano", "ÁÉÍÓÚ", "😀",
    "\u0301", "ﬁ", "İ", "ß", "\ufeff", "\u200b", "<script>", "(", ")", ".", "?", "!", "…", "—", " ",
]
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60).map("".join)


def check_offsets(text: str, result: Extraction) -> None:
    """Every span lies inside the text, and quote text is exactly the text it points at."""
    n = len(text)
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= n and text[q.start : q.end] == q.text
    for m in result.mentions:
        assert 0 <= m.start <= m.end <= n
    for e in result.events:
        assert 0 <= e.start <= e.end <= n


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, published=st.one_of(st.none(), st.dates()), data=st.data())
@example(text="They signed it on February 30, 2024.", published=None, data=None)
@example(text="“" * 50 + "said Ana Gomez", published=dt.date(2024, 1, 1), data=None)
def test_extractor_never_raises_and_offsets_stay_inside(text, published, data):
    body_start = data.draw(st.integers(0, len(text)), label="body_start") if data is not None else 0
    check_offsets(text, extract_document(Document(text, published, body_start)))


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=400))
def test_extractor_on_arbitrary_unicode(text):
    check_offsets(text, extract_document(Document(text, None, 0)))


def _paragraphs(count: int) -> str:
    return "\n\n".join(f"Paragraph {i}: the council approved the plan, said Ana Gomez." for i in range(count))


def test_stray_quotation_mark_does_not_swallow_the_article():
    text = "Title\n\nShe said “this never closes.\n\n" + _paragraphs(200)
    result = extract_document(Document(text, None, 7))
    check_offsets(text, result)
    assert sum(q.end - q.start for q in result.quotes) < len(text) // 4
    assert all(q.text.count("\n\n") <= 1 for q in result.quotes)  # at most a continued paragraph, never many


def test_huge_single_line_is_bounded():
    text = "Title\n\n" + "word “and ” more " * 120_000  # ~2 MB on one line
    result = extract_document(Document(text, None, 7))
    check_offsets(text, result)
    assert max((q.end - q.start for q in result.quotes), default=0) <= 20_000


def test_many_unbalanced_quotation_marks():
    for text in ("“" * 100_000, '"' * 100_000, ("“abc " * 50_000), "«" * 50_000 + "»", "„" * 100_000):
        result = extract_document(Document(text, None, 0))
        check_offsets(text, result)
        assert sum(q.end - q.start for q in result.quotes) <= len(text)
