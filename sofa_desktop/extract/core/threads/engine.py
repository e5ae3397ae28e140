"""Threads: events of many sources (and languages) that report the same happening, grouped.

Rules, in order (tests/extract/test_threads_engine.py shows each):

1. **Blocks.** Only events with the same action family and object key are compared (``keys.block_key``: sign =
   inked = firmar; the deal = the SOFA = el pacto). This keeps the work near-linear: a report is compared with at
   most ``MAX_CANDIDATES`` threads of its block that share a participant with it. Events without an object share
   one block (``keys.CHOICE_BLOCK``), each family threaded apart, so that rules 7 and 7b can join them.
2. **Participants must not contradict, and a kind is not a thing.** Countries: one report's set lies within the
   other's (Rubio signing with Ecuador is not Rubio signing with Paraguay). Institutions and organisations: when
   both reports name some, they share one with the thread's agent (the institutions all its reports name: a Senate
   vote and a Chamber vote are two happenings, and a sentence naming both joins the one it fits in time), except
   in a person's choice or investiture (``keys.PERSONAL``), where an institution is the electing body or the venue
   ("sworn in at the National Congress", "asumió la Presidencia"), never a reason to split. People:
   with an object they are evidence for, never against (a sentence about a signing names whoever it likes); without
   one they are what the happening is about (two arrests on one day are two happenings). With an object, a report
   joins a thread only when it shares a participant with it (any country, institution or person) or names the same
   specific object ("SOFA", not "the deal"): "a pact was signed" with no one named, or a Mexico tariff deal and an
   IMF loan, are different happenings even though both are "sign|agreement". Among compatible threads the one
   sharing most wins. A report that names no one at all ("the agreement was approved by 28 votes") joins the one
   thread of its block told on its very day, and stands alone when none or several are.
3. **Time.** With an object (the agreement, the bill) a happening is one-off: reports that match on everything
   else are one thread even when their dates differ, and the dates are then a disagreement. Time splits such a
   thread only where two groups of reports are each told by at least ``STRONG`` independent witnesses and lie at
   least ``SPLIT_DAYS`` apart (a budget approved in 2024 and again in 2025); a lone far date is an outlier.
   Without an object (statements, meetings, visits: they recur) reports join only when their dates overlap.
4. **Undated reports** join only a thread they fit unambiguously (one candidate, one sharing more participants
   than any other, or else the one told latest in the week up to the report's publication day: an undated "has
   been elected" tells the election just before the article); otherwise they stand alone. An undated report never
   joins a thread whose reports all date it after the report's own publication day.
5. **Expected, then happened.** An expected report joins the thread of a happening reported on or after the day
   it was published (less ``EXPECTED_SLACK_DAYS``); an expectation published after every report of the happening
   is about a later one.
6. **Reworded acts.** A text is signed, then approved, then signed into law, and outlets tell the last act as
   "promulgated" or as "signed" (``keys.REWORDED``: one block). Each family is threaded apart; then a signing report
   whose date no other witness of its thread backs joins the enactment whose dates it shares; an expected signing
   that no signing thread took joins the first enactment on or after its day. **6b.** Leftovers of a one-off
   happening join its well-witnessed thread (``joins.absorb_leftovers``).
7. **Vague verbs** (``joins.join_vague``): an event stored under a verb no vocabulary lists ("convict",
   "garnered") or one that needs its object ("won", "held") joins the person's choice or investiture told on its
   day that shares a person or body with it. **7b.** Objectless threads told on one single day gather by their
   participants, the verb second (``joins.join_vague``): "made landfall", "struck" and "tocó tierra" on one Tuesday
   naming one island are one happening; two listed families (an arrest, a testimony) never are.
8. **Analysts' overrides** (move, merge, split, mark wrong) apply last, in the order they were made.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence

from sofa_desktop.extract.core.threads.consensus import consensus, overlaps, thread_title
from sofa_desktop.extract.core.threads.joins import SPLIT_DAYS, STRONG, absorb_leftovers, join_vague
from sofa_desktop.extract.core.threads.keys import CHOICE_BLOCK, PERSONAL, REWORDED, block_key, happening_key
from sofa_desktop.extract.core.threads.participants import Cluster, Profile, Profiles, compatible, shared
from sofa_desktop.extract.core.threads.types import Override, Report, ThreadX

MAX_CANDIDATES = 64  # threads compared per report (the latest sharing its rarest participants)
EXPECTED_SLACK_DAYS = 7
RECENT_DAYS = 7  # an undated report torn between threads takes one told this many days before it was published


def _time_fits(r: Report, c: Cluster, one_off: bool) -> bool:
    if r.status == "expected":
        return c.last_reported is None or r.published is None or (
            c.last_reported >= r.published - dt.timedelta(days=EXPECTED_SLACK_DAYS))
    if not r.dated:  # an undated past act: one its article could tell (not one reported only after it came out)
        return r.published is None or not c.ranges or min(s for s, _ in c.ranges) <= r.published
    return one_off or not c.ranges or _overlapping(r, c)


def _overlapping(r: Report, c: Cluster) -> bool:
    return r.dated and any(overlaps(r.date_start, r.date_end, s, e) for s, e in c.ranges)  # type: ignore[arg-type]


def _latest_before(r: Report, candidates: list[Cluster]) -> int | None:
    """Rule 4's tie-break: the index of the one candidate told latest in the ``RECENT_DAYS`` up to the day ``r``
    was published (an undated past act in the news is most likely the latest one), or None when no single one is."""
    if r.published is None:
        return None
    since = r.published - dt.timedelta(days=RECENT_DAYS)
    told = [(max(starts), i) for i, c in enumerate(candidates)
            if (starts := [s for s, _ in c.ranges if since <= s <= r.published])]
    if not told:
        return None
    told.sort(reverse=True)
    return told[0][1] if len(told) == 1 or told[0][0] > told[1][0] else None


def _order(r: Report, p: Profile) -> tuple:
    """Dated reports first, then undated, then expected ones; within each, those naming one institution first (a
    clear agent: a sentence naming two is placed by them), then those naming most participants."""
    phase = 2 if r.status == "expected" else 0 if r.dated else 1
    return (phase, len(p.institutions) != 1, -(len(p.persons) + (len(p.countries) > 1)), r.date_start or dt.date.max,
            r.id)


def _anonymous_fit(r: Report, clusters: list[Cluster], pool: Iterable[int]) -> list[tuple[int, int]]:
    """Rule 2's exception: a report of a one-off happening that names no one ("el acuerdo fue aprobado por 28
    votos") joins the one thread of its block told on its very day, and no thread when none or several are."""
    if not r.dated or r.date_start != r.date_end or r.status == "expected":
        return []
    same_day = [i for i in pool if r.date_start in clusters[i].days]
    return [(same_day[0], 0)] if len(same_day) == 1 else []


