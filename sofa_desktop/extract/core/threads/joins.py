"""Joining threads after each block is threaded (engine rules 6b and 7).

**Leftovers of a one-off happening (rule 6b).** Within one family and object, a thread ends up apart from the
well-witnessed thread of its happening when it was drawn elsewhere first (a report sharing a person with a later act,
moved out by rule 6, leaves its companions behind) or names other people ("Peña and Trump signed it in December"
beside "Rubio and Ramírez signed it on Monday"). Such a thread joins a thread told by at least ``STRONG`` witnesses
and by more witnesses than itself when none of its reports contradicts that thread's participants, one of them
shares a participant with it, and every date it gives lies within ``SPLIT_DAYS`` of that thread's dates, its most
precise one (a month at most) within that of one of the thread's own dates of a month or less (rule 3: a one-off
happening's far dates are a disagreement only when well witnessed).

**Vague verbs (rule 7).** An event the extractor stored under a verb no vocabulary lists ("convict" for the sash
handed over at an inauguration, "garnered" for the votes that elected a prime minister, "complete" for the chamber
that "completed the legislative circuit"), or under a verb that names a happening only with its object ("won",
"held" without the election or the post), says little about which happening it tells. A thread of such reports joins
the thread of a listed family told on the very day its reports give that shares a person or a public body with one
of them (not only a country or a party: many happenings share those): the one told by the most witnesses, when no
other is told by as many. A vague report that names no one ("the polls closed at six") joins the one such thread of
its day, and none when there are several. Expected reports never join this way (an expected act is not the act).
An investiture told only on the day its person was chosen (elected and sworn in on one Tuesday) joins that choice.

**One day, the same participants, the verb second (rule 7b).** Outlets tell one happening in many words, and an
extractor keeps many of them as they are: "made landfall", "struck", "tocó tierra", "azotó" (stored as 'made',
'attack', 'act') on one Tuesday, naming the same island. Threads of objectless reports told on one single day gather
when they share a participant (a country, a body, a person), name the same people (or one names some of the other's:
people are what an objectless happening is about, so "Holness declared" is not "the storm struck") and do not tell
two different listed families (an arrest and a testimony of one man on one day stay two). Threads of listed families
are placed first, the best witnessed first; a thread that fits two told equally often joins neither. A thread naming
no one joins the thread holding a report of its own article (the article's happening of that day), the best
witnessed when there are several and one is told more often.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sofa_desktop.extract.core.threads.keys import CHOICE_FAMILIES, PERSONAL, VAGUE_WITHOUT_OBJECT, happening_key, vague
from sofa_desktop.extract.core.threads.participants import Cluster, Profiles, contradicts
from sofa_desktop.extract.core.threads.types import Report

STRONG = 2  # witnesses that make a group of dates a happening of its own (engine rule 3)
SPLIT_DAYS = 30  # the least gap between two such groups of one-off happenings
MONTH = 31  # days a range may span to place a leftover (a year says too little)


def _within(r: Report, c: Cluster, days: int) -> bool:
    """Whether ``r``'s range lies within ``days`` of one of ``c``'s dated reports."""
    gap = dt.timedelta(days=days)
    return any(r.date_start <= e + gap and s <= r.date_end + gap for s, e in c.ranges)  # type: ignore[operator]


def _buckets(start: dt.date, end: dt.date, margin: int = 0) -> range:
    """The ``SPLIT_DAYS``-long spans of time that ``[start - margin, end + margin]`` touches."""
    return range((start.toordinal() - margin) // SPLIT_DAYS, (end.toordinal() + margin) // SPLIT_DAYS + 1)


def _precise(ranges: list[tuple[dt.date, dt.date]]) -> set[tuple[dt.date, dt.date]]:
    """A thread's ranges of a month or less (all of them when it has none): where its happening is told to be."""
    return {(s, e) for s, e in ranges if (e - s).days <= MONTH} or set(ranges)


