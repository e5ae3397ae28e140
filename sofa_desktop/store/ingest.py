"""Import article files: read, extract, store them in batched write transactions; refresh conflicts."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from sofa_desktop.corpus import Article, ArticleRejected, read_article
from sofa_desktop.corpus.reader import DEFAULT_MAX_BYTES
from sofa_desktop.store.conflicts import refresh_conflicts
from sofa_desktop.store.db import Database
from sofa_desktop.store.models import Meta, Source
from sofa_desktop.store.rows import RowWriter, source_by_hash, stored_by_hash

if TYPE_CHECKING:  # the extractor is imported when an import runs: the GUI starts without it
    from sofa_desktop.extract import Extraction, Extractor

Status = Literal["imported", "updated", "reextracted", "unchanged", "rejected"]
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
        note = f" ({self.reason})" if self.reason else ""  # "updated": what became of the analysts' edits
        return f"{self.status}: {self.path}{note}{extra}"


def collect_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[ImportResult]]:
    """Expand folders to their ``.txt`` files, any case (recursively, sorted); report paths that do not exist."""
    files: list[Path] = []
    missing: list[ImportResult] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() == ".txt" and p.is_file()))
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
    """Import files and folders; one bad file never stops the others. Conflicts are refreshed at the end.
    Up to BATCH_FILES files share a transaction; ``progress`` reports each file once it is committed."""
    files, results = collect_paths(paths)
    if extractor is None:
        from sofa_desktop.extract import RuleExtractor

        extractor = RuleExtractor()
    version = extractor_version(extractor)
    reapply = _has_actor_curations(db)
    conn: Connection | None = None  # one write connection for all files: no pool checkout per file
    batch = _Batch(db, version, reapply, progress, len(files))
    gc.freeze()  # what exists now (extractor tables, the app) is long-lived: full collections need not scan it
    try:
        for path in files:
            if cancelled is not None and cancelled():
                break
            try:
                if conn is None and not db.read_only:
                    conn = db.write_engine.connect()
                if conn is None:
                    batch.done(import_file(db, path, extractor, max_bytes, version=version, reapply=reapply))
                    continue
                batch.add(_prepare(db, path, extractor, max_bytes, conn, version))
            except Exception as exc:  # a bug or a database failure on one file must not stop the others
                batch.done(ImportResult(str(path), "rejected", f"internal error: {type(exc).__name__}: {exc}"))
                conn = batch.flush(conn)
                if conn is not None:  # whatever went wrong, the next file starts afresh
                    conn.close()
                    conn = None
            if batch.full():
                conn = batch.flush(conn)
        conn = batch.flush(conn)
    finally:
        gc.unfreeze()
        if conn is not None:
            conn.close()
    results.extend(batch.results)
    if {"imported", "updated", "reextracted"} & {r.status for r in batch.results} or (
            not db.read_only and _conflicts_outdated(db)):
        update_conflicts(db)
    return results


BATCH_FILES = 64
"""Files per write transaction in import_paths (batches double from 1 file, so progress and cancel answer at
once): a commit with the FTS index's flush cost ~0.5 ms per file (benchmarks/RESULTS.md, fifth round). A failure in
a batch rolls it back and stores its files again one per transaction, so one bad file never takes others with it."""


@dataclass
class _Job:
    """A file read and extracted, waiting to be stored."""

    path: Path
    article: Article
    extraction: Extraction
    warnings: tuple[str, ...]


class _Batch:
    """import_paths' files in order: results known at once, and jobs stored together by ``flush``."""

    def __init__(self, db: Database, version: int, reapply: bool, progress: ProgressCallback | None,
                 total: int) -> None:
        self.db, self.version, self.reapply, self.progress, self.total = db, version, reapply, progress, total
        self.results: list[ImportResult] = []
        self.jobs: list[tuple[int, _Job]] = []  # (index in results, job)
        self._reported = 0
        self._size = 1

    def full(self) -> bool:
        """True when the waiting jobs make a batch: 1, 2, 4, ... then BATCH_FILES files."""
        return len(self.jobs) >= self._size

    def add(self, prepared: ImportResult | _Job) -> None:
        """Take a file's result, or its job to store at the next flush."""
        if isinstance(prepared, ImportResult):
            self.done(prepared)
        else:
            self.jobs.append((len(self.results), prepared))
            self.results.append(ImportResult(str(prepared.path), "rejected", "not stored"))  # replaced by flush

    def done(self, result: ImportResult) -> None:
        """Take a file's final result; report progress up to the first file still waiting to be stored."""
        self.results.append(result)
        if not self.jobs:
            self._report()

    def flush(self, conn: Connection | None) -> Connection | None:
        """Store the waiting jobs in one transaction on ``conn``; if anything fails there, roll back and store
        them one per transaction on fresh connections. Returns the connection to go on with (None: make one)."""
        jobs, self.jobs = self.jobs, []
        if jobs:
            self._size = min(2 * self._size, BATCH_FILES)
        if jobs and conn is not None:
            try:
                with conn.begin():
                    stored = [_store_in(conn, job, self.version, self.reapply) for _, job in jobs]
            except Exception:  # rolled back: each file gets its own transaction and its own outcome
                conn.close()
                conn = None
                stored = [self._store_alone(job) for _, job in jobs]
            for (index, _), result in zip(jobs, stored, strict=True):
                self.results[index] = result
        self._report()
        return conn

    def _store_alone(self, job: _Job) -> ImportResult:
        try:
            return _store_with_retries(self.db, None, job, self.version, self.reapply)
        except Exception as exc:
            return ImportResult(str(job.path), "rejected", f"internal error: {type(exc).__name__}: {exc}")

    def _report(self) -> None:
        while self._reported < len(self.results):
            self._reported += 1
            if self.progress is not None:
                self.progress(self._reported, self.total, self.results[self._reported - 1])


