"""What the data is and where it lives: ORM models, engine and session setup, migrations, bulk row writes and the
quote search index's DDL (``fts``: the models create it with the tables).

Everything else in the store builds on this package; it imports only ``store.errors``. Functions here take what
they work on: a URL (``open_database``), a ``Database``, or a ``Connection`` inside the caller's transaction.
"""

from sofa_desktop.store.errors import DatabaseError
from sofa_desktop.store.schema.db import (
    Database,
    default_db_url,
    open_database,
    shown_url,
    sqlite_path,
    sqlite_url,
    stored_schema,
)
from sofa_desktop.store.schema.db_url import checked_db_url
from sofa_desktop.store.schema.migrations import HEAD
from sofa_desktop.store.schema.redaction import redact

__all__ = [
    "HEAD", "Database", "DatabaseError", "checked_db_url", "default_db_url", "open_database", "redact", "shown_url",
    "sqlite_path", "sqlite_url", "stored_schema",
]
