"""The SQLAlchemy store: models, engine/session setup, ingest, query functions and export."""

from sofa_desktop.store.db import Database, DatabaseError, default_db_url, open_database

__all__ = ["Database", "DatabaseError", "default_db_url", "open_database"]
