"""Hostile quote searches: FTS syntax, SQL fragments and arbitrary text are plain words; never an error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sofa_desktop.corpus import fold
from sofa_desktop.store import open_database
from sofa_desktop.store.ingest.files import import_paths
from sofa_desktop.store.schema.db import sqlite_url
from sofa_desktop.store.schema.models import Quote, Source
from sofa_desktop.store.search.quotes import search_quotes

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
HOSTILE = [
    '"', '""', "'", "*", "**", "NEAR(", "NEAR(a b", "NEAR/2", "AND", "OR", "NOT", "AND OR NOT", "^", "^start", "(", ")",
    "((", "a)", "(a OR b", "{col}", "text:", "quote_fts:", "col : x", "-", "+", "%", "_", "\\", "\\%", "[", "]",
    "'; DROP TABLE quote; --", "\" OR 1=1 --", "1' OR '1'='1", "; SELECT * FROM source;", "/*", "*/", "\x00", "\t\n",
    "rubio*", '"agreement', "agreement\"", "AGREEMENT", "Ramírez", "ramirez", "ß", "İ", "ﬁ", "😀", "\u200b", "\ufeff",
]
EXTRA = ('Title\n\n“The NEAR( operator and "quotes" * stars AND OR NOT ^ (parens) '
         "'; DROP TABLE quote; -- are just words,” said Ana Gomez on Monday.\n")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "hostile.txt").write_text(EXTRA, encoding="utf-8")
    if request.param == "sqlite":
        url = sqlite_url(folder.parent / "search.sqlite")
    else:
        cluster = request.getfixturevalue("pg_cluster")
        url = cluster.url(cluster.create_database())
    database = open_database(url)
    import_paths(database, [folder])
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def texts(db) -> dict[int, str]:
    with db.read_session() as s:
        return dict(s.execute(select(Source.id, Source.text)).all())


def check(db, texts: dict[int, str], speaker: str, words: str) -> list:
    """Run a search; assert it returned real, well-formed quotes that contain the query's plain words."""
    with db.read_session() as s:
        total = s.scalar(select(func.count()).select_from(Quote))
        hits = search_quotes(s, speaker, words)
    assert len(hits) <= total
    assert len({h.id for h in hits}) == len(hits)
    for hit in hits:
        assert texts[hit.source_id][hit.start : hit.end] == hit.text
    for token in re.findall(r"[a-z0-9]+", words.lower()):  # plain ASCII words must really be in every hit
        assert all(token in fold(h.text) for h in hits), (words, token)
    return hits


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_words_are_plain_words(db, texts, query):
    check(db, texts, "", query)
    check(db, texts, query, "")
    check(db, texts, query, query)


def test_sql_fragments_change_nothing(db, texts):
    with db.read_session() as s:
        before = s.scalar(select(func.count()).select_from(Quote))
    for query in HOSTILE:
        check(db, texts, query, query)
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Quote)) == before > 0


def test_like_wildcards_in_a_speaker_match_nothing(db, texts):
    assert check(db, texts, "%", "") == []
    assert check(db, texts, "_", "") == []
    assert check(db, texts, "%%%", "") == []


def test_plain_words_still_find_quotes(db, texts):
    assert check(db, texts, "", "operator")
    speakers = {name for hit in check(db, texts, "", "") for name in hit.speakers}
    if not speakers:
        pytest.skip("the extractor attributed no quote in the test articles")
    for name in speakers:
        assert check(db, texts, name, "")
        assert check(db, texts, f'"{name}" OR (', "")  # the syntax around a name is plain punctuation
    assert check(db, texts, "", "NEAR operator")


@settings(max_examples=150, deadline=None)
@given(
    speaker=st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=8)), max_size=4).map(" ".join),
    words=st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=8)), max_size=5).map(" ".join),
)
@example(speaker="", words="\udcff")  # an undecodable byte on a POSIX command line arrives as a lone surrogate
@example(speaker="\udcff", words="")
def test_arbitrary_search_text_never_raises(db, texts, speaker, words):
    check(db, texts, speaker, words)
