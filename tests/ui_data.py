"""Hand-made store content for UI tests: known quotes, mentions, events of every precision and a conflict."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.corpus import parse_article
from sofa_desktop.extract import Extraction
from sofa_desktop.extract.core.types import ActorKind, ActorX, DateX, EventStatus, EventX, MentionX, Precision, QuoteX
from sofa_desktop.store import Database
from sofa_desktop.store.curation import thread_overrides
from sofa_desktop.store.ingest.files import store_article
from sofa_desktop.store.schema.models import Conflict, ConflictEvent, Event
from sofa_desktop.store.threads import refresh_threads

ARTICLE_A = (
    "Senate backs treaty 😀 date 2025-12-05\n\n"
    "WASHINGTON (Wire) — The Senate approved the treaty on December 4, 2025. 🎉 “We kept our word,” said "
    "Ana Gómez, the majority leader.\n\nThe ministers will sign the protocol in January 2026, officials said. "
    "Talks began in 2019.\n\nIt is not clear when the next round starts.\n"
)
ARTICLE_B = (
    "Treaty vote reported date 2025-12-06\n\n"
    "MADRID (Diario) — The Senate approved the treaty in the week of December 1, 2025, according to Luis Pérez. "
    "“Nothing was decided,” Pérez said.\n"
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _event(text: str, sentence: str, title: str, action: str, date: DateX, actors: tuple[str, ...] = (),
           status: EventStatus = EventStatus.REPORTED) -> EventX:
    start, end = _span(text, sentence)
    return EventX(start, end, title, action, "treaty", date, status, actors)


def build_rich_store(db: Database) -> None:
    """Two sources: day, week, month and year precision events, an expected one, an undated one, and a conflict."""
    a = parse_article("a.txt", ARTICLE_A)
    b = parse_article("b.txt", ARTICLE_B)
    gomez = ActorX("Ana Gómez", ActorKind.PERSON, "majority leader", ("Gómez",))
    senate = ActorX("Senate", ActorKind.INSTITUTION)
    perez = ActorX("Luis Pérez", ActorKind.PERSON, "analyst", ("Pérez",))
    quote_a = _span(a.text, "We kept our word,")
    ext_a = Extraction(
        actors=(gomez, senate),
        mentions=(MentionX("Ana Gómez", *_span(a.text, "Ana Gómez")),
                  MentionX("Senate", *_span(a.text, "Senate approved"))),
        quotes=(QuoteX(*quote_a, a.text[quote_a[0]:quote_a[1]], ("Ana Gómez",), False, "said"),),
        events=(
            _event(a.text, "The Senate approved the treaty on December 4, 2025.", "Senate approves the treaty",
                   "approve", DateX(dt.date(2025, 12, 4), dt.date(2025, 12, 4), Precision.DAY, "December 4, 2025"),
                   ("Senate", "Ana Gómez")),
            _event(a.text, "The ministers will sign the protocol in January 2026, officials said.",
                   "Ministers to sign the protocol", "sign",
                   DateX(dt.date(2026, 1, 1), dt.date(2026, 1, 31), Precision.MONTH, "January 2026"),
                   status=EventStatus.EXPECTED),
            _event(a.text, "Talks began in 2019.", "Talks begin", "begin",
                   DateX(dt.date(2019, 1, 1), dt.date(2019, 12, 31), Precision.YEAR, "2019")),
            _event(a.text, "It is not clear when the next round starts.", "Next round of talks", "start",
                   DateX(None, None, Precision.UNKNOWN, None), status=EventStatus.EXPECTED),
        ),
    )
    quote_b = _span(b.text, "Nothing was decided,")
    ext_b = Extraction(
        actors=(perez, senate),
        mentions=(MentionX("Luis Pérez", *_span(b.text, "Luis Pérez")),
                  MentionX("Luis Pérez", *_span(b.text, "Pérez said"))),
        quotes=(QuoteX(*quote_b, b.text[quote_b[0]:quote_b[1]], ("Luis Pérez",), False, "said"),),
        events=(
            _event(b.text, "The Senate approved the treaty in the week of December 1, 2025, according to Luis Pérez.",
                   "Senate approves the treaty (reported week)", "approve",
                   DateX(dt.date(2025, 12, 1), dt.date(2025, 12, 7), Precision.WEEK, "the week of December 1, 2025"),
                   ("Senate",)),
        ),
    )
    with db.write_session.begin() as s:
        store_article(s, a, ext_a)
        store_article(s, b, ext_b)
    with db.write_session.begin() as s:
        # as an import does: later edits re-thread only what they touch
        refresh_threads(s, thread_overrides(s.connection()))
        approvals = sorted(s.query(Event.id).filter(Event.action == "approve").all())
        conflict = Conflict(topic="approve treaty", detail="Wire says 2025-12-04; Diario says the week of 2025-12-01")
        s.add(conflict)
        s.flush()
        s.add_all([ConflictEvent(conflict_id=conflict.id, event_id=e) for (e,) in approvals])
