"""Threads at scale: ``python benchmarks/bench_threads.py`` (not a test: prints figures, asserts nothing).

1. The engine alone on synthetic reports (25 reports per source, 1,000 sources = 25,000 events): 5k, 10k, 25k
   events, to show the time grows near-linearly (blocking by action/object keys, at most MAX_CANDIDATES threads
   compared per report).
2. The store: import 1,000 synthetic articles (benchmarks/synth.py) into a fresh SQLite store, then time a full
   re-threading and the incremental refresh after importing 10 more articles.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import synth  # noqa: E402
from sofa_desktop.extract import Report, build_threads  # noqa: E402

ACTIONS = ("sign", "approve", "enact", "meet", "announce", "arrest", "rule", "state", "visit", "win")
OBJECTS = ("agreement", "bill", "budget", None, None, "election", "deal", "loan")
PRECISIONS = (("day", 0), ("day", 0), ("week", 6), ("month", 30), ("year", 364))


def synthetic_reports(sources: int, per_source: int = 25, seed: int = 7) -> list[Report]:
    """Reports of ``sources`` sources about a pool of happenings (each told by 1–12 sources, some dates off)."""
    rng = random.Random(seed)
    countries = [f"c{i}" for i in range(60)]
    people = [f"p{i}" for i in range(3000)]
    institutions = [f"i{i}" for i in range(200)]
    happenings = []
    for _ in range(sources * per_source // 4):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(1100))
        actors = {(rng.choice(countries), "country"), (rng.choice(countries), "country"),
                  (rng.choice(people), "person")}
        if rng.random() < 0.5:
            actors.add((rng.choice(institutions), "institution"))
        happenings.append((rng.choice(ACTIONS), rng.choice(OBJECTS), frozenset(actors), day))
    out = []
    for i in range(sources * per_source):
        action, obj, actors, day = rng.choice(happenings)
        precision, span = rng.choice(PRECISIONS)
        if rng.random() < 0.05:
            day += dt.timedelta(days=rng.randrange(-400, 400))  # an outlier
        start = day - dt.timedelta(days=rng.randrange(span + 1))
        source = i // per_source
        out.append(Report(i, source, source, action, obj, actors, start, start + dt.timedelta(days=span), precision,
                          "expected" if rng.random() < 0.05 else "reported", day, f"outlet {source % 300}", action))
    return out


def engine_figures() -> None:
    for sources in (200, 400, 1000):
        reports = synthetic_reports(sources)
        t0 = time.perf_counter()
        threads = build_threads(reports)
        took = time.perf_counter() - t0
        print(f"engine: {len(reports):>6} events from {sources:>4} sources -> {len(threads):>6} threads in "
              f"{took:6.2f} s ({took / len(reports) * 1e6:5.0f} us/event)")


def store_figures(articles: int = 1000) -> None:
    from sqlalchemy import delete, func, select

    from sofa_desktop.store import open_database
    from sofa_desktop.store.curation import thread_overrides
    from sofa_desktop.store.ingest import import_paths
    from sofa_desktop.store.schema.models import Event, Thread, ThreadReport
    from sofa_desktop.store.threads import refresh_threads

    with tempfile.TemporaryDirectory() as tmp:
        paths = synth.write_corpus(Path(tmp) / "corpus", articles + 10)
        db = open_database(f"sqlite:///{Path(tmp) / 'store.sqlite'}")
        t0 = time.perf_counter()
        import_paths(db, paths[:articles])
        print(f"store: imported {articles} articles in {time.perf_counter() - t0:.1f} s (threads included)")
        with db.write_session.begin() as s:
            events = s.scalar(select(func.count()).select_from(Event))
            t0 = time.perf_counter()
            refresh_threads(s, thread_overrides(s.connection()), full=True)
            full = time.perf_counter() - t0
            threads = s.scalar(select(func.count()).select_from(Thread))
            all_blocks = set(s.scalars(select(Thread.block).distinct()))
        print(f"store: full re-threading of {events} events -> {threads} threads: {full:.2f} s")
        t0 = time.perf_counter()
        import_paths(db, paths[articles:])
        print(f"store: importing 10 more articles (threads refreshed incrementally): "
              f"{(time.perf_counter() - t0) * 1000:.0f} ms")
        with db.write_session.begin() as s:
            t0 = time.perf_counter()
            # nothing left to do: the import refreshed already
            blocks = refresh_threads(s, thread_overrides(s.connection()))
            idle = time.perf_counter() - t0
            newest = select(Event.id).where(Event.source_id > articles - 10)
            s.execute(delete(ThreadReport).where(ThreadReport.event_id.in_(newest)))  # as if 10 articles were new
            t0 = time.perf_counter()
            redone = refresh_threads(s, thread_overrides(s.connection()))
            incremental = time.perf_counter() - t0
            s.rollback()
        print(f"store: refresh with nothing new: {idle * 1000:.0f} ms ({len(blocks)} blocks)")
        print(f"store: incremental refresh for 10 articles' events: {incremental * 1000:.0f} ms "
              f"({len(redone)} of {len(all_blocks)} blocks re-threaded)")
        db.dispose()


if __name__ == "__main__":
    engine_figures()
    store_figures()
