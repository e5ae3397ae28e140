"""Frozen inputs and outputs of the threads engine: reports (stored events), threads, analysts' overrides."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

PARTICIPANT_KINDS = ("country", "institution", "organization", "person")


class Role(StrEnum):
    """What a report is to its thread."""

    AGREES = "agrees"  # a dated report of the happening that fits the consensus date
    DISAGREES = "disagrees"  # dated, but outside the consensus date
    UNDATED = "undated"  # reports the happening without a date
    EXPECTED = "expected"  # said it would happen (before it did)
    WRONG = "wrong"  # marked wrong by an analyst: never counted


@dataclass(frozen=True)
class Report:
    """A stored event as the threads engine sees it.

    ``witness`` identifies the independent telling: the syndication group of the event's source (copies of one
    wire story share it), so consensus counts witnesses, not copies. ``actors`` are (actor key, kind) pairs with
    keys resolved across sources and languages (the store's actor ids).
    """

    id: int
    source_id: int
    witness: int
    action: str
    object: str | None
    actors: frozenset[tuple[str, str]]
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    status: str
    published: dt.date | None = None
    outlet: str | None = None
    title: str = ""

    @property
    def dated(self) -> bool:
        return self.date_start is not None and self.date_end is not None and self.precision != "unknown"


@dataclass(frozen=True)
class Override:
    """One analyst's decision, applied in order after automatic threading.

    ``move``: ``events[0]`` goes to the thread of ``events[1]`` (or alone when there is no second event);
    ``merge``: the threads of ``events[0]`` and ``events[1]`` become one; ``split``: ``events`` leave their thread
    and form one of their own; ``wrong``: ``events[0]`` stays in its thread but is never counted.
    """

    kind: str
    events: tuple[int, ...]


@dataclass(frozen=True)
class ThreadX:
    """One happening and its reports: the consensus date range and what each report is to it."""

    block: str
    events: tuple[int, ...]
    roles: tuple[tuple[int, Role], ...]
    title: str
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    witnesses: int
    status: str  # "reported" (someone says it happened), "expected" (only expected so far), "undated"

    def role_of(self, event_id: int) -> Role:
        return dict(self.roles)[event_id]
