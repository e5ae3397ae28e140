"""Accent- and case-insensitive quote search structures: an SQLite FTS5 index kept in sync by triggers, or on
PostgreSQL a trigram index of ``sofa_fold(text)`` (``lower(unaccent(text))``); used by store.search."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Connection, column, table, text

from sofa_desktop.corpus import fold

# Version 1 of the search structures, created by the Alembic revision 0001 and by create_all(). Never edit a
# version: add SEARCH_DDL_V2 with a revision that drops and recreates, and point SEARCH_DDL at it.
SEARCH_DDL_V1: dict[str, tuple[str, ...]] = {
    # External-content table: the text lives once, in ``quote``; the triggers keep the index in step with every
    # insert, update and delete, including deletes cascading from a source, whichever code path issues them.
    "sqlite": (
        "CREATE VIRTUAL TABLE IF NOT EXISTS quote_fts USING fts5("
        "text, content='quote', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
        "CREATE TRIGGER IF NOT EXISTS quote_fts_ai AFTER INSERT ON quote BEGIN "
        "INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text); END",
        "CREATE TRIGGER IF NOT EXISTS quote_fts_ad AFTER DELETE ON quote BEGIN "
        "INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
        "CREATE TRIGGER IF NOT EXISTS quote_fts_au AFTER UPDATE OF text ON quote BEGIN "
        "INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text); "
        "INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text); END",
    ),
    # unaccent and pg_trgm are trusted extensions (PostgreSQL 13+): a database owner may create them. sofa_fold
    # names unaccent with its schema, so the index expression does not depend on the search_path of whoever runs it.
    "postgresql": (
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "DO $do$ DECLARE s text; BEGIN "
        "SELECT n.nspname INTO s FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'unaccent'; "
        "EXECUTE 'CREATE OR REPLACE FUNCTION sofa_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        "AS $f$ SELECT lower(' || quote_ident(s) || '.unaccent(' || quote_literal(quote_ident(s) || '.unaccent') "
        "|| '::regdictionary, $1)) $f$'; END $do$",
        "CREATE INDEX IF NOT EXISTS ix_quote_text_trgm ON quote USING gin (sofa_fold(text) gin_trgm_ops)",
    ),
}
SEARCH_DDL = SEARCH_DDL_V1
# what schema comparisons leave out: FTS5's table and shadow tables, the trigram index
SEARCH_OBJECTS = re.compile(r"quote_fts(_\w+)?|ix_quote_text_trgm")

quote_fts = table("quote_fts", column("rowid"), column("text"))
_TOKEN = re.compile(r"[^\W_]+")


def create(conn: Connection, ddl: dict[str, tuple[str, ...]] = SEARCH_DDL) -> None:
    """Create the quote search structures of ``conn``'s database if missing (SQLite and PostgreSQL)."""
    for statement in ddl.get(conn.dialect.name, ()):
        conn.execute(text(statement))


def rebuild(conn: Connection) -> None:
    """Re-index every stored quote (after creating the index on an existing database)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO quote_fts(quote_fts) VALUES ('rebuild')")


def match_expression(words: str) -> str | None:
    """An FTS5 query matching text that contains every word of ``words`` (the last token of each as a prefix).

    User text is never FTS syntax: each whitespace-separated word becomes a quoted phrase of its letter/digit runs,
    so ``"``, ``*``, ``NEAR(``, ``AND``/``OR``/``NOT``, ``^`` and parentheses are plain words or separators.
    None if ``words`` has no letters or digits at all.
    """
    phrases = ['"' + " ".join(tokens) + '"*' for tokens in phrases_of(words)]
    return " AND ".join(phrases) or None


def phrases_of(words: str) -> list[list[str]]:
    """The letter/digit runs of each whitespace-separated word of ``words`` (words without any, and words the
    index cannot find by their start, :func:`literal_chunks`, are left out)."""
    return [tokens for chunk in unicodedata.normalize("NFC", words).split()
            if not _is_literal(chunk) and (tokens := _TOKEN.findall(chunk))]


# scripts written without spaces between words: the index holds a whole run as one token, so a word inside it is
# found only as a substring (Han, Hiragana, Katakana, Hangul, Thai, Lao, Khmer, Myanmar, CJK punctuation, fullwidth)
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff"
                       "\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff"
                       "\uff00-\uffef\U00020000-\U0003134f]")


def _is_literal(chunk: str) -> bool:
    return _UNSPACED.search(chunk) is not None or _TOKEN.search(chunk) is None


def literal_chunks(words: str) -> list[str]:
    """The whitespace-separated words of ``words`` that are searched as exact substrings of the quote text: those
    in a script written without spaces ("协议" inside "双方签署了协议") and those without any letter or digit
    (symbols, emoji: "🇵🇾", "—", "$"). Rare, so they are probed quote by quote rather than indexed."""
    return [chunk for chunk in unicodedata.normalize("NFC", words).split() if _is_literal(chunk)]


def storable(text: str) -> bool:
    """False for text no stored quote can contain: a NUL or a lone surrogate (not UTF-8)."""
    return "\x00" not in text and not any("\ud800" <= ch <= "\udfff" for ch in text)


def regex_patterns(words: str) -> list[str]:
    """PostgreSQL regular expressions, one per word of ``words``, with the meaning of :func:`match_expression`
    on text folded by ``sofa_fold``: the word's runs in a row at a word start, the last one as a prefix.

    The runs are folded here and split again, so the patterns hold only letters, digits and this syntax; the
    database folds them once more (``sofa_fold(pattern)``) for letters that only ``unaccent`` maps (ø, ł, æ).
    """
    patterns = []
    for tokens in phrases_of(words):
        folded = _TOKEN.findall(fold(" ".join(tokens)))
        if folded:
            patterns.append(r"(^|[^[:alnum:]])" + "[^[:alnum:]]+".join(folded))
    return patterns


def words_of(text: str) -> list[str]:
    """The letter/digit runs of ``text``, as the index splits words (speaker words; words without FTS)."""
    return _TOKEN.findall(text)
