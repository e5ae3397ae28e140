"""Import article files: read, extract, store them in batched write transactions; refresh conflicts."""

from __future__ import annotations

import gc
import itertools
import sqlite3
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError, OperationalError

from sofa_desktop.corpus import (
    ArticleRejected,
    supported_suffixes,
    unsupported_reason,
)
from sofa_desktop.corpus.document import read_source as read_item
from sofa_desktop.corpus.fingerprint import remember
from sofa_desktop.corpus.reader import DEFAULT_MAX_BYTES
from sofa_desktop.extract import Document
from sofa_desktop.store.curation.reapply import reapply_curations
from sofa_desktop.store.ingest import parallel
from sofa_desktop.store.ingest.analyst import AnalystEdits
from sofa_desktop.store.ingest.reextract import replace_extraction
from sofa_desktop.store.ingest.refresh import conflicts_outdated, update_conflicts
from sofa_desktop.store.ingest.results import BatchJob as _Job  # the old private name: keeps this diff to imports
from sofa_desktop.store.ingest.results import ImportResult, ProgressCallback
from sofa_desktop.store.ingest.same_story import same_article
from sofa_desktop.store.ingest.source_location import is_link, source_location
from sofa_desktop.store.ingest.source_update import previous_version, store_version
from sofa_desktop.store.ingest.write import article_language, extractor_version, store_article
from sofa_desktop.store.schema.db import Database
from sofa_desktop.store.schema.rows import source_by_hash, stored_by_hash

if TYPE_CHECKING:  # the extractor is imported when an import runs: the GUI starts without it
    from sofa_desktop.extract import Extractor
    from sofa_desktop.extract.batch import Prepared


def collect_paths(paths: Iterable[str | Path]) -> tuple[list[Path | str], list[ImportResult]]:
    """Expand folders to the files of a supported type, any case (recursively, sorted), and keep links
    (``https://...``) as they are; report paths that do not exist, and the other files of a folder as skipped
    with the reason ("unsupported file type .xlsx"). Hidden files and folders (``.git``, ``.DS_Store``) are passed
    over in silence: they are never articles."""
    items: list[Path | str] = []
    reported: list[ImportResult] = []
    suffixes = supported_suffixes()
    for raw in paths:
        if is_link(raw):
            items.append(str(raw).strip())
            continue
        path = Path(raw)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path)):
                if found.suffix.lower() in suffixes:
                    items.append(found)
                else:
                    reported.append(ImportResult(str(found), "skipped", unsupported_reason(found)))
        elif path.exists():  # special files are rejected by the reader with a reason
            items.append(path)
        else:
            reported.append(ImportResult(str(path), "rejected", "no such file or folder"))
    return items, reported


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def import_paths(
    db: Database,
    paths: Sequence[str | Path],
    extractor: Extractor | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportResult]:
    """Import files and folders; one bad file never stops the others. Conflicts are refreshed at the end.
    Up to BATCH_FILES files share a transaction; ``progress`` reports each file once it is committed. A large
    import with the default extractor has its files read and extracted by worker processes (``parallel``) while
    this process stores them in order: the stored rows are the same."""
    files, reported = collect_paths(paths)  # missing paths and skipped files: never given to ``progress``
    results = [r for r in reported if r.status != "skipped"]  # missing first (as ever), skipped files last
    default_extractor = extractor is None
    if extractor is None:
        from sofa_desktop.extract import RuleExtractor  # lazy for start-up time only (no cycle): the rules load here

        extractor = RuleExtractor()
    version = extractor_version(extractor)
    edits = _analyst_edits(db)
    batch = _Batch(db, version, edits, progress, len(files))
    workers = parallel.worker_count(len(files), default_extractor, db.read_only)
    readied = (parallel.prepared_files(files, workers, max_bytes, parallel.known_hashes(db, version)) if workers
               else itertools.repeat(None))
    gc.freeze()  # what exists now (extractor tables, the app) is long-lived: full collections need not scan it
    try:  # frozen until the conflicts are refreshed too: unfrozen before, the refresh's full collections scanned all
        _store_files(db, files, readied, batch, extractor, max_bytes, version, edits, cancelled)
        results.extend(batch.results)
        results.extend(r for r in reported if r.status == "skipped")
        if {"imported", "updated", "reextracted"} & {r.status for r in batch.results} or (
                not db.read_only and conflicts_outdated(db)):
            update_conflicts(db)
    finally:
        gc.unfreeze()
    return results


