"""Reading and extracting an import's files in worker processes while this process stores them.

Workers (``extract.batch``: corpus and extract only, no database, no Qt) read and extract chunks of files; the
files come back in their order, so sources get the ids, same-article checks and copy groups they get one by one.
Small imports, read-only stores and custom extractors stay in this process (``worker_count`` says 0). A chunk whose
worker failed, or a pool that cannot start, comes back as ``None`` per file: the caller reads that file itself.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from sofa_desktop.store.schema.models import Source

if TYPE_CHECKING:
    from sofa_desktop.extract.batch import Prepared
    from sofa_desktop.store.schema.db import Database

MIN_FILES = 48
"""Fewer files are read in this process: starting workers (~0.5 s of CPU each) would cost more than it saves."""
MAX_WORKERS = 2
CHUNK_FILES = 4  # files per task: fewer round trips, and still a short wait for the first stored file
WORKERS_VARIABLE = "SOFA_IMPORT_WORKERS"  # "0": never use workers; a number: that many (benchmarks, tests)


def worker_count(files: int, default_extractor: bool, read_only: bool) -> int:
    """How many worker processes an import of ``files`` files should use (0: none)."""
    wanted = os.environ.get(WORKERS_VARIABLE, "").strip()
    if wanted.isdigit():
        return min(int(wanted), files)
    if files < MIN_FILES or not default_extractor or read_only:
        return 0
    return min(MAX_WORKERS, os.cpu_count() or 1) if (os.cpu_count() or 1) > 1 else 0


def known_hashes(db: Database, version: int) -> frozenset[str]:
    """Content hashes of the sources stored by extractor ``version`` or later: workers do not extract them."""
    with db.engine.connect() as conn:
        return frozenset(conn.scalars(select(Source.sha256).where(Source.extractor_version >= version)))


def prepared_files(files: Sequence[Path | str], workers: int, max_bytes: int,
                   known: frozenset[str]) -> Iterator[Prepared | None]:
    """What the workers made of each file, in the order of ``files`` (None: read it here). Closing the iterator
    early (a cancelled import) drops the chunks not started and leaves the running ones to finish on their own."""
    from sofa_desktop.extract.batch import prepare_files, start_worker

    try:
        pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=start_worker, initargs=(known,))
    except (OSError, ValueError, RuntimeError):  # no processes here (a sandbox, a frozen app): read in this process
        yield from (None for _ in files)
        return
    chunks = [list(files[i:i + CHUNK_FILES]) for i in range(0, len(files), CHUNK_FILES)]
    waiting: deque[tuple[int, Future]] = deque()
    submitted = 0
    try:
        for _ in range(len(chunks)):
            while submitted < len(chunks) and len(waiting) < 4 * workers:  # a few chunks ahead of the store
                waiting.append((len(chunks[submitted]), _submit(pool, prepare_files, chunks[submitted], max_bytes)))
                submitted += 1
            size, future = waiting.popleft()
            try:
                yield from future.result()
            except Exception:  # noqa: BLE001 - a broken worker or an unpicklable result: this process reads them
                yield from (None for _ in range(size))
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, fn: object, chunk: list[Path | str], max_bytes: int) -> Future:
    try:
        return pool.submit(fn, chunk, max_bytes)  # type: ignore[arg-type]
    except RuntimeError as exc:  # the pool broke: its chunks are read in this process
        failed: Future = Future()
        failed.set_exception(exc)
        return failed


def _context() -> multiprocessing.context.BaseContext:
    """Fresh interpreters, never a fork of this one (the GUI's threads and Qt must not be copied): ``forkserver``
    where there is one, whose server loads the worker module once and forks each worker from it, else ``spawn``."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["__main__", "sofa_desktop.extract.batch"])
        return context
    return multiprocessing.get_context("spawn")
