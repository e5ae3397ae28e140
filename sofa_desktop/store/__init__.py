"""The SQLAlchemy store, in subpackages by capability (each ``__init__`` is its public API)::

    ingest/     import files, re-extract, modified articles   writes
    export/     JSON, CSV and TimelineJS exports               reads
    curation/   analysts' edits, undo/redo, re-application     writes (and their list)
    search/     quote search (FTS5 / pg_trgm)                   reads
    queries.py  rows for the panels; conflicts.py: stored conflicts refreshed from events
    schema/     models, engine and sessions, migrations, bulk rows, the search index DDL
    errors.py   DatabaseError (a leaf)

Each layer imports only the layers below it (import-linter's "Store layers" contract).

First-argument rule: public **writes take a** ``Database`` (they open, retry and commit their own write
transaction); public **reads take a** ``Session`` (the caller chooses the snapshot and may combine several reads,
e.g. ``with db.read_session() as s``); **internal steps take a** ``Connection`` already inside the caller's
transaction and never commit (their docstrings say "on ``conn``'s transaction"). Two building blocks accept either
of two: ``ingest.store_article`` (a Session or a Connection: tests and benchmarks call it in their own transaction)
and ``curation.list_curations`` (a Database or a Session: the CLI has only the Database).
"""

from sofa_desktop.store.schema import Database, DatabaseError, default_db_url, open_database

__all__ = ["Database", "DatabaseError", "default_db_url", "open_database"]