def update_conflicts(db: Database) -> None:
    """Refresh the stored conflicts after imports (only what changed) and keep analysts' resolutions on them."""
    try:
        with db.write_session.begin() as session:
            refresh_conflicts(session, _refreshed_up_to(session))
            session.merge(Meta(key=_CONFLICTS_KEY, value=str(_max_source_id(session))))
            from sofa_desktop.store.curation_reapply import has_active, reapply_conflict_resolutions

            if has_active(session.connection(), ("conflict_resolve",)):
                reapply_conflict_resolutions(session)
    except OperationalError:  # busy past every timeout: the marker stays outdated, so the next import refreshes
        pass


def article_language(article: object) -> str:
    """The ISO 639-1 language of an article: as read (when the reader sets one), else detected by
    ``corpus.language`` when this build has it, else English."""
    given = getattr(article, "language", None)
    if given:
        return str(given)
    detect = _detector()
    found = detect(getattr(article, "text", "")) if detect is not None else None
    return found or "en"


@functools.cache
def _detector() -> Callable[[str], str | None] | None:
    try:
        from sofa_desktop.corpus.language import detect_language  # type: ignore[import-not-found]
    except ImportError:
        return None
    return detect_language


def extractor_version(extractor: object) -> int:
    """The version of an extractor's results: its ``version`` attribute, else ``extract.EXTRACTOR_VERSION``."""
    version = getattr(extractor, "version", None)
    if isinstance(version, int):
        return version
    import sofa_desktop.extract

    return sofa_desktop.extract.EXTRACTOR_VERSION


def _has_actor_curations(db: Database) -> bool:
    """True if analysts' actor edits must be re-applied to each stored file (one query per import, not per file)."""
    from sofa_desktop.store.curation_reapply import ACTOR_KINDS, has_active

    with db.engine.connect() as conn:
        return has_active(conn, ACTOR_KINDS)


