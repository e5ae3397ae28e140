"""Frozen result types of extraction: actors, mentions, quotes, events, conflicts (character offsets)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class ActorKind(StrEnum):
    """What sort of actor a name stands for."""

    PERSON = "person"
    ORGANIZATION = "organization"
    INSTITUTION = "institution"
    COUNTRY = "country"


class Precision(StrEnum):
    """How precisely an event's date is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class EventStatus(StrEnum):
    """Whether an event is reported as having happened, as expected, is not asserted at all, or (an analyst's
    finding) did not happen.

    ``NOT_ASSERTED`` covers negated ("did not sign"), modal or hypothetical ("could approve"), conditional ("if the
    Senate approves"), required ("must still be approved") and purpose clauses ("to take effect"): kept, never
    drawn as something that happened.
    """

    REPORTED = "reported"
    EXPECTED = "expected"
    NOT_ASSERTED = "not_asserted"
    NOT_HAPPENED = "not_happened"  # set by analysts only (store.curation.update_event); never extracted


class EventKind(StrEnum):
    """A statement (said, told, announced in a press conference) or an action (everything else)."""

    STATEMENT = "statement"
    ACTION = "action"


STATEMENT_ACTIONS = frozenset({"state"})


def event_kind(action: str) -> EventKind:
    """The kind of an event from its normalised action."""
    return EventKind.STATEMENT if action in STATEMENT_ACTIONS else EventKind.ACTION


@dataclass(frozen=True)
class Document:
    """The input of an extractor: the full text, where the body starts, the publication date and the language
    (ISO 639-1: it picks the language bundle, see ``extract/core/bundle.py``)."""

    text: str
    published: dt.date | None = None
    body_start: int = 0
    language: str = "en"


@dataclass(frozen=True)
class ActorX:
    """An actor found in one document. ``name`` is the canonical name and the key used by the other records."""

    name: str
    kind: ActorKind
    role: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class MentionX:
    """One place in the text where ``actor`` (a canonical name) is mentioned."""

    actor: str
    start: int
    end: int


@dataclass(frozen=True)
class QuoteX:
    """Quoted words: ``text == document.text[start:end]`` (between the marks); speakers are canonical names."""

    start: int
    end: int
    text: str
    speakers: tuple[str, ...] = ()
    partial: bool = False
    how: str = "unattributed"


@dataclass(frozen=True)
class DateX:
    """A resolved date range with its precision and the expression as written."""

    start: dt.date | None
    end: dt.date | None
    precision: Precision
    text: str | None = None


@dataclass(frozen=True)
class EventX:
    """Something reported as happening; ``start``/``end`` cover the sentence or clause that reports it.

    ``action`` is a normalised verb class ("sign", "approve", ...) and ``object`` what it acts on
    ("agreement"); together with the actors they identify the same real-world event across sources.
    """

    start: int
    end: int
    title: str
    action: str
    object: str | None
    date: DateX
    status: EventStatus = EventStatus.REPORTED
    actors: tuple[str, ...] = ()

    @property
    def kind(self) -> EventKind:
        """Statement or action (derived from ``action``)."""
        return event_kind(self.action)


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document; ``warnings`` says what went wrong if only part could be extracted."""

    actors: tuple[ActorX, ...] = ()
    mentions: tuple[MentionX, ...] = ()
    quotes: tuple[QuoteX, ...] = ()
    events: tuple[EventX, ...] = field(default=())
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventRef:
    """A stored event as the conflict finder sees it (no text, just identity and dates)."""

    id: int
    source_id: int
    action: str
    object: str | None
    actors: frozenset[str]
    date_start: dt.date | None
    date_end: dt.date | None
    precision: Precision
    status: EventStatus


@dataclass(frozen=True)
class ConflictX:
    """Events from different sources that report the same happening at incompatible dates."""

    topic: str
    event_ids: tuple[int, ...]
    detail: str
