"""Property tests: the extractor never raises and keeps every offset inside the text, for any Unicode input."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sofa_desktop.extract import Document, RuleExtractor, extract_document

_PIECES = st.sampled_from([
    "“", "”", '"', "«", "»", "‘", "’", "'", ".", ",", ":", " said ", " he said", " She added, ", "\n", "\n\n",
    "President ", "Sen. ", "U.S. ", "Ana Paz", " Paraguay’s ", "foreign minister ", " the group said", " it added ",
    "on Tuesday", " last week", " in December", "March 4, 2024", " days before the vote", " signed the deal ",
    " is expected to sign ", " by both ", " and ", " according to ", "Ruiz", " approved the treaty ",
    "Rubio and ", "Minister ", " of Peru ", "The 44-year-old ", " the official said", "IMF ", "(CONAIE) ", "Sept. 2",
    " the final vote", " a spokesperson for the group, ", "Sen. Tim Kaine, D-Va., ", "Ana Paz " * 8,
])
_TEXT = st.one_of(st.text(max_size=400), st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=80).map("".join),
                  st.tuples(_PIECES, st.integers(1, 60)).map(lambda pn: pn[0] * pn[1]))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, body=st.integers(min_value=-5, max_value=500),
       published=st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 8), max_value=dt.date(9999, 12, 20))))
def test_extractor_never_raises_and_offsets_stay_inside(text: str, body: int, published: dt.date | None) -> None:
    x = RuleExtractor()._extract(Document(text, published, body))  # without the last-resort fallback
    n = len(text)
    names = {a.name for a in x.actors}
    for q in x.quotes:
        assert 0 <= q.start <= q.end <= n
        assert text[q.start:q.end] == q.text
        assert set(q.speakers) <= names
    for m in x.mentions:
        assert 0 <= m.start < m.end <= n
        assert m.actor in names
    for e in x.events:
        assert 0 <= e.start <= e.end <= n
        assert set(e.actors) <= names
        if e.date.start is not None:
            assert e.date.end is not None and e.date.start <= e.date.end


def test_deterministic() -> None:
    text = "“We will sign,” said Ana Paz on Tuesday. “It is historic,” she added, praised by both Luis Gil and Ana Paz."
    first = extract_document(Document(text, dt.date(2026, 3, 11)))
    for _ in range(3):
        assert extract_document(Document(text, dt.date(2026, 3, 11))) == first
