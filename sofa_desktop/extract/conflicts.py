"""Cross-source conflicts: the same happening reported at dates that cannot both be true."""

from __future__ import annotations

from collections.abc import Sequence

from sofa_desktop.extract.types import ConflictX, EventRef


def find_conflicts(events: Sequence[EventRef]) -> list[ConflictX]:
    """Group events by (action, object) and flag pairs from different sources whose date ranges are disjoint."""
    groups: dict[tuple[str, str | None], list[EventRef]] = {}
    for ev in events:
        if ev.date_start is not None and ev.object:
            groups.setdefault((ev.action, ev.object), []).append(ev)
    conflicts = []
    for (action, obj), members in groups.items():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a.source_id != b.source_id and (a.date_end < b.date_start or b.date_end < a.date_start):
                    conflicts.append(ConflictX(f"{action} of {obj}", (a.id, b.id),
                                               f"{a.date_start}–{a.date_end} vs {b.date_start}–{b.date_end}"))
    return conflicts
