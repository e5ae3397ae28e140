"""The story's day in Spanish news: the lead tells what happened on one day ("El Senado aprobó este martes …", or
with no date word the day of publication or of the dateline), and the undated happenings of the story's first
paragraphs ("La oposición votó en contra") are that day's; an undated past act right after one dated to a day in
the same paragraph happened that day too.

Background stays undated: a pluperfect ("había firmado"), a conditional perfect, a clause that says it lies further
back ("anteriormente", "hace dos años", "en su momento"), anything after the story moved on to another dated
happening, and everything past the story's first paragraphs. Hedged verbs are not reported and keep no day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from sofa_desktop.extract.core.types import DateX, EventStatus, EventX, Precision

_LEAD_PARAGRAPHS = 2  # where the story's day is read
STORY_PARAGRAPHS = 6  # how far into the story it carries
_MAX_AGE = dt.timedelta(days=3)  # the lead's day lies at most this long before publication
CARRY = 400  # characters: about the next two or three sentences of the same paragraph
_NOT_OF_THE_DAY = re.compile(r"\b(?:habia|habian|habria|habrian|hubiera|hubieran|hubiese|habra|habran)\s+"
                             r"(?:\w+\s+)?$")
_BACKGROUND = re.compile(r"\b(?:anteriormente|previamente|antes|entonces|en su momento|en el pasado|"
                         r"originalmente|inicialmente|ya en|hace (?:\w+ )?(?:anos|meses|semanas|decadas|dias|tiempo)|"
                         r"desde (?:hace|entonces|que)|(?:anos|meses|semanas|dias) (?:despues|antes|atras)|"
                         r"historia|alguna vez|cuando|(?:periodo|legislatura|mandato|gobierno|sexenio|cuatrienio|"
                         r"ciclo) (?:pasado|pasada|anterior))\b")  # "fracasó en el período pasado": not today
_CLAUSE_EDGE = re.compile(r"[,;:()—]|\s[–-]\s")
IRREGULAR_PAST = frozenset({
    "hizo", "hicieron", "dio", "dieron", "tuvo", "tuvieron", "puso", "pusieron", "detuvo", "detuvieron", "impuso",
    "dispuso", "dispusieron", "propuso", "vino", "vinieron", "fue", "fueron", "estuvo", "estuvieron", "pudo",
    "condujo", "produjo", "trajo", "eligio", "eligieron", "reeligio", "absolvio", "resolvio", "resolvieron",
    "murio", "sostuvo", "obtuvo", "obtuvieron", "mantuvo", "mantuvieron", "contrajo", "introdujo", "redujo",
})


@dataclass
class Draft:
    """An event while the story's day is read: ``verb`` is the offset of its verb (-1 for a noun event)."""

    event: EventX
    verb: int
    word: str  # the folded verb (or phrase) as matched
    only_if_dated: bool = False  # kept only when the story's day dates it (the lead act of a dated sentence)


def _preterite(text: str, folded: str, pos: int, word: str) -> bool:
    """A preterite ("aprobó", "votaron"), a present perfect ("ha firmado") or a passive ("fue aprobado")."""
    head = word.split()[0]
    end = pos + len(head)
    if text[end - 1:end] == "ó" or head.endswith(("aron", "ieron")) or head in IRREGULAR_PAST:
        return True
    before = folded[max(0, pos - 20):pos].split()[-1:]
    return head.endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")) and bool(before) and (
        before[0] in ("ha", "han", "fue", "fueron", "sido"))


def of_the_day(text: str, folded: str, d: Draft) -> bool:
    """A happening told in the preterite or present perfect, not background nor a hedged verb."""
    e = d.event
    if d.verb < 0 or e.status != EventStatus.REPORTED or not _preterite(text, folded, d.verb, d.word):
        return False
    if _NOT_OF_THE_DAY.search(folded, max(e.start, d.verb - 30), d.verb):
        return False
    edges = [m.start() for m in _CLAUSE_EDGE.finditer(text, e.start, e.end)]
    i = bisect.bisect_left(edges, d.verb)
    clause = (edges[i - 1] if i else e.start, edges[i] if i < len(edges) else e.end)
    opening = (e.start, edges[0]) if edges and i and len(folded[e.start:edges[0]].split()) <= 5 else None
    return not _BACKGROUND.search(folded, *clause) and not (opening and _BACKGROUND.search(folded, *opening))


