"""The analyst's publication date, title and outlet of a source (kind ``source_details``): kept as a curation
record tied to the source's content hash, so a re-extraction or a new version of the file does not lose them.

``target``: the source's ``sha256`` and file ``name``; ``before``/``after``: the fields set (``published`` as
ISO text, ``title``, ``outlet``). Only the fields the analyst set are in ``after``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from sofa_desktop.store.curation.targets import TargetMissing, source_by_sha, to_date
from sofa_desktop.store.schema.models import Source

FIELDS = ("published", "title", "outlet")
KIND = "source_details"


def source_of(conn: Connection, target: dict[str, Any]) -> int:
    """The id of the source the edit is on (by content hash); TargetMissing when it is no longer stored."""
    source_id = source_by_sha(conn, target["sha256"])
    if source_id is None:
        raise TargetMissing(f"the source {target.get('name', '')} is no longer in the store")
    return source_id


def current(conn: Connection, source_id: int, fields: Any) -> dict[str, Any]:
    """The source's present values of ``fields`` (dates as ISO text, as records keep them)."""
    row = conn.execute(select(Source.published, Source.title, Source.outlet).where(Source.id == source_id)).one()
    values = {"published": row.published.isoformat() if row.published else None, "title": row.title,
              "outlet": row.outlet}
    return {k: values[k] for k in fields}


def _set(conn: Connection, source_id: int, values: dict[str, Any]) -> None:
    conn.execute(update(Source).where(Source.id == source_id).values(
        **{k: to_date(v) if k == "published" else v for k, v in values.items() if k in FIELDS}))


def details_apply(conn: Connection, rec: Any) -> list[tuple[type, int]]:
    """Set the analyst's values (the values they replace become ``before`` the first time)."""
    source_id = source_of(conn, rec.target)
    if rec.before is None:
        rec.before = current(conn, source_id, rec.after)
    _set(conn, source_id, rec.after)
    return []  # a source has no version or curated mark: the record is the mark


def details_revert(conn: Connection, rec: Any) -> list[tuple[type, int]]:
    """Give the source back the values it had before the edit."""
    _set(conn, source_of(conn, rec.target), rec.before or {})
    return []


def details_changed(conn: Connection, rec: Any) -> bool:
    """True if the source no longer holds the edit's values (someone else changed them since)."""
    return current(conn, source_of(conn, rec.target), rec.after) != rec.after
