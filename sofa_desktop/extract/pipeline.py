"""The extractor interface and the default rule-based extractor that chains layout, actors, quotes and events."""

from __future__ import annotations

import contextlib
import re
from dataclasses import replace
from typing import Protocol

from sofa_desktop.extract.core.bundle import bundle_for
from sofa_desktop.extract.core.sentences import layout
from sofa_desktop.extract.core.threads.context import with_context_objects
from sofa_desktop.extract.core.types import Document, Extraction, Precision, QuoteX
from sofa_desktop.extract.lang.en import (
    KEYWORDS,
    ActorTable,
    Cand,
    EventFinder,
    QuoteAttributor,
    build_refs,
    chunk,
    described_orgs,
    find_dates,
    qualifies_title,
    resolve,
)

_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|stated|wrote|asked|noted|warned|argued|insisted)\b")
_WHO_AFTER = re.compile(r",\s+who\s+(?:is|was|has|had|hosts|leads|heads|won|took)\b")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s$")  # "Mr. Okonjo, 54, said": a person, whatever follows
_PLACE_BEFORE = frozenset({"in", "on", "at", "from", "near", "across"})  # "officials on Oahu said": a place
_SAID_BEFORE = frozenset({"said", "says", "added", "stated", "wrote", "asked", "noted"})


class Extractor(Protocol):
    """Anything that turns a document into an :class:`Extraction` (rules today, a model later)."""

    def extract(self, doc: Document) -> Extraction: ...


def _word_before(text: str, pos: int) -> str:
    words = text[max(0, pos - 12):pos].split()
    return words[-1] if words else ""


def _speech_adjacent(text: str, cands: list[Cand]) -> set[int]:
    """Lone capitalised words that act like people: next to a speech verb, after "Mr.", "Brazil's Lula", "Lula,
    who ..."."""
    out = set()
    for c in cands:
        if qualifies_title(text, c.surface, c.end):
            continue  # "said Labour lawmaker Jane Hollis": the party qualifies the title that follows
        before = _word_before(text, c.start)
        if c.kind == "single" and before not in _PLACE_BEFORE and (
                _SAID_AFTER.match(text, c.end) or before in _SAID_BEFORE
                or _HONORIFIC_BEFORE.search(text, max(0, c.start - 6), c.start)
                or _WHO_AFTER.match(text, c.end) or (c.country and before.endswith(("'s", "’s")))):
            out.add(c.start)
    return out


def publication_date(doc: Document):  # noqa: ANN201 - returns dt.date | None
    """The dateline date, else the first full date written in the body, else None."""
    if doc.published is not None:
        return doc.published
    for e in find_dates(doc.text, doc.body_start):
        if e.kind in ("iso", "mdy", "dmy"):
            d = resolve(e, None)
            if d.precision == Precision.DAY:
                return d.start
    return None


class RuleExtractor:
    """Deterministic rule-based extractor: no models, linear-time patterns compiled once."""

    def extract(self, doc: Document) -> Extraction:
        """Extract actors, mentions, quotes and dated events from ``doc``.

        A bug on some odd input must not cost the user the article: whatever stages finished are kept (at least
        the quotes, unattributed) and ``Extraction.warnings`` names the failure so that ingest can report it.
        """
        done: dict[str, object] = {}
        try:
            bundle = bundle_for(doc.language)
            # another language's pipeline, or (None) the rules below
            out = bundle.extract(doc) if bundle.extract is not None else self._extract(doc, done)
            return replace(out, events=with_context_objects(doc.text, out.events))
        except Exception as exc:  # noqa: BLE001 - deliberate last resort, see the docstring
            return _partial(doc, done, f"extraction failed: {type(exc).__name__}: {str(exc)[:200]}")

    def _extract(self, doc: Document, done: dict[str, object] | None = None) -> Extraction:
        done = {} if done is None else done
        text = doc.text
        body_start = min(max(doc.body_start, 0), len(text))
        lay = layout(text, body_start)
        cands = chunk(text, body_start)
        described_orgs(text, cands)
        table = ActorTable(text, cands, body_start, _speech_adjacent(text, cands))
        done["table"] = table
        kw = KEYWORDS.scan(text, body_start, len(text))
        refs = build_refs(text, lay, table, body_start, kw)
        quotes, attributed = QuoteAttributor(text, lay, refs).run()
        done["quotes"] = tuple(quotes)
        pub = publication_date(doc)
        dates = find_dates(text, body_start)
        events = EventFinder(text, lay, table, refs, attributed, dates, pub, kw).run(body_start)
        actors, mentions = table.export()
        return Extraction(actors, mentions, tuple(quotes), tuple(events))


def _partial(doc: Document, done: dict[str, object], warning: str) -> Extraction:
    """What finished before a failure: actors, attributed quotes, else the bare quotation spans."""
    actors, mentions = (), ()
    if isinstance(table := done.get("table"), ActorTable):
        with contextlib.suppress(Exception):  # keep the quotes at least
            actors, mentions = table.export()
    quotes = done.get("quotes")
    if quotes is None:
        try:
            lay = layout(doc.text, min(max(doc.body_start, 0), len(doc.text)))
            quotes = tuple(QuoteX(q.start, q.end, doc.text[q.start:q.end]) for q in lay.quotes)
        except Exception:  # noqa: BLE001 - the layout itself failed: keep the article, report it
            quotes = ()
    return Extraction(actors, mentions, quotes, (), (warning,))  # type: ignore[arg-type]


_DEFAULT = RuleExtractor()


def extract_document(doc: Document) -> Extraction:
    """Run the default extractor on ``doc``."""
    return _DEFAULT.extract(doc)
