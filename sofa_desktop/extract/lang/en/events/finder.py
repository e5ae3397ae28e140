"""Events: sentences that report a signing, vote, approval, statement, visit ... with actors, object and date."""

from __future__ import annotations

import bisect
import datetime as dt

from sofa_desktop.extract.core.phrases import Hit
from sofa_desktop.extract.core.types import DateX, EventStatus, EventX, Precision
from sofa_desktop.extract.lang.en.dates import DateExpr, ahead_before, behind_before, days_after, relative_to, resolve
from sofa_desktop.extract.lang.en.events import factuality as fact
from sofa_desktop.extract.lang.en.events.clauses import asserted_span
from sofa_desktop.extract.lang.en.events.narrative import (
    main_past_verb,
    narrative_title,
    object_phrase,
    reported_clause_verb,
    when_clause_verb,
)
from sofa_desktop.extract.lang.en.events.patterns import (
    AMOUNT_AFTER,
    ATTRIBUTIVE_YEAR,
    AUX_AFTER,
    BODY_AFTER,
    BUILT,
    CARRY,
    CONDITIONAL,
    CONTENT,
    DECLARED_ACT,
    FACILITY_AFTER,
    FUTURE,
    FUTURE_BEFORE_DATE,
    GOVERNING_PAST,
    INTO_LAW,
    LOWER_NOUN_AFTER,
    MODAL_CLAUSE,
    NAME_OBJECTS,
    NEEDS_OBJECT,
    NEEDS_PERSON,
    NOT_A_FALL_AFTER,
    NOUNISH,
    NP_AFTER,
    OBJECT_RELATIVE,
    OWNED_BY_NOUN,
    PASSIVE,
    PAST_NOUNS,
    PAST_TENSE,
    PATIENT_AFTER,
    PERIOD_END,
    PLAIN_NP,
    POSSESSIVE_AFTER,
    QUIT_AFTER,
    QUOTED_ACTIONS,
    REDUCED_PASSIVE,
    REL_PRONOUN_BEFORE,
    SAYING,
    SCORE_AFTER,
    SUBORDINATE,
    WEAPON_AFTER,
    WHEN_BETWEEN,
    WHEN_CLAUSE,
    WITH_OBJECT,
    YEAR_NAMING,
    Draft,
    dateline,
    days_before_main,
    present_tense,
    said_on,
    since_date,
)
from sofa_desktop.extract.lang.en.events.reader import SentenceReader
from sofa_desktop.extract.lang.en.events.storyday import first_story_paragraph, story_day
from sofa_desktop.extract.lang.en.events.titles import (
    MAX_TITLE,
    TRANSITIVE,
    clause_subject,
    deal_before,
    event_title,
    noun_title,
)
from sofa_desktop.extract.lang.en.vocab import NOUN_ACTION, OBJECT_CLASS, TRIGGER_ACTION


