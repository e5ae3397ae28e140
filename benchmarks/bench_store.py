"""Store-side benchmarks: ingest through the real import path, and quote search on a cached 100k-quote store."""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import synth
from benchmarks.cpu import descendants_cpu
from sofa_desktop.corpus import read_article
from sofa_desktop.extract import Document, Extraction, RuleExtractor
from sofa_desktop.store import open_database
from sofa_desktop.store.ingest import import_paths, parallel
from sofa_desktop.store.search import search_quotes

PAGE = 100  # the GUI's quote table fetches pages of this size (ui/quote_table_model.PAGE_SIZE)
SPEAKER_QUERIES = (
    "ramirez", "Ramírez Lezcano", "Benitez", "peña", "PENA", "lezcano", "nunez", "González", "muller", "Søndergaard",
    "dvorak", "Ruiz-Díaz", "sofia ramirez", "joaquin", "nguyen", "ramir", "Santiago Peña", "ibanez", "Cáceres",
    "zoe", "sahin", "orue", "quinonez", "estigarribia",
)
TEXT_QUERIES = (
    ("ramirez", "security"), ("Benitez", "agreement"), ("peña", "border control"), ("lezcano", "sovereign"),
    ("gonzalez", "jobs"), ("nunez", "the"), ("muller", "dignity"), ("ramirez", "itaipu"), ("peña", "precedent"),
    ("dvorak", 'NEAR( "AND'), ("sofia", "crime*"), ("Cáceres", "exports OR tariffs"), ("ibanez", "children"),
    ("joaquin", "we will"), ("benitez", "'; DROP TABLE quote; --"), ("ramirez lezcano", "hemisphere"),
)


@dataclass
class TimedExtractor:
    """Wraps an extractor and adds up the time spent in it, to split ingest time into extract vs the rest."""

    inner: object
    seconds: float = 0.0

    def extract(self, doc: Document) -> Extraction:
        """Run the wrapped extractor, timing it."""
        started = time.perf_counter()
        try:
            return self.inner.extract(doc)  # type: ignore[attr-defined]
        finally:
            self.seconds += time.perf_counter() - started


def default_extractor() -> object:
    """The extractor the import path uses when given none."""
    return RuleExtractor()


def bench_ingest(folder: Path, count: int, profile: bool = False) -> dict[str, float | str]:
    """Import ``count`` fresh articles (files in ``folder``) into a new store; articles/s and where time goes.

    As the app imports them: with worker processes where ``store.ingest.parallel`` uses them (then the extraction
    time is not split out, and the workers' CPU is given apart), else in this process with the extractor timed."""
    corpus = folder / "corpus"
    paths = synth.write_corpus(corpus, count)
    started = time.perf_counter()
    for path in paths:
        read_article(path)
    read_s = time.perf_counter() - started
    db = open_database(f"sqlite:///{folder / 'ingest.sqlite'}")
    workers = parallel.worker_count(count, True, False)
    extractor = None if workers else TimedExtractor(default_extractor())
    profiler = cProfile.Profile() if profile else None
    try:
        started, cpu_started, workers_started = time.perf_counter(), time.process_time(), descendants_cpu()
        if profiler:
            profiler.enable()
        results = import_paths(db, [corpus], extractor=extractor)  # type: ignore[arg-type]
        if profiler:
            profiler.disable()
        total_s, cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
        time.sleep(0.2)  # the workers exit after the import returns
        workers_cpu_s = descendants_cpu() - workers_started
    finally:
        db.dispose()
    imported = sum(r.status == "imported" for r in results)
    figures: dict[str, float | str] = {
        "ingest_articles_per_s": imported / total_s,
        "ingest_ms_per_article": 1000 * total_s / count,
        "ingest_cpu_ms_per_article": 1000 * cpu_s / count,  # this process's CPU: less sensitive to other load
        "ingest_workers": workers,
        "ingest_workers_cpu_ms_per_article": 1000 * workers_cpu_s / count,
        "ingest_read_ms_per_article": 1000 * read_s / count,
    }
    if extractor is not None:
        figures["ingest_extract_ms_per_article"] = 1000 * extractor.seconds / count
        figures["ingest_store_ms_per_article"] = 1000 * (total_s - extractor.seconds - read_s) / count
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
        figures["ingest_profile"] = out.getvalue()
    return figures


def percentile(samples: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) of ``samples``, nearest-rank."""
    ordered = sorted(samples)
    return ordered[max(0, min(len(ordered) - 1, int(q * len(ordered) + 0.999999) - 1))]


def _timed(call: Callable[[], object], repeats: int) -> list[float]:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        samples.append(1000 * (time.perf_counter() - started))
    return samples


def bench_search(store: Path, repeats: int = 8, search: Callable[..., list] = search_quotes) -> dict[str, float]:
    """p99 of the first GUI page of a speaker search and of a speaker+words search, and of full CLI results."""
    db = open_database(f"sqlite:///{store}")
    try:
        with db.read_session() as s:
            for speaker in SPEAKER_QUERIES:  # warm the page cache: the figures are for a store in use
                search(s, speaker, "", PAGE)
            speaker_ms = [t for sp in SPEAKER_QUERIES for t in _timed(lambda sp=sp: search(s, sp, "", PAGE), repeats)]
            text_ms = [t for sp, w in TEXT_QUERIES for t in _timed(lambda sp=sp, w=w: search(s, sp, w, PAGE), repeats)]
            full_ms = [t for sp in SPEAKER_QUERIES[:6] for t in _timed(lambda sp=sp: search(s, sp), 2)]
            hits = sum(len(search(s, sp, "", PAGE)) for sp in SPEAKER_QUERIES)
    finally:
        db.dispose()
    return {
        "search_speaker_p99_ms": percentile(speaker_ms, 0.99),
        "search_speaker_median_ms": percentile(speaker_ms, 0.5),
        "search_text_p99_ms": percentile(text_ms, 0.99),
        "search_text_median_ms": percentile(text_ms, 0.5),
        "search_all_results_p99_ms": percentile(full_ms, 0.99),
        "search_first_page_hits": hits,
    }
