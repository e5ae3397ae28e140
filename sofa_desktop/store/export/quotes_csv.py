"""Quotes as CSV (RFC 4180, formulas neutralised) for newsroom spreadsheets; used by the CLI and File › Export."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sofa_desktop.store.queries import list_sources
from sofa_desktop.store.schema.models import Actor, Quote
from sofa_desktop.store.search import search_quotes, with_context

# curated: an analyst edited the quote (its speakers); speakers_curated: an analyst edited one of its speakers
# (renamed, merged, split...), so the speakers cell holds a curated value
# context: the sentence around the quote (store.search.context), so a one-word quote can be read (added last)
CSV_COLUMNS = ("quote_id", "speakers", "quote", "source", "outlet", "published", "source_name", "start", "end",
               "partial", "curated", "speakers_curated", "context")
SPEAKER_SEPARATOR = "; "
# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV Injection"): =, +, - and @, and
# tab / carriage return, which some spreadsheets skip before looking for the formula sign.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """``cell`` prefixed with an apostrophe when a spreadsheet would read it as a formula; otherwise unchanged."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _curated_actors(s: Session) -> set[int]:
    """Ids of the actors an analyst edited."""
    return set(s.connection().scalars(select(Actor.id).where(Actor.curated.is_(True))))


def _partial(s: Session) -> dict[int, bool]:
    """Whether each quote is a fragment of a sentence (the one column the quote search rows do not carry)."""
    return {quote_id: bool(partial) for quote_id, partial in s.connection().execute(select(Quote.id, Quote.partial))}


def quote_records(s: Session, speaker: str = "", words: str = "") -> Iterator[tuple[Any, ...]]:
    """One tuple per quote in :data:`CSV_COLUMNS` order, by publication date (as the quote search orders them);
    every quote, or those :func:`search_quotes` finds for ``speaker`` and ``words``."""
    sources = {row.id: row for row in list_sources(s)}
    partial = _partial(s)
    curated_actors = _curated_actors(s)
    for hit in with_context(s, search_quotes(s, speaker, words)):
        src = sources.get(hit.source_id)
        yield (hit.id, SPEAKER_SEPARATOR.join(hit.speakers), hit.text, src.label if src else hit.source_name,
               (src.outlet if src else None) or "", hit.published.isoformat() if hit.published else "",
               hit.source_name, hit.start, hit.end, _flag(partial.get(hit.id, False)), _flag(hit.curated),
               _flag(not curated_actors.isdisjoint(hit.speaker_ids)), hit.context)


def _flag(value: bool) -> str:
    return "true" if value else "false"


def write_quotes_csv(s: Session, stream: Any, speaker: str = "", words: str = "") -> int:
    """Write a header and every quote to a text ``stream`` (opened with ``newline=""``); return the quote count.

    Rows end in CRLF and fields are quoted only when needed (RFC 4180); text cells that a spreadsheet would run as
    a formula start with an apostrophe (:func:`neutralise`).
    """
    writer = csv.writer(stream, dialect="excel", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for record in quote_records(s, speaker, words):
        writer.writerow([neutralise(v) if isinstance(v, str) else v for v in record])
        n += 1
    return n


def quotes_csv_text(s: Session, speaker: str = "", words: str = "") -> tuple[str, int]:
    """The CSV document (every quote, or a search's) as one string and the number of quotes in it."""
    buffer = io.StringIO(newline="")
    n = write_quotes_csv(s, buffer, speaker, words)
    return buffer.getvalue(), n
