"""What a curation action applies to, read from the window's panels without touching the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sofa_desktop.store.queries import ActorRow, ConflictRow, EventRow, QuoteHit

if TYPE_CHECKING:
    from sofa_desktop.ui.curation.host import CurationHost


@dataclass(frozen=True)
class QuoteTarget:
    """A quote to attribute: its text, current speakers (id, name) and the version read (None: not checked)."""

    id: int
    text: str
    speakers: tuple[tuple[int, str], ...]
    version: int | None


@dataclass(frozen=True)
class PassageTarget:
    """A selected passage of a source (code-point offsets) and its text."""

    source_id: int
    start: int
    end: int
    text: str


class Targets:
    """Reads the current selection through the window's ``CurationHost``."""

    def __init__(self, host: CurationHost) -> None:
        self.host = host

    def actors(self) -> list[ActorRow]:
        """Every actor the actor panel holds (for completers and names)."""
        return self.host.actors()

    def actor(self, actor_id: int) -> ActorRow | None:
        """One actor of the actor panel."""
        return self.host.actor(actor_id)

    def selected_actors(self) -> list[ActorRow]:
        """The actors selected in the actor panel, in view order."""
        return [a for i in self.host.selected_actor_ids() if (a := self.actor(i)) is not None]

    def quote_from_hit(self, hit: QuoteHit) -> QuoteTarget:
        """A quote of the quote table."""
        return QuoteTarget(hit.id, hit.text, tuple(zip(hit.speaker_ids, hit.speakers, strict=False)), hit.version)

    def quote_at(self, qt_position: int | None = None) -> QuoteTarget | None:
        """The quote at a position of the source viewer (default: its text cursor), or None."""
        h = self.host
        span = h.span_at("quote", qt_position)
        if span is None or (text := h.source_text(span.start, span.end)) is None:
            return None
        hit = h.quote_hit(span.ref_id)  # the table's row carries the version read
        if hit is not None:
            return self.quote_from_hit(hit)
        speakers = tuple((i, a.name) for i in span.actor_ids if (a := self.actor(i)) is not None)
        return QuoteTarget(span.ref_id, text, speakers, span.version)

    def event(self, event_id: int | None = None) -> EventRow | None:
        """An event of the timeline (default: the selected one)."""
        event_id = self.host.selected_event_id() if event_id is None else event_id
        return self.host.event(event_id) if event_id is not None else None

    def conflict(self, conflict_id: int | None = None) -> ConflictRow | None:
        """A conflict (default: the selected event's first open conflict, else its first one)."""
        if conflict_id is not None:
            return self.host.conflict(conflict_id)
        e = self.event()
        rows = [c for i in (e.conflict_ids if e else ()) if (c := self.host.conflict(i)) is not None]
        return next((c for c in rows if not c.resolved), rows[0] if rows else None)

    def passage(self) -> PassageTarget | None:
        """The text selected in the source viewer, if any."""
        source_id, span = self.host.shown_source_id(), self.host.selected_range()
        if source_id is None or span is None:
            return None
        text = self.host.source_text(*span) or ""
        return PassageTarget(source_id, span[0], span[1], text) if text.strip() else None