_CONFLICTS_KEY = "conflicts_up_to_source"


def _max_source_id(session: Session) -> int:
    return session.scalar(select(func.max(Source.id))) or 0


def _refreshed_up_to(session: Session) -> int | None:
    """The largest source id at the last conflict refresh; None if unknown (then everything is recomputed)."""
    done = session.scalar(select(Meta.value).where(Meta.key == _CONFLICTS_KEY))
    return int(done) if done is not None and done.isdigit() else None


def _conflicts_outdated(db: Database) -> bool:
    """True if sources were stored after the last conflict refresh (e.g. an import was killed before it)."""
    with db.read_session() as session:
        return _refreshed_up_to(session) != _max_source_id(session)


def import_file(db: Database, path: Path, extractor: Extractor, max_bytes: int = DEFAULT_MAX_BYTES,
                conn: Connection | None = None, *, version: int | None = None,
                reapply: bool | None = None) -> ImportResult:
    """Read, extract and store one file in one transaction (on ``conn``, a write connection outside any
    transaction, if given). A file stored by an older extractor ``version`` is extracted again; ``reapply`` says
    whether analysts' actor edits exist (None: look)."""
    version = extractor_version(extractor) if version is None else version
    prepared = _prepare(db, path, extractor, max_bytes, conn, version)
    if isinstance(prepared, ImportResult):
        return prepared
    if reapply is None:
        reapply = _has_actor_curations(db)
    return _store_with_retries(db, conn, prepared, version, reapply)


def _prepare(db: Database, path: Path, extractor: Extractor, max_bytes: int, conn: Connection | None,
             version: int) -> ImportResult | _Job:
    """Read and extract a file; its result instead if it is rejected or already stored by this extractor."""
    try:
        article = read_article(path, max_bytes)
    except ArticleRejected as exc:
        return ImportResult(str(path), "rejected", str(exc))
    stored = source_by_hash(conn, article.sha256) if conn is not None else stored_by_hash(db, article.sha256)
    if stored is not None and (db.read_only or (stored[1] or 0) >= version):  # skip extracting what is stored
        return ImportResult(str(path), "unchanged", source_id=stored[0], warnings=article.warnings)
    from sofa_desktop.extract.types import Document

    try:
        extraction = extractor.extract(Document(article.text, article.published, article.body_start,
                                                language=article_language(article)))
    except Exception as exc:  # an extractor bug must not stop the import of other files
        return ImportResult(str(path), "rejected", f"extraction failed: {type(exc).__name__}: {exc}")
    warnings = (*article.warnings, *getattr(extraction, "warnings", ()))  # a partial extraction is stored, and said
    return _Job(path, article, extraction, warnings)


def _store_with_retries(db: Database, conn: Connection | None, job: _Job, version: int,
                        reapply: bool) -> ImportResult:
    """Store one job in its own write transaction, retrying while the database is locked."""
    for attempt in range(3):
        try:
            with _transaction(db, conn) as tx_conn:  # a Connection: a Session cost ~0.1 ms per file here
                return _store_in(tx_conn, job, version, reapply)
        except (IntegrityError, sqlite3.IntegrityError) as exc:
            error = exc  # another process stored the same content meanwhile: next round sees it as unchanged
        except (OperationalError, sqlite3.OperationalError) as exc:
            if "locked" not in str(exc) or attempt == 2:
                return ImportResult(str(job.path), "rejected", f"database error: {_reason(exc)}")
    return ImportResult(str(job.path), "rejected", f"database error: {_reason(error)}")


