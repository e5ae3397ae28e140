"""The Spanish rule pipeline on the shared core: layout, names, actors, quotes, dates and events."""

from __future__ import annotations

from dataclasses import replace

from sofa_desktop.extract.core.sentences import layout
from sofa_desktop.extract.core.types import Document, Extraction
from sofa_desktop.extract.lang.en.actors import ActorTable
from sofa_desktop.extract.lang.es import vocab as v
from sofa_desktop.extract.lang.es.actors import (
    canonical_names,
    drop_background,
    government_mentions,
    headline_speaker,
    merge_spellings,
    party_names,
    speech_adjacent,
)
from sofa_desktop.extract.lang.es.around import read_around
from sofa_desktop.extract.lang.es.dates import find_dates, fold_same_length
from sofa_desktop.extract.lang.es.events import SpanishEvents
from sofa_desktop.extract.lang.es.names import chunk, drop_quoted_labels, drop_thing_acronyms, join_nicknames
from sofa_desktop.extract.lang.es.quotes import SpanishQuotes
from sofa_desktop.extract.lang.es.refs import build_refs, fill_roles


def extract(doc: Document) -> Extraction:
    """Extract actors, mentions, quotes and dated events from a Spanish ``doc``."""
    text = doc.text
    body_start = min(max(doc.body_start, 0), len(text))
    folded = fold_same_length(text)
    lay = layout(text, body_start, dialogue=v.SPEECH_VERBS)
    cands, nicknames = join_nicknames(text, chunk(text, body_start))
    cands = drop_thing_acronyms(text, drop_quoted_labels(text, cands))
    if nicknames:
        lay = replace(lay, quotes=tuple(q for q in lay.quotes if q.open not in nicknames))
    cands = party_names(text, folded, cands)
    fill_roles(text, cands)
    cands = read_around(text, folded, cands, body_start)
    countries = {id(c): c.country for c in cands if c.kind in ("institution", "organization")}
    for c in cands:
        if c.kind in ("institution", "organization"):
            c.country = None  # kept apart: the English rules would rename "Senado" to "Paraguayan Senado"
    table = ActorTable(text, cands, body_start, speech_adjacent(text, folded, cands))
    home = canonical_names(table, cands, countries)
    drop_background(text, folded, table, body_start)
    merge_spellings(table)
    government_mentions(text, folded, table, home, body_start)
    headline = headline_speaker(text, cands, table, body_start)
    spans = [(q.open, q.close) for q in lay.quotes]
    refs = build_refs(text, folded, table, body_start, spans, lay.sentence_at)
    quotes, _attributed = SpanishQuotes(text, folded, lay, refs, table, home, headline).run()
    dates = find_dates(text, folded, body_start)
    pub = doc.published or _first_full_date(dates)
    events = SpanishEvents(text, folded, lay, refs, dates, pub, spans).run(body_start)
    actors, mentions = table.export()
    return Extraction(actors, mentions, tuple(quotes), tuple(events))


def _first_full_date(dates):  # noqa: ANN001, ANN202 - list[EsDate] -> dt.date | None
    from sofa_desktop.extract.core.types import Precision
    from sofa_desktop.extract.lang.es.dates import resolve

    for d in dates:
        if d.kind == "day" and d.groups.get("dy"):
            x = resolve(d, None)
            if x.precision == Precision.DAY:
                return x.start
    return None


__all__ = ["extract", "v"]
