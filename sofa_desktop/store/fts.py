"""SQLite FTS5 index of quote text (accent- and case-insensitive), kept in sync by triggers; used by store.search."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Connection, column, table

# External-content table: the text lives once, in ``quote``; the triggers keep the index in step with every insert,
# update and delete, including deletes cascading from a source, whichever code path issues them.
_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS quote_fts USING fts5("
    "text, content='quote', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    "CREATE TRIGGER IF NOT EXISTS quote_fts_ai AFTER INSERT ON quote BEGIN "
    "INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS quote_fts_ad AFTER DELETE ON quote BEGIN "
    "INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS quote_fts_au AFTER UPDATE OF text ON quote BEGIN "
    "INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text); END",
)

quote_fts = table("quote_fts", column("rowid"), column("text"))
_TOKEN = re.compile(r"[^\W_]+")


def create(conn: Connection) -> None:
    """Create the quote index and its triggers if missing (SQLite only; other databases search without it)."""
    if conn.dialect.name != "sqlite":
        return
    for statement in _DDL:
        conn.exec_driver_sql(statement)


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
    phrases = []
    for chunk in unicodedata.normalize("NFC", words).split():
        tokens = _TOKEN.findall(chunk)
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"*')
    return " AND ".join(phrases) or None


def words_of(text: str) -> list[str]:
    """The letter/digit runs of ``text``, as the index splits words (speaker words; words without FTS)."""
    return _TOKEN.findall(text)