def _thread_block(reports: Sequence[Report], profiles: Profiles, one_off: bool, agents: bool = True
                  ) -> list[list[Report]]:
    """The threads of one block (rules 2-5); ``agents``: institutions name the agent (``participants.contradicts``)."""
    clusters: list[Cluster] = []
    index: dict[str, list[int]] = defaultdict(list)
    for r in sorted(reports, key=lambda r: _order(r, profiles[r.id])):
        p = profiles[r.id]
        anchors = p.anchors()
        pool: Iterable[int] = (dict.fromkeys(i for a in anchors for i in index[a][-MAX_CANDIDATES:])
                               if anchors else range(max(0, len(clusters) - MAX_CANDIDATES), len(clusters)))
        fits = [(i, shared(p, clusters[i])) for i in pool
                if compatible(p, clusters[i], one_off, agents) and _time_fits(r, clusters[i], one_off)]
        if one_off and p.anonymous:
            fits = _anonymous_fit(r, clusters, pool)
        fits.sort(key=lambda f: (-f[1], not _overlapping(r, clusters[f[0]]), -len(clusters[f[0]].members), f[0]))
        sure = r.dated or r.status == "expected" or len(fits) == 1 or (len(fits) > 1 and fits[0][1] > fits[1][1])
        if fits and not sure:
            latest = _latest_before(r, [clusters[i] for i, _ in fits])
            if latest is not None:
                fits, sure = [fits[latest]], True
        if fits and sure:
            target = fits[0][0]
        else:
            target = len(clusters)
            clusters.append(Cluster())
        clusters[target].add(r, p)
        for a in anchors:
            if not index[a] or index[a][-1] != target:
                index[a].append(target)
    out: list[list[Report]] = []
    for c in clusters:
        out.extend(_split_in_time(c.members))
    return out


