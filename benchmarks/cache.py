"""Benchmark database cache: build big synthetic stores once (through store code, in bulk) and reuse them."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from pathlib import Path

from sqlalchemy import Connection, insert

from benchmarks import synth
from sofa_desktop.corpus import fold, parse_article
from sofa_desktop.store import open_database
from sofa_desktop.store.schema.migrations import HEAD
from sofa_desktop.store.schema.models import (
    Actor,
    ActorAlias,
    Event,
    EventActor,
    Mention,
    Quote,
    QuoteSpeaker,
    Source,
)

CACHE_ENV = "SOFA_BENCH_CACHE"


def cache_dir() -> Path:
    """``$SOFA_BENCH_CACHE`` if set, else ``.bench-cache/`` at the repository root (gitignored)."""
    if env := os.environ.get(CACHE_ENV):
        return Path(env)
    return Path(__file__).resolve().parent.parent / ".bench-cache"


def build_store(path: Path, count: int, seed: int = synth.DEFAULT_SEED) -> None:
    """Fill a new store at ``path`` with ``count`` generated articles and their true extraction, in bulk.

    The generator knows who each person is, so actors are created once instead of being resolved per article; rows
    go in with explicit ids through the store's tables in one transaction (the FTS triggers index the quotes).
    """
    db = open_database(f"sqlite:///{path}")
    try:
        with db.write_session.begin() as session:
            _bulk_insert(session.connection(), list(synth.articles(count, seed)))
    finally:
        db.dispose()


def _bulk_insert(conn: Connection, articles: list[synth.SynthArticle]) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    actor_ids: dict[str, int] = {}
    rows: dict[type, list[dict[str, object]]] = {m: [] for m in (Actor, ActorAlias, Source, Mention, Quote,
                                                                 QuoteSpeaker, Event, EventActor)}
    for art in articles:
        for actor in art.extraction.actors:
            if actor.name in actor_ids:
                continue
            actor_ids[actor.name] = actor_id = len(actor_ids) + 1
            rows[Actor].append({"id": actor_id, "name": actor.name, "name_folded": fold(actor.name),
                                "kind": str(actor.kind), "role": actor.role})
            aliases = {fold(a): a for a in reversed((actor.name, *actor.aliases))}
            rows[ActorAlias] += [{"actor_id": actor_id, "alias": a, "folded": k} for k, a in aliases.items()]
    for source_id, art in enumerate(articles, start=1):
        a = parse_article(art.name, art.text)
        x = art.extraction
        rows[Source].append({"id": source_id, "name": a.name, "title": a.title, "published": a.published,
                             "outlet": a.outlet, "text": a.text, "body_start": a.body_start, "sha256": a.sha256,
                             "imported_at": now})
        rows[Mention] += [{"actor_id": actor_ids[m.actor], "source_id": source_id, "start": m.start, "end": m.end}
                          for m in x.mentions]
        for q in x.quotes:
            quote_id = len(rows[Quote]) + 1
            rows[Quote].append({"id": quote_id, "source_id": source_id, "start": q.start, "end": q.end,
                                "text": q.text, "partial": q.partial, "how": q.how})
            rows[QuoteSpeaker] += [{"quote_id": quote_id, "actor_id": actor_ids[n]} for n in set(q.speakers)]
        for e in x.events:
            event_id = len(rows[Event]) + 1
            rows[Event].append({"id": event_id, "source_id": source_id, "start": e.start, "end": e.end,
                                "title": e.title, "action": e.action, "object": e.object, "date_start": e.date.start,
                                "date_end": e.date.end, "precision": str(e.date.precision), "date_text": e.date.text,
                                "status": str(e.status)})
            rows[EventActor] += [{"event_id": event_id, "actor_id": actor_ids[n]} for n in set(e.actors)]
    for model, batch in rows.items():
        if batch:
            conn.execute(insert(model.__table__), batch)


def cached_store(count: int, seed: int = synth.DEFAULT_SEED, log=print) -> Path:  # type: ignore[no-untyped-def]
    """Path of a cached store of ``count`` articles, built first for a new generator or schema revision."""
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    key = f"g{synth.GENERATOR_VERSION}-r{HEAD}-n{count}-seed{seed}"  # schema = Alembic revision
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
