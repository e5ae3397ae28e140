"""Words shared by the GUI, the CLI and the exports (no Qt, no store): counts with the right plural."""

from __future__ import annotations


def plural(n: int, noun: str, many: str | None = None) -> str:
    """"1 conflict", "2 conflicts", "0 quotes"; ``many`` for an irregular plural (plural(2, "person", "people"))."""
    return f"{n} {noun if n == 1 else (many or noun + 's')}"


IMPORT_STATUSES = ("imported", "updated", "reextracted", "unchanged", "rejected")  # ImportResult.status, in order


def import_tally(counts: dict[str, int]) -> str:
    """"2 imported, 1 unchanged, 0 rejected" (updated and reextracted only when some were): the one summary line of
    an import, printed by the CLI and shown by the GUI's import dialog."""
    return ", ".join(f"{counts.get(status, 0)} {status}" for status in IMPORT_STATUSES
                     if counts.get(status, 0) or status not in ("reextracted", "updated"))
