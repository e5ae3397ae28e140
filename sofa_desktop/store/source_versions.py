"""Earlier texts of a source (replaced by a newer version of the same article): read-only, for the GUI's
"Earlier versions…" and the JSON export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sofa_desktop.store.schema.models import SourceVersion


@dataclass(frozen=True)
class EarlierVersion:
    """One replaced text of a source, as it was stored before the newer version came in."""

    id: int
    source_id: int
    title: str | None
    text: str
    sha256: str
    imported_at: dt.datetime
    replaced_at: dt.datetime


def earlier_versions(s: Session, source_id: int) -> list[EarlierVersion]:
    """The earlier texts of ``source_id``, oldest first (empty if it was never replaced)."""
    stmt = (select(SourceVersion.id, SourceVersion.source_id, SourceVersion.title, SourceVersion.text,
                   SourceVersion.sha256, SourceVersion.imported_at, SourceVersion.replaced_at)
            .where(SourceVersion.source_id == source_id).order_by(SourceVersion.replaced_at, SourceVersion.id))
    return [EarlierVersion(*row) for row in s.execute(stmt)]


def all_earlier_versions(s: Session) -> dict[int, list[EarlierVersion]]:
    """Every source's earlier texts, oldest first, by source id (for the export)."""
    stmt = (select(SourceVersion.id, SourceVersion.source_id, SourceVersion.title, SourceVersion.text,
                   SourceVersion.sha256, SourceVersion.imported_at, SourceVersion.replaced_at)
            .order_by(SourceVersion.source_id, SourceVersion.replaced_at, SourceVersion.id))
    found: dict[int, list[EarlierVersion]] = {}
    for row in s.execute(stmt):
        found.setdefault(row.source_id, []).append(EarlierVersion(*row))
    return found


def count_earlier_versions(s: Session, source_id: int) -> int:
    """How many earlier texts ``source_id`` has (0: the action that shows them is disabled)."""
    return s.scalar(select(func.count()).where(SourceVersion.source_id == source_id)) or 0