def _store_files(db: Database, files: list[Path | str], readied: Iterable[Prepared | None], batch: _Batch,
                 extractor: Extractor, max_bytes: int, version: int, edits: AnalystEdits,
                 cancelled: Callable[[], bool] | None) -> None:
    """import_paths' loop: each file prepared (here, or by a worker: ``readied``) and stored in ``batch``."""
    conn: Connection | None = None  # one write connection for all files: no pool checkout per file
    try:
        for path, ready in zip(files, readied, strict=False):  # readied: endless Nones without workers
            if cancelled is not None and cancelled():
                break
            try:
                if conn is None and not db.read_only:
                    conn = db.write_engine.connect()
                if conn is None:
                    batch.done(import_file(db, path, extractor, max_bytes, version=version, edits=edits))
                    continue
                batch.add(_prepare(db, path, extractor, max_bytes, conn, version, edits, ready))
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
        if isinstance(readied, Generator):
            readied.close()  # a cancelled import: the workers stop after their current files
        if conn is not None:
            conn.close()


BATCH_FILES = 64
"""Files per write transaction in import_paths (batches double from 1 file, so progress and cancel answer at
once): a commit with the FTS index's flush cost ~0.5 ms per file (benchmarks/RESULTS.md, fifth round). A failure in
a batch rolls it back and stores its files again one per transaction, so one bad file never takes others with it."""


class _Batch:
    """import_paths' files in order: results known at once, and jobs stored together by ``flush``."""

    def __init__(self, db: Database, version: int, edits: AnalystEdits, progress: ProgressCallback | None,
                 total: int) -> None:
        self.db, self.version, self.edits, self.progress, self.total = db, version, edits, progress, total
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
                    stored = [_store_in(conn, job, self.version, self.edits) for _, job in jobs]
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
            return _store_with_retries(self.db, None, job, self.version, self.edits)
        except Exception as exc:
            return ImportResult(str(job.path), "rejected", f"internal error: {type(exc).__name__}: {exc}")

    def _report(self) -> None:
        while self._reported < len(self.results):
            self._reported += 1
            if self.progress is not None:
                self.progress(self._reported, self.total, self.results[self._reported - 1])


def _analyst_edits(db: Database) -> AnalystEdits:
    """The analysts' edits each stored file must honour (read once per import, not per file)."""
    with db.engine.connect() as conn:
        return AnalystEdits.read(conn)


def import_file(db: Database, path: Path | str, extractor: Extractor, max_bytes: int = DEFAULT_MAX_BYTES,
                conn: Connection | None = None, *, version: int | None = None,
                edits: AnalystEdits | None = None) -> ImportResult:
    """Read, extract and store one file in one transaction (on ``conn``, a write connection outside any
    transaction, if given). A file stored by an older extractor ``version`` is extracted again; ``edits`` are the
    analysts' edits to honour (None: look)."""
    version = extractor_version(extractor) if version is None else version
    edits = _analyst_edits(db) if edits is None else edits
    prepared = _prepare(db, path, extractor, max_bytes, conn, version, edits)
    if isinstance(prepared, ImportResult):
        return prepared
    return _store_with_retries(db, conn, prepared, version, edits)


