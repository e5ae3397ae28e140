"""Timeline geometry without Qt: lanes (per source by default; ``rows`` builds the other row modes), marks per event
(point or range), date scale and axis ticks."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Protocol

MIN_ORDINAL, MAX_ORDINAL = dt.date(1, 1, 2).toordinal(), dt.date(9999, 12, 30).toordinal()
MAX_ROWS_PER_LANE = 4


class EventLike(Protocol):
    """The fields of ``store.queries.EventRow`` the layout reads."""

    id: int
    source_id: int
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    status: str
    conflict_ids: tuple[int, ...]


@dataclass(slots=True, unsafe_hash=True)
class Mark:
    """One dated event on the timeline: days are date ordinals, ``d1`` exclusive. Never changed once made (not
    ``frozen``: a frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``, 4x slower for the
    25,000 marks of a window opening)."""

    event_id: int
    lane: int
    row: int
    d0: float
    d1: float
    point: bool
    expected: bool
    conflict: bool
    stacked: bool = False  # the lane's rows were full: drawn under another mark, counted in its "+N" cluster badge
    tick: bool = False  # a report on a thread row: a thin tick (a point) or a thin bar (a range)
    colour: int = -1  # its own colour index (a thread row's ticks: the outlet's); -1: the lane's
    role: str = ""  # a thread report's role: agrees, disagrees, expected, undated, wrong
    faint: bool = False  # not asserted or not happened: drawn faint and dashed, never as having happened


@dataclass(frozen=True)
class Lane:
    """One horizontal band: a source (``key`` is its id), or ("outlet", name), ("actor", id), ("thread", id);
    ``colour`` indexes the palette (-1: neutral)."""

    key: Hashable
    colour: int
    rows: int

    @property
    def source_id(self) -> int | None:
        """The source of a source lane, else None."""
        return self.key if isinstance(self.key, int) else None


@dataclass
class TimelineLayout:
    """Everything the view paints, sorted for bisect hit-testing and culling."""

    lanes: list[Lane] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    undated: list[int] = field(default_factory=list)
    conflict_links: list[tuple[int, int, int]] = field(default_factory=list)  # (conflict_id, event_a, event_b)
    source_colour: dict[int, int] = field(default_factory=dict)
    clusters: dict[tuple[int, int], list[int]] = field(default_factory=dict)  # (lane, visible mark's event) -> stacked
    consensus: dict[int, tuple[float, float, bool]] = field(default_factory=dict)  # thread lane -> (d0, d1, point)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the lookup structures after ``marks`` changed (cost: the dated marks; the undated list is
        indexed lazily, so a zoom step that re-packs the rows never walks tens of thousands of undated events)."""
        self.marks.sort(key=_MARK_ORDER)
        self.starts = [m.d0 for m in self.marks]
        self.ends = sorted(m.d1 for m in self.marks)  # Fit All's percentiles
        self._extent = (self.marks[0].d0, self.ends[-1]) if self.marks else None
        self.max_span = max((m.d1 - m.d0 for m in self.marks), default=0.0)
        self.by_id: dict[int, Mark] = {}  # an event's first mark (an event naming several actors has one a row)
        for m in self.marks:
            self.by_id.setdefault(m.event_id, m)
        self.repeated: dict[int, list[Mark]] = {}  # events with more than one mark -> all of them
        if len(self.by_id) < len(self.marks):
            for m in self.marks:
                self.repeated.setdefault(m.event_id, []).append(m)
            self.repeated = {e: ms for e, ms in self.repeated.items() if len(ms) > 1}
        self._dated = list(self.by_id)  # each dated event once, in time order
        self._dated_index: dict[int, int] | None = None  # made when keyboard navigation first asks
        self._undated_index: dict[int, int] | None = None
        self.owner = {(key[0], e): key for key, stacked in self.clusters.items() for e in stacked}
        self.lane_marks: list[list[Mark]] = [[] for _ in self.lanes]  # per lane, by start: paint visible rows only
        for m in self.marks:
            self.lane_marks[m.lane].append(m)
        self._lane_index: dict[int, tuple[list[float], float]] = {}  # lane -> starts, longest span: when painted

    def marks_of(self, event_id: int | None) -> list[Mark]:
        """Every mark of an event (one a row it is in), first first; none for an undated or unknown event."""
        if event_id is None:
            return []
        if (ms := self.repeated.get(event_id)) is not None:
            return ms
        return [m] if (m := self.by_id.get(event_id)) is not None else []

    def lane_range(self, lane: int, d_from: float, d_to: float) -> list[Mark]:
        """The marks of one lane that may overlap days ``[d_from, d_to]`` (bisect: cost is what is returned)."""
        if (index := self._lane_index.get(lane)) is None:  # thousands of thread rows: only those painted
            ms = self.lane_marks[lane]
            index = self._lane_index[lane] = ([m.d0 for m in ms], max((m.d1 - m.d0 for m in ms), default=0.0))
        starts, span = index
        return self.lane_marks[lane][bisect_left(starts, d_from - span):bisect_right(starts, d_to)]

    @property
    def order(self) -> list[int]:
        """Every event once, in time order: dated first, then undated (a new list; cheap lookups use ``neighbour``)."""
        return self._dated + list(self.undated)

    def undated_index(self, event_id: int | None) -> int | None:
        """Position of an undated event in the undated strip, or None (O(1) after the first call)."""
        if self._undated_index is None:
            self._undated_index = {e: i for i, e in enumerate(self.undated)}
        return self._undated_index.get(event_id) if event_id is not None else None

    def _order_position(self, event_id: int | None) -> int | None:
        if event_id is None:
            return None
        if self._dated_index is None:
            self._dated_index = {e: i for i, e in enumerate(self._dated)}
        if (i := self._dated_index.get(event_id)) is not None:
            return i
        j = self.undated_index(event_id)
        return None if j is None else len(self._dated) + j

    def _at(self, i: int) -> int:
        return self._dated[i] if i < len(self._dated) else self.undated[i - len(self._dated)]

    @property
    def extent(self) -> tuple[float, float] | None:
        """First and last day covered by any mark, or None when nothing is dated."""
        return self._extent  # kept by reindex: Fit All and resizes ask often

    def index_range(self, d_from: float, d_to: float) -> tuple[int, int]:
        """Indices ``[lo, hi)`` of marks that may overlap days ``[d_from, d_to]`` (a superset, for culling)."""
        return bisect_left(self.starts, d_from - self.max_span), bisect_right(self.starts, d_to)

    def neighbour(self, event_id: int | None, step: int) -> int | None:
        """The event ``step`` places away in time order (dated first, then undated; an event in several rows counts
        once), clamped at the ends."""
        total = len(self._dated) + len(self.undated)
        if not total:
            return None
        i = self._order_position(event_id)
        if i is None:
            return self._at(0 if step >= 0 else total - 1)
        return self._at(min(max(i + step, 0), total - 1))