def _split_in_time(members: list[Report]) -> list[list[Report]]:
    """Rule 3: split where two well-witnessed groups of dates lie far apart; everything else stays together."""
    dated = sorted((r for r in members if r.dated and r.status != "expected"), key=lambda r: (r.date_start, r.id))
    segments: list[list[Report]] = []
    end: dt.date | None = None
    for r in dated:
        if segments and end is not None and r.date_start <= end:  # type: ignore[operator]
            segments[-1].append(r)
            end = max(end, r.date_end)  # type: ignore[type-var]
        else:
            segments.append([r])
            end = r.date_end
    strong = [s for s in segments if len({r.witness for r in s}) >= STRONG]
    groups: list[list[Report]] = []
    for s in strong:
        if groups and (s[0].date_start - max(r.date_end for r in groups[-1])).days < SPLIT_DAYS:  # type: ignore
            groups[-1].extend(s)
        else:
            groups.append(list(s))
    if len(groups) < 2:
        return [members]
    starts = [min(r.date_start for r in g) for g in groups]  # type: ignore[type-var]
    ends = [max(r.date_end for r in g) for g in groups]  # type: ignore[type-var]
    placed = {r.id for g in groups for r in g}

    def nearest(day: dt.date) -> int:
        return min(range(len(groups)), key=lambda i: max((starts[i] - day).days, (day - ends[i]).days, 0))

    for r in members:
        if r.id in placed:
            continue
        if r.dated and r.status != "expected":
            groups[nearest(r.date_start)].append(r)  # type: ignore[arg-type]
        elif r.status == "expected" and r.published is not None:  # the first happening on or after its day
            later = [i for i in range(len(groups))
                     if starts[i] >= r.published - dt.timedelta(days=EXPECTED_SLACK_DAYS)]
            groups[later[0] if later else len(groups) - 1].append(r)
        elif r.published is not None:  # undated: the latest happening told before it was published
            before = [i for i in range(len(groups)) if starts[i] <= r.published]
            groups[before[-1] if before else 0].append(r)
        else:
            groups[0].append(r)
    return groups


def _reword(told: list[list[Report]], acts: list[list[Report]]) -> None:
    """Rule 6: move the reports of ``told`` (signing threads) that tell one of ``acts`` (enactment threads) there,
    in place: dated reports first, then expected ones (a misplaced dated report may have drawn them in)."""
    spans = sorted((r.date_start, r.date_end, i) for i, g in enumerate(acts) for r in g
                   if r.dated and r.status != "expected")
    begins = [s for s, _, _ in spans]
    longest = max((e - s for s, e, _ in spans), default=dt.timedelta(0))
    countries = [frozenset(k for r in g for k, kind in r.actors if kind == "country") for g in acts]
    slack = dt.timedelta(days=EXPECTED_SLACK_DAYS)

    def overlapping(start: dt.date, end: dt.date) -> set[int]:  # the acts told on a day of [start, end]
        lo, hi = bisect_left(begins, start - longest), bisect_right(begins, end)
        return {i for s, e, i in spans[lo:hi] if overlaps(start, end, s, e)}

    for expected in (False, True):
        for g in told:
            dated = [r for r in g if r.dated and r.status != "expected"]
            last = max((r.date_end for r in dated), default=None)  # type: ignore[type-var]
            for r in [r for r in g if (r.status == "expected") == expected]:
                if expected:
                    if r.published is None or (last is not None and last >= r.published - slack):
                        continue
                    fits = {i for _, _, i in spans[bisect_left(begins, r.published - slack):]}
                elif r.dated and not any(o.witness != r.witness and overlaps(
                        r.date_start, r.date_end, o.date_start, o.date_end) for o in dated):  # type: ignore[arg-type]
                    fits = overlapping(r.date_start, r.date_end)  # type: ignore[arg-type]
                else:
                    continue
                own = frozenset(k for k, kind in r.actors if kind == "country")
                fits = {i for i in fits if not (own and countries[i]) or own <= countries[i] or countries[i] <= own}
                if fits:
                    g.remove(r)
                    acts[max(fits, key=lambda i: (len(acts[i]), -i))].append(r)


