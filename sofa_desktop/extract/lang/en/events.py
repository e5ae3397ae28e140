"""Events: sentences that report a signing, vote, approval, statement, visit ... with actors, object and date."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from sofa_desktop.extract.core.phrases import Hit
from sofa_desktop.extract.core.sentences import Layout, Quote
from sofa_desktop.extract.core.types import DateX, EventStatus, EventX, Precision
from sofa_desktop.extract.lang.en import factuality as fact
from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.actors import ActorTable
from sofa_desktop.extract.lang.en.coref import PERSON, Ref
from sofa_desktop.extract.lang.en.dates import DateExpr, ahead_before, behind_before, days_after, relative_to, resolve
from sofa_desktop.extract.lang.en.quotes import Attribution
from sofa_desktop.extract.lang.en.titles import MAX_TITLE, TRANSITIVE, event_title, noun_title
from sofa_desktop.extract.lang.en.vocab import NOUN_ACTION, OBJECT_CLASS, TRIGGER_ACTION

_FUTURE = re.compile(r"\b(?:will|would|expected to|scheduled to|set to|plan(?:s|ned)? to|planning to|"
                     r"intend(?:s|ed)? to|expects? to|due to|aims? to|hop(?:es|ed)? to|awaits|could|may|might|"
                     r"going to|to be|"
                     r"promised to|pledged to|vowed to|seeks? to|wants? to|is to|are to|slated to|poised to)\b"
                     r"[^,.;]{0,25}$", re.IGNORECASE)
_STATEMENT = re.compile(r"\bstatement\b|\bpress conference\b|\bcommuniqu|\binterview\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|be|is|are|being|got)\s+(?:[a-z]+ly\s+)?$")
_FUTURE_BEFORE_DATE = re.compile(r"\b(?:scheduled|slated|set|planned|due|expected|postponed|delayed|moved|pushed back|"
                                 r"rescheduled|will|next|upcoming|until)\s+(?:to\s+\w+\s+)?(?:for|to|in|on|until|by)?\s*$")
_MODAL_BEFORE = re.compile(r"\b(?:will|would|to|shall|could|can|may|might|must|should)\s+(?:not\s+)?$")
_ASIDE = re.compile(r"[^,;.]*,\s+(?:who|which|whose|whom)\b[^;.]*,\s+(?:on|in|at|last|this)?\s*")
_GOVERNING_PAST = re.compile(r"\b(?:won|lost|held|led|ran|fought|called|\w+ed)\s+(?:the|a|an|its|their|his|her)\s+$")
_CONDITIONAL = re.compile(r"\b(?:if|would|will|unless)\b")
_AUX_AFTER = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|will)\b")
_TITLE_GAP = re.compile(r"\s+(?:(?:the|former|then|[A-Z][\w.’'-]*)\s+){0,4}")
_WHEN_CLAUSE = re.compile(r",?\s+when\s")  # "in December, when the Senate approved it": the date is the clause's
_SAYING = frozenset({"announce", "state"})  # "announced a strike for October 8": the date is the strike's
# "said the talks would resume in March": a date in the reported future clause is not the day of the saying
_MODAL_CLAUSE = re.compile(r"\b(?:will|would|could|might|shall|is to|are to|plans? to|intends? to)\b"
                           r"|,\s+[a-z]+ed\b[^,;.]*$")  # "the pier, closed since October,"
_BUILT = re.compile(r"\s+(?:the|a|an|its|their|his|her|two|three|\d+)\s")
_DATE_NOUN_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?")
_PAST_TENSE = re.compile(r"\b(?:was|were|had|did)\b")
_NP_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|that|\d[\d,.]*)\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)"
                       r"(?=\s+(?:on|in|at|with|by|for|to|from|of|last|next|this|after|before|during|under|that|"
                       r"which|until|within|no later than|as (?:early|soon|late) as)\b"
                       r"|\s*[,.;])")
_PLAIN_NP = re.compile(r"\s+(?:the|a|an|its|his|her|their|this|that)\s+((?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*)"
                       r"(?=\s+(?:on|in|at|with|by|for|to|from|of|last|next|this|after|before|during|under|that|"
                       r"which|who|until|and|but|as|early|late|over|into)\b|\s*[,.;:]|$)")
_PERIODS = frozenset({"quarter", "year", "period", "month", "week", "season", "half", "months", "weeks"})
_PERIOD_END = re.compile(r"\b(?:year|month|week|quarter|period|months|weeks|years|half)\s+(?:to|through|ended|ending)"
                         r"\s+(?:the\s+)?$")
_REL_OPEN = re.compile(r",\s+(?:who|which|whose)\b[^,;.]*$")
_STATEMENT_DATE = re.compile(r"\b(?:statement|communiqu[eé]|interview|press conference|news conference|speech|"
                             r"address|post|video|letter)\s+(?:(?:released|issued|published|posted|given|made|"
                             r"sent|held)\s+)?(?:on\s+)?$")
_CLAUSE_WORDS = frozenset({"that", "was", "were", "had", "would", "will", "is", "are", "has", "have", "could", "to",
                           "before", "after", "when", "until", "by", "since"})
_OPENERS = frozenset({"on", "in", "at", "late", "early", "earlier", "later", "last", "this", "during", "asked",
                      "interviewed", "addressed", "questioned"})
_SAID_PLACES = frozenset({"gathered", "assembled"})
_SAID_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:on|in|at|late|early|earlier|last|this|during|over)\s+){0,2}$")


def _speaks_for_country(role: str) -> bool:
    """A president, minister or ambassador acts for the country; a judge or a sheriff does not."""
    low = role.lower()
    return low in lx.STATE_ROLES or low.endswith(("minister", "secretary", "president", "ambassador"))


def _said_on(text: str, ss: int, m: Hit, d: DateExpr) -> bool:
    """A date that tells when something was said: right after the verb ("said on Monday", "told reporters Monday"),
    right before it ("on Monday said"), or opening the sentence ("On Monday, the minister said")."""
    if d.start >= m.end():
        between = text[m.end():d.start]
        if _STATEMENT_DATE.search(text, max(m.end(), d.start - 60), d.start):
            return True  # "said ..., in a statement released days before the vote"
        words = between.split()
        return len(between) <= 60 and not any(ch in between for ch in ",;:“”\"") and not any(
            w in _CLAUSE_WORDS or (w.endswith("ed") and w not in _SAID_PLACES) for w in words)
    opening = text.find(",", ss, m.start())
    first = text[ss:ss + 20].split(" ", 1)[0].lower()
    if d.start - ss <= 12 or (opening >= 0 and d.end <= opening and (first in _OPENERS or first.endswith("ing"))):
        return True  # "On Monday, ...", "Speaking in Cali on Wednesday, the minister said"
    return bool(_SAID_GAP.fullmatch(text, d.end, m.start())) or (
        m.start() - d.end <= 40 and not any(ch in text[d.end:m.start()] for ch in ",;"))


_CARRY = 400  # characters: about the next two or three sentences
_QUOTED_ACTIONS = frozenset({"sign", "approve", "vote", "visit", "meet", "announce", "hold", "deploy", "withdraw"})
_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b")
_NOUN_DATE_GAP = re.compile(r",?\s*(?:(?:on|over|about|against)\s+[^,.;:\"“”]{1,40}?\s+)?"
                            r"(?:(?:is|was|are|were|will be)\s+)?(?:(?:now|still|also|currently|tentatively)\s+)?"
                            r"(?:(?:set|scheduled|slated|planned|due|expected)\s+)?"
                            r"(?:(?:will|would|could|is to|are to)\s+(?:continue|take place|go ahead|last)\s+)?"
                            r"(?:(?:on|in|for|until)\s+)?")
_DETERMINER = re.compile(r"\b(?:the|a|an|its|his|her|their|this|these|those)\s+$", re.IGNORECASE)
# words that are nouns as often as verbs: "the final vote", "an official visit" are no event verbs
_NOUNISH = frozenset({"vote", "visit", "visits", "issue", "issues", "veto", "vetoes", "sign", "host", "hold", "meet",
                      "deploy", "visiting", "delay", "delays", "arrest", "launch", "start", "win", "fire", "release",
                      "capture", "remove", "free", "rule on", "rules on", "block", "bar", "sink", "drops"})
_DETERMINER_ADJ = re.compile(r"\b(?:the|a|an|its|his|her|their|this|these|those)\s+(?:[a-z][\w’'-]*\s+){1,3}$",
                             re.IGNORECASE)
_WITH_OBJECT = frozenset({"sign", "approve", "reject", "vote", "announce", "sanction", "launch", "issue", "hold",
                          "enact", "send", "file", "stall", "take effect", "postpone"})
_NEEDS_OBJECT = frozenset({"sign", "approve", "issue", "hold"})
# verbs that are an event only with a person right after them: "Lula welcomed Milei", not "welcomed the ruling"
_NEEDS_PERSON = frozenset({"welcomed", "welcomes"})
# bare forms that are adjectives or nouns as often as verbs: an event only after a modal ("the bases would open")
_INTO_LAW = re.compile(r"[^,.;]{1,40}?\binto law\b")
_MODAL_ONLY = frozenset({"open", "close"})
_NAME_OBJECTS = frozenset({"assembly"})  # an event object only in lower case: "the assembly", not "National Assembly"
_DOCS = (r"(?:agreement|accord|law|decree|bill|treaty|measure|amendment|plan|program|programme|deal|pact|reform|"
         r"resolution|motion|order|text|document|proposal|legislation|constitution|memorandum|memo|rule|regulation)s?")
# a document's content in the present: "the agreement allows for ...", "This accord establishes ...",
# "a law that opens water concessions"; "The bill returns to the House" is a happening of the document itself
_CONTENT = re.compile(r"(?:(?:^|[,;:]\s+|\b(?:and|but)\s+)(?:it|this|(?:the|this|that|its|a|an)\s+(?:[\w-]+\s+){0,3}?"
                      + _DOCS + r")|\b(?:the|this|that|its|a|an)\s+(?:[\w-]+\s+){0,3}?" + _DOCS
                      + r"\s+(?:\w+\s+){0,4}?(?:that|which))(?:,[^,;.]{1,80},)?\s+"
                      r"(?:also\s+|now\s+|further\s+)?(?!(?:takes|returns|goes|enters|expires|heads|moves|passes|faces|"
                      r"awaits|needs|lapses|dies|stalls|clears|reaches|wins|loses|fails|survives|becomes|remains|comes|"
                      r"was|has|is|does)\b)[a-z]+[^s\W]s\b", re.IGNORECASE)


@dataclass
class _Draft:
    start: int
    end: int
    action: str
    obj: str | None
    date: DateX
    status: EventStatus
    actors: tuple[str, ...]
    title: str
    relev: DateExpr | None


def _present_tense(trigger: str) -> bool:
    """ "takes effect", "begins", "holds": a third-person present that, with a date, reports a schedule."""
    head = trigger.split(" ", 1)[0].lower()
    return head.endswith("s") and not head.endswith(("ss", "us")) and head not in ("was", "has", "is")


class EventFinder:
    """Find events sentence by sentence; dates resolve against ``pub``."""

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

    def run(self, body_start: int) -> list[EventX]:
        """All events of the body, in text order."""
        drafts: list[_Draft] = []
        triggers = [t for t in self.kw["trigger"] if not self._in_quote(t.start())
                    and not self._noun_use(t, body_start) and not (  # "a vessel that officials said was carrying"
                        TRIGGER_ACTION[t.group().lower()] == "state" and _AUX_AFTER.match(self.text, t.end()))]
        self.t_starts = t_starts = [t.start() for t in triggers]
        self.objects = [o for o in self.kw["object"] if not self._in_quote(o.start()) and not (
            o.group()[:1].isupper() and o.group().lower() in _NAME_OBJECTS)]  # "National Assembly" is a body
        self.nouns = self.kw["noun"]
        self.n_starts = [h.start() for h in self.nouns]
        self.o_starts = [o.start() for o in self.objects]
        last_undated = -1  # the largest start of an undated draft: only those can the content check below drop
        for ss, se in self.lay.sentences:
            if se <= body_start:
                continue
            first = len(drafts)
            seen: set[str] = set()
            for m in triggers[bisect.bisect_left(t_starts, ss):bisect.bisect_left(t_starts, se)]:
                action = TRIGGER_ACTION[m.group().lower()]
                if action in seen:
                    continue
                draft = self._draft(m, action, ss, se)
                if draft is not None:
                    seen.add(action)
                    drafts.append(draft)
            drafts.extend(self._noun_events(ss, se, seen))
            last_undated = max(last_undated, *(d.start for d in drafts[first:] if d.date.start is None), -1)
            if last_undated >= ss and _CONTENT.search(self.text[ss:se]):  # the costly pattern only when it matters
                drafts = [d for d in drafts if d.start < ss or d.date.start is not None]  # content, not a happening
                last_undated = max((d.start for d in drafts if d.date.start is None), default=-1)
        drafts.extend(self._quoted(body_start))
        drafts.sort(key=lambda d: d.start)
        for d in drafts:
            if d.relev is not None:
                d.date = self._relative_date(d, drafts)
        self._carry_dates(drafts)
        return [EventX(d.start, d.end, d.title, d.action, d.obj, d.date, d.status, d.actors) for d in drafts]

    def _carry_dates(self, drafts: list[_Draft]) -> None:
        """A narrative goes on on the day it was dated: an undated past action right after an action dated to a day
        ("deputies shot the man on Tuesday. He was taken to a hospital") happened that day too, while no other
        date intervenes, within ``_CARRY`` characters of the dated one."""
        last: _Draft | None = None
        for d in drafts:
            if d.status != EventStatus.REPORTED:
                continue
            if d.date.start is not None:
                last = d if d.date.precision == Precision.DAY and d.action != "state" else None
            elif last is not None and d.action != "state" and d.start - last.end < _CARRY and self._same_paragraph(
                    last.start, d.start):
                d.date = DateX(last.date.start, last.date.end, Precision.DAY, None)

    def _in_relative_clause(self, m: Hit, d: DateExpr, ss: int) -> bool:
        """ "X, who led the country from 2010 to 2014, said": the date belongs to the relative clause."""
        rel = _REL_OPEN.search(self.text, max(ss, d.start - 80), d.start)
        return rel is not None and not rel.start() < m.start() < d.end

    def _same_paragraph(self, a: int, b: int) -> bool:
        paras = self.lay.paragraphs
        i = bisect.bisect_right(paras, (a, len(self.text) + 1)) - 1
        return i >= 0 and paras[i][0] <= a and b < paras[i][1]

    def _quoted(self, body_start: int) -> list[_Draft]:
        """Dated claims inside attributed quotes, resolved against when the words were said.

        `“We will sign the deal next week,” Peña said on Monday.` -> sign, the week after that Monday, expected.
        """
        out = []
        objects = self.kw["object"]
        o_starts = [o.start() for o in objects]
        hits = [t for t in self.kw["trigger"] if self._in_quote(t.start()) and not self._noun_use(t, body_start)
                and TRIGGER_ACTION[t.group().lower()] in _QUOTED_ACTIONS]
        for t in hits:
            i = bisect.bisect_right(self.q_opens, t.start()) - 1
            q, att = self.quotes[i]
            k = bisect.bisect_left(self.d_starts, t.end())
            j = bisect.bisect_left(o_starts, t.end())
            if not att.speakers or k >= len(self.dates) or self.dates[k].start >= q.end or j >= len(objects) or (
                    objects[j].start() >= q.end):
                continue
            inside, obj_m = self.dates[k], objects[j]
            ss, se = self.lay.sentences[self.lay.sentence_at(q.open)]
            said = [d for d in self.dates[bisect.bisect_left(self.d_starts, ss):bisect.bisect_left(self.d_starts, se)]
                    if not q.open < d.start < q.close]
            ref = resolve(said[0], self.pub) if said else None
            when = ref.start if ref is not None and ref.precision == Precision.DAY else self.pub
            future = bool(_FUTURE.search(self.text, max(q.start, t.start() - 40), t.end())) or inside.is_future_word
            date = resolve(inside, when, future)
            action = TRIGGER_ACTION[t.group().lower()]
            status, _hedge = self._factuality(t, q.start, future, True)
            title = f"{att.speakers[0].name}: {t.group().lower()} the {obj_m.group()} {inside.text}"
            named = self.mentions[bisect.bisect_left(self.m_starts, q.start):bisect.bisect_left(self.m_starts, q.end)]
            names = tuple(dict.fromkeys([*(a.name for a in att.speakers), *(a.name for _, _, a in named)]))
            out.append(_Draft(q.start, q.end, action, OBJECT_CLASS[obj_m.group().lower()], date, status, names,
                              title[:MAX_TITLE], None))
        return out

    def _draft(self, m: Hit, action: str, ss: int, se: int) -> _Draft | None:
        text = self.text
        obj_m = self._object(m, ss, se) if action in _WITH_OBJECT else None
        obj = OBJECT_CLASS[obj_m.group().lower()] if obj_m else None
        if action in _WITH_OBJECT and (np := _NP_AFTER.match(text, m.end(), se)) and (
                obj_m is None or obj_m.start() >= np.end(1)):
            # the noun phrase right after the verb ("sent a letter to ... after the election"); an object outside
            # the vocabulary ("the relief package") is named by its head noun
            obj_m = Hit(np.start(1), np.end(1), np.group(1))
            obj = OBJECT_CLASS.get(np.group(1).lower(), np.group(1).lower())
        if action == "take office" and _BUILT.match(text, m.end(), se) and m.group()[:1] in "iI":
            action = "create"  # "inaugurated the new terminal", not a person's inauguration
        if action == "sign" and _INTO_LAW.match(text, m.end(), se):
            action = "enact"  # "signed the measure into law"
        if m.group().lower() == "executed" and obj != "agreement":
            return None
        if action == "hold" and obj is None and m.group().lower().startswith("host") and self._patient(
                m.end(), se, person=True):
            action = "meet"  # "Lula hosted Milei in Brasília"
        if action in _NEEDS_OBJECT and obj is None and not m.group().endswith("arguments"):
            return None
        if m.group().lower().startswith("challeng") and "court" not in text[m.end():se].lower():
            return None  # "challenge the appointment before the Constitutional Court", not "a challenge for Lula"
        if m.group().lower() in _NEEDS_PERSON and not self._patient(m.end(), se, person=True):
            return None
        dates = [d for d in self.dates[bisect.bisect_left(self.d_starts, ss):bisect.bisect_left(self.d_starts, se)]
                 if not self._in_quote(d.start) and not self._trigger_between(m, d) and not (
                     action in _SAYING and d.start > m.end() and (text.endswith("for ", 0, d.start) or (
                         action == "state" and _MODAL_CLAUSE.search(text, m.end(), d.start))))]
        dates = [d for d in dates if not self._in_relative_clause(m, d, ss) and not _PERIOD_END.search(
            text, max(ss, d.start - 30), d.start) and not text.endswith(("since ", "Since "), 0, d.start)]
        # a period's end ("in the year to Monday's close") or a starting point ("since 1936") dates no event
        mentions_date = bool(dates)
        if action == "state":
            dates = [d for d in dates if _said_on(text, ss, m, d)]  # when it was said, not what it mentions
        if action == "state" and not (mentions_date or self._has_statement(ss, se)):
            return None
        date_e = min(dates, key=lambda d: d.start - m.end() if d.start >= m.end() else m.start() - d.end) \
            if dates else None
        future = bool(_FUTURE.search(text, max(ss, m.start() - 40), m.end())) or bool(
            date_e and (date_e.is_future_word or (_FUTURE_BEFORE_DATE.search(text, max(ss, date_e.start - 30),
                                                                              date_e.start)
                                                  or ahead_before(text, ss, date_e.start))
                        and not behind_before(text, ss, date_e.start)))
        present = action != "state" and _present_tense(m.group())  # "takes effect in July": scheduled
        date = DateX(None, None, Precision.UNKNOWN, None) if date_e is None else resolve(date_e, self.pub,
                                                                                          future or present)
        if date_e is not None and date.precision == Precision.YEAR:
            date = self._within_year(date, date_e, dates)
        future = future or bool(date.start and self.pub and date.start > self.pub)  # still ahead when published
        status, hedge = self._factuality(m, ss, future, date_e is not None)
        actors = self._actors(ss, se)
        subject = self._subject(m, ss, se)
        passive = not m.group().endswith("ing") and bool(
            _PASSIVE.search(text, max(ss, m.start() - 16), m.start())) and not text.startswith(" by ",
                                                                                                     m.end())
        word = obj_m.group() if obj_m else ""
        if not word and action in TRANSITIVE | {"meet", "visit"} and not passive:
            word = self._patient(m.end(), se) or ""  # "Trump pardoned Juan Orlando Hernández", "Boric met Kast"
        if not word and action in TRANSITIVE and not passive and (np := _PLAIN_NP.match(text, m.end(), se)):
            word = np.group(1)  # "released its new phone": the object as written, without its determiner
        title = event_title(text, (m.start(), m.end(), m.group()), action, word if word[:1].isupper() else word.lower(),
                            subject, status, (ss, se), passive, hedge)
        relev = date_e if date_e is not None and (date_e.relative_to_event or date_e.days_after_previous) else None
        return _Draft(ss, se, title=title, action=action, obj=obj, date=date, status=status, actors=actors,
                      relev=relev)

    def _factuality(self, m: Hit, ss: int, future: bool, dated: bool) -> tuple[EventStatus, str]:
        """Status of the verb ``m`` and the hedge word for its title ("not", "could", "to"; "" when asserted)."""
        hedge = fact.cue(self.text, ss, m.start())
        if hedge is None and fact.conditional_opening(self.text, ss, m.start()) and m.start() < self._if_clause_end(ss):
            hedge = "if"  # "If Rousseff, the first female president, loses Sunday's vote, ...": the first verb
        if hedge == "planned" or (hedge == "would" and dated and future):
            return EventStatus.EXPECTED, ""  # "is expected to sign", "said the talks would resume in March"
        if hedge is not None:
            return EventStatus.NOT_ASSERTED, hedge
        return (EventStatus.EXPECTED if future else EventStatus.REPORTED), ""

    def _if_clause_end(self, ss: int) -> int:
        """Where a sentence's opening condition ends: the first comma after its first event verb."""
        i = bisect.bisect_left(self.t_starts, ss)
        first = self.t_starts[i] if i < len(self.t_starts) else ss
        comma = self.text.find(",", first)
        return comma if comma >= 0 else len(self.text)

    def _within_year(self, date: DateX, date_e: DateExpr, dates: list[DateExpr]) -> DateX:
        """ "next year's assembly in June": a month or day after a possessive year falls in that year."""
        if not self.text.startswith(("'s ", "’s "), date_e.end) or date.start is None:
            return date
        later = next((d for d in dates if d.start > date_e.end), None)
        if later is None:
            return date
        inner = resolve(later, dt.date(date.start.year, 1, 1), True)
        return inner if inner.start is not None and inner.start.year == date.start.year else date

    def _patient(self, a: int, se: int, person: bool = False) -> str | None:
        """The named actor (a person, if ``person``) right after a verb, past a few title words ("former ... ")."""
        i = bisect.bisect_left(self.r_starts, a)
        ref = self.refs[i] if i < len(self.refs) else None
        if ref is not None and ref.start < se and ref.actor is not None and ref.rtype == "name" and (
                not person or ref.kind == PERSON) and _TITLE_GAP.fullmatch(self.text, a, ref.start):
            return self.refs[i].actor.name
        return None

    def _has_statement(self, ss: int, se: int) -> bool:
        """Whether the sentence mentions a statement, interview or press conference (searched once per sentence)."""
        if ss not in self._statement:
            self._statement[ss] = _STATEMENT.search(self.text, ss, se) is not None
        return self._statement[ss]

    def _noun_use(self, t: Hit, body_start: int) -> bool:
        """True when a trigger word is used as a noun ("the vote", "the final vote", "an official visit")."""
        if t.group().lower() in _MODAL_ONLY:
            return not _MODAL_BEFORE.search(self.text, max(body_start, t.start() - 12), t.start())
        if _DETERMINER.search(self.text, max(body_start, t.start() - 6), t.start()) or self.text[
                t.start() - 1:t.start()] == "-" or self.text.endswith(("to be ", "'s ", "’s "), 0, t.start()):
            return True  # "the vote", "president-elect", "asked not to be named", "Guanipa's release"
        before = self.text[max(body_start, t.start() - 20):t.start()].split()
        if before and before[-1].lower() in lx.STATEMENT_NOUNS:
            return True  # "a statement released days before": a participle describing the statement
        if before and before[-1].lower() in _PERIODS and t.group().lower() in ("ended", "ending", "ends"):
            return True  # "the first quarter ended May 3": a period, no event
        return t.group().lower() in _NOUNISH and bool(
            _DETERMINER_ADJ.search(self.text, max(body_start, t.start() - 30), t.start())) and not bool(
            _MODAL_BEFORE.search(self.text, max(body_start, t.start() - 12), t.start()))  # "members would hold"

    def _trigger_between(self, m: Hit, d: DateExpr) -> bool:
        """True when another event verb stands between trigger ``m`` and date ``d`` (that verb owns the date)."""
        a, b = (m.end(), d.start) if d.start >= m.end() else (d.end, m.start())
        i = bisect.bisect_left(self.t_starts, a)
        if i < len(self.t_starts) and self.t_starts[i] < b and not _ASIDE.fullmatch(self.text, a, b):
            return True  # unless the verbs between sit in an aside: "pardoned X, who was sentenced in 2024, on Dec. 1"
        if d.start < m.start() and not _WHEN_CLAUSE.match(self.text, d.end, m.start()):
            # "Lula, who took office in January 2023, said ...": the date belongs to the verb of its own clause
            j = bisect.bisect_left(self.t_starts, d.start) - 1
            return j >= 0 and d.start - self.t_starts[j] < 60 and not any(
                ch in self.text[self.t_starts[j]:d.start] for ch in ",;.!?")
        return False

    def _date_next_to(self, n: Hit, se: int) -> DateExpr | None:
        """The date right after a noun ("strike on Dec. 4") or right before it ("Sunday's election")."""
        i = bisect.bisect_left(self.d_starts, n.end())
        if i < len(self.dates) and self.dates[i].start < se and _NOUN_DATE_GAP.fullmatch(
                self.text, n.end(), self.dates[i].start):
            return self.dates[i]
        if i > 0 and _DATE_NOUN_GAP.fullmatch(self.text, self.dates[i - 1].end, n.start()):
            return self.dates[i - 1]
        return None

    def _noun_events(self, ss: int, se: int, seen: set[str]) -> list[_Draft]:
        """Events named by a noun with a date right after it: "a national strike on Dec. 4", "protest next Friday"."""
        out = []
        for n in self.nouns[bisect.bisect_left(self.n_starts, ss):bisect.bisect_left(self.n_starts, se)]:
            action = NOUN_ACTION[n.group().lower()]
            if action in seen or self._in_quote(n.start()):
                continue
            d = self._date_next_to(n, se)
            if d is None or d.relative_to_event:
                continue
            date = resolve(d, self.pub, future=True)
            future = bool(date.start and self.pub and date.start > self.pub) and not _PAST_TENSE.search(
                self.text, ss, se) and not (  # "Sunday's election is ..." lies ahead; "the Dec. 15 signing was" not
                _GOVERNING_PAST.search(self.text, max(ss, (lead := min(d.start, n.start())) - 30), lead)
                and not _CONDITIONAL.search(self.text, ss, d.start)  # "won the July 28 election", "hosted a summit on
                and " for " not in self.text[n.end() - 1:d.start + 1])  # Monday"; "called a strike for Monday" is ahead
            date = date if future else resolve(d, self.pub)
            status = EventStatus.EXPECTED if future else EventStatus.REPORTED
            # "if she loses Sunday's vote": the condition is the losing; the vote itself is still held
            subject = self._subject(n, ss, se)
            title = noun_title(n.group(), d.text, subject)
            seen.add(action)
            out.append(_Draft(ss, se, action, None, date, status, self._actors(ss, se), title, None))
        return out

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
                    actor.country in self.table.actors or _speaks_for_country(actor.role)):
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
        rel = max(_RELATIVE.finditer(self.text, ss, m.start()), key=lambda r: r.start(), default=None)
        if rel is not None and not any(ch in self.text[rel.end():m.start()] for ch in ",;") and (
                owner := [r for r in before if r.end <= rel.start()]):
            return owner[-1].actor.name  # type: ignore[union-attr]  # "Guanipa, who was arrested": Guanipa
        if before:
            i = max((k for k, r in enumerate(before) if r.kind != "country"), default=len(before) - 1)
            if i > 0 and _RELATIVE.search(self.text, before[0].end, m.start()) and before[0].kind != "country":
                i = 0  # "Boluarte, who took office after Castillo was ousted, said": the subject comes first
            names = [before[i].actor.name]  # type: ignore[union-attr]
            while i > 0 and self.text[before[i - 1].end:before[i].start].strip() == "and":
                i -= 1
                names.insert(0, before[i].actor.name)  # type: ignore[union-attr]
            return " and ".join(dict.fromkeys(names))
        for _q, att in self.quotes[bisect.bisect_left(self.q_opens, ss):bisect.bisect_left(self.q_opens, se)]:
            if att.speakers:
                return att.speakers[0].name
        return None

    def _relative_date(self, d: _Draft, drafts: list[_Draft]) -> DateX:
        assert d.relev is not None
        if d.relev.days_after_previous:  # "the following day": after the latest dated event told before it
            prev = [o for o in drafts if o.start < d.start and o.relev is None and o.status == EventStatus.REPORTED
                    and o.date.precision == Precision.DAY]
            return days_after(prev[-1].date, d.relev.days_after_previous, d.relev.text) if prev else DateX(
                None, None, Precision.UNKNOWN, d.relev.text)
        info = d.relev.relative_to_event
        assert info is not None
        direction, actions = info
        anchors = [o for o in drafts if o is not d and o.action in actions and o.date.start is not None
                   and o.relev is None]
        if not anchors:
            return DateX(None, None, Precision.UNKNOWN, d.relev.text)
        anchor = max(anchors, key=lambda o: o.date.start or dt.date.min)
        return relative_to(anchor.date, direction, d.relev.text)