_MARK_ORDER = attrgetter("d0", "lane", "row")


def event_days(date_start: dt.date, date_end: dt.date | None, precision: str) -> tuple[float, float, bool]:
    """(first day, day after the last, is_point): day precision is a point, coarser precision a range."""
    end = date_end if date_end is not None and date_end >= date_start else date_start
    d0, d1 = float(date_start.toordinal()), float(end.toordinal() + 1)
    return d0, d1, precision == "day" and d1 - d0 <= 1


def build_layout(events: Iterable[EventLike], source_ids: Sequence[Hashable],
                 conflict_members: Iterable[tuple[int, Sequence[int]]] = (),
                 label_days: Mapping[int, float] | None = None, max_rows: int = MAX_ROWS_PER_LANE,
                 undated: list[int] | None = None, lane_of: Callable[[EventLike], Hashable] | None = None,
                 colours: Mapping[Hashable, int] | None = None, faint: Callable[[EventLike], bool] | None = None,
                 lanes_of: Callable[[EventLike], Iterable[Hashable]] | None = None) -> TimelineLayout:
    """Place events into one lane per source (sources without dated events get none), packing overlaps into rows.

    ``lane_of`` puts events in other lanes (outlets: keys in ``source_ids`` order, new ones after them);
    ``lanes_of`` puts each event in several (actors: one mark per key it gives; it gives at least one);
    ``colours`` gives each key its stable colour (default: its position); ``faint`` marks events drawn faint.

    ``label_days`` (event id -> days its label covers after the mark, at the current zoom) makes the packing keep
    labels apart too, so they stack in rows instead of being cut; at most ``max_rows`` rows per lane. Events past
    that are ``stacked`` under the mark that ends soonest and listed in ``clusters`` under (its lane, its event) (the
    view draws "+N" there).
    ``undated``: the undated event ids when the caller already split them off (``events`` then holds dated ones).
    """
    label_days = label_days or {}
    order = {sid: i for i, sid in enumerate(source_ids)}
    colour = dict(colours) if colours is not None else dict(order)
    per_lane: dict[Hashable, list[tuple[float, float, bool, EventLike]]] = {}
    undated = [] if undated is None else undated
    for e in events:
        if e.date_start is None:
            undated.append(e.id)
            continue
        d0, d1, point = event_days(e.date_start, e.date_end, e.precision)
        keys = dict.fromkeys(lanes_of(e)) if lanes_of is not None else (
            (e.source_id if lane_of is None else lane_of(e)),)
        for key in keys:
            per_lane.setdefault(key, []).append((d0, d1, point, e))
            order.setdefault(key, len(order))
            colour.setdefault(key, len(colour))
    lanes: list[Lane] = []
    marks: list[Mark] = []
    clusters: dict[tuple[int, int], list[int]] = {}
    for sid in sorted(per_lane, key=order.__getitem__):
        items = sorted(per_lane[sid], key=lambda t: (t[0], -t[1]))
        row_ends: list[float] = []
        row_owner: list[int] = []  # the visible mark each row ends with
        lane_index = len(lanes)
        for d0, d1, point, e in items:
            row, stacked = _pick_row(row_ends, d0, max(d1, d0 + 1) + label_days.get(e.id, 0.0), max_rows)
            if stacked:
                clusters.setdefault((lane_index, row_owner[row]), []).append(e.id)
            elif row == len(row_owner):
                row_owner.append(e.id)
            else:
                row_owner[row] = e.id
            marks.append(Mark(e.id, lane_index, row, d0, d1, point, e.status != "reported", bool(e.conflict_ids),
                              stacked, faint=faint is not None and faint(e)))
        lanes.append(Lane(sid, colour[sid], max(1, len(row_ends))))
    links: list[tuple[int, int, int]] = []
    for conflict_id, members in conflict_members:
        members = list(members)
        links.extend((conflict_id, a, b) for a, b in zip(members, members[1:], strict=False))
    return TimelineLayout(lanes, marks, undated, links, colour, clusters)


