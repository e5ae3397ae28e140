"""What an import reports for each file, and a file waiting to be stored (no database access here)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sofa_desktop.store.one_line import one_line

if TYPE_CHECKING:
    from sofa_desktop.corpus import Article
    from sofa_desktop.extract import Extraction

Status = Literal["imported", "updated", "reextracted", "unchanged", "skipped", "rejected"]
STATUSES: tuple[Status, ...] = ("imported", "updated", "reextracted", "unchanged", "skipped", "rejected")
"""Every outcome, in the order summaries count them (CLI and the GUI's import dialog)."""
ProgressCallback = Callable[[int, int, "ImportResult"], None]


@dataclass(frozen=True)
class ImportResult:
    """What happened to one file."""

    path: str
    status: Status
    reason: str | None = None
    source_id: int | None = None
    warnings: tuple[str, ...] = field(default=())

    def line(self) -> str:
        """One human-readable line, as the CLI prints it (control characters in names and reasons escaped)."""
        if self.status in ("rejected", "skipped"):
            return one_line(f"{self.status}: {self.path}: {self.reason}")
        extra = f" (warning: {'; '.join(self.warnings)})" if self.warnings else ""
        note = f" ({self.reason})" if self.reason else ""  # "updated": what became of the analysts' edits
        return one_line(f"{self.status}: {self.path}{note}{extra}")


def summary(results: Iterable[ImportResult]) -> str:
    """"3 imported, 1 unchanged, 2 skipped, 0 rejected": each outcome that happened, and always imported,
    unchanged and rejected."""
    statuses = [r.status for r in results]
    counts = {status: statuses.count(status) for status in STATUSES}
    return ", ".join(f"{n} {status}" for status, n in counts.items()
                     if n or status in ("imported", "unchanged", "rejected"))


@dataclass
class BatchJob:
    """A file read and extracted, waiting to be stored (by ``files`` or, for a modified article, ``source_update``)."""

    path: Path | str  # a file, or a link it was fetched from
    article: Article
    extraction: Extraction
    warnings: tuple[str, ...]
    location: str | None = None  # ``source_location(path)`` once known (it resolves the path: a few stat calls)