def background(folded: str, d: Draft) -> bool:
    """An act told as background in its own clause ("desde que Miami eligió por última vez a un demócrata",
    "hace años firmó"): no happening of the story, and no day to put it on."""
    e = d.event
    if d.verb < 0:
        return False
    edges = [m.start() for m in _CLAUSE_EDGE.finditer(folded, e.start, e.end)]
    i = bisect.bisect_left(edges, d.verb)
    return bool(_BACKGROUND.search(folded, edges[i - 1] if i else e.start, d.verb))


def _with_day(d: Draft, day: DateX) -> None:
    d.event = EventX(d.event.start, d.event.end, d.event.title, d.event.action, d.event.object,
                     DateX(day.start, day.end, Precision.DAY, None), d.event.status, d.event.actors)


def _is_day(e: EventX) -> bool:
    return e.status == EventStatus.REPORTED and e.date.precision == Precision.DAY and e.date.start is not None


def story_day(text: str, folded: str, drafts: list[Draft], pub: dt.date | None,
              paragraphs: tuple[tuple[int, int], ...], body_start: int) -> None:
    """Date the undated happenings of the story's first paragraphs by the lead's day, and undated acts right after
    a dated one in the same paragraph by that one's day (in place)."""
    starts = [p for p, _ in paragraphs]
    first = max(bisect.bisect_right(starts, body_start) - 1, 0)
    para = [bisect.bisect_right(starts, d.event.start) - 1 - first for d in drafts]
    seed, day = _seed(text, folded, drafts, pub, para)
    if seed >= 0 and day is not None:
        told = {(d.event.action, d.event.object) for d in drafts
                if d.event.object and d.event.date.start == day.start and _is_day(d.event)}
        for k, d in enumerate(drafts):
            if para[k] >= STORY_PARAGRAPHS or (k < seed and para[k] >= _LEAD_PARAGRAPHS):
                break
            if k == seed or d.event.kind.value == "statement" and para[k] > 0:
                continue  # what was said is dated by its own words, not by the story's day (save the lead's)
            if d.event.date.start is not None:
                if k > seed and (d.event.date.start, d.event.date.end, d.event.date.precision) != (
                        day.start, day.end, day.precision):
                    break  # the story moved on to another happening of its own date
                continue
            if (d.event.action, d.event.object) not in told and of_the_day(text, folded, d):
                _with_day(d, day)
    _carry(text, folded, drafts, para)


def _seed(text: str, folded: str, drafts: list[Draft], pub: dt.date | None,
          para: list[int]) -> tuple[int, DateX | None]:
    """The lead's happening dated to a day not long before publication; else its first undated happening of the
    day, which is the publication's (the dateline's) day."""
    for k, d in enumerate(drafts):
        if para[k] >= _LEAD_PARAGRAPHS:
            break
        e = d.event
        if _is_day(e) and e.kind.value != "statement" and (
                pub is None or pub - _MAX_AGE <= e.date.start <= pub):  # type: ignore[operator]
            return k, e.date
    if pub is None:
        return -1, None
    for statements in (False, True):  # an act of the day; else what the lead says was said that day
        for k, d in enumerate(drafts):
            if para[k] >= _LEAD_PARAGRAPHS or d.event.date.start is not None and (
                    d.event.status == EventStatus.REPORTED):
                break  # a lead dated to another day: no day of publication for it
            if d.event.date.start is not None:
                continue  # "citó a declarar el próximo 30 de octubre": the hearing is ahead, the summons today
            if (d.event.kind.value == "statement") == statements and of_the_day(text, folded, d):
                _with_day(d, DateX(pub, pub, Precision.DAY, None))
                return k, d.event.date
    return -1, None


def _carry(text: str, folded: str, drafts: list[Draft], para: list[int]) -> None:
    last: Draft | None = None
    for k, d in enumerate(drafts):
        e = d.event
        if e.status != EventStatus.REPORTED:
            continue
        if e.date.start is not None:
            last = d if _is_day(e) and e.kind.value != "statement" else None
            lk = k
        elif last is not None and e.kind.value != "statement" and para[k] == para[lk] and (
                e.start - last.event.end < CARRY) and of_the_day(
                text, folded, d):
            _with_day(d, last.event.date)
