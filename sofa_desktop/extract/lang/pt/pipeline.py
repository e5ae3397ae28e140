"""The Portuguese rule pipeline on the shared core: layout, names, actors, quotes, dates and events."""

from __future__ import annotations

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.sentences import layout
from sofa_desktop.extract.core.types import Document, Extraction, Precision
from sofa_desktop.extract.lang.en.actors import ActorTable
from sofa_desktop.extract.lang.pt import vocab as v
from sofa_desktop.extract.lang.pt.dates import find_dates, fold_same_length, resolve
from sofa_desktop.extract.lang.pt.events import PortugueseEvents
from sofa_desktop.extract.lang.pt.names import chunk
from sofa_desktop.extract.lang.pt.quotes import PortugueseQuotes
from sofa_desktop.extract.lang.pt.refs import build_refs, fill_roles


def extract(doc: Document) -> Extraction:
    """Extract actors, mentions, quotes and dated events from a Portuguese ``doc``."""
    text = doc.text
    body_start = min(max(doc.body_start, 0), len(text))
    folded = fold_same_length(text)
    lay = layout(text, body_start, dialogue=v.SPEECH_VERBS, hyphens=True)
    cands = chunk(text, body_start)
    fill_roles(text, folded, cands)
    adjacent = {c.start for c in cands if c.kind == "single" and c.role}
    table = ActorTable(text, cands, body_start, adjacent)
    canonical_names(table)
    refs = build_refs(text, folded, table, body_start)
    quotes = PortugueseQuotes(text, folded, lay, refs, body_start).run()
    dates = find_dates(text, folded, body_start)
    pub = doc.published or _first_full_date(dates)
    spans = [(q.open, q.close) for q in lay.quotes]
    events = PortugueseEvents(text, folded, lay, refs, dates, pub, spans).run(body_start)
    actors, mentions = table.export()
    return Extraction(actors, mentions, tuple(quotes), tuple(events))


def canonical_names(table: ActorTable) -> None:
    """Institutions under one name across languages ("STF" -> "Supremo Tribunal Federal", "Itamaraty" ->
    "Ministério das Relações Exteriores"); the form written stays an alias."""
    for name, actor in list(table.actors.items()):
        canon = v.INSTITUTION_FORMS.get(fold(name))
        if actor.kind == "person" or canon is None or canon == name:
            continue
        if name not in actor.variants:
            actor.variants.append(name)
        other = table.actors.get(canon)
        if other is not None and other is not actor:
            continue  # both forms written: the table keeps them as it found them
        del table.actors[name]
        actor.name = canon
        table.actors[canon] = actor


def _first_full_date(dates):  # noqa: ANN001, ANN202 - list[PtDate] -> dt.date | None
    for d in dates:
        x = resolve(d, None)
        if x.precision == Precision.DAY:
            return x.start
    return None
