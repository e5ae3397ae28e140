"""Participants of reports and of threads being built: who a report names, by kind, and whether it fits a thread.

Countries must not contradict (one set within the other); institutions and organisations name the agent (a Senate
vote and a Chamber vote are two happenings); people are evidence for a thread with an object and what the happening
is about without one (engine rule 2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sofa_desktop.extract.core.threads.keys import specific_object
from sofa_desktop.extract.core.threads.types import Report

_INSTITUTIONS = frozenset({"institution", "organization"})


class Cluster:
    """A thread being built: its members and the union of their participants."""

    __slots__ = ("members", "countries", "institutions", "persons", "named", "specifics", "ranges", "last_reported",
                 "days", "tellers")

    def __init__(self) -> None:
        self.members: list[Report] = []
        self.countries: frozenset[str] = frozenset()
        self.institutions: set[str] = set()
        self.persons: set[str] = set()
        self.named: set[str] = set()  # every participant any member names
        self.specifics: set[str] = set()
        self.ranges: list[tuple[dt.date, dt.date]] = []
        self.last_reported: dt.date | None = None
        self.days: set[dt.date] = set()  # the single days its reports give ("on Tuesday", "el 4 de marzo")
        self.tellers: set[int] = set()  # the witnesses of its reports that say it happened

    @classmethod
    def of(cls, members: list[Report], profiles: Profiles) -> Cluster:
        """The cluster of ``members`` (a finished thread)."""
        c = cls()
        for r in members:
            c.add(r, profiles[r.id])
        return c

    @property
    def witnesses(self) -> int:
        """Independent tellings that say it happened."""
        return len(self.tellers)

    def add(self, r: Report, profile: Profile) -> None:
        self.members.append(r)
        if r.status != "expected":
            self.tellers.add(r.witness)
        self.countries = self.countries | profile.countries
        if profile.institutions:  # the agent: the institutions every member that names some names
            self.institutions = self.institutions & profile.institutions if self.institutions else set(
                profile.institutions)
        self.persons |= profile.persons
        self.named |= profile.countries | profile.institutions | profile.persons
        if profile.specific:
            self.specifics.add(profile.specific)
        if r.dated and r.status != "expected":
            self.ranges.append((r.date_start, r.date_end))  # type: ignore[arg-type]
            if r.date_start == r.date_end:
                self.days.add(r.date_start)  # type: ignore[arg-type]
            if self.last_reported is None or r.date_end > self.last_reported:  # type: ignore[operator]
                self.last_reported = r.date_end


class Profile:
    """A report's participants by kind."""

    __slots__ = ("countries", "institutions", "persons", "specific", "bodies")

    def __init__(self, r: Report) -> None:
        self.countries = frozenset(k for k, kind in r.actors if kind == "country")
        self.institutions = {k for k, kind in r.actors if kind in _INSTITUTIONS}
        self.bodies = {k for k, kind in r.actors if kind == "institution"}  # not parties nor companies
        self.persons = {k for k, kind in r.actors if kind == "person"}
        self.specific = specific_object(r.object)

    @property
    def anonymous(self) -> bool:
        """Names no participant and no specific object: "the agreement was approved by 28 votes"."""
        return not (self.countries or self.institutions or self.persons or self.specific)

    def anchors(self) -> list[str]:
        named = [*sorted(self.institutions), *sorted(self.persons), *sorted(self.countries)]
        return [*named, f"\0{self.specific}"] if self.specific else named


class Profiles(dict[int, Profile]):
    """Reports' profiles by report id, made on first use (a report is profiled once however often it is placed)."""

    def __init__(self, reports: Iterable[Report]) -> None:
        super().__init__()
        self._reports = {r.id: r for r in reports}

    def __missing__(self, report_id: int) -> Profile:
        p = self[report_id] = Profile(self._reports[report_id])
        return p


def contradicts(p: Profile, c: Cluster, agents: bool = True) -> bool:
    """Whether a report names other countries than a thread (neither set within the other) or, when institutions
    are the agents of its kind of happening (``agents``), only institutions the thread's agent is not."""
    if p.countries and c.countries and not (p.countries <= c.countries or c.countries <= p.countries):
        return True
    return agents and bool(p.institutions and c.institutions) and p.institutions.isdisjoint(c.institutions)


def compatible(p: Profile, c: Cluster, one_off: bool, agents: bool = True) -> bool:
    """Whether a report may join a thread (engine rule 2); ``agents``: see ``contradicts`` (False for a person's
    choice or investiture, where an institution named is the electing body or the venue: "sworn in at the National
    Congress", "le impuso la banda en el Senado")."""
    if contradicts(p, c, agents):
        return False
    if one_off and p.anonymous:  # see _anonymous_fit
        return False
    if one_off:  # a kind of object ("a pact") is one happening only with someone in common
        return (bool(p.specific) and p.specific in c.specifics) or not c.named.isdisjoint(
            p.countries | p.institutions | p.persons)
    return not (p.persons and c.persons and p.persons.isdisjoint(c.persons))


def shared(p: Profile, c: Cluster) -> int:
    return len(p.institutions & c.institutions) + len(p.persons & c.persons) + (
        2 if len(p.countries) > 1 and p.countries <= c.countries else 0)
