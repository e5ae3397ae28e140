"""Fit All for the timeline: frame the dated events with a margin, as long as every label still has room on one side
of its mark (the painter flips a label left when the right is full); no Qt beyond the geometry helpers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from sofa_desktop.ui.timeline.geometry import GUTTER_W, mark_x_span
from sofa_desktop.ui.timeline.layout import Mark, Scale

if TYPE_CHECKING:
    from sofa_desktop.ui.timeline.view import TimelineView

LEFT_MARGIN_PX = 16.0  # before the first event
RIGHT_MARGIN_PX = 24.0  # after the last one, at least; "today" may lie beyond it
RIGHT_MARGIN_SHARE = 0.04  # of the plot width, when that is more
FIT_STEP = 0.85  # Fit All zooms out by this factor until the labels have room
MAX_FIT_STEPS = 80  # 0.85**80 ~ 2e-6: from the framed zoom to any floor; a loop in the UI always has a bound
BULK_SHARE = 0.05  # Fit All frames the 5th to the 95th percentile of the dates ...
BULK_MIN_GAIN = 0.6  # ... when that range is under 60 % of the whole one (far-off outliers); else everything
INSIDE_LABEL_MIN_W = 90  # a bar wider than this carries its label inside (as the painter does)
LABEL_PAD = 5  # pixels between a mark and its label (as the painter does)
ROW_DATE_SAMPLE = "28 Sep 2026"  # as wide as a thread row's consensus date at day precision


def frame_margins(plot_w: float) -> tuple[float, float]:
    """Pixels kept free left of the first and right of the last event by Fit All."""
    return LEFT_MARGIN_PX, max(RIGHT_MARGIN_PX, plot_w * RIGHT_MARGIN_SHARE)


def bulk_extent(marks: Sequence[Mark], extent: tuple[float, float],
                ends: Sequence[float] | None = None) -> tuple[float, float] | None:
    """The days from the 5th to the 95th percentile of the marks (``marks`` sorted by start; ``ends``: their ends,
    sorted, when known), when far-off outliers would otherwise leave most of the axis empty; None when the whole
    extent is as good."""
    n = len(marks)
    if n < 5:
        return None
    ends = sorted(m.d1 for m in marks) if ends is None else ends
    lo, hi = marks[int(n * BULK_SHARE)].d0, ends[min(n - 1, int(n * (1 - BULK_SHARE)))]
    if hi <= lo or hi - lo >= BULK_MIN_GAIN * (extent[1] - extent[0]):
        return None
    return lo, hi


def fit_view(v: TimelineView, full: bool) -> bool:
    """Frame the dated events (``full``: all of them, else the bulk) and zoom out as far as the labels need;
    True if the bulk was framed (a second Fit All then shows everything)."""
    extent = v.lay.extent
    plot_w = v.geo.plot_rect.width()
    bulk = None if full or extent is None else bulk_extent(v.lay.marks, extent, v.lay.ends)
    framed = bulk or extent
    if framed is not None:
        left, right = frame_margins(plot_w)
        if v.showing_threads:  # room for the last row's consensus date ("19 Jan 2026") right of its mark
            right = max(right, v.fontMetrics().horizontalAdvance(ROW_DATE_SAMPLE) + 20)
        v.scale.frame(framed[0], framed[1], left, max(60.0, plot_w - left - right))
        if v.labels.px and plot_w > 0:
            _fit_labels(v, framed, plot_w)
    return bulk is not None


def _fit_labels(v: TimelineView, extent: tuple[float, float], plot_w: float) -> None:
    """From the framed zoom, zoom out in steps until every label (of the framed marks) fits on one side of its
    mark; at worst use the zoom that fits every label on the right."""
    fm = v.fontMetrics()
    marks = [m for m in v.lay.marks if m.d0 >= extent[0] and m.d1 <= extent[1]]
    wanted = {m.event_id: v.labels.width(fm, m.event_id) for m in marks}
    usable = max(60.0, plot_w - LEFT_MARGIN_PX - 8)
    floor = v.labels.px_per_day_showing_all(marks, extent, usable) or v.scale.MIN_PX_PER_DAY
    # The scale clamps its zoom to [MIN_PX_PER_DAY, MAX_PX_PER_DAY]: a floor below the minimum was never
    # reached (Fit All spun forever on 1989 + 2026 before the first layout); clamp it, and bound the steps too.
    floor = min(max(floor, v.scale.MIN_PX_PER_DAY), v.scale.MAX_PX_PER_DAY)
    left_x, right_x = v.geo.gutter, v.geo.gutter + plot_w
    for _step in range(MAX_FIT_STEPS):
        if v.scale.px_per_day <= floor:
            break
        v.repack(force=True)  # rows depend on the zoom
        shown = [m for m in v.lay.marks if not m.stacked and m.d0 >= extent[0] and m.d1 <= extent[1]]
        if labels_fit(shown, wanted, v.scale, left_x, right_x, v.geo.gutter):
            return
        v.scale.zoom(FIT_STEP, LEFT_MARGIN_PX)  # keeps the first event where it is
    v.scale.px_per_day = floor
    v.scale.origin = extent[0]
    v.scale.clamp()
    v.scale.pan(LEFT_MARGIN_PX)


def labels_fit(marks: Sequence[Mark], wanted: Mapping[int, float], scale: Scale, left: float, right: float,
               gutter: float = GUTTER_W) -> bool:
    """True if every mark (and its label of ``wanted[event_id]`` pixels) lies within viewport x ``[left, right]``,
    each label right of its mark or flipped to its left, without running into another mark or label of its row."""
    rows: dict[tuple[int, int], list[tuple[float, float, float]]] = {}
    for m in marks:
        x0, x1 = mark_x_span(m, scale, gutter)
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
