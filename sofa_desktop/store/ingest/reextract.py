"""Re-extraction of stored sources by a newer extractor: rows replaced, analysts' edits re-applied (CLI and ingest)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, exists, select, update

from sofa_desktop.extract import Document
from sofa_desktop.store.curation.reapply import has_active, reapply_curations
from sofa_desktop.store.ingest.refresh import CONFLICTS_KEY, update_conflicts
from sofa_desktop.store.ingest.results import ImportResult
from sofa_desktop.store.ingest.write import extractor_version, store_extraction
from sofa_desktop.store.queries import read_before
from sofa_desktop.store.schema.db import Database
from sofa_desktop.store.schema.models import Actor, Event, EventActor, Mention, Meta, Quote, QuoteSpeaker, Source

if TYPE_CHECKING:
    from sofa_desktop.extract import Extraction, Extractor


def replace_extraction(conn: Connection, source_id: int, extraction: Extraction, version: int | None) -> None:
    """Replace a stored source's extracted rows with ``extraction`` and re-apply the analysts' edits, on ``conn``'s
    transaction. Actors only the old rows used (and no analyst touched) are removed."""
    linked = set(conn.scalars(select(Mention.actor_id).where(Mention.source_id == source_id)))
    for model in (Mention, Quote, Event):  # links, search index and conflict members follow by cascade/trigger
        conn.execute(delete(model).where(model.source_id == source_id))
    conn.execute(update(Source).where(Source.id == source_id).values(extractor_version=version))
    conn.execute(update(Meta).where(Meta.key == CONFLICTS_KEY).values(value="stale"))  # the next refresh recomputes all
    store_extraction(conn, source_id, extraction)
    if has_active(conn):
        reapply_curations(conn, source_id)
    if linked:
        unused = (select(Actor.id).where(
            Actor.id.in_(sorted(linked)), Actor.curated.is_(False),
            ~exists().where(Mention.actor_id == Actor.id), ~exists().where(QuoteSpeaker.actor_id == Actor.id),
            ~exists().where(EventActor.actor_id == Actor.id)))
        conn.execute(delete(Actor).where(Actor.id.in_(list(conn.scalars(unused)))))


def reextract_sources(db: Database, extractor: Extractor | None = None, all_sources: bool = False,
                      progress: Callable[[int, int, ImportResult], None] | None = None,
                      cancelled: Callable[[], bool] | None = None,
                      source_ids: Sequence[int] | None = None) -> list[ImportResult]:
    """Extract stored sources again: those made by an older extractor version (``all_sources``: every one; or
    those in ``source_ids``, e.g. after an analyst set a source's publication date), each in its own transaction;
    conflicts are refreshed at the end. One failing source never stops the others."""
    if extractor is None:
        from sofa_desktop.extract import RuleExtractor  # lazy for start-up time only (no cycle): the rules load here

        extractor = RuleExtractor()
    version = extractor_version(extractor)
    stmt = select(Source.id, Source.name).order_by(Source.id)
    if source_ids is not None:
        stmt = stmt.where(Source.id.in_(list(source_ids)))
    elif not all_sources:
        stmt = stmt.where(read_before(version))
    with db.read_session() as s:
        todo = list(s.execute(stmt))
    results: list[ImportResult] = []
    for number, (source_id, name) in enumerate(todo, start=1):
        if cancelled is not None and cancelled():
            break
        try:
            with db.write_session.begin() as s:
                row = s.execute(select(Source.text, Source.published, Source.body_start, Source.language)
                                .where(Source.id == source_id)).one()
                extraction = extractor.extract(Document(row.text, row.published, row.body_start,
                                                        language=row.language or "en"))
                replace_extraction(s.connection(), source_id, extraction, version)
            result = ImportResult(name, "reextracted", source_id=source_id,
                                  warnings=tuple(getattr(extraction, "warnings", ())))
        except Exception as exc:  # an extractor bug or a database failure on one source must not stop the others
            result = ImportResult(name, "rejected", f"re-extraction failed: {type(exc).__name__}: {exc}",
                                  source_id=source_id)
        results.append(result)
        if progress is not None:
            progress(number, len(todo), result)
    if any(r.status == "reextracted" for r in results):
        update_conflicts(db)
    return results
