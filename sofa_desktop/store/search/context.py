"""The sentence around each quote, so a one-word partial quote ("historic") can be read in context (GUI and CSV)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from sofa_desktop.store.queries import QuoteHit
from sofa_desktop.store.schema.models import Quote, Source

WINDOW = 320  # characters read on each side of a quote: a long sentence is cut there
MAX_CONTEXT = 600  # longer contexts are cut around the quote
_BEFORE = re.compile(r"[.!?][\"”’»)\]]*\s+(?=\S)|\n+")  # a sentence or paragraph ends before the next character
_AFTER = re.compile(r"[.!?](?=[\"”’»)\]]*(?:\s|$))|\n")
_CLOSING = re.compile(r"[\"”’»)\]]*")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (within its paragraph) holding ``text[start:end]``, as offsets into ``text``."""
    begin = 0
    for match in _BEFORE.finditer(text, 0, start):
        if match.end() <= start:
            begin = match.end()
    if end > start and text[end - 1] in ".!?":  # the quote ends its sentence: stop after its closing marks
        stop = _CLOSING.match(text, end).end()
    else:
        after = _AFTER.search(text, end)
        stop = len(text) if after is None else (after.end() if text[after.start()] != "\n" else after.start())
        stop = _CLOSING.match(text, stop).end() if stop < len(text) else stop
    stop = max(stop, end)
    if stop - begin > MAX_CONTEXT:  # keep the quote and what is nearest it
        spare = max(MAX_CONTEXT - (end - start), 0)
        begin = max(begin, start - spare // 2)
        stop = min(stop, max(end, begin + MAX_CONTEXT))
    return begin, stop


def with_context(s: Session, hits: Sequence[QuoteHit]) -> list[QuoteHit]:
    """The hits with ``context`` and ``context_start`` filled in (one statement for the whole page)."""
    if not hits:
        return []
    window_start = case((Quote.start > WINDOW, Quote.start - WINDOW), else_=0)
    windows: dict[int, tuple[int, str]] = {}
    ids = [h.id for h in hits]
    for chunk in range(0, len(ids), 500):
        stmt = (select(Quote.id, window_start, func.substr(Source.text, window_start + 1,
                                                            Quote.end - window_start + WINDOW))
                .join(Source, Source.id == Quote.source_id).where(Quote.id.in_(ids[chunk:chunk + 500])))
        for quote_id, offset, piece in s.connection().execute(stmt):
            windows[quote_id] = (int(offset), piece or "")
    result = []
    for hit in hits:
        offset, piece = windows.get(hit.id, (hit.start, hit.text))
        begin, stop = sentence_around(piece, hit.start - offset, hit.end - offset)
        result.append(dataclasses.replace(hit, context=piece[begin:stop], context_start=offset + begin))
    return result