def absorb_leftovers(groups: list[list[Report]], profiles: Profiles, agents: bool = True) -> list[list[Report]]:
    """Rule 6b over the threads of one one-off family (see the module docstring); ``agents``: see
    ``participants.contradicts``. Candidates are found through an index of the well-witnessed threads by
    participant and time span, so the work grows with the threads, not with their pairs."""
    tellers = [len({r.witness for r in g if r.status != "expected"}) for g in groups]
    big = {j: Cluster.of(g, profiles) for j, g in enumerate(groups) if tellers[j] >= STRONG}
    if not big:
        return groups
    index: dict[tuple[str, int], list[int]] = defaultdict(list)
    for j, c in big.items():
        spans = {b for s, e in _precise(c.ranges) for b in _buckets(s, e, SPLIT_DAYS)}
        for key in c.named:
            for b in spans:
                index[key, b].append(j)
    gone: set[int] = set()
    most = max(c.witnesses for c in big.values())
    for i in sorted(range(len(groups)), key=lambda i: (tellers[i], -len(groups[i]), i)):
        members = big[i].members if i in big else groups[i]
        witnesses = big[i].witnesses if i in big else tellers[i]
        if witnesses >= most:
            break
        dated = [r for r in members if r.dated and r.status != "expected"]
        anchor = min(dated, key=lambda r: r.date_end - r.date_start, default=None)  # type: ignore[operator]
        if anchor is None or (anchor.date_end - anchor.date_start).days > MONTH:  # type: ignore[operator]
            continue  # undated, or dated by a year at best: too little to place it
        spans = _buckets(anchor.date_start, anchor.date_end)  # type: ignore[arg-type]
        named = {k for r in members for k, _ in r.actors}
        fits = sorted((j for j in {j for key in named for b in spans for j in index.get((key, b), ())}
                       if j != i and j not in gone and big[j].witnesses > witnesses
                       and all(_within(r, big[j], SPLIT_DAYS) for r in dated)
                       and not any(contradicts(profiles[r.id], big[j], agents) for r in members)),
                      key=lambda j: (-big[j].witnesses, j))
        if not fits or (len(fits) > 1 and big[fits[0]].witnesses == big[fits[1]].witnesses):
            continue
        for r in members:
            big[fits[0]].add(r, profiles[r.id])
        most = max(most, big[fits[0]].witnesses)
        gone.add(i)
    return [big[i].members if i in big else g for i, g in enumerate(groups) if i not in gone]


def _vague(r: Report) -> str | None:
    """The family a vague report may join ("" for any of ``PERSONAL``), None when the report is not vague: a bare
    "won" or "held" joins only an election."""
    if not vague(r.action, r.object):
        return None
    family = happening_key(r.action, r.object)[0]
    return CHOICE_FAMILIES.get(family, "") if family in VAGUE_WITHOUT_OBJECT else ""


def _family(c: Cluster) -> str:
    families = [happening_key(r.action, r.object)[0] for r in c.members]
    return max(dict.fromkeys(families), key=families.count)


def join_vague(partition: list[list[Report]], profiles: Profiles) -> list[list[Report]]:
    """Rules 7 and 7b over the threads of the choice block (``keys.CHOICE_BLOCK``; see the module docstring): vague
    reports join the thread of their day; objectless threads of one day gather by participants."""
    clusters = [Cluster.of(g, profiles) for g in partition]
    wants = [{_vague(r) for r in c.members} for c in clusters]
    loose = [None not in w for w in wants]
    into = [next(iter(w - {""}), "") if len(w - {""}) <= 1 else None for w in wants]  # the family it may join
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        if not loose[i] and _family(c) in PERSONAL:
            for day in c.days:
                by_day[day].append(i)
    bodies: dict[int, set[str]] = {}
    for i, c in enumerate(clusters):
        if not loose[i] or into[i] is None:
            continue
        moved: dict[int, int] = {}  # report id -> the cluster it joins
        for r in c.members:
            if r.status != "reported" or not r.dated or r.date_start != r.date_end:
                continue
            p = profiles[r.id]
            near = [j for j in by_day.get(r.date_start, ())  # type: ignore[arg-type]
                    if (p.anonymous or not (clusters[j].persons.isdisjoint(p.persons)
                                            and _bodies(clusters[j], j, bodies).isdisjoint(p.bodies)))
                    and not contradicts(p, clusters[j], agents=False) and into[i] in ("", _family(clusters[j]))]
            near.sort(key=lambda j: -clusters[j].witnesses)
            clear = len(near) > 1 and not p.anonymous and clusters[near[0]].witnesses > clusters[near[1]].witnesses
            if len(near) == 1 or clear:
                moved[r.id] = near[0]
        if len(set(moved.values())) == 1 and all(r.id in moved or (r.status == "reported" and not r.dated)
                                                  for r in c.members):  # undated companions follow
            moved = dict.fromkeys((r.id for r in c.members), next(iter(moved.values())))
        for r in [r for r in c.members if r.id in moved]:
            clusters[moved[r.id]].add(r, profiles[r.id])
            c.members.remove(r)
        if moved:
            clusters[i] = Cluster.of(c.members, profiles)  # its participants and days without the reports that left
    _same_day_investitures(clusters, by_day, profiles)
    return _gather_days([c for c in clusters if c.members], profiles)


