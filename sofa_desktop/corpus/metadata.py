"""Metadata a format reader found, each value with where it came from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    """A value and the phrase saying where it came from ("the page's article:published_time").

    ``weak`` values (a PDF's creation date, a Word file's author) yield to what the text itself says.
    """

    value: T
    source: str
    weak: bool = False


@dataclass
class Metadata:
    title: Found[str] | None = None
    published: Found[dt.date] | None = None
    outlet: Found[str] | None = None
    author: Found[str] | None = None
    language: Found[str] | None = None
    url: Found[str] | None = None
    warnings: list[str] = field(default_factory=list)


def found(value: T | None, source: str, weak: bool = False) -> Found[T] | None:
    """``Found(value, source)`` when there is a value (blank strings count as none)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        value = " ".join(value.split())  # type: ignore[assignment]
    return Found(value, source, weak)
