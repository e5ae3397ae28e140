"""Bulk ingest stores each quote's speakers and each event's actors on the right rows, and merges actors by name."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import synth  # noqa: E402
from sofa_desktop.extract import Document, Extraction  # noqa: E402
from sofa_desktop.store import open_database  # noqa: E402
from sofa_desktop.store.ingest.files import import_paths  # noqa: E402
from sofa_desktop.store.schema.models import Actor, Event, EventActor, Quote, QuoteSpeaker, Source  # noqa: E402


class _Truth:
    """An extractor that returns the generator's own extraction for each text."""

    def __init__(self, articles: list[synth.SynthArticle]) -> None:
        self.by_text = {a.text: a.extraction for a in articles}

    def extract(self, doc: Document) -> Extraction:
        return self.by_text[doc.text]


def test_rows_link_to_the_right_quotes_events_and_actors(tmp_path):
    articles = list(synth.articles(40, seed=11))
    paths = []
    for art in articles:
        path = tmp_path / "in" / art.name
        path.parent.mkdir(exist_ok=True)
        path.write_text(art.text, encoding="utf-8")
        paths.append(path)
    db = open_database(f"sqlite:///{tmp_path / 'store.sqlite'}")
    try:
        results = import_paths(db, paths, extractor=_Truth(articles))
        assert {r.status for r in results} == {"imported"}
        with db.read_session() as s:
            names = dict(s.execute(select(Actor.id, Actor.name)).all())
            source_of = dict(s.execute(select(Source.name, Source.id)).all())
            speakers: dict[int, set[str]] = defaultdict(set)
            for quote_id, actor_id in s.execute(select(QuoteSpeaker.quote_id, QuoteSpeaker.actor_id)):
                speakers[quote_id].add(names[actor_id])
            involved: dict[int, set[str]] = defaultdict(set)
            for event_id, actor_id in s.execute(select(EventActor.event_id, EventActor.actor_id)):
                involved[event_id].add(names[actor_id])
            quotes = {(r.source_id, r.start): r for r in s.execute(select(Quote.id, Quote.source_id, Quote.start,
                                                                          Quote.text))}
            events = {(r.source_id, r.start): r.id for r in s.execute(select(Event.id, Event.source_id, Event.start))}
    finally:
        db.dispose()
    assert len(set(names.values())) == len(names)  # one actor per person across 40 articles
    for art in articles:
        source_id = source_of[art.name]
        for q in art.extraction.quotes:
            row = quotes[(source_id, q.start)]
            assert row.text == q.text
            assert speakers[row.id] == set(q.speakers)
        for e in art.extraction.events:
            assert involved[events[(source_id, e.start)]] == set(e.actors)
