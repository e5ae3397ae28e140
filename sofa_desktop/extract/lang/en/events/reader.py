"""Reading one sentence around an event word: subject, object, patient, actors, nearby dates, noun uses."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from sofa_desktop.extract.core.phrases import Hit
from sofa_desktop.extract.core.sentences import Layout, Quote
from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.actors import ActorTable
from sofa_desktop.extract.lang.en.coref import PERSON, Ref
from sofa_desktop.extract.lang.en.dates import DateExpr
from sofa_desktop.extract.lang.en.events.patterns import (
    ASIDE,
    DATE_NOUN_GAP,
    DETERMINER,
    DETERMINER_ADJ,
    MODAL_BEFORE,
    MODAL_ONLY,
    NOUN_DATE_GAP,
    NOUNISH,
    PERIODS,
    REL_OPEN,
    RELATIVE,
    STATEMENT,
    TITLE_GAP,
    WHEN_CLAUSE,
    speaks_for_country,
)
from sofa_desktop.extract.lang.en.quotes import Attribution

_DETERMINER_ADVERB = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)\s+[a-z]+ly\s+$", re.IGNORECASE)
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\s+$")
_ADJECTIVE_SLOT = re.compile(r"(?:through|across|along|over|past|with|into|onto|via|around|among|from|[a-z]{3,}ed)$")
_NOUN_NEXT = re.compile(r"\s+(?!(?:the|a|an|his|her|its|their|them|him|it|by|to|in|on|at|for|with|from|and|or|"
                        r"as|after|before|during|since|until|over|off|out|up|down|back|into|that)\b)[a-z]+")
_FIGURE_NEXT = re.compile(r"\s+[$€£\d]")  # "a previously announced $2 billion deal"
_PREPOSITION_NEXT = re.compile(r"\s+(?:in|of|at|for|on|with|during|over|by)\b")
_COUNT = re.compile(r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
                    r"thousands|several|many|few|more")
# "is scheduled to be sentenced": a plan for the verb, not a name for it ("asked not to be named")
_SCHEDULED_TO_BE = re.compile(r"\b(?:scheduled|set|expected|due|slated|is|are|was|were)\s+to be $")
_AND_PARTNER = re.compile(r"\s+and\s+(?:[\w.’'-]+\s+){0,3}")  # "X and Y", "X and Republican Sen. Y"


class SentenceReader:
    """What a sentence says around an event word: its subject, object, actors and the dates next to it."""

    def __init__(self, text: str, lay: Layout, table: ActorTable, refs: list[Ref],
                 quotes: list[tuple[Quote, Attribution]], dates: list[DateExpr], pub: dt.date | None,
                 kw: dict[str, list[Hit]]) -> None:
        self.text, self.lay, self.table, self.refs, self.pub, self.kw = text, lay, table, refs, pub, kw
        self.quotes = quotes
        self.q_opens = [q.open for q, _ in quotes]
        self.dates = dates
        self.d_starts = [d.start for d in dates]
        self.r_starts = [r.start for r in refs]
        self.mentions = sorted(((c.start, c.end, a) for c, a in table.assigned), key=lambda m: m[0])
        self.m_starts = [m[0] for m in self.mentions]
        self._statement: dict[int, bool] = {}

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_opens, pos) - 1
        return i >= 0 and self.quotes[i][0].open < pos < self.quotes[i][0].close

    def _in_relative_clause(self, m: Hit, d: DateExpr, ss: int) -> bool:
        """ "X, who led the country from 2010 to 2014, said": the date belongs to the relative clause."""
        rel = REL_OPEN.search(self.text, max(ss, d.start - 80), d.start)
        return rel is not None and not rel.start() < m.start() < d.end

    def _same_paragraph(self, a: int, b: int) -> bool:
        paras = self.lay.paragraphs
        i = bisect.bisect_right(paras, (a, len(self.text) + 1)) - 1
        return i >= 0 and paras[i][0] <= a and b < paras[i][1]

    def _patient(self, a: int, se: int, person: bool = False) -> str | None:
        """The named actor (a person, if ``person``) right after a verb, past a few title words ("former ... ")."""
        i = bisect.bisect_left(self.r_starts, a)
        ref = self.refs[i] if i < len(self.refs) else None
        if ref is not None and ref.start < se and ref.actor is not None and ref.rtype == "name" and (
                not person or ref.kind == PERSON) and TITLE_GAP.fullmatch(self.text, a, ref.start):
            return self.refs[i].actor.name
        return None

    def _has_statement(self, ss: int, se: int) -> bool:
        """Whether the sentence mentions a statement, interview or press conference (searched once per sentence)."""
        if ss not in self._statement:
            self._statement[ss] = STATEMENT.search(self.text, ss, se) is not None
        return self._statement[ss]

    def _noun_use(self, t: Hit, body_start: int) -> bool:
        """True when a trigger word is used as a noun ("the vote", "the final vote", "an official visit")."""
        if t.group()[:1].isupper() and _NAME_WORD_BEFORE.search(self.text, max(body_start, t.start() - 30),
                                                                  t.start()):
            return True  # "Grants Pass", "Tilly Rose": a capitalised word inside a name
        if t.group().lower() in MODAL_ONLY:
            return not MODAL_BEFORE.search(self.text, max(body_start, t.start() - 12), t.start())
        if DETERMINER.search(self.text, max(body_start, t.start() - 8), t.start()) or self.text[
                t.start() - 1:t.start()] == "-" or self.text.endswith(("'s ", "’s "), 0, t.start()) or (
                self.text.endswith("to be ", 0, t.start()) and not _SCHEDULED_TO_BE.search(
                    self.text, max(body_start, t.start() - 30), t.start())):
            return True  # "the vote", "president-elect", "asked not to be named", "Guanipa's release"
        before = self.text[max(body_start, t.start() - 20):t.start()].split()
        if before and t.group().endswith("ed") and " " not in t.group() and _ADJECTIVE_SLOT.match(
                before[-1]) and _NOUN_NEXT.match(self.text, t.end()):
            return True  # "battled blocked roads", "through flooded streets": a participle describing a noun
        if len(before) >= 3 and t.group().endswith("ed") and t.group().islower() and before[-1].isalpha() and before[
                -1].islower() and before[-3].lower() in (
                "of", "for", "with", "against", "among") and (_COUNT.fullmatch(before[-2].lower()) or before[
                -2].lower() in ("the", "a", "an")) and _PREPOSITION_NEXT.match(self.text, t.end()):
            return True  # "an appeal of one of two men convicted in a case": a participle after a preposition's noun
        if before and t.group().endswith("ed") and " " not in t.group() and _COUNT.fullmatch(
                before[-1].lower()) and _NOUN_NEXT.match(self.text, t.end()):
            return True  # "three blocked shots", "12 injured people": a participle describing what is counted
        if t.group().endswith("ed") and _DETERMINER_ADVERB.search(self.text, max(body_start, t.start() - 30),
                                                                    t.start()) and (
                _NOUN_NEXT.match(self.text, t.end()) or _FIGURE_NEXT.match(self.text, t.end())):
            return True  # "a previously announced $2 billion deal": an adjective ("the assembly ratified the": a verb)
        if before and before[-1].lower() in ("press", "news", "prison", "hostage", "data", "film", "product"):
            return True  # "see press release", "the hostage release": a noun
        if before and before[-1].lower() in lx.STATEMENT_NOUNS and not self.text.startswith(" by ", t.end()):
            return True  # "a statement released days before": a participle describing the statement
        if before and before[-1].lower() in PERIODS and t.group().lower() in ("ended", "ending", "ends"):
            return True  # "the first quarter ended May 3": a period, no event
        return t.group().lower() in NOUNISH and bool(
            DETERMINER_ADJ.search(self.text, max(body_start, t.start() - 30), t.start())) and not bool(
            MODAL_BEFORE.search(self.text, max(body_start, t.start() - 12), t.start()))  # "members would hold"

    def _trigger_between(self, m: Hit, d: DateExpr) -> bool:
        """True when another event verb stands between trigger ``m`` and date ``d`` (that verb owns the date)."""
        a, b = (m.end(), d.start) if d.start >= m.end() else (d.end, m.start())
        i = bisect.bisect_left(self.t_starts, a)
        if i < len(self.t_starts) and self.t_starts[i] < b and not ASIDE.fullmatch(self.text, a, b):
            return True  # unless the verbs between sit in an aside: "pardoned X, who was sentenced in 2024, on Dec. 1"
        if d.start < m.start() and not WHEN_CLAUSE.match(self.text, d.end, m.start()):
            # "Lula, who took office in January 2023, said ...": the date belongs to the verb of its own clause
            j = bisect.bisect_left(self.t_starts, d.start) - 1
            return j >= 0 and d.start - self.t_starts[j] < 60 and not any(
                ch in self.text[self.t_starts[j]:d.start] for ch in ",;.!?")
        return False

    def _date_next_to(self, n: Hit, se: int) -> DateExpr | None:
        """The date right after a noun ("strike on Dec. 4") or right before it ("Sunday's election")."""
        i = bisect.bisect_left(self.d_starts, n.end())
        if i < len(self.dates) and self.dates[i].start < se and NOUN_DATE_GAP.fullmatch(
                self.text, n.end(), self.dates[i].start):
            return self.dates[i]
        if i > 0 and DATE_NOUN_GAP.fullmatch(self.text, self.dates[i - 1].end, n.start()):
            return self.dates[i - 1]
        return None

    def _object(self, m: Hit, ss: int, se: int) -> Hit | None:
        i = bisect.bisect_left(self.o_starts, m.end())
        if i < len(self.objects) and self.objects[i].start() < se:
            return self.objects[i]
        j = bisect.bisect_left(self.o_starts, m.start()) - 1
        return self.objects[j] if j >= 0 and self.objects[j].start() >= ss else None

    def _actors(self, ss: int, se: int) -> tuple[str, ...]:
        names: dict[str, None] = {}
        for s, _, a in self.mentions[bisect.bisect_left(self.m_starts, ss):bisect.bisect_left(self.m_starts, se)]:
            if not self._in_quote(s):
                names[a.name] = None
        for r in self.refs[bisect.bisect_left(self.r_starts, ss):bisect.bisect_left(self.r_starts, se)]:
            if r.actor is not None and r.rtype != "name":
                names[r.actor.name] = None
        for _q, att in self.quotes[bisect.bisect_left(self.q_opens, ss):bisect.bisect_left(self.q_opens, se)]:
            for a in att.speakers:
                names[a.name] = None
        for name in list(names):  # a minister's country takes part in what the minister does
            actor = self.table.actors.get(name)
            if actor is not None and actor.country and actor.kind == "person" and actor.role is not None and (
                    actor.country in self.table.actors or speaks_for_country(actor.role)):
                names[self.table.country(actor.country).name] = None
        return tuple(names)

    def _subject(self, m: Hit, ss: int, se: int) -> str | None:
        refs = self.refs[bisect.bisect_left(self.r_starts, ss):bisect.bisect_left(self.r_starts, se)]
        if self.text.startswith(" by ", m.end()):
            clause_end = min((k for k in (self.text.find(",", m.end(), se), se) if k >= 0), default=se)
            agent = [r for r in refs if m.end() < r.start < min(clause_end, m.end() + 40) and r.actor is not None]
            if agent:
                return agent[0].actor.name
        before = [r for r in refs if r.start < m.start() and r.actor is not None and not self._in_quote(r.start)]
        rel = max(RELATIVE.finditer(self.text, ss, m.start()), key=lambda r: r.start(), default=None)
        if rel is not None and not any(ch in self.text[rel.end():m.start()] for ch in ",;") and (
                owner := [r for r in before if r.end <= rel.start()]):
            return owner[-1].actor.name  # type: ignore[union-attr]  # "Guanipa, who was arrested": Guanipa
        if before:
            i = max((k for k, r in enumerate(before) if r.kind != "country"), default=len(before) - 1)
            if i > 0 and RELATIVE.search(self.text, before[0].end, m.start()) and before[0].kind != "country":
                i = 0  # "Boluarte, who took office after Castillo was ousted, said": the subject comes first
            names = [before[i].actor.name]  # type: ignore[union-attr]
            while i > 0 and _AND_PARTNER.fullmatch(self.text, before[i - 1].end, before[i].start):
                i -= 1
                names.insert(0, before[i].actor.name)  # type: ignore[union-attr]
            return " and ".join(dict.fromkeys(names))
        for _q, att in self.quotes[bisect.bisect_left(self.q_opens, ss):bisect.bisect_left(self.q_opens, se)]:
            if att.speakers:
                return att.speakers[0].name
        return None
