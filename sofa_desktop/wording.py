"""Words shared by the GUI, the CLI and the exports (no Qt, no store): counts with the right plural, clipped text.
The import summary line is ``store.ingest.summary``, shared by the CLI and the import dialog."""

from __future__ import annotations


def plural(n: int, noun: str, many: str | None = None) -> str:
    """"1 conflict", "2 conflicts", "0 quotes"; ``many`` for an irregular plural (plural(2, "person", "people"))."""
    return f"{n} {noun if n == 1 else (many or noun + 's')}"


def clipped(text: str, limit: int = 80) -> str:
    """``text`` up to ``limit`` characters, cut with "…" when longer (a cut date "2026-03" would read as a month)."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
