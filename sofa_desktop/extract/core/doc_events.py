"""What every language's event finder starts from: the document's text, layout, references, dates found and quoted
spans, with lookups by position (a bundle subclasses it with its own date type and rules)."""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Generic, Protocol, TypeVar

from sofa_desktop.extract.core.mentions import Ref
from sofa_desktop.extract.core.sentences import Layout


class _Found(Protocol):
    start: int


D = TypeVar("D", bound=_Found)


class DocumentEvents(Generic[D]):
    """One document's material for finding events: ``dates`` are the bundle's date expressions, in text order."""

    def __init__(self, text: str, folded: str, lay: Layout, refs: list[Ref], dates: list[D],
                 pub: dt.date | None, quotes: list[tuple[int, int]]) -> None:
        self.text, self.folded, self.lay, self.refs, self.dates, self.pub = text, folded, lay, refs, dates, pub
        self.quotes = quotes
        self.q_opens = [a for a, _ in quotes]
        self.r_starts = [r.start for r in refs]
        self.d_starts = [d.start for d in dates]

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_opens, pos) - 1
        return i >= 0 and self.quotes[i][0] <= pos < self.quotes[i][1]
