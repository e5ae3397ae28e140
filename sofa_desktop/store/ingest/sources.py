"""Curating whole sources: the analyst's publication date, title and outlet (re-extracted at once, so relative
dates follow the new date), and removing a wrongly imported source (with what is needed to bring it back)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, exists, select, update

from sofa_desktop.store import curation
from sofa_desktop.store.curation import CurationError, EditResult
from sofa_desktop.store.ingest.reextract import reextract_sources
from sofa_desktop.store.ingest.refresh import CONFLICTS_KEY, update_conflicts
from sofa_desktop.store.ingest.results import ImportResult
from sofa_desktop.store.ingest.write import store_article
from sofa_desktop.store.schema.db import Database, shown_url
from sofa_desktop.store.schema.models import Actor, EventActor, Mention, Meta, QuoteSpeaker, Source

if TYPE_CHECKING:
    from sofa_desktop.extract import Extractor

_KEEP = object()


def set_source_details(db: Database, source_id: int, *, published: Any = _KEEP, title: Any = _KEEP,
                       outlet: Any = _KEEP, author: str | None = None,
                       extractor: Extractor | None = None) -> EditResult:
    """Set a source's publication date, title or outlet as an analyst's edit (undoable, kept through
    re-extraction), then extract the source again with the new date: "on Tuesday" now has a date."""
    values = {k: v for k, v in (("published", published), ("title", title), ("outlet", outlet)) if v is not _KEEP}
    result = curation.set_source_details(db, source_id, author=author, **values)
    if "published" in values:
        refresh_source(db, source_id, extractor)
    return result


def refresh_source(db: Database, source_id: int, extractor: Extractor | None = None) -> ImportResult | None:
    """Extract one source again (after its publication date changed, or an edit of it was undone or redone)."""
    results = reextract_sources(db, extractor, source_ids=[source_id])
    return results[0] if results else None


@dataclass(frozen=True)
class RemovedSource:
    """What a removed source was: enough to store it again (``restore_source``) for an undo."""

    id: int
    values: dict[str, Any]

    @property
    def label(self) -> str:
        """Its title, else its file name."""
        return str(self.values.get("title") or self.values["name"])


def remove_source(db: Database, source_id: int) -> RemovedSource:
    """Remove a source with its quotes, events and mentions (actors nothing else uses go too); conflicts are
    refreshed. Analysts' edits on it stay recorded, and apply again if the same text is imported or restored."""
    if db.read_only:
        raise CurationError(f"the database {shown_url(db.url)} is read-only: nothing was removed")
    columns = [c for c in Source.__table__.columns if c.key != "id"]
    with db.write_session.begin() as s:
        row = s.execute(select(*columns).where(Source.id == source_id)).first()
        if row is None:
            raise CurationError(f"source {source_id} does not exist")
        linked = set(s.scalars(select(Mention.actor_id).where(Mention.source_id == source_id)))
        s.execute(delete(Source).where(Source.id == source_id))  # rows of the source follow by cascade
        s.execute(update(Meta).where(Meta.key == CONFLICTS_KEY).values(value="stale"))  # recomputed in full below
        if linked:
            s.execute(delete(Actor).where(
                Actor.id.in_(sorted(linked)), Actor.curated.is_(False), ~exists().where(Mention.actor_id == Actor.id),
                ~exists().where(QuoteSpeaker.actor_id == Actor.id), ~exists().where(EventActor.actor_id == Actor.id)))
    update_conflicts(db)
    return RemovedSource(source_id, dict(row._mapping))


def restore_source(db: Database, removed: RemovedSource, extractor: Extractor | None = None) -> int:
    """Store a removed source again (a new id), extracted anew with analysts' edits re-applied; its id."""
    from sofa_desktop.corpus import Article
    from sofa_desktop.extract import Document

    if extractor is None:
        from sofa_desktop.extract import RuleExtractor  # lazy for start-up time only (no cycle)

        extractor = RuleExtractor()
    v = removed.values
    article = Article(v["name"], v["text"], v["title"], v["published"], v["outlet"], v["body_start"], v["sha256"],
                      language=v["language"])
    extraction = extractor.extract(Document(v["text"], v["published"], v["body_start"], language=v["language"] or "en"))
    with db.write_session.begin() as s:
        if s.scalar(select(Source.id).where(Source.sha256 == v["sha256"])) is not None:
            raise CurationError(f"“{removed.label}” is in the store again (imported meanwhile)")
        source_id = store_article(s, article, extraction, v["extractor_version"], v["path"])
        s.execute(Source.__table__.update().where(Source.id == source_id).values(
            {k: v[k] for k in v if k not in ("name", "text", "sha256", "path", "extractor_version")}))
        if curation.has_active(s.connection()):
            curation.reapply_curations(s, source_id)
    update_conflicts(db)
    return source_id

