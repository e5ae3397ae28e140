"""Portuguese test articles of our own: a body under a test headline, published on a Thursday, extracted as
Portuguese."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, Extraction, extract_document

PUB = dt.date(2026, 3, 5)  # a Thursday


def pt_text(body: str) -> str:
    """The whole article: the test headline, a blank line, ``body``."""
    return f"Manchete de teste\n\n{body}"


def extract_pt(body: str, pub: dt.date | None = PUB) -> Extraction:
    """The Portuguese extraction of ``body`` published on ``pub`` (offsets index :func:`pt_text`)."""
    text = pt_text(body)
    return extract_document(Document(text, pub, text.index(body[:10]), language="pt"))


def speakers_of(x: Extraction, prefix: str) -> tuple[str, ...]:
    """The speakers of the quote that starts with ``prefix``."""
    return next(q.speakers for q in x.quotes if q.text.startswith(prefix))
