"""Quote search for words inside unspaced scripts (CJK, Thai) and for symbols or emoji: the quotes containing them,
or none, never every quote; the same answers on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from sofa_desktop.store.ingest import import_paths
from sofa_desktop.store.schema.fts import literal_chunks, match_expression
from sofa_desktop.store.search import count_quotes, search_quotes

CJK = "双方签署了协议这是历史性的一天"
JA = "東京で新しい協定が署名された"
ARTICLE = (
    "Accord signed\n\nASUNCION (AP) — "
    f"The minister said: “{CJK}.” "
    f"A diplomat added: “{JA}.” "
    "Another official said: “We are happy 🙂 — truly happy, and it cost $5 million.” "
    "Ana Paz said: “Nothing more to add about the treaty at this time.”\n"
)


@pytest.fixture
def store(any_empty_db, tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert [r.status for r in import_paths(any_empty_db, [tmp_path / "in"])] == ["imported"]
    return any_empty_db


def _found(db, words: str) -> list[str]:
    with db.read_session() as s:
        hits = [h.text for h in search_quotes(s, "", words, limit=50)]
        assert count_quotes(s, "", words) == len(hits)
    return hits


def test_every_word_inside_cjk_text_is_found(store):
    for text in (CJK, JA):
        for size in (1, 2, 3, 4):
            for at in range(len(text) - size + 1):
                part = text[at:at + size]
                hits = _found(store, part)
                assert any(text in h for h in hits) and all(part in h for h in hits), (part, hits)


@pytest.mark.parametrize(("query", "expected"), [
    ("🙂", 1), ("—", 1), ("$", 1), ("🙂 —", 1), ("%", 0), ("🇵🇾", 0), ("→", 0), ("协议 历史性", 1), ("协议 happy", 0),
    ("不存在", 0), ("happy", 1), ("treaty", 1), ("\udcff", 0), ("\x00", 0),
])
def test_symbols_emoji_and_cjk_select_the_quotes_containing_them(store, query, expected):
    hits = _found(store, query)
    assert len(hits) == expected, hits
    for chunk in literal_chunks(query):
        assert all(chunk in h for h in hits)


def test_literal_chunks_leave_ordinary_words_to_the_index():
    assert literal_chunks("security 协议 🙂 C++ $") == ["协议", "🙂", "$"]
    assert match_expression("security 协议 🙂") == '"security"*'
    assert match_expression("🙂") is None and literal_chunks("ramírez") == []
