"""Pixel geometry of the timeline view (margins, lane tops, mark rectangles); tiny and Qt-free except QRectF."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF

from sofa_desktop.ui.timeline.layout import Lane, Mark, Scale

AXIS_H = 44
GUTTER_W = 200  # the lane titles' gutter before the view knows its width and titles
GUTTER_SHARE = 0.4  # by default the gutter grows with the view up to this share (and what the titles need)
GUTTER_TEXT_PAD = 32  # the gutter's pixels beside a title: colour bar and margins
MIN_GUTTER_W, MAX_GUTTER_W = 120, 600  # the user can drag its edge within these
ROW_H = 22
MAX_ROW_H = 44
LANE_PAD = 7
FOOTER_LEGEND_H = 22
UNDATED_H = 30
POINT_R = 5.5
BAR_H = 10.0
MIN_BAR_W = 6.0
TICK_W, TICK_H = 4.0, 16.0  # a report on a thread row: a day
RANGE_TICK_H = 6.0  # a report of a week, month or year on a thread row


@dataclass
class ViewGeometry:
    """Where things are in viewport pixels for the current size, scale and vertical scroll."""

    width: int = 800
    height: int = 400
    scroll_y: int = 0
    has_undated: bool = False
    lane_tops: list[float] = field(default_factory=list)
    lanes_h: float = 0
    row_h: float = ROW_H
    min_row_h: float = ROW_H  # taller when labels take two lines
    gutter: int = GUTTER_W  # lane titles' width (the user drags its edge)

    def set_lanes(self, lanes: list[Lane]) -> None:
        """Recompute lane tops (relative to the lane area, before scrolling); few lanes get taller rows."""
        rows = sum(lane.rows for lane in lanes)
        spare = self.lanes_viewport_h - 2 * LANE_PAD * len(lanes)
        self.row_h = min(max(self.min_row_h, spare / rows if rows else ROW_H), max(MAX_ROW_H, self.min_row_h))
        self.lane_tops, y = [], 0.0
        for lane in lanes:
            self.lane_tops.append(y)
            y += lane.rows * self.row_h + 2 * LANE_PAD
        self.lanes_h = y

    @property
    def footer_h(self) -> int:
        """Height of the undated strip plus the symbol legend."""
        return FOOTER_LEGEND_H + (UNDATED_H if self.has_undated else 0)

    @property
    def plot_rect(self) -> QRectF:
        """Where marks are drawn (right of the gutter, between axis and footer)."""
        return QRectF(self.gutter, AXIS_H, max(0, self.width - self.gutter),
                      max(0, self.height - AXIS_H - self.footer_h))

    @property
    def lanes_viewport_h(self) -> int:
        """Visible height of the lane area."""
        return max(0, self.height - AXIS_H - self.footer_h)

    def lane_top(self, lane: int) -> float:
        """Viewport y of a lane's top edge."""
        return AXIS_H + self.lane_tops[lane] - self.scroll_y

    def lane_height(self, lanes: list[Lane], lane: int) -> float:
        """Height of one lane in pixels."""
        return lanes[lane].rows * self.row_h + 2 * LANE_PAD

    def row_centre_y(self, lane: int, row: int) -> float:
        """Viewport y of the centre line of a row in a lane."""
        return self.lane_top(lane) + LANE_PAD + row * self.row_h + self.row_h / 2

    def visible_lanes(self, count: int) -> range:
        """Indices of the lanes that intersect the visible lane area (bisect: thousands of lanes stay cheap)."""
        if not self.lane_tops:
            return range(0)
        first = max(0, bisect_right(self.lane_tops, self.scroll_y) - 1)
        return range(first, min(count, bisect_left(self.lane_tops, self.scroll_y + self.lanes_viewport_h)))

    def lane_at(self, y: float) -> int | None:
        """Lane index under viewport y, or None."""
        rel = y - AXIS_H + self.scroll_y
        if rel < 0 or rel >= self.lanes_h or not self.lane_tops:
            return None
        return bisect_right(self.lane_tops, rel) - 1

    def mark_rect(self, mark: Mark, scale: Scale) -> QRectF:
        """Viewport rectangle of a mark (a square for points, a bar for ranges)."""
        cy = self.row_centre_y(mark.lane, mark.row)
        x0, x1 = mark_x_span(mark, scale, self.gutter)
        if mark.tick:
            if mark.point:
                return QRectF((x0 + x1) / 2 - TICK_W / 2, cy - TICK_H / 2, TICK_W, TICK_H)
            return QRectF(x0, cy - RANGE_TICK_H / 2, x1 - x0, RANGE_TICK_H)
        if mark.point:
            return QRectF(x0, cy - POINT_R, x1 - x0, 2 * POINT_R)
        return QRectF(x0, cy - BAR_H / 2, x1 - x0, BAR_H)


def mark_x_span(mark: Mark, scale: Scale, gutter: float = GUTTER_W) -> tuple[float, float]:
    """Viewport x of a mark's left and right edges (a point's square, a bar at least MIN_BAR_W wide)."""
    if mark.point:
        cx = gutter + scale.x((mark.d0 + mark.d1) / 2) if mark.tick else gutter + scale.x(mark.d0 + 0.5)
        return cx - POINT_R, cx + POINT_R
    x0, x1 = gutter + scale.x(mark.d0), gutter + scale.x(mark.d1)
    if x1 - x0 < MIN_BAR_W:
        mid = (x0 + x1) / 2
        x0, x1 = mid - MIN_BAR_W / 2, mid + MIN_BAR_W / 2
    return x0, x1
