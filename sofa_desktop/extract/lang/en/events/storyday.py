"""The story's day: a news story tells what happened on the day of its lead ("voted on Sunday"), and the undated
past-tense happenings of its first paragraphs ("73 congressmen voted in favor", "scuffles broke out") are that day's.

A retelling of a happening already dated that day (the same action on the same named object) is left as it was,
and so is background: a pluperfect ("had won"), a modal perfect ("would have"), a clause that says it lies
further back ("previously", "years ago", "since"), a period's result ("lost $67 million"), and anything after the
story moved on to another dated happening.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from sofa_desktop.extract.core.types import DateX, EventStatus, Precision
from sofa_desktop.extract.lang.en.events.patterns import Draft, since_date
from sofa_desktop.extract.lang.en.events.titles import IRREGULAR_PAST

_LEAD_PARAGRAPHS = 2  # where the story's day is read
_STORY_PARAGRAPHS = 6  # how far into the story it carries
_MAX_AGE = dt.timedelta(days=3)  # the lead's day lies at most this long before publication
_NOT_OF_THE_DAY = re.compile(r"\b(?:had|would|could|should|might|must|may|will|to)\s+(?:not\s+|n['’]t\s+)?"
                             r"(?:have\s+)?(?:been\s+|be\s+)?(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_BACKGROUND = re.compile(r"\b(?:previously|formerly|earlier|once|ago|since|in the past|recently|in recent|"
                         r"last (?:year|month|week)|"
                         r"(?:years|months|weeks|decades|days) (?:after|before|later|earlier)|history|ever|"
                         r"first time)\b", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|which|whose)\b[^,;.]*$")
_PARTICIPLES = frozenset({"beaten", "taken", "given", "chosen", "broken", "stolen", "fallen", "risen", "overtaken",
                          "driven", "thrown", "shaken", "withdrawn", "sworn", "upset", "hurt", "shut", "cut"})
# ("has beaten MBK United", "were upset at Utah Valley")
_SUBJECT_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+ly\s+)?$")
_CLAUSE_EDGE = re.compile(r"[,;:()\u2014]|\s[\u2013-]\s")
# "lost $67 million, or 13 cents": a period's results, not a happening of the day
_AMOUNT_AFTER = re.compile(r"\s+(?:(?:a|an|its|their)\s+(?:[a-z]+\s+)?)?"
                           r"(?:[$€£¥]|(?:US|C|A)\$|\d[\d.,]*\s+(?:million|billion)\b)")


def _of_the_day(text: str, d: Draft) -> bool:
    """A simple past (or a present perfect) of the story itself, not background nor a hedged verb."""
    if d.verb is None:
        return False
    a, b = d.verb
    head = text[a:b].split(" ", 1)[0].lower()
    if not (head.endswith("ed") or head in IRREGULAR_PAST or head in _PARTICIPLES):
        return False
    if _NOT_OF_THE_DAY.search(text, max(d.start, a - 30), a) or _AMOUNT_AFTER.match(text, b) or (
            _SUBJECT_RELATIVE.search(text, max(d.start, a - 24), a)):
        return False  # "after an earthquake that killed 200 people": what the clause tells is background
    edges = [m.start() for m in _CLAUSE_EDGE.finditer(text, d.start, d.end)]
    i = bisect.bisect_left(edges, a)
    clause = (edges[i - 1] if i else d.start, edges[i] if i < len(edges) else d.end)
    return not _BACKGROUND.search(text, *clause)


def first_story_paragraph(text: str, paragraphs: list[tuple[int, int]], body_start: int) -> int:
    """The index of the body's first paragraph of prose: a short line with no sentence end before it is a byline
    or a credit ("By Ana Ruiz", "Staff Writer"), not the lead."""
    first = max(_paragraph_index(paragraphs, body_start), 0)
    while first + 1 < len(paragraphs) and _BYLINE.fullmatch(text, *paragraphs[first]):
        first += 1
    return first


_BYLINE = re.compile(r"\s*[^.!?\n]{1,60}?\s*")


def _paragraph_index(paragraphs: list[tuple[int, int]], pos: int) -> int:
    return bisect.bisect_right(paragraphs, (pos, 1 << 62)) - 1


def _seed(text: str, drafts: list[Draft], pub: dt.date | None, paragraph: list[int], lead_day: DateX | None) -> int:
    """The index of the lead's happening dated to a day (not long before publication), else -1; a happening told in
    a relative clause ("The president, who took office on Monday, sent ...") is background, no seed, and so is one
    after the first paragraph dated to another day than the one the lead named ("... approved the bill yesterday.
    When it was read on Tuesday, the debate was adjourned")."""
    for k, d in enumerate(drafts):
        if paragraph[k] >= _LEAD_PARAGRAPHS:
            return -1
        if lead_day is not None and paragraph[k] > 0 and d.date.start is not None and d.date.start != lead_day.start:
            return -1
        if d.verb is not None and _RELATIVE_BEFORE.search(text, max(d.start, d.verb[0] - 80), d.verb[0]):
            continue
        if d.status == EventStatus.REPORTED and d.action != "state" and d.date.precision == Precision.DAY and (
                d.date.start is not None and (pub is None or pub - _MAX_AGE <= d.date.start <= pub)):
            return k
    return -1


def _lead_act(text: str, drafts: list[Draft], paragraph: list[int], date_starts: list[int], named: bool) -> int:
    """The index of the lead paragraph's first reported act when it is narrated in the past with no time word at all
    ("A federal court struck down the ban"): the story tells the day's news, else -1. When the lead ``named`` a day
    but told no act of its own ("A quake Sunday did not cause a tsunami, officials said."), the next paragraph's
    first act is the lead's ("The quake struck at 1:21 p.m.")."""
    for k, d in enumerate(drafts):
        if paragraph[k] > (1 if named else 0):
            return -1
        if paragraph[k] < 0 or d.status != EventStatus.REPORTED or d.action == "state":
            continue
        timed = bisect.bisect_left(date_starts, d.start) < bisect.bisect_left(date_starts, d.end)
        return k if d.date.start is None and not timed and _of_the_day(text, d) else -1
    return -1


def story_day(text: str, drafts: list[Draft], pub: dt.date | None, paragraphs: list[tuple[int, int]],
              body_start: int, date_starts: list[int], lead_day: DateX | None = None) -> None:
    """Date the undated happenings of a story's first paragraphs by the day of its lead (in place).

    A lead sentence with no time word at all (``date_starts``: where the text's dates start) is the publication
    day's news, or the news of ``lead_day`` (a day the lead paragraphs name with no act of their own: "... has
    beaten MBK United. There was little between the sides on Saturday, September 23"): its act takes that day,
    and so do the undated acts of the lead paragraphs only (later paragraphs are more often background)."""
    first = first_story_paragraph(text, paragraphs, body_start)
    paragraph = [_paragraph_index(paragraphs, d.start) - first for d in drafts]
    seed, reach = _seed(text, drafts, pub, paragraph, lead_day), _STORY_PARAGRAPHS
    standfirst = not any(p == 0 for p in paragraph)  # a first paragraph with no act at all: a summary line
    if seed < 0 and pub is not None and (seed := _lead_act(text, drafts, paragraph, date_starts,
                                                           lead_day is not None or standfirst)) >= 0:
        drafts[seed].date = lead_day or DateX(pub, pub, Precision.DAY, None)
        reach = paragraph[seed] + _LEAD_PARAGRAPHS
    if seed < 0:
        return
    day = drafts[seed].date
    told = {(d.action, d.obj) for d in drafts
            if d.obj and d.date.start == day.start and d.date.precision == Precision.DAY}
    for k, d in enumerate(drafts):
        if paragraph[k] >= reach or (k < seed and paragraph[k] >= _LEAD_PARAGRAPHS):
            break
        if k == seed or d.status != EventStatus.REPORTED or d.action == "state":
            continue
        if d.date.start is not None:
            if k > seed and (d.date.start, d.date.end, d.date.precision) != (day.start, day.end, day.precision):
                return  # the story moved on to another happening of its own date
            continue
        if d.narrative and paragraph[k] >= _LEAD_PARAGRAPHS:
            continue  # a plain past verb further down is as often background as the day's news
        own_start = since_date(text, date_starts, d.start, d.end)  # "Since 2019, officers arrested ..."
        if (d.action, d.obj) not in told and _of_the_day(text, d) and not own_start:  # not a retelling either
            d.date = DateX(day.start, day.end, Precision.DAY, None)
