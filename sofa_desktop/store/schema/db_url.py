"""Database URLs as users type them (``--db``, ``$SOFA_DESKTOP_DB``): checked before anything opens, and never
shown with their password (``store.redact``): :func:`checked_db_url` understands or refuses each form with one
line."""

from __future__ import annotations

import os
import re
from pathlib import Path

from sofa_desktop.store.errors import DatabaseError
from sofa_desktop.store.schema.db import ENV_VAR, sqlite_url
from sofa_desktop.store.schema.redaction import redact

SUPPORTED = ("sqlite", "sqlite+pysqlite", "postgresql", "postgres", "postgresql+psycopg")
EXAMPLES = "sqlite:///PATH/TO/FILE.sqlite, a file path, or postgresql://USER@HOST/DBNAME"

_SCHEME_ONLY = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):(?!//)(.*)$", re.DOTALL)  # "sqlite:/x.db" (one slash)


def checked_db_url(raw: str | None) -> str | None:
    """The database the user asked for (``--db``, else ``$SOFA_DESKTOP_DB``), as a URL or path that
    ``open_database`` takes; None for the default file. Raises DatabaseError (one line, no password) for what
    cannot be meant: an empty value, an in-memory SQLite database (an import would be thrown away), an unsupported
    scheme, a URL that does not parse, a folder. ``sqlite:PATH`` (one slash or none) means the file PATH."""
    if raw is None:
        raw = os.environ.get(ENV_VAR) or None
        if raw is None:
            return None
    if not raw.strip():
        raise DatabaseError(f"the database URL is empty; give {EXAMPLES}")
    if "\x00" in raw:
        raise DatabaseError("the database URL contains a NUL character")
    scheme_only = _SCHEME_ONLY.match(raw)
    if "://" not in raw and scheme_only and not Path(raw).exists():
        scheme, rest = scheme_only.groups()
        if scheme.lower() not in ("sqlite", "sqlite+pysqlite"):
            raise DatabaseError(f"not a database URL or file path: {redact(raw)!r}; give {EXAMPLES}")
        if not rest.strip():
            raise _in_memory(raw)
        return _checked_path(rest, raw)
    if "://" not in raw:
        return _checked_path(raw, raw)
    return _checked_url(raw)


def _checked_path(path: str, raw: str) -> str:
    """The SQLite URL of file ``path``; a folder (or a path ending in a separator) is refused."""
    if path.endswith(("/", os.sep)) or Path(path).is_dir():
        raise DatabaseError(f"{redact(raw)} is a folder, not a database file; give a file such as "
                            f"{Path(path) / 'sofa.sqlite'}")
    return sqlite_url(path)


def _checked_url(raw: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        url = make_url(raw)
    except Exception:  # the parser's message may quote the password: only the redacted URL is shown
        raise DatabaseError(f"not a valid database URL: {redact(raw, raw)}; give {EXAMPLES}") from None
    if url.drivername.lower() not in SUPPORTED:
        raise DatabaseError(f"unsupported database {url.drivername!r} in {redact(raw, raw)}; give {EXAMPLES}")
    if url.get_backend_name() != "sqlite":
        return raw
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file::memory:") or url.query.get("mode") == "memory":
        raise _in_memory(raw)
    if not database.startswith("file:"):
        _checked_path(database, raw)
    return raw


def _in_memory(raw: str) -> DatabaseError:
    return DatabaseError(f"{redact(raw)} is an SQLite database in memory: everything stored would be lost when "
                         "the program ends; give a file, e.g. sqlite:///PATH/TO/sofa.sqlite")
