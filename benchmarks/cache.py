"""Benchmark database cache: build big synthetic stores once (through store code, in bulk) and reuse them."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from benchmarks import synth
from sofa_desktop.corpus import parse_article
from sofa_desktop.store import open_database
from sofa_desktop.store.ingest import store_article
from sofa_desktop.store.models import SCHEMA_VERSION

CACHE_ENV = "SOFA_BENCH_CACHE"
_BATCH = 500


def cache_dir() -> Path:
    """``$SOFA_BENCH_CACHE`` if set, else ``.bench-cache/`` at the repository root (gitignored)."""
    if env := os.environ.get(CACHE_ENV):
        return Path(env)
    return Path(__file__).resolve().parent.parent / ".bench-cache"


def build_store(path: Path, count: int, seed: int = synth.DEFAULT_SEED) -> None:
    """Fill a new store at ``path`` with ``count`` generated articles and their true extraction."""
    db = open_database(f"sqlite:///{path}")
    try:
        gen = synth.articles(count, seed)
        done = 0
        while done < count:
            with db.write_session.begin() as session:
                for art in gen:
                    store_article(session, parse_article(art.name, art.text), art.extraction)
                    done += 1
                    if done % _BATCH == 0:
                        break
    finally:
        db.dispose()


def cached_store(count: int, seed: int = synth.DEFAULT_SEED, log=print) -> Path:  # type: ignore[no-untyped-def]
    """Path of a cached store of ``count`` articles, building it first if this generator/schema has none yet."""
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    key = f"g{synth.GENERATOR_VERSION}-s{SCHEMA_VERSION}-n{count}-seed{seed}"
    path = folder / f"store-{key}.sqlite"
    if path.exists():
        return path
    for stale in folder.glob(f"store-*-n{count}-seed{seed}.sqlite*"):
        stale.unlink()
    tmp = folder / f"building-{key}-{os.getpid()}.sqlite"
    started = time.perf_counter()
    log(f"building benchmark store of {count:,} articles (once) ...")
    try:
        build_store(tmp, count, seed)
        tmp.replace(path)
    finally:
        for leftover in folder.glob(f"building-{key}-{os.getpid()}.sqlite*"):
            leftover.unlink()
    log(f"built {path.name} in {time.perf_counter() - started:.1f} s")
    return path


def working_copy(path: Path, folder: Path) -> Path:
    """Copy a cached store into ``folder`` so a run that might write to it leaves the cache untouched."""
    target = folder / path.name
    shutil.copyfile(path, target)
    return target
