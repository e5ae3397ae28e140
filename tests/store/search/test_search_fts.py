"""Quote search on a synthetic store: partial accent-insensitive speakers, FTS words, paging, index sync, migration."""

from __future__ import annotations

import re
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, update

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import synth  # noqa: E402
from benchmarks.cache import _bulk_insert, build_store  # noqa: E402
from sofa_desktop.corpus import fold  # noqa: E402
from sofa_desktop.store.schema import fts  # noqa: E402
from sofa_desktop.store.schema.db import open_database  # noqa: E402
from sofa_desktop.store.schema.models import SCHEMA_VERSION, Quote, Source  # noqa: E402
from sofa_desktop.store.search import quotes as search  # noqa: E402
from sofa_desktop.store.search.quotes import count_quotes, search_quotes  # noqa: E402


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("synthetic") / "store.sqlite"
    build_store(path, 60)
    return path


@pytest.fixture(scope="module")
def pg_template(pg_cluster) -> str:
    """The same synthetic store in a PostgreSQL database, to clone per test."""
    import pg

    name = pg_cluster.create_database()
    database = open_database(pg_cluster.url(name))
    try:
        with database.write_session.begin() as s:
            _bulk_insert(s.connection(), list(synth.articles(60)))
            pg.reset_sequences(s.connection())
    finally:
        database.dispose()
    return name


def _open_copy(backend: str, sqlite_path: Path, request) -> object:
    """The search template opened on ``backend``: the SQLite file itself (or a copy at a new ``sqlite_path``), or a
    new PostgreSQL database cloned from it."""
    template = request.getfixturevalue("template")
    if backend == "sqlite":
        if sqlite_path != template:
            sqlite_path.write_bytes(template.read_bytes())
        return open_database(f"sqlite:///{sqlite_path}")
    cluster = request.getfixturevalue("pg_cluster")
    return open_database(cluster.url(cluster.create_database(template=request.getfixturevalue("pg_template"))))


@pytest.fixture
def db(backend, tmp_path, request):
    database = _open_copy(backend, tmp_path / "store.sqlite", request)
    yield database
    database.dispose()


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text))


def _has_words(text: str, words: str) -> bool:
    """Reference for the FTS query: each whitespace word is a run of tokens, the last one a prefix."""
    tokens = _tokens(text)
    for chunk in words.split():
        wanted = _tokens(chunk)
        if wanted and not any(
            tokens[i : i + len(wanted) - 1] == wanted[:-1] and tokens[i + len(wanted) - 1].startswith(wanted[-1])
            for i in range(len(tokens) - len(wanted) + 1)
        ):
            return False
    return True


def _order_key(hit):
    return (hit.published is None, hit.published, hit.source_id, hit.start)


@pytest.mark.parametrize("name", ["ramirez", "Ramírez Lezcano", "Benitez", "RAMÍREZ lezcano", "peña", "Pena"])
def test_partial_accent_insensitive_speakers(db, name):
    with db.read_session() as s:
        hits = search_quotes(s, name)
    assert hits
    for hit in hits:
        assert any(all(w in fold(n) for w in fold(name).split()) for n in hit.speakers), (name, hit.speakers)


@pytest.mark.parametrize(("speaker", "words"), [
    ("ramirez", "security"), ("", "sovereign"), ("benitez", "the"), ("", "we will"), ("lezcano", "ITAIPÚ"),
    ("", "border control"), ("peña", "Sovereignty"),
])
def test_words_match_like_the_reference(db, speaker, words):
    with db.read_session() as s:
        hits = search_quotes(s, speaker, words)
        everything = search_quotes(s, speaker)
        assert count_quotes(s, speaker, words) == len(hits)
    expected = [h.id for h in everything if _has_words(h.text, words)]
    assert [h.id for h in hits] == expected


@pytest.mark.parametrize(("walk", "probe"), [(True, False), (True, True), (False, False)])
def test_pages_in_order_with_either_plan(db, monkeypatch, walk, probe):
    def choose(self, _s, _wanted):
        self.probe_speaker = probe
        return walk

    monkeypatch.setattr(search._Filter, "walk_in_date_order", choose)
    with db.read_session() as s:
        full = search_quotes(s, "ramirez")
        pages = [h for offset in range(0, len(full) + 7, 7) for h in search_quotes(s, "ramirez", "", 7, offset)]
        worded = search_quotes(s, "", "agreement", 5, 3)
    assert [h.id for h in pages] == [h.id for h in full]
    assert [_order_key(h) for h in full] == sorted(_order_key(h) for h in full)
    assert len(worded) == 5


def test_index_follows_deletes_and_updates(db):
    with db.write_session.begin() as s:
        victim = s.execute(select(Quote.id, Quote.source_id).where(Quote.text.contains("sovereignty"))).first()
        s.execute(update(Quote).where(Quote.id == victim.id).values(text="zanzibarian marmalade"))
    with db.read_session() as s:
        assert [h.id for h in search_quotes(s, "", "zanzibar")] == [victim.id]
    with db.write_session.begin() as s:
        s.execute(delete(Source).where(Source.id == victim.source_id))  # quotes go by ON DELETE CASCADE
    with db.read_session() as s:
        assert search_quotes(s, "", "zanzibar") == []
        assert all(h.source_id != victim.source_id for h in search_quotes(s, "", "the"))


def test_schema_1_store_is_migrated_and_indexed(tmp_path, template):
    path = tmp_path / "old.sqlite"
    path.write_bytes(template.read_bytes())
    con = sqlite3.connect(path)
    for trigger in ("quote_fts_ai", "quote_fts_ad", "quote_fts_au"):
        con.execute(f"DROP TRIGGER {trigger}")
    con.execute("DROP TABLE quote_fts")
    con.execute("DROP INDEX ix_source_chronological")
    con.execute("UPDATE sofa_meta SET value = '1' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    database = open_database(f"sqlite:///{path}")
    try:
        with database.read_session() as s:
            assert search_quotes(s, "benitez", "the", 3)
    finally:
        database.dispose()
    con = sqlite3.connect(path)
    assert con.execute("SELECT value FROM sofa_meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'ix_source_chronological'").fetchone() == (1,)
    con.close()


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "AND OR NOT", "^", "(((", "'; DROP TABLE quote; --", "rami*"])
def test_query_syntax_is_plain_text(db, query):
    with db.read_session() as s:
        for speaker, words in ((query, ""), ("", query), (query, query), ("ramirez", query)):
            hits = search_quotes(s, speaker, words, 50)
            assert count_quotes(s, speaker, words) >= len(hits)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def shared_db(request, template):
    """One store per backend for the whole module, only read."""
    database = _open_copy(request.param, template, request)
    yield database
    database.dispose()


@settings(max_examples=60, deadline=None)
@given(speaker=st.text(max_size=12), words=st.text(max_size=20), offset=st.integers(-3, 40),
       limit=st.one_of(st.none(), st.integers(-2, 30)))
def test_any_text_gives_results_or_none(shared_db, speaker, words, offset, limit):
    with shared_db.read_session() as s:
        hits = search_quotes(s, speaker, words, limit, offset)
        if s.get_bind().dialect.name == "postgresql":  # folded as the database folds (unaccent maps ø, ł, Ⱥ too)
            words = " ".join(s.scalar(select(func.sofa_fold(" ".join(_tokens(" ".join(tokens))))))
                             for tokens in fts.phrases_of(words))
            hits = [replace(h, text=s.scalar(select(func.sofa_fold(h.text)))) for h in hits]
    assert limit is None or len(hits) <= max(limit, 0)
    assert all(_has_words(h.text, words) for h in hits)
