"""What the timeline's rows are: by thread, source, outlet or actor. Lane keys, titles and stable colours, and the
thread rows' layout (a tick per report on one line, the consensus behind them); no Qt."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sofa_desktop.store.queries import EventRow, SourceRow
from sofa_desktop.store.threads import ReportLink, ReportRow, ThreadRow
from sofa_desktop.ui.timeline.layout import Lane, Mark, TimelineLayout, build_layout, event_days

MODES = ("thread", "source", "outlet", "actor")
MODE_TITLES = {"thread": "Threads", "source": "Sources", "outlet": "Outlets", "actor": "Actors"}
MODE_TIPS = {"thread": "One row per happening: every outlet's report of it as a tick, the consensus date behind them",
             "source": "One row per article", "outlet": "One row per outlet (all its articles)",
             "actor": "One row per actor (an event shows in the row of every actor it names)"}
THREAD_MODE_FROM = 6  # with this many sources or more, threads are the default rows
NO_ACTOR = ("actor", None)
FAINT_STATUSES = frozenset({"not_asserted", "not_happened"})


def default_mode(sources: int) -> str:
    """Threads once there are more than a handful of sources, else one row per source."""
    return "thread" if sources >= THREAD_MODE_FROM else "source"


def outlet_of(src: SourceRow) -> str:
    """The outlet a source is shown under: its outlet, else its title, else its file name (as the store's reports)."""
    return src.outlet or src.title or src.name


def colour_ranks(sources: Iterable[SourceRow]) -> dict[str, int]:
    """Outlet -> colour index, by each outlet's first source id: an article added later never changes an existing
    outlet's colour (it can only bring a new outlet, which gets the next colour)."""
    first: dict[str, int] = {}
    for src in sorted(sources, key=lambda s: s.id):
        first.setdefault(outlet_of(src), len(first))
    return first


@dataclass
class RowContext:
    """What the row modes need besides the events: sources, actor names, threads and each report's thread and
    role; a thread's full reports are read through ``load_reports`` when first asked for (``reports``)."""

    sources: Mapping[int, SourceRow] = field(default_factory=dict)
    actor_names: Mapping[int, str] = field(default_factory=dict)
    threads: Mapping[int, ThreadRow] = field(default_factory=dict)  # in the order the rows show them
    report_of: Mapping[int, ReportLink] = field(default_factory=dict)  # event id -> its thread and role
    load_reports: Callable[[int], Sequence[ReportRow]] | None = None  # thread id -> its reports, from the store
    event_title: Callable[[int], str] | None = None  # event id -> its title: the row of an event in no thread

    def __post_init__(self) -> None:
        self.outlet_colour = colour_ranks(self.sources.values())
        self._reports: dict[int, list[ReportRow]] = {}

    def reports(self, thread_id: int) -> list[ReportRow]:
        """A thread's reports (outlet, date as written, passage offsets), read once per thread on demand."""
        if thread_id not in self._reports:
            self._reports[thread_id] = list(self.load_reports(thread_id)) if self.load_reports else []
        return self._reports[thread_id]

    def source_colour(self, source_id: int) -> int:
        """Colour index of a source: its outlet's."""
        src = self.sources.get(source_id)
        return self.outlet_colour.get(outlet_of(src), 0) if src else source_id

    def lane_name(self, key: Hashable) -> str:
        """The title of a lane alone (cheap: the view measures every row's to size the titles' gutter)."""
        if isinstance(key, int):
            src = self.sources.get(key)
            return src.label if src is not None else f"source {key}"
        kind, ident = key  # type: ignore[misc]
        if kind == "outlet":
            return str(ident)
        if kind == "actor":
            return self.actor_names.get(ident, f"actor {ident}") if ident is not None else "No actor named"
        if kind == "event":
            return self.event_title(ident) if self.event_title is not None else f"event {ident}"
        t = self.threads.get(ident)
        return t.title if t is not None else f"thread {ident}"

    def lane_title(self, key: Hashable) -> tuple[str, str]:
        """Title and a short second line of a lane."""
        title = self.lane_name(key)
        if isinstance(key, int):
            src = self.sources.get(key)
            return title, "" if src is None else " · ".join(
                x for x in (src.outlet, src.published and src.published.isoformat()) if x)
        kind, ident = key  # type: ignore[misc]
        if kind == "outlet":
            n = sum(1 for s in self.sources.values() if outlet_of(s) == ident)
            return title, f"{n} article{'s' if n != 1 else ''}"
        if kind == "event":
            return title, "in no thread"
        t = self.threads.get(ident) if kind == "thread" else None
        if t is None:
            return title, ""
        return title, f"{_count(t.reports, 'report')} · {_count(len(t.outlets), 'outlet')}"

    def layout(self, mode: str, events: Sequence[EventRow], source_order: Sequence[int],
               conflict_members: Iterable[tuple[int, Sequence[int]]] = (),
               label_days: Mapping[int, float] | None = None, max_rows: int = 4,
               undated: list[int] | None = None, singles: bool = True) -> TimelineLayout:
        """The layout of ``events`` (dated ones; ``undated`` collects the rest) in rows of ``mode``; thread rows
        told by one report only if ``singles``."""
        faint = _is_faint
        if mode == "thread" and self.threads:
            return self._thread_layout(events, undated, singles)
        if mode == "outlet":
            outlets = list(dict.fromkeys(outlet_of(self.sources[s]) for s in source_order if s in self.sources))
            return build_layout(events, [("outlet", o) for o in outlets], conflict_members, label_days, max_rows,
                                undated, lane_of=self._outlet_key,
                                colours={("outlet", o): c for o, c in self.outlet_colour.items()}, faint=faint)
        if mode == "actor":
            names = self.actor_names
            keys = [("actor", a) for a in sorted(names, key=lambda a: names[a].casefold())]
            return build_layout(events, [*keys, NO_ACTOR], conflict_members, label_days, max_rows, undated,
                                lanes_of=_actor_keys, colours={k: -1 for k in [*keys, NO_ACTOR]}, faint=faint)
        return build_layout(events, source_order, conflict_members, label_days, max_rows, undated,
                            colours={s: self.source_colour(s) for s in self.sources}, faint=faint)

    def _outlet_key(self, e: EventRow) -> Hashable:
        src = self.sources.get(e.source_id)
        return ("outlet", outlet_of(src) if src else str(e.source_id))

    def _thread_layout(self, events: Sequence[EventRow], undated: list[int] | None,
                       singles: bool = True) -> TimelineLayout:
        """One row per thread that has a shown report: a tick per dated report in its outlet's colour; events
        outside every thread get a row of their own at the end (never lost). Not ``singles``: threads told by
        one report are left out (their undated events too)."""
        undated = [] if undated is None else undated
        report_of = self.report_of
        threads = self.threads
        multi = {tid for tid, t in threads.items() if t.reports > 1} if not singles else None
        if multi is not None:  # events outside threads stay; those of one-report threads go
            undated[:] = [e for e in undated if (r := report_of.get(e)) is None or r.thread_id in multi]
        shown: list[tuple[EventRow, ReportLink | None]] = []
        told: set[int] = set()  # threads with a dated report shown
        for e in events:
            r = report_of.get(e.id)
            if multi is not None and r is not None and r.thread_id not in multi:
                continue
            if e.date_start is None:
                undated.append(e.id)
                continue
            shown.append((e, r))
            if r is not None:
                told.add(r.thread_id)
        # Rows: the threads in their order, then a row per event outside every thread. Marks are made in the
        # events' order (by date), so the layout's sort by start finds them nearly sorted.
        lane_of = {t: i for i, t in enumerate(t for t in threads if t in told)}
        lanes = [Lane(("thread", t), -1, 1) for t in lane_of]
        consensus: dict[int, tuple[float, float, bool]] = {
            lane: event_days(t.date_start, t.date_end, t.precision)
            for lane, t in enumerate(threads[t] for t in lane_of) if t.date_start is not None}
        colour = {sid: self.source_colour(sid) for sid in self.sources}
        marks: list[Mark] = []
        for e, r in shown:
            if r is None:
                lane, role = len(lanes), ""
                lanes.append(Lane(("event", e.id), -1, 1))
            else:
                lane, role = lane_of[r.thread_id], r.role
            d0, d1, point = event_days(e.date_start, e.date_end, e.precision)  # type: ignore[arg-type]
            marks.append(Mark(e.id, lane, 0, d0, d1, point, e.status != "reported" or role == "expected",
                              role == "disagrees", False, True, colour.get(e.source_id, 0), role,
                              e.status in FAINT_STATUSES))
        return TimelineLayout(lanes, marks, undated, [], {}, {}, consensus)



def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def _actor_keys(e: EventRow) -> tuple[Hashable, ...]:
    """The rows of an event in actor mode: one per actor it names, else the "No actor named" row."""
    return tuple(("actor", a) for a in e.actor_ids) or (NO_ACTOR,)


def _is_faint(e: EventRow) -> bool:
    return e.status in FAINT_STATUSES


def shown_events(events: Iterable[EventRow], statements: bool, not_asserted: bool) -> list[EventRow]:
    """The events the timeline draws: statements only if ``statements``; not-asserted and not-happened events
    only if ``not_asserted`` (then faint)."""
    if statements and not_asserted:
        return list(events)
    return [e for e in events if (not_asserted or e.status not in FAINT_STATUSES)
            and (statements or e.kind != "statement")]
