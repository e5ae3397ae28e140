"""Reading and extracting an import's files in worker processes while this process stores them.

Workers (``extract.batch``: corpus and extract only, no database, no Qt) read and extract chunks of files; the
files come back in their order, so sources get the ids, same-article checks and copy groups they get one by one.
Small imports, read-only stores, custom extractors, and machines with no idle core stay in this process
(``worker_count`` says 0). A chunk whose
worker failed, or a pool that cannot start, comes back as ``None`` per file: the caller reads that file itself.
The workers are shared by the imports of a process and stop after IDLE_SECONDS without one.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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
    if files < MIN_FILES or not default_extractor or read_only or getattr(sys, "frozen", False):
        return 0  # a frozen (bundled) app cannot start the worker module's interpreter
    cores = os.cpu_count() or 1
    # the load counts this process's own work too (this import's files so far, the one before it): one core of
    # it is ours, so workers help while the other programs leave at least part of a core idle
    return min(MAX_WORKERS, cores) if cores > 1 and _busy_cores() < cores else 0


def _busy_cores() -> float:
    """The load average of the last minute: with no core to spare, workers only queue behind other programs and
    cost their start-up, their messages and colder caches (measured: about 20 % more CPU, no faster)."""
    try:
        return os.getloadavg()[0]
    except OSError:  # not known here
        return 0.0


def known_hashes(db: Database, version: int) -> frozenset[str]:
    """Content hashes of the sources stored by extractor ``version`` or later: workers do not extract them."""
    with db.engine.connect() as conn:
        return frozenset(conn.scalars(select(Source.sha256).where(Source.extractor_version >= version)))


def prepared_files(files: Sequence[Path | str], workers: int, max_bytes: int,
                   known: frozenset[str]) -> Iterator[Prepared | None]:
    """What the workers made of each file, in the order of ``files`` (None: read it here). Closing the iterator
    early (a cancelled import) drops the chunks not started; the workers finish the ones they began."""
    from sofa_desktop.extract.batch import prepare_files

    try:
        pool = _acquire(workers)
    except (OSError, ValueError, RuntimeError):  # no processes here (a sandbox, a frozen app): read in this process
        yield from (None for _ in files)
        return
    chunks = [list(files[i:i + CHUNK_FILES]) for i in range(0, len(files), CHUNK_FILES)]
    waiting: deque[tuple[int, Future]] = deque()
    submitted = 0
    with tempfile.NamedTemporaryFile("w", prefix=f"sofa-known-{next(_imports)}-", suffix=".txt",
                                     delete=False) as listing:  # a new name per import: workers key on it
        listing.write("\n".join(sorted(known)))  # read once per import by each worker (not sent with every chunk)
    try:
        for _ in range(len(chunks)):
            while submitted < len(chunks) and len(waiting) < 4 * workers:  # a few chunks ahead of the store
                waiting.append((len(chunks[submitted]),
                                _submit(pool, prepare_files, chunks[submitted], max_bytes, listing.name)))
                submitted += 1
            size, future = waiting.popleft()
            try:
                yield from future.result()
            except Exception as exc:  # noqa: BLE001 - a broken worker or an unpicklable result: this process reads
                if isinstance(exc, BrokenProcessPool):
                    _forget(pool)
                yield from (None for _ in range(size))
    finally:
        for _, future in waiting:
            future.cancel()
        _release()
        with contextlib.suppress(OSError):
            os.unlink(listing.name)


def close_pool(wait: bool = False) -> None:
    """Stop the shared workers now (they stop by themselves after IDLE_SECONDS without an import); ``wait``: until
    they have exited."""
    global _shared
    with _lock:
        if _closer is not None:
            _closer.cancel()
        pool, _shared = (_shared[0] if _shared is not None else None), None
    if pool is not None:
        pool.shutdown(wait=wait, cancel_futures=True)


IDLE_SECONDS = 60.0
"""Workers outlive an import by this long: the next import (a folder after another, the benchmarks' kinds) finds
them started, with their caches of names warm; then they exit and give their memory back."""
_lock = threading.Lock()
_shared: tuple[ProcessPoolExecutor, int] | None = None  # the pool and its number of workers
_users = 0
_imports = itertools.count()
_closer: threading.Timer | None = None


def _acquire(workers: int) -> ProcessPoolExecutor:
    """The shared pool of ``workers`` workers, started if need be; every call is paired with ``_release``."""
    global _shared, _users
    from sofa_desktop.extract.batch import start_worker

    with _lock:
        if _closer is not None:
            _closer.cancel()
        if _shared is not None and _shared[1] != workers and _users == 0:
            _shared[0].shutdown(wait=False, cancel_futures=True)
            _shared = None
        if _shared is None:
            _shared = (ProcessPoolExecutor(workers, mp_context=_context(), initializer=start_worker), workers)
        _users += 1
        return _shared[0]


def _release() -> None:
    global _users, _closer
    with _lock:
        _users -= 1
        if _users == 0 and _shared is not None:
            _closer = threading.Timer(IDLE_SECONDS, close_pool)
            _closer.daemon = True
            _closer.start()


def _forget(pool: ProcessPoolExecutor) -> None:
    """Drop a broken pool: the next import starts another."""
    global _shared
    with _lock:
        if _shared is not None and _shared[0] is pool:
            _shared = None


def _submit(pool: ProcessPoolExecutor, fn: object, chunk: list[Path | str], max_bytes: int, known: str) -> Future:
    try:
        return pool.submit(fn, chunk, max_bytes, known)  # type: ignore[arg-type]
    except RuntimeError as exc:  # the pool broke (BrokenProcessPool is one): its chunks are read in this process
        if isinstance(exc, BrokenProcessPool):
            _forget(pool)
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
