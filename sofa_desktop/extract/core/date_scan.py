"""Finding date expressions, for every language: an anchor word (a month, a weekday, "ayer", "semana"...) is found
first, then the bundle's full pattern is tried from each word start a little before it, the earliest that reaches
past the anchor winning. Bundles give the two patterns and say which matches they keep."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class WrittenDate:
    """A date expression as written, before resolution: where, the words, which form of the bundle's pattern, and
    its named groups (bundles subclass it with what the words say, e.g. whether they point ahead)."""

    start: int
    end: int
    text: str
    kind: str
    groups: dict[str, str | None]


_WORD_START = re.compile(r"(?<![\w.])\w")


def scan_dates(folded: str, start: int, end: int, anchor: re.Pattern[str], pattern: re.Pattern[str],
               lookback: int, kind_of: Callable[[re.Match[str]], str | None]) -> list[tuple[re.Match[str], str]]:
    """The date expressions of ``folded[start:end]``, in text order, without overlaps: each match of ``pattern``
    that covers an ``anchor`` and that ``kind_of`` names (None: not a date, the next word start is tried)."""
    out: list[tuple[re.Match[str], str]] = []
    done = start
    for a in anchor.finditer(folded, start, end):
        if a.start() < done:
            continue
        lo = max(done, a.start() - lookback)
        for w in [*(m.start() for m in _WORD_START.finditer(folded[lo:a.start()])), a.start() - lo]:
            m = pattern.match(folded, lo + w, end)
            if m is None or m.end() <= a.start() or not m.group().strip():
                continue
            kind = kind_of(m)
            if kind is None:
                continue
            out.append((m, kind))
            done = m.end()
            break
    return out
