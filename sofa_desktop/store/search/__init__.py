"""Quote search by speaker and words, sorted and paged in the database (SQLite FTS5 or PostgreSQL pg_trgm; the
index itself is created with the schema, ``store.schema.fts``), and the sentence around each quote found
(``context``). Reads: every function takes a ``Session``."""

from sofa_desktop.store.search.context import with_context
from sofa_desktop.store.search.quotes import ORDERS, count_quotes, search_quotes, speaker_actor_ids

__all__ = ["ORDERS", "count_quotes", "search_quotes", "speaker_actor_ids", "with_context"]
