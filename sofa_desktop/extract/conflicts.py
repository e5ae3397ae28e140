"""Cross-source conflicts: the same happening reported at dates that cannot both be true.

Events are grouped by (action, object, anchor), where the anchor is the pair of countries an event involves or one of
its other actors (with a name of two words or more); each group is sorted by date and swept once, so the work stays
near-linear in the number of events.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.types import ConflictX, EventRef, EventStatus, Precision
from sofa_desktop.extract.lang.en import COUNTRY_NAMES

_COUNTRIES = frozenset(fold(c) for c in COUNTRY_NAMES)
_MAX_KEYS = 64  # distinct (source, countries) pairs compared per cluster: keeps huge clusters cheap


def _anchors(ev: EventRef) -> Iterator[tuple[str, ...]]:
    names = sorted({fold(a) for a in ev.actors})
    countries = [n for n in names if n in _COUNTRIES]
    for a, b in ((a, b) for i, a in enumerate(countries) for b in countries[i + 1:]):
        yield ("countries", a, b)
    for n in names:
        if n not in _COUNTRIES and " " in n:  # "Senate" or a lone surname is no evidence of the same happening
            yield ("actor", n)


def find_conflicts(events: Sequence[EventRef]) -> list[ConflictX]:
    """Flag events of different sources about the same happening whose date ranges are disjoint."""
    groups: dict[tuple[str, str, tuple[str, ...]], list[EventRef]] = {}
    for ev in events:
        if (ev.date_start is None or ev.date_end is None or not ev.object or ev.status != EventStatus.REPORTED
                or ev.precision == Precision.UNKNOWN):
            continue
        for anchor in _anchors(ev):
            groups.setdefault((ev.action, ev.object, anchor), []).append(ev)
    seen: set[tuple[int, ...]] = set()
    out: list[ConflictX] = []
    for (action, obj, _anchor), members in sorted(groups.items(), key=lambda kv: kv[0]):
        if len({m.source_id for m in members}) < 2:
            continue
        for left, right in _adjacent_clusters(members):
            ids = tuple(sorted({e.id for e in left + right}))
            if ids not in seen:
                seen.add(ids)
                out.append(ConflictX(f"{action} of {obj}", ids, f"{_describe(left)} vs {_describe(right)}"))
    return out


def _adjacent_clusters(members: list[EventRef]) -> Iterator[tuple[list[EventRef], list[EventRef]]]:
    """Sort by start date, merge overlapping ranges into clusters, yield each pair of neighbouring clusters."""
    members = sorted(members, key=lambda e: (e.date_start, e.date_end, e.id))
    clusters: list[list[EventRef]] = []
    end = None
    for e in members:
        if clusters and end is not None and e.date_start <= end:  # type: ignore[operator]
            clusters[-1].append(e)
            end = max(end, e.date_end)  # type: ignore[type-var]
        else:
            clusters.append([e])
            end = e.date_end
    for left, right in zip(clusters, clusters[1:], strict=False):
        pair = _comparable(left, right)
        if pair is not None:
            yield pair


def _comparable(left: list[EventRef], right: list[EventRef]) -> tuple[list[EventRef], list[EventRef]] | None:
    """The events of each side that have a partner on the other side: another source, agreeing countries.

    Countries agree when one set lies within the other: Rubio signing with Ecuador and Rubio signing with
    Paraguay are two happenings, not one reported twice.
    """
    lk = list(dict.fromkeys((e.source_id, _countries(e)) for e in left))[:_MAX_KEYS]
    rk = list(dict.fromkeys((e.source_id, _countries(e)) for e in right))[:_MAX_KEYS]
    good = [(a, b) for a in lk for b in rk if a[0] != b[0] and (a[1] <= b[1] or b[1] <= a[1])]
    if not good:
        return None
    lkeys, rkeys = {a for a, _ in good}, {b for _, b in good}
    return ([e for e in left if (e.source_id, _countries(e)) in lkeys],
            [e for e in right if (e.source_id, _countries(e)) in rkeys])


def _countries(ev: EventRef) -> frozenset[str]:
    return frozenset(f for f in (fold(a) for a in ev.actors) if f in _COUNTRIES)


def _describe(events: list[EventRef]) -> str:
    start = min(e.date_start for e in events)  # type: ignore[type-var]
    end = max(e.date_end for e in events)  # type: ignore[type-var]
    span = f"{start}" if start == end else f"{start}–{end}"
    sources = ", ".join(str(s) for s in sorted({e.source_id for e in events}))
    return f"{span} (source {sources})"