def _apply(partition: list[list[Report]], overrides: Sequence[Override]) -> tuple[list[list[Report]], frozenset[int]]:
    """Rule 8: the analysts' overrides, in order; overrides naming an event not in ``partition`` are skipped."""
    where = {r.id: i for i, members in enumerate(partition) for r in members}
    by_id = {r.id: r for members in partition for r in members}
    groups = {i: list(members) for i, members in enumerate(partition)}
    wrong: set[int] = set()
    fresh = len(partition)

    def take(event_id: int) -> Report:
        groups[where[event_id]] = [r for r in groups[where[event_id]] if r.id != event_id]
        return by_id[event_id]

    for o in overrides:
        if not o.events or any(e not in where for e in o.events):
            continue
        if o.kind == "wrong":
            wrong.add(o.events[0])
        elif o.kind == "merge" and len(o.events) == 2 and where[o.events[0]] != where[o.events[1]]:
            keep, gone = where[o.events[0]], where[o.events[1]]
            for r in groups.pop(gone):
                where[r.id] = keep
                groups[keep].append(r)
        elif o.kind == "move":
            r = take(o.events[0])
            if len(o.events) > 1:
                target = where[o.events[1]]
            else:
                target, fresh = fresh, fresh + 1
                groups[target] = []
            groups[target].append(r)
            where[r.id] = target
        elif o.kind == "split":
            target, fresh = fresh, fresh + 1
            groups[target] = [take(e) for e in dict.fromkeys(o.events)]
            for e in o.events:
                where[e] = target
    return [g for g in groups.values() if g], frozenset(wrong)


def make_thread(members: Sequence[Report], wrong: frozenset[int] = frozenset()) -> ThreadX:
    """A thread of ``members``: consensus, roles and title."""
    members = sorted(members, key=lambda r: r.id)
    c = consensus(members, wrong)
    blocks = [block_key(r.action, r.object) for r in members]
    block = max(dict.fromkeys(blocks), key=blocks.count)
    return ThreadX(block, tuple(r.id for r in members), tuple(sorted(c.roles.items())), thread_title(members, c.roles),
                   c.start, c.end, c.precision, c.witnesses, c.status)


def build_threads(reports: Sequence[Report], overrides: Sequence[Override] = ()) -> list[ThreadX]:
    """Thread ``reports`` (rules 1-8 above); every report is in exactly one thread, alone if nothing matches."""
    blocks: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        blocks[block_key(r.action, r.object)].append(r)
    profiles = Profiles(reports)
    partition: list[list[Report]] = []
    for key in sorted(blocks):
        families: dict[str, list[Report]] = defaultdict(list)
        for r in blocks[key]:
            families[happening_key(r.action, r.object)[0]].append(r)
        one_off = not key.endswith("|")
        threaded = {f: _thread_block(rs, profiles, one_off, f not in PERSONAL) for f, rs in sorted(families.items())}
        for family, into in REWORDED.items():
            if family in threaded and into in threaded:
                _reword(threaded[into], threaded[family])
        for f, groups in threaded.items():
            groups = [g for g in groups if g]
            threaded[f] = absorb_leftovers(groups, profiles, f not in PERSONAL) if one_off else groups
        groups = [g for gs in threaded.values() for g in gs]
        partition.extend(join_vague(groups, profiles) if key == CHOICE_BLOCK else groups)
    partition, wrong = _apply(partition, overrides)
    threads = [make_thread(members, wrong) for members in partition]
    return sorted(threads, key=lambda t: (t.date_start or dt.date.max, t.block, t.events))
