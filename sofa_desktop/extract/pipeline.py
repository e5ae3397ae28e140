"""The extractor interface and the default rule-based extractor."""

from __future__ import annotations

import re
from typing import Protocol

from sofa_desktop.extract.types import (
    ActorKind,
    ActorX,
    DateX,
    Document,
    EventX,
    Extraction,
    MentionX,
    Precision,
    QuoteX,
)


class Extractor(Protocol):
    """Anything that turns a document into an :class:`Extraction` (rules today, a model later)."""

    def extract(self, doc: Document) -> Extraction: ...


_QUOTE = re.compile(r"“([^”\n]{1,2000})”|\"([^\"\n]{1,2000})\"")
_NAME = re.compile(r"\b([A-Z][a-záéíóúñ]+(?: [A-Z][a-záéíóúñ]+){1,3})\b")
_SAID_AFTER = re.compile(r"^\W{0,3}\s*(?:said|says|stated)\s+(?:[a-z]+\s+){0,3}([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_EVENT_VERB = re.compile(r"\b(signed|signing|approved|passed|voted|announced|visited)\b")
_MONTH_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r" (\d{1,2}), (\d{4})\b"
)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]


class RuleExtractor:
    """A first, deliberately simple rule-based extractor."""

    def extract(self, doc: Document) -> Extraction:
        """Extract quotes, name mentions and dated events from ``doc``."""
        text = doc.text
        names: dict[str, list[tuple[int, int]]] = {}
        for m in _NAME.finditer(text):
            names.setdefault(m.group(1), []).append(m.span(1))
        actors = tuple(ActorX(n, ActorKind.PERSON) for n in names)
        mentions = tuple(MentionX(n, s, e) for n, spans in names.items() for s, e in spans)
        quotes = []
        for m in _QUOTE.finditer(text):
            group = 1 if m.group(1) is not None else 2
            start, end = m.span(group)
            after = _SAID_AFTER.match(text, m.end())
            speakers = (after.group(1),) if after and after.group(1) in names else ()
            quotes.append(QuoteX(start, end, text[start:end], speakers, False, "said-after" if speakers else "unattributed"))
        events = []
        for s in _SENTENCE.finditer(text, doc.body_start):
            verb = _EVENT_VERB.search(s.group())
            date = _MONTH_DATE.search(s.group())
            if verb and date:
                import datetime as dt

                day = dt.date(int(date.group(3)), _MONTHS.index(date.group(1).lower()) + 1, int(date.group(2)))
                events.append(EventX(s.start(), s.end(), s.group().strip()[:120], verb.group(1), None,
                                     DateX(day, day, Precision.DAY, date.group())))
        return Extraction(actors, mentions, tuple(quotes), tuple(events))


_DEFAULT = RuleExtractor()


def extract_document(doc: Document) -> Extraction:
    """Run the default extractor on ``doc``."""
    return _DEFAULT.extract(doc)