def _store_in(tx_conn: Connection, job: _Job, version: int, reapply: bool) -> ImportResult:
    """Store one job on ``tx_conn``'s write transaction (or find it stored meanwhile)."""
    path, article = str(job.path), job.article
    existing = source_by_hash(tx_conn, article.sha256)
    if existing is not None and (existing[1] or 0) >= version:
        return ImportResult(path, "unchanged", source_id=existing[0], warnings=article.warnings)
    if existing is not None:  # stored by an older extractor: replace its rows, keep analysts' edits
        from sofa_desktop.store.reextract import replace_extraction

        replace_extraction(tx_conn, existing[0], job.extraction, version)
        return ImportResult(path, "reextracted", source_id=existing[0], warnings=job.warnings)
    from sofa_desktop.store.source_update import previous_version, store_version

    found = previous_version(tx_conn, article)  # the same file modified (e.g. a corrected story)
    if found is not None:
        return store_version(tx_conn, job, found, version)
    # the version only when it is not the default (keeps store_article's three-argument form working)
    extra = () if version == extractor_version(None) else (version,)
    source_id = store_article(tx_conn, article, job.extraction, *extra)
    if reapply:
        from sofa_desktop.store.curation_reapply import reapply_curations

        reapply_curations(tx_conn, source_id)
    return ImportResult(path, "imported", source_id=source_id, warnings=job.warnings)


@contextmanager
def _transaction(db: Database, conn: Connection | None) -> Iterator[Connection]:
    """A write transaction (BEGIN IMMEDIATE) on ``conn``, or on a new connection of the write engine."""
    if conn is None:
        with db.write_engine.begin() as new:
            yield new
    else:
        with conn.begin():
            yield conn


def _reason(exc: Exception) -> object:
    return getattr(exc, "orig", None) or exc


def store_article(session: Session | Connection, article: Article, extraction: Extraction,
                  version: int | None = None) -> int:
    """Insert one article and its extraction (made by extractor ``version``, default ``extract.EXTRACTOR_VERSION``);
    the caller owns the transaction (of a Session or a Connection).

    Rows go in through the DBAPI cursor of the session's connection, one ``executemany`` per table with statements
    built once (``rows.RowWriter``): per-statement SQLAlchemy overhead (about 50 us each) was most of the store side.
    """
    conn = session if isinstance(session, Connection) else session.connection()
    writer = RowWriter(conn)
    version = extractor_version(None) if version is None else version
    source_id = writer.insert_one(
        "source",
        (article.name, article.title, writer.date(article.published), article.outlet, article.text,
         article.body_start, article.sha256, writer.datetime(dt.datetime.now(dt.UTC).replace(tzinfo=None)), version,
         article_language(article)),
    )
    store_extraction(conn, source_id, extraction, writer)
    return source_id


def store_extraction(conn: Connection, source_id: int, extraction: Extraction, writer: RowWriter | None = None) -> None:
    """Insert the extracted rows of a stored source (actors resolved against the store), on ``conn``'s transaction."""
    from sofa_desktop.store.actors import ActorResolver  # imports the extractor: not needed to start the GUI

    writer = writer or RowWriter(conn)
    actor_ids = ActorResolver(conn).resolve(extraction.actors)
    writer.insert_many("mention", [(actor_ids[m.actor], source_id, m.start, m.end)
                                   for m in extraction.mentions if m.actor in actor_ids])
    quote_ids = writer.insert_new("quote", source_id, [(source_id, q.start, q.end, q.text, int(q.partial), q.how)
                                                       for q in extraction.quotes])
    writer.insert_many("quote_speaker", [
        (quote_id, a)
        for quote_id, q in zip(quote_ids, extraction.quotes, strict=True)
        for a in {actor_ids[name] for name in q.speakers if name in actor_ids}
    ])
    event_rows = [
        (source_id, e.start, e.end, e.title, e.action, e.object, writer.date(e.date.start), writer.date(e.date.end),
         str(e.date.precision), e.date.text, str(e.status))
        for e in extraction.events
    ]
    writer.insert_many("event_actor", [
        (event_id, a)
        for event_id, e in zip(writer.insert_new("event", source_id, event_rows), extraction.events, strict=True)
        for a in {actor_ids[name] for name in e.actors if name in actor_ids}
    ])