def _prepare(db: Database, path: Path | str, extractor: Extractor, max_bytes: int, conn: Connection | None,
             version: int, edits: AnalystEdits, ready: Prepared | None = None) -> ImportResult | _Job:
    """Read and extract a file (or a link), its relative dates against the analyst's publication date if the
    source it is has one; its result instead if it is rejected or already stored by this extractor. ``ready``: what
    a worker made of the file (``parallel``), used when the worker extracted it against the date that applies."""
    if ready is None:
        try:
            article = read_item(path, max_bytes)
        except ArticleRejected as exc:
            return ImportResult(str(path), "rejected", str(exc))
    elif ready.article is None:
        return ImportResult(str(path), "rejected", ready.reason)
    else:
        article = ready.article
    stored = source_by_hash(conn, article.sha256) if conn is not None else stored_by_hash(db, article.sha256)
    if stored is not None and (db.read_only or (stored[1] or 0) >= version):  # skip extracting what is stored
        return ImportResult(str(path), "unchanged", source_id=stored[0], warnings=article.warnings)
    try:
        location = source_location(path)
        published = edits.published(conn, article, location)
        if ready is not None and ready.reason is not None and published == article.published:
            return ImportResult(str(path), "rejected", ready.reason)  # the worker's extraction failed
        if ready is not None and ready.extraction is not None and published == article.published:
            extraction = ready.extraction
            remember(article.text[article.body_start or 0:], ready.signature)  # for the threads refresh
        else:  # read here, stored already when the import began, or an analyst's date to extract against
            extraction = extractor.extract(Document(article.text, published, article.body_start,
                                                    language=article_language(article)))
    except Exception as exc:  # an extractor bug must not stop the import of other files
        return ImportResult(str(path), "rejected", f"extraction failed: {type(exc).__name__}: {exc}")
    warnings = (*article.warnings, *getattr(extraction, "warnings", ()))  # a partial extraction is stored, and said
    return _Job(path, article, extraction, warnings, location)


def _store_with_retries(db: Database, conn: Connection | None, job: _Job, version: int,
                        edits: AnalystEdits) -> ImportResult:
    """Store one job in its own write transaction, retrying while the database is locked."""
    for attempt in range(3):
        try:
            with _transaction(db, conn) as tx_conn:  # a Connection: a Session cost ~0.1 ms per file here
                return _store_in(tx_conn, job, version, edits)
        except (IntegrityError, sqlite3.IntegrityError) as exc:
            error = exc  # another process stored the same content meanwhile: next round sees it as unchanged
        except (OperationalError, sqlite3.OperationalError) as exc:
            if "locked" not in str(exc) or attempt == 2:
                return ImportResult(str(job.path), "rejected", f"database error: {_reason(exc)}")
    return ImportResult(str(job.path), "rejected", f"database error: {_reason(error)}")


def _store_in(tx_conn: Connection, job: _Job, version: int, edits: AnalystEdits) -> ImportResult:
    """Store one job on ``tx_conn``'s write transaction (or find it stored meanwhile)."""
    path, article = str(job.path), job.article
    existing = source_by_hash(tx_conn, article.sha256)
    if existing is not None and (existing[1] or 0) >= version:
        return ImportResult(path, "unchanged", source_id=existing[0], warnings=article.warnings)
    if existing is not None:  # stored by an older extractor: replace its rows, keep analysts' edits
        replace_extraction(tx_conn, existing[0], job.extraction, version)
        return ImportResult(path, "reextracted", source_id=existing[0], warnings=job.warnings)
    location = job.location or source_location(job.path)
    found = previous_version(tx_conn, article, location)  # the same article modified (e.g. a corrected story)
    if found is not None:
        return store_version(tx_conn, job, found, version)
    same = same_article(tx_conn, article)  # the same story in another format (a page and its PDF)
    if same is not None:
        return ImportResult(path, "unchanged", f"same article as source {same[0]} ({same[1]})", source_id=same[0],
                            warnings=article.warnings)
    source_id = store_article(tx_conn, article, job.extraction, version, location)
    if edits.reapply(article.sha256):  # actor edits, or edits kept from a removed source of the same text
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
