"""Import article files: read, extract and store each file in its own transaction; refresh conflicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import Connection, bindparam, delete, func, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from sofa_desktop.corpus import Article, ArticleRejected, read_article
from sofa_desktop.corpus.reader import DEFAULT_MAX_BYTES
from sofa_desktop.extract import Document, Extraction, Extractor, RuleExtractor, find_conflicts
from sofa_desktop.store.actors import ActorResolver
from sofa_desktop.store.db import Database
from sofa_desktop.store.models import (
    Conflict,
    ConflictEvent,
    Event,
    EventActor,
    Mention,
    Meta,
    Quote,
    QuoteSpeaker,
    Source,
)
from sofa_desktop.store.queries import event_refs

Status = Literal["imported", "unchanged", "rejected"]
ProgressCallback = Callable[[int, int, "ImportResult"], None]


@dataclass(frozen=True)
class ImportResult:
    """What happened to one file."""

    path: str
    status: Status
    reason: str | None = None
    source_id: int | None = None
    warnings: tuple[str, ...] = field(default=())

    def line(self) -> str:
        """One human-readable line, as the CLI prints it."""
        if self.status == "rejected":
            return f"rejected: {self.path}: {self.reason}"
        extra = f" (warning: {'; '.join(self.warnings)})" if self.warnings else ""
        return f"{self.status}: {self.path}{extra}"


def collect_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[ImportResult]]:
    """Expand folders to their ``*.txt`` files (recursively, sorted); report paths that do not exist."""
    files: list[Path] = []
    missing: list[ImportResult] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        elif path.exists():  # special files are rejected by read_article with a reason
            files.append(path)
        else:
            missing.append(ImportResult(str(path), "rejected", "no such file or folder"))
    return files, missing


def import_paths(
    db: Database,
    paths: Sequence[str | Path],
    extractor: Extractor | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportResult]:
    """Import files and folders; one bad file never stops the others. Conflicts are refreshed at the end."""
    files, results = collect_paths(paths)
    extractor = extractor or RuleExtractor()
    imported_any = False
    for number, path in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            break
        try:
            result = import_file(db, path, extractor, max_bytes)
        except Exception as exc:  # a bug or a database failure on one file must not stop the others
            result = ImportResult(str(path), "rejected", f"internal error: {type(exc).__name__}: {exc}")
        imported_any |= result.status == "imported"
        results.append(result)
        if progress is not None:
            progress(number, len(files), result)
    if imported_any or (not db.read_only and _conflicts_outdated(db)):
        try:
            with db.write_session.begin() as session:
                refresh_conflicts(session)
                session.merge(Meta(key=_CONFLICTS_KEY, value=str(_max_source_id(session))))
        except OperationalError:  # busy past every timeout: the marker stays outdated, so the next import refreshes
            pass
    return results


_CONFLICTS_KEY = "conflicts_up_to_source"


def _max_source_id(session: Session) -> int:
    return session.scalar(select(func.max(Source.id))) or 0


def _conflicts_outdated(db: Database) -> bool:
    """True if sources were stored after the last conflict refresh (e.g. an import was killed before it)."""
    with db.read_session() as session:
        done = session.scalar(select(Meta.value).where(Meta.key == _CONFLICTS_KEY))
        return done != str(_max_source_id(session))


def import_file(db: Database, path: Path, extractor: Extractor, max_bytes: int = DEFAULT_MAX_BYTES) -> ImportResult:
    """Read, extract and store one file in one transaction."""
    try:
        article = read_article(path, max_bytes)
    except ArticleRejected as exc:
        return ImportResult(str(path), "rejected", str(exc))
    with db.read_session() as session:
        if (existing := _source_id_by_hash(session, article.sha256)) is not None:
            return ImportResult(str(path), "unchanged", source_id=existing, warnings=article.warnings)
    try:
        extraction = extractor.extract(Document(article.text, article.published, article.body_start))
    except Exception as exc:  # an extractor bug must not stop the import of other files
        return ImportResult(str(path), "rejected", f"extraction failed: {type(exc).__name__}: {exc}")
    for attempt in range(3):
        try:
            with db.write_session.begin() as session:
                existing = _source_id_by_hash(session, article.sha256)
                if existing is not None:
                    return ImportResult(str(path), "unchanged", source_id=existing, warnings=article.warnings)
                source_id = store_article(session, article, extraction)
            return ImportResult(str(path), "imported", source_id=source_id, warnings=article.warnings)
        except IntegrityError as exc:
            error = exc  # another process stored the same content meanwhile: next round sees it as unchanged
        except OperationalError as exc:
            if "locked" not in str(exc) or attempt == 2:
                return ImportResult(str(path), "rejected", f"database error: {exc.orig}")
    return ImportResult(str(path), "rejected", f"database error: {error.orig}")


def _source_id_by_hash(session: Session, sha256: str) -> int | None:
    return session.connection().scalar(_BY_HASH, {"sha256": sha256})


_BY_HASH = select(Source.__table__.c.id).where(Source.__table__.c.sha256 == bindparam("sha256"))


def store_article(session: Session, article: Article, extraction: Extraction) -> int:
    """Insert one article and its extraction; the caller owns the transaction.

    Rows go in as a few multi-row Core INSERTs built once (``_INSERT``) rather than one ORM flush per quote and
    event: ingest time was dominated by per-row flushes, then by building statements.
    """
    conn = session.connection()
    source_id: int = conn.execute(
        _INSERT_SOURCE,
        {"name": article.name, "title": article.title, "published": article.published, "outlet": article.outlet,
         "text": article.text, "body_start": article.body_start, "sha256": article.sha256,
         "imported_at": dt.datetime.now(dt.UTC).replace(tzinfo=None)},
    ).scalar_one()
    actor_ids = ActorResolver(session).resolve(extraction.actors)
    mention_rows = [
        {"actor_id": actor_ids[m.actor], "source_id": source_id, "start": m.start, "end": m.end}
        for m in extraction.mentions
        if m.actor in actor_ids
    ]
    if mention_rows:
        conn.execute(_INSERT[Mention], mention_rows)
    quote_rows = [{"source_id": source_id, "start": q.start, "end": q.end, "text": q.text, "partial": q.partial,
                   "how": q.how} for q in extraction.quotes]
    speaker_rows = [
        {"quote_id": quote_id, "actor_id": a}
        for quote_id, q in zip(_insert_new_ids(conn, Quote, quote_rows), extraction.quotes, strict=True)
        for a in {actor_ids[name] for name in q.speakers if name in actor_ids}
    ]
    if speaker_rows:
        conn.execute(_INSERT[QuoteSpeaker], speaker_rows)
    event_rows = [
        {"source_id": source_id, "start": e.start, "end": e.end, "title": e.title, "action": e.action,
         "object": e.object, "date_start": e.date.start, "date_end": e.date.end, "precision": str(e.date.precision),
         "date_text": e.date.text, "status": str(e.status)}
        for e in extraction.events
    ]
    involved_rows = [
        {"event_id": event_id, "actor_id": a}
        for event_id, e in zip(_insert_new_ids(conn, Event, event_rows), extraction.events, strict=True)
        for a in {actor_ids[name] for name in e.actors if name in actor_ids}
    ]
    if involved_rows:
        conn.execute(_INSERT[EventActor], involved_rows)
    return source_id


_INSERT = {model: insert(model.__table__) for model in (Mention, Quote, QuoteSpeaker, Event, EventActor)}
_INSERT_SOURCE = insert(Source.__table__).returning(Source.__table__.c.id)
_IDS_OF_SOURCE = {model: select(model.__table__.c.id).where(model.__table__.c.source_id == bindparam("source_id"))
                  .order_by(model.__table__.c.id) for model in (Quote, Event)}


def _insert_new_ids(conn: Connection, model: type[Quote] | type[Event], rows: list[dict]) -> list[int]:
    """Insert one new source's ``rows`` into ``model``'s table; their new ids in the order of ``rows``.

    One executemany, then the source's ids in id order: SQLite gives each new row max(rowid) + 1, and this
    transaction holds the write lock, so id order is insertion order (ordered RETURNING ran one INSERT per row).
    """
    if not rows:
        return []
    conn.execute(_INSERT[model], rows)
    ids = list(conn.scalars(_IDS_OF_SOURCE[model], {"source_id": rows[0]["source_id"]}))
    if len(ids) != len(rows):
        raise RuntimeError(f"{model.__tablename__}: stored {len(ids)} rows for a new source, expected {len(rows)}")
    return ids


def refresh_conflicts(session: Session) -> int:
    """Recompute every cross-source conflict from the stored events; return how many there are."""
    session.execute(delete(ConflictEvent))
    session.execute(delete(Conflict))
    conflicts = find_conflicts(event_refs(session))
    for c in conflicts:
        row = Conflict(topic=c.topic, detail=c.detail)
        session.add(row)
        session.flush()
        session.execute(insert(ConflictEvent), [{"conflict_id": row.id, "event_id": e} for e in c.event_ids])
    return len(conflicts)