class EventFinder(SentenceReader):
    """Find events sentence by sentence; dates resolve against ``pub``."""

    def run(self, body_start: int) -> list[EventX]:
        """All events of the body, in text order."""
        drafts: list[Draft] = []
        triggers = [t for t in self.kw["trigger"] if not self._in_quote(t.start())
                    and not self._noun_use(t, body_start) and not (  # "a vessel that officials said was carrying"
                        TRIGGER_ACTION[t.group().lower()] == "state" and AUX_AFTER.match(self.text, t.end()))]
        self.t_starts = t_starts = [t.start() for t in triggers]
        self.objects = [o for o in self.kw["object"] if not self._in_quote(o.start()) and not (
            o.group()[:1].isupper() and o.group().lower() in NAME_OBJECTS)]  # "National Assembly" is a body
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
                draft = self._draft(m, action, ss, se)
                if draft is not None and action in seen and (draft.date.start is None or any(
                        d.action == action and d.date == draft.date for d in drafts[first:])):
                    continue  # the same act told again; a second one with a date of its own is another act
                if draft is not None:  # ("The sale, announced this month, follows a review announced last June")
                    seen.add(action)
                    drafts.append(draft)
            acts = [d for d in drafts[first:] if d.action != "state"]
            if not acts or all(d.date.start is None for d in acts):
                drafts.extend(n for n in self._narrative(ss, se) if not any(
                    d.verb is not None and n.verb is not None and d.verb[0] <= n.verb[0] < d.verb[1] for d in acts))
            drafts.extend(self._noun_events(ss, se, seen))
            last_undated = max(last_undated, *(d.start for d in drafts[first:] if d.date.start is None), -1)
            if last_undated >= ss and CONTENT.search(self.text[ss:se]):  # the costly pattern only when it matters
                drafts = [d for d in drafts if d.start < ss or d.date.start is not None]  # content, not a happening
                last_undated = max((d.start for d in drafts if d.date.start is None), default=-1)
        drafts.extend(self._quoted(body_start))
        drafts.sort(key=lambda d: d.start)
        for d in drafts:
            if d.relev is not None:
                d.date = self._relative_date(d, drafts)
        self._carry_dates(drafts)
        story_day(self.text, drafts, self.pub, self.lay.paragraphs, body_start, self.d_starts,
                  self._lead_day(drafts, body_start))
        drafts = [d for d in drafts if not d.narrative or d.date.start is not None]  # an undated act tells no time
        return [EventX(*self._passage(d), d.title, d.action, d.obj, d.date, d.status, d.actors) for d in drafts]

    def _passage(self, d: Draft) -> tuple[int, int]:
        """Where the event is told: its verb's clauses, without a neighbouring clause marked as not happened."""
        return asserted_span(self.text, d.start, d.end, d.verb) if d.verb is not None else (d.start, d.end)

    def _carry_dates(self, drafts: list[Draft]) -> None:
        """A narrative goes on on the day it was dated: an undated past action right after an action dated to a day
        ("deputies shot the man on Tuesday. He was taken to a hospital") happened that day too, while no other
        date intervenes, within ``CARRY`` characters of the dated one."""
        last: Draft | None = None
        for d in drafts:
            if d.status != EventStatus.REPORTED:
                continue
            if d.date.start is not None:
                last = d if d.date.precision == Precision.DAY and d.action != "state" else None
            elif last is not None and d.action != "state" and d.start - last.end < CARRY and self._same_paragraph(
                    last.start, d.start) and not since_date(self.text, self.d_starts, d.start, d.end):
                d.date = DateX(last.date.start, last.date.end, Precision.DAY, None)


    def _narrative(self, ss: int, se: int) -> list[Draft]:
        """The act told by the sentence's main past verb when no event word reports it, if asserted; else the act of
        a when-clause that carries its own date ("..., when the quake hit late Saturday morning"), else the act a
        source reports with its own date ("the agency said the tremor occurred the night of Nov. 7")."""
        main = self._narrated(main_past_verb(self.text, ss, se), ss, se)
        if main and main[0].date.start is not None:
            return main
        told = main + self._narrated(when_clause_verb(self.text, ss, se), ss, se)
        if any(d.date.start is not None for d in told):
            return told
        return told + self._narrated(reported_clause_verb(self.text, ss, se), ss, se)

    def _narrated(self, found: tuple[int, int, str] | None, ss: int, se: int) -> list[Draft]:
        """The narrative draft of the past verb ``found`` (span and subject), if asserted."""
        if found is None or self._in_quote(found[0]):
            return []
        a, b, subject = found
        m = Hit(a, b, self.text[a:b])
        timing = self._verb_date(m, "act", ss, se)
        if timing is None:
            return []
        date, date_e, future = timing
        status, _hedge = self._factuality(m, ss, future, date_e is not None)
        if status != EventStatus.REPORTED:
            return []  # a negated, hedged or future act is no narrated happening
        title, action = narrative_title(self.text, (a, b), se, subject)
        relev = date_e if date_e is not None and (date_e.relative_to_event or date_e.days_after_previous) else None
        return [Draft(ss, se, action, None, date, status, self._actors(ss, se), title, relev, (a, b), True)]

    def _quoted(self, body_start: int) -> list[Draft]:
        """Dated claims inside attributed quotes, resolved against when the words were said.

        `“We will sign the deal next week,” Peña said on Monday.` -> sign, the week after that Monday, expected.
        """
        out = []
        objects = self.kw["object"]
        o_starts = [o.start() for o in objects]
        hits = [t for t in self.kw["trigger"] if self._in_quote(t.start()) and not self._noun_use(t, body_start)
                and TRIGGER_ACTION[t.group().lower()] in QUOTED_ACTIONS]
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
            future = bool(FUTURE.search(self.text, max(q.start, t.start() - 40), t.end())) or inside.is_future_word
            date = resolve(inside, when, future)
            action = TRIGGER_ACTION[t.group().lower()]
            status, _hedge = self._factuality(t, q.start, future, True)
            title = f"{att.speakers[0].name}: {t.group().lower()} the {obj_m.group()} {inside.text}"
            named = self.mentions[bisect.bisect_left(self.m_starts, q.start):bisect.bisect_left(self.m_starts, q.end)]
            names = tuple(dict.fromkeys([*(a.name for a in att.speakers), *(a.name for _, _, a in named)]))
            out.append(Draft(q.start, q.end, action, OBJECT_CLASS[obj_m.group().lower()], date, status, names,
                              title[:MAX_TITLE], None))
        return out

    def _draft(self, m: Hit, action: str, ss: int, se: int) -> Draft | None:
        text = self.text
        obj_m = self._object(m, ss, se) if action in WITH_OBJECT else None
        obj = OBJECT_CLASS[obj_m.group().lower()] if obj_m else None
        if action in WITH_OBJECT and (np := NP_AFTER.match(text, m.end(), se)) and (
                obj_m is None or obj_m.start() >= np.end(1)):
            # the noun phrase right after the verb ("sent a letter to ... after the election"); an object outside
            # the vocabulary ("the relief package") is named by its head noun
            obj_m = Hit(np.start(1), np.end(1), np.group(1))
            obj = OBJECT_CLASS.get(np.group(1).lower(), np.group(1).lower())
        if action == "take office" and BUILT.match(text, m.end(), se) and m.group()[:1] in "iI":
            action = "create"  # "inaugurated the new terminal", not a person's inauguration
        if action == "sign" and INTO_LAW.match(text, m.end(), se):
            action = "enact"  # "signed the measure into law"
        if m.group().lower() == "executed" and obj != "agreement":
            return None
        if action == "complete" and " " not in m.group() and FACILITY_AFTER.match(text, m.end(), se):
            action = "shut down"  # "will close its Greencastle facility in 2022"
        elif action == "complete" and " " not in m.group() and not deal_before(text, ss, m.start()):
            return None  # "the stores will close", "closed the road": a deal's closing only when a deal is told
        if m.group().lower() == "declared" and DECLARED_ACT.match(text, m.end(), se):
            action = "declare"  # "declared martial law": an act
        if m.group().lower() == "quit" and not QUIT_AFTER.match(text, m.end(), se):
            return None  # "quit Wednesday", "quit as coach"; not "quit smoking"
        if action == "appear":
            body = BODY_AFTER.match(text, m.end(), se)
            if body is None:
                return None  # "appeared in a video", "appears in the photo": no appearance before a body
            action = "appear in court" if "court" in body.group(1).lower() else action  # "in Recorder's Court"
        if m.group().lower() in ("free", "beating", "defeating") and not PATIENT_AFTER.match(text, m.end(), se):
            return None  # "violated free speech", "free trade": an adjective; "a severe beating": a noun
        if m.group().lower() in ("bar", "bars") and text.endswith("behind ", 0, m.start()):
            return None  # "could put him behind bars": prison, no ban
        if action == "dismiss" and m.group().lower().startswith("fire") and WEAPON_AFTER.match(text, m.end(), se):
            action = "attack"  # "fired a gun at him", "fired on the crowd": shooting, not a dismissal
        elif action == "dismiss" and m.group().lower().startswith("fire") and not PATIENT_AFTER.match(
                text, m.end(), se) and not PASSIVE.search(text, max(ss, m.start() - 16), m.start()):
            return None  # "the rounds that he fired during the shootout": no one dismissed ("was fired by" is)
        if action == "fall" and m.group().lower() == "lost" and SCORE_AFTER.match(text, m.end(), se):
            action = "lose"  # "lost 6-1 to Portsmouth": a defeat, not a fall
        elif action == "fall" and m.group().lower() == "lost" and not AMOUNT_AFTER.match(text, m.end(), se):
            return None  # "lost 4%" is a fall; "lost two games" is not
        if action == "fall" and NOT_A_FALL_AFTER.match(text, m.end(), se):
            return None  # "declined to comment", "dropped the charges": no price or count fell
        if action == "state" and PASSIVE.search(text, max(ss, m.start() - 16), m.start()) and not text.startswith(
                " by ", m.end()):
            return None  # "the levy was criticized": no one is named saying anything
        if action == "hold" and obj is None and m.group().lower().startswith("host") and self._patient(
                m.end(), se, person=True):
            action = "meet"  # "Lula hosted Milei in Brasília"
        reduced = REDUCED_PASSIVE.search(text, max(ss, m.start() - 40), m.start()) if text.startswith(
            " by ", m.end()) else None  # "the press release issued by the ministry on Monday"
        if reduced is not None and obj_m is None:
            obj_m = Hit(reduced.start(1), reduced.end(1), reduced.group(1))
            obj = OBJECT_CLASS.get(reduced.group(1).lower(), reduced.group(1).lower())
        if action in NEEDS_OBJECT and obj is None and not m.group().endswith("arguments") and not (
                PASSIVE.search(text, max(ss, m.start() - 16), m.start()) and clause_subject(text, ss, m.start())):
            return None  # "The text was approved late Wednesday": the passive's subject is the object
        if m.group().lower().startswith("challeng") and "court" not in text[m.end():se].lower():
            return None  # "challenge the appointment before the Constitutional Court", not "a challenge for Lula"
        if m.group().lower() in NEEDS_PERSON and not self._patient(m.end(), se, person=True):
            return None
        timing = self._verb_date(m, action, ss, se)
        if timing is None:
            return None
        date, date_e, future = timing
        status, hedge = self._factuality(m, ss, future, date_e is not None)
        if date_e is None and status == EventStatus.REPORTED and action != "state" and present_tense(
                m.group()) and m.group().lower() not in NOUNISH:
            return None  # "the city arrests and fines people for sleeping outside": a habit, no happening
        actors = self._actors(ss, se)
        subject = self._subject(m, ss, se)
        passive = not m.group().endswith("ing") and bool(
            PASSIVE.search(text, max(ss, m.start() - 16), m.start())) and not text.startswith(" by ",
                                                                                                     m.end())
        word = obj_m.group() if obj_m else ""
        if not word and action in TRANSITIVE | {"meet", "visit"} and not passive:
            word = self._patient(m.end(), se) or ""  # "Trump pardoned Juan Orlando Hernández", "Boric met Kast"
        if not word and action in TRANSITIVE and not passive and (np := PLAIN_NP.match(text, m.end(), se)):
            det = text[np.start():np.start(1)].strip()
            word = f"{det} {np.group(1)}" if det.lower() in ("its", "his", "her", "their") else np.group(1)
            # "released its new phone": the object as written, with its owner, without an article
        if not word and action in TRANSITIVE and not passive:
            word = object_phrase(text, m.end(), se)  # "arrested two men", "beat its rivals 3-1"
        if not word and action == "lose" and " " in m.group():  # "lost its majority": the trigger holds "its"
            word = object_phrase(text, m.start() + len(m.group().split(" ", 1)[0]), se)
            word = word if word.split(" ", 1)[0].lower() == m.group().rsplit(" ", 1)[1].lower() else ""
        if not word and action == "declare":
            word = DECLARED_ACT.match(text, m.end(), se).group().strip()  # type: ignore[union-attr]
        word = word if word[:1].isupper() else word[:1].lower() + word[1:]
        title = event_title(text, (m.start(), m.end(), m.group()), action, word,
                            subject, status, (ss, se), passive, hedge)
        relev = date_e if date_e is not None and (date_e.relative_to_event or date_e.days_after_previous) else None
        return Draft(ss, se, title=title, action=action, obj=obj, date=date, status=status, actors=actors,
                      relev=relev, verb=(m.start(), m.end()))

    def _verb_date(self, m: Hit, action: str, ss: int, se: int) -> tuple[DateX, DateExpr | None, bool] | None:
        """The date of the event verb ``m`` from its sentence's time words, the time word itself, and whether it lies
        ahead; None for a statement that names no date nor statement (no event)."""
        text = self.text
        told = [d for d in self.dates[bisect.bisect_left(self.d_starts, ss):bisect.bisect_left(self.d_starts, se)]
                if not self._in_quote(d.start) and not dateline(text, ss, d)]  # "Harare, Jan 28 Zimbabwe will ..."
        main_day = [d for d in told if d.end <= m.start() and SUBORDINATE.search(text, d.end, m.start())]
        # "in December, after the firm agreed a deal in September": a date before the verb's own clause is the main
        # clause's
        dates = [d for d in told if d not in main_day and not self._trigger_between(m, d) and not (
            action in SAYING and d.start > m.end() and (text.endswith("for ", 0, d.start) or (
                action == "state" and MODAL_CLAUSE.search(text, m.end(), d.start))))]
        dates = [d for d in dates if not self._in_relative_clause(m, d, ss) and not PERIOD_END.search(
            text, max(ss, d.start - 30), d.start) and not (text.endswith(("since ", "Since "), 0, d.start) and not (
                d.end < m.start() and WHEN_CLAUSE.match(text, d.end)))]
        # a period's end ("in the year to Monday's close") or a starting point ("since 1936") dates no event, but
        # "since 1976, when a quake killed ..." dates the clause it opens
        named = [d for d in dates if not ATTRIBUTIVE_YEAR.search(text, max(ss, d.start - 8), d.start)
                 or not LOWER_NOUN_AFTER.match(text, d.end)]
        if len(dates) > 1 and named:
            dates = named  # "approved the 2018 budget at Monday night's meeting": the year names the budget
        elif len(dates) == 1 and not named and action not in SAYING and PASSIVE.search(
                text, max(ss, m.start() - 16), m.start()) is not None:
            dates = []  # "has been convicted in the 2013 bombing": the year is the bombing's
        rel = REL_PRONOUN_BEFORE.search(text, max(ss, m.start() - 24), m.start())
        dates = [d for d in dates if not (d.end <= m.start() and POSSESSIVE_AFTER.match(text, d.end)) and not (
            rel is not None and d.end <= rel.start()) and not (d.start > m.end() and WHEN_BETWEEN.search(
                text, m.end(), d.start))]
        dates = [d for d in dates if not (d.start > m.end() and (self._noun_owns(m, d, se) or (
            action not in SAYING and OBJECT_RELATIVE.search(text, m.end(), d.start))))]
        # "created a budget that looks to the 2018-19 fiscal year": the date is the relative clause's
        # "Tuesday's ruling ... who passed the law": the day is the ruling's; "an earthquake that killed 200 ...
        # Sunday": the relative clause is not dated by its main clause; "sent in ... when the quake hit Saturday"
        mentions_date = bool(dates)
        if action == "state":
            dates = [d for d in dates if said_on(text, ss, m, d)]  # when it was said, not what it mentions
        if action == "state" and not (mentions_date or self._has_statement(ss, se)):
            return None
        if rel is not None and (
                year := YEAR_NAMING.search(text, max(ss, rel.start() - 60), rel.start())) is not None:
            y = int(year.group(1))  # "the 2013 attack that killed three people": the year of what the clause tells
            return DateX(dt.date(y, 1, 1), dt.date(y, 12, 31), Precision.YEAR, year.group(1)), None, False
        if not dates and (before := days_before_main(text, ss, m.start(), main_day, self.pub)) is not None:
            return before, None, False  # "fired on Monday, two days after the club lost 6-1": Saturday
        date_e = min(dates, key=lambda d: d.start - m.end() if d.start >= m.end() else m.start() - d.end) \
            if dates else None
        future = bool(FUTURE.search(text, max(ss, m.start() - 40), m.end())) or bool(
            date_e and (date_e.is_future_word or (FUTURE_BEFORE_DATE.search(text, max(ss, date_e.start - 30),
                                                                              date_e.start)
                                                  or ahead_before(text, ss, date_e.start))
                        and not behind_before(text, ss, date_e.start)))
        present = action != "state" and present_tense(m.group())  # "takes effect in July": scheduled
        date = DateX(None, None, Precision.UNKNOWN, None) if date_e is None else resolve(date_e, self.pub,
                                                                                          future or present)
        if date_e is not None and date.precision == Precision.YEAR:
            date = self._within_year(date, date_e, dates)
        future = future or bool(date.start and self.pub and date.start > self.pub)  # still ahead when published
        return date, date_e, future

    def _lead_day(self, drafts: list[Draft], body_start: int) -> DateX | None:
        """The day the first two paragraphs name in a sentence with no dated act of its own, if it lies at most a
        few days before publication, else None."""
        first = first_story_paragraph(self.text, self.lay.paragraphs, body_start)
        paras = self.lay.paragraphs[first:first + 2]
        if not paras or self.pub is None:
            return None
        taken = {(d.start, d.date.text) for d in drafts if d.date.start is not None}
        for d in self.dates[bisect.bisect_left(self.d_starts, paras[0][0]):bisect.bisect_left(self.d_starts,
                                                                                                paras[-1][1])]:
            ss = self.lay.sentences[self.lay.sentence_at(d.start)][0]
            if self._in_quote(d.start) or (ss, d.text) in taken:
                continue  # a date an act of its sentence took ("their Saturday meeting ... Wednesday night": free)
            day = resolve(d, self.pub)
            if day.precision == Precision.DAY and day.start is not None and (
                    self.pub - dt.timedelta(days=3) <= day.start <= self.pub):
                return day
            return None
        return None

    def _noun_owns(self, m: Hit, d: DateExpr, se: int) -> bool:
        """Whether an event noun after a preposition owns the date ``d`` ("spoke about the match against Bolivia on
        Thursday": the match is on Thursday, not the speaking)."""
        i = bisect.bisect_left(self.n_starts, m.end())
        while i < len(self.nouns) and self.n_starts[i] < d.start:
            n = self.nouns[i]
            if OWNED_BY_NOUN.match(self.text, m.end(), n.start()) and self._date_next_to(n, se) is d:
                return True
            i += 1
        return False

    def _factuality(self, m: Hit, ss: int, future: bool, dated: bool) -> tuple[EventStatus, str]:
        """Status of the verb ``m`` and the hedge word for its title ("not", "could", "to"; "" when asserted)."""
        hedge = fact.cue(self.text, ss, m.start())
        if hedge is None and fact.conditional_opening(self.text, ss, m.start()) and m.start() < self._if_clause_end(ss):
            hedge = "if"  # "If Rousseff, the first female president, loses Sunday's vote, ...": the first verb
        if hedge is None and fact.unsaid(self.text, ss, m.start()):
            hedge = "not"
        if hedge is None and not dated and fact.reported_condition(self.text, ss, m.start()):
            hedge = "if"  # "He added that if the jury believed X, it could have been the bullet that killed Lay"
        if future and hedge in (None, "planned", "would") and fact.conditioned(
                self.text, ss, self.lay.sentences[self.lay.sentence_at(m.start())][1]):
            hedge = "if"  # "The amendment, if approved, will free up funds": a consequence of a condition
        if hedge == fact.PAST_PLAN:
            hedge = "planned" if future else "to"  # "was to take place next week"; "was to vote" (then did not)
        if hedge == "planned" or (hedge == "would" and dated and future):
            return EventStatus.EXPECTED, ""  # "is expected to sign", "said the talks would resume in March"
        if hedge == fact.REFUSAL:
            return (EventStatus.EXPECTED if future else EventStatus.REPORTED), hedge  # "refused to meet on Monday"
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

    def _noun_events(self, ss: int, se: int, seen: set[str]) -> list[Draft]:
        """Events named by a noun with a date right after it: "a national strike on Dec. 4", "protest next Friday"."""
        out = []
        for n in self.nouns[bisect.bisect_left(self.n_starts, ss):bisect.bisect_left(self.n_starts, se)]:
            action = NOUN_ACTION[n.group().lower()]
            if action in seen or self._in_quote(n.start()):
                continue
            d = self._date_next_to(n, se)
            if d is None or d.relative_to_event:
                continue
            past_noun = n.group().lower() in PAST_NOUNS  # "the Saturday murder": a crime is told after it happened
            date = resolve(d, self.pub, future=not past_noun)
            ahead = bool(date.start and self.pub and date.start > self.pub)
            future = not past_noun and ahead and not PAST_TENSE.search(
                self.text, ss, se) and not (  # "Sunday's election is ..." lies ahead; "the Dec. 15 signing was" not
                GOVERNING_PAST.search(self.text, max(ss, (lead := min(d.start, n.start())) - 30), lead)
                and not CONDITIONAL.search(self.text, ss, d.start)  # "won the July 28 election", "hosted a summit on
                and " for " not in self.text[n.end() - 1:d.start + 1])  # Monday"; "called a strike for Monday" is ahead
            date = date if future else resolve(d, self.pub)
            status = EventStatus.EXPECTED if future else EventStatus.REPORTED
            # "if she loses Sunday's vote": the condition is the losing; the vote itself is still held
            subject = self._subject(n, ss, se)
            title = noun_title(n.group(), d.text, subject)
            seen.add(action)
            out.append(Draft(ss, se, action, None, date, status, self._actors(ss, se), title, None))
        return out

    def _relative_date(self, d: Draft, drafts: list[Draft]) -> DateX:
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