def _pick_row(row_ends: list[float], d0: float, d1: float, max_rows: int) -> tuple[int, bool]:
    """The first free row for ``[d0, d1)``, a new one while under ``max_rows``, else the row that ends soonest;
    and whether the mark is stacked over another there."""
    for row, end in enumerate(row_ends):
        if end <= d0:
            row_ends[row] = d1
            return row, False
    if len(row_ends) < max_rows:
        row_ends.append(d1)
        return len(row_ends) - 1, False
    row = min(range(len(row_ends)), key=row_ends.__getitem__)  # too crowded: overlap where it ends soonest
    row_ends[row] = max(row_ends[row], d1)
    return row, True


@dataclass
class Scale:
    """Maps days (date ordinals) to pixels: ``x = (day - origin) * px_per_day``."""

    origin: float = float(dt.date(2024, 1, 1).toordinal())
    px_per_day: float = 2.0
    MIN_PX_PER_DAY = 4e-5  # the whole calendar (years 1 to 9999) fits in about 150 pixels
    MAX_PX_PER_DAY = 600.0

    def x(self, day: float) -> float:
        """Pixel position of a day."""
        return (day - self.origin) * self.px_per_day

    def day(self, x: float) -> float:
        """Day at a pixel position."""
        return self.origin + x / self.px_per_day

    def zoom(self, factor: float, anchor_x: float) -> None:
        """Zoom by ``factor`` keeping the day under ``anchor_x`` in place."""
        anchor_day = self.day(anchor_x)
        self.px_per_day = min(max(self.px_per_day * factor, self.MIN_PX_PER_DAY), self.MAX_PX_PER_DAY)
        self.origin = anchor_day - anchor_x / self.px_per_day
        self.clamp()

    def pan(self, dx: float) -> None:
        """Move the content by ``dx`` pixels (positive drags it right, bringing earlier dates into view)."""
        self.origin -= dx / self.px_per_day
        self.clamp()

    def fit(self, d0: float, d1: float, width: float, margin: float = 0.06) -> None:
        """Show days ``[d0, d1)`` across ``width`` pixels with a margin on both sides; at least a month is shown."""
        span = max(d1 - d0, 30.0)
        centre = (d0 + d1) / 2
        self.px_per_day = min(max(width / (span * (1 + 2 * margin)), self.MIN_PX_PER_DAY), self.MAX_PX_PER_DAY)
        self.origin = centre - width / 2 / self.px_per_day
        self.clamp()

    def frame(self, d0: float, d1: float, left_px: float, width_px: float) -> None:
        """Show days ``[d0, d1)`` across ``width_px`` pixels starting ``left_px`` from the left edge (spans under a
        month are shown as a month, centred)."""
        span = max(d1 - d0, 30.0)
        self.px_per_day = min(max(width_px / span, self.MIN_PX_PER_DAY), self.MAX_PX_PER_DAY)
        self.origin = (d0 + d1) / 2 - (left_px + width_px / 2) / self.px_per_day
        self.clamp()

    def clamp(self) -> None:
        """Keep the origin inside the representable calendar."""
        self.origin = min(max(self.origin, MIN_ORDINAL), MAX_ORDINAL - 1)


