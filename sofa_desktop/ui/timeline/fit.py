"""Fit All for the timeline: frame the dated events with a margin, as long as every label still has room on one side
of its mark (the painter flips a label left when the right is full); no Qt beyond the geometry helpers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sofa_desktop.ui.timeline.geometry import mark_x_span
from sofa_desktop.ui.timeline.layout import Mark, Scale

LEFT_MARGIN_PX = 16.0  # before the first event
RIGHT_MARGIN_PX = 24.0  # after the last one, at least; "today" may lie beyond it
RIGHT_MARGIN_SHARE = 0.04  # of the plot width, when that is more
INSIDE_LABEL_MIN_W = 90  # a bar wider than this carries its label inside (as the painter does)
LABEL_PAD = 5  # pixels between a mark and its label (as the painter does)


def frame_margins(plot_w: float) -> tuple[float, float]:
    """Pixels kept free left of the first and right of the last event by Fit All."""
    return LEFT_MARGIN_PX, max(RIGHT_MARGIN_PX, plot_w * RIGHT_MARGIN_SHARE)


def labels_fit(marks: Sequence[Mark], wanted: Mapping[int, float], scale: Scale, left: float, right: float) -> bool:
    """True if every mark (and its label of ``wanted[event_id]`` pixels) lies within viewport x ``[left, right]``,
    each label right of its mark or flipped to its left, without running into another mark or label of its row."""
    rows: dict[tuple[int, int], list[tuple[float, float, float]]] = {}
    for m in marks:
        x0, x1 = mark_x_span(m, scale)
        if x0 < left or x1 > right:
            return False
        inside = not m.point and x1 - x0 > INSIDE_LABEL_MIN_W
        rows.setdefault((m.lane, m.row), []).append((x0, x1, 0.0 if inside else wanted.get(m.event_id, 0.0)))
    for items in rows.values():
        items.sort()
        busy = left + 2
        for i, (x0, x1, want) in enumerate(items):
            if want <= 0:
                busy = max(busy, x1 + 2)
                continue
            limit = min(right - 2, items[i + 1][0] - 6) if i + 1 < len(items) else right - 2
            if limit - (x1 + LABEL_PAD) >= want:
                busy = max(busy, x1 + LABEL_PAD + want + 8)
            elif x0 - LABEL_PAD - busy >= want:
                busy = max(busy, x0 + 3, x1 + 2)
            else:
                return False
    return True