def _same_day_investitures(clusters: list[Cluster], by_day: dict[dt.date, list[int]], profiles: Profiles) -> None:
    """An investiture told only on the day its person was chosen (a prime minister elected and taking office on the
    same Tuesday) joins that election's thread, when one alone is told that day with that person."""
    for i, c in enumerate(clusters):
        if not c.members or len(c.days) != 1 or _family(c) != "take office":
            continue
        day = next(iter(c.days))
        if any(r.dated and r.status != "expected" and r.date_start != r.date_end for r in c.members):
            continue
        near = [j for j in by_day.get(day, ()) if j != i and clusters[j].members
                and _family(clusters[j]) == "elect" and not clusters[j].persons.isdisjoint(c.persons)]
        if len(near) == 1:
            for r in c.members:
                clusters[near[0]].add(r, profiles[r.id])
            c.members.clear()


def _bodies(c: Cluster, i: int, seen: dict[int, set[str]]) -> set[str]:
    """The public bodies (institutions, not parties) any member of ``c`` (the ``i``-th cluster) names."""
    if i not in seen:
        seen[i] = {k for r in c.members for k, kind in r.actors if kind == "institution"}
    return seen[i]


def _single_day(members: list[Report]) -> dt.date | None:
    """The one day every dated report of ``members`` gives, None when they give none, several, or a longer range."""
    days = {(r.date_start, r.date_end) for r in members if r.dated and r.status == "reported"}
    if len(days) != 1:
        return None
    start, end = next(iter(days))
    return start if start == end else None


def _known(members: list[Report]) -> str | None:
    """The family most of ``members`` tell, None when all are vague; a bare "won" or "held" tells an election."""
    families = [happening_key(r.action, r.object)[0] if (v := _vague(r)) is None else v for r in members]
    families = [f for f in families if f]
    return max(dict.fromkeys(families), key=families.count) if families else None


def _same_people(a: Cluster, b: Cluster) -> bool:
    """Both name the same people, or one names some of the other's (never one none and the other some)."""
    return a.persons == b.persons or bool(a.persons and b.persons and (a.persons <= b.persons
                                                                        or b.persons <= a.persons))


def _main_days(c: Cluster) -> list[dt.date]:
    """The single days most of a thread's witnesses give (a thread with a far report is still told on its day)."""
    tellers: dict[dt.date, set[int]] = defaultdict(set)
    for r in c.members:
        if r.dated and r.status == "reported" and r.date_start == r.date_end:
            tellers[r.date_start].add(r.witness)  # type: ignore[index]
    most = max((len(w) for w in tellers.values()), default=0)
    return [d for d, w in tellers.items() if len(w) == most]


def _gather_days(clusters: list[Cluster], profiles: Profiles) -> list[list[Report]]:
    """Rule 7b (module docstring) over the threads of the choice block: a thread of objectless reports told on one
    single day joins an objectless thread told on that day (among others, maybe) that shares its participants, the
    verb second: two threads of different listed families never join."""
    dated = [i for i, c in enumerate(clusters) if c.days and all(not happening_key(r.action, r.object)[1]
                                                                 for r in c.members)]
    families = {i: _known(clusters[i].members) for i in dated}
    by_day: dict[dt.date, list[int]] = defaultdict(list)  # the threads kept, by the days they are told on
    gone: set[int] = set()
    unnamed: list[tuple[int, dt.date]] = []
    for i in sorted(dated, key=lambda i: (families[i] is None, -clusters[i].witnesses, i)):
        b, day = clusters[i], _single_day(clusters[i].members)
        if day is not None and not b.named:
            unnamed.append((i, day))
            continue
        fits = [] if day is None else sorted(
            (j for j in by_day[day] if not clusters[j].named.isdisjoint(b.named) and _same_people(clusters[j], b)
             and not (families[i] and families[j] and families[i] != families[j])
             and not any(contradicts(profiles[r.id], clusters[j], agents=False) for r in b.members)),
            key=lambda j: -clusters[j].witnesses)
        if len(fits) > 1 and clusters[fits[0]].witnesses == clusters[fits[1]].witnesses:
            fits = []  # torn between two happenings told as often: neither
        if fits:
            for r in b.members:
                clusters[fits[0]].add(r, profiles[r.id])
            families[fits[0]] = families[fits[0]] or families[i]
            gone.add(i)
        else:
            for d in _main_days(b):
                by_day[d].append(i)
    told = defaultdict(list)  # every day a kept thread is told on: an unnamed report's article telling it that day
    for j in {j for js in by_day.values() for j in js} - gone:
        for d in clusters[j].days:
            told[d].append(j)
    for i, day in unnamed:
        own = {r.source_id for r in clusters[i].members}
        into = sorted((j for j in told[day] if any(r.source_id in own and r.date_start == r.date_end == day
                                                   for r in clusters[j].members)),
                      key=lambda j: -clusters[j].witnesses)
        if len(into) == 1 or (len(into) > 1 and clusters[into[0]].witnesses > clusters[into[1]].witnesses):
            for r in clusters[i].members:
                clusters[into[0]].add(r, profiles[r.id])
            gone.add(i)
    return [c.members for i, c in enumerate(clusters) if i not in gone]