@dataclass(frozen=True)
class Tick:
    """An axis tick at a day with its label."""

    day: int
    label: str


_UNITS = [("day", 1), ("day", 2), ("week", 1), ("month", 1), ("month", 3), ("month", 6),
          ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 20), ("year", 50), ("year", 100),
          ("year", 200), ("year", 500), ("year", 1000), ("year", 2000), ("year", 5000)]
_APPROX_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}


def pick_unit(px_per_day: float, min_px: float) -> tuple[str, int]:
    """The finest tick unit whose ticks are at least ``min_px`` apart."""
    for unit, step in _UNITS:
        if _APPROX_DAYS[unit] * step * px_per_day >= min_px:
            return unit, step
    return _UNITS[-1]


def ticks(d_from: float, d_to: float, px_per_day: float, min_px: float = 48.0) -> tuple[list[Tick], list[Tick]]:
    """Minor ticks (labelled finely) and major ticks (month or year boundaries) for the visible days."""
    lo = int(max(d_from, MIN_ORDINAL))
    hi = int(min(d_to, MAX_ORDINAL)) + 1
    if hi <= lo:
        return [], []
    unit, step = pick_unit(px_per_day, min_px)
    minor: list[Tick] = []
    major: list[Tick] = []
    if unit in ("day", "week"):
        for day in range(lo, hi + 1):
            d = dt.date.fromordinal(day)
            if (unit == "day" and (d.day - 1) % step == 0 and d.day < 31) or (unit == "week" and d.weekday() == 0):
                minor.append(Tick(day, str(d.day)))
        major = [Tick(d.toordinal(), f"{d:%B %Y}") for d in _month_starts(lo, hi, 1)]
        if not major or major[0].day > lo:  # always name the month at the left edge
            first = dt.date.fromordinal(lo).replace(day=1)
            major.insert(0, Tick(first.toordinal(), f"{first:%B %Y}"))
    elif unit == "month":
        minor = [Tick(d.toordinal(), f"{d:%b}") for d in _month_starts(lo, hi, step)]
        major = [Tick(d.toordinal(), str(d.year)) for d in _year_starts(lo, hi, 1)]
        if not major or major[0].day > lo:
            first = dt.date.fromordinal(lo).replace(month=1, day=1)
            major.insert(0, Tick(first.toordinal(), str(first.year)))
    else:
        minor = [Tick(d.toordinal(), str(d.year)) for d in _year_starts(lo, hi, step)]
    return minor, major


def _month_starts(lo: int, hi: int, step: int) -> list[dt.date]:
    d = dt.date.fromordinal(lo)
    year, month = d.year, d.month
    out: list[dt.date] = []
    while True:
        first = dt.date(year, month, 1)
        if first.toordinal() > hi:
            return out
        if first.toordinal() >= lo and (month - 1) % step == 0:
            out.append(first)
        month += 1
        if month == 13:
            year, month = year + 1, 1
            if year > 9999:
                return out


def _year_starts(lo: int, hi: int, step: int) -> list[dt.date]:
    y0, y1 = dt.date.fromordinal(lo).year, dt.date.fromordinal(min(hi, MAX_ORDINAL)).year
    first = y0 + (-y0) % step
    return [dt.date(y, 1, 1) for y in range(max(first, 1), y1 + 1, step) if dt.date(y, 1, 1).toordinal() >= lo]
