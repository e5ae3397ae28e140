"""The result of reading any source file or page: clean text plus metadata, each value with where it came from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

FORMATS = ("txt", "html", "pdf", "docx", "eml")


class ArticleRejected(Exception):
    """The file or page cannot be imported; ``str(exc)`` is one line fit for a user."""


@dataclass(frozen=True)
class Article:
    """A decoded article. ``text`` is what the viewer shows and what every offset indexes.

    ``body_start`` skips the title (and the project's own ` date` line); a wire dateline stays in the body.
    ``provenance`` pairs a field name with a phrase for a tooltip: ("published", "date from the dateline").
    """

    name: str
    text: str
    title: str | None
    published: dt.date | None
    outlet: str | None
    body_start: int
    sha256: str
    warnings: tuple[str, ...] = field(default=())
    format: str = "txt"
    url: str | None = None
    author: str | None = None
    language: str | None = None  # ISO 639-1; None when the text is too short to tell
    place: str | None = None  # the dateline's place ("ASUNCION, Paraguay")
    provenance: tuple[tuple[str, str], ...] = field(default=())

    def source_of(self, name: str) -> str | None:
        """Where the value of field ``name`` came from, as a phrase; None when unknown or unset."""
        return next((phrase for key, phrase in self.provenance if key == name), None)
