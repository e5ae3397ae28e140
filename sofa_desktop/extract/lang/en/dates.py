"""Date expressions: find explicit and relative dates and resolve them against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sofa_desktop.extract.core.calendar_spans import month_span, week_span, year_span
from sofa_desktop.extract.core.date_scan import WrittenDate
from sofa_desktop.extract.core.phrases import trie_regex
from sofa_desktop.extract.core.types import DateX, Precision  # noqa: I001
from sofa_desktop.extract.lang.en.year_context import is_year

# Fixed English tables: ``calendar.month_name`` and ``day_name`` follow the process locale, which the GUI's
# QApplication sets from the desktop's (under a Spanish desktop "March 4, 2024" was read as just 2024)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = {m.lower(): i for i, m in enumerate(MONTH_NAMES, 1)}
_MONTHS.update({m[:3].lower(): i for i, m in enumerate(MONTH_NAMES, 1)})
_MONTHS["sept"] = 9
_DAYS = {d.lower(): i for i, d in enumerate(DAY_NAMES)}
_MONTH_WORDS = [*MONTH_NAMES, *(f"{a}{d}" for a in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                                                     "Sept", "Oct", "Nov", "Dec") for d in ("", "."))]
_M = f"(?:{trie_regex(_MONTH_WORDS)})"
_D = f"(?:{trie_regex(DAY_NAMES)})"
# a bound before a month ("as early as June", "no later than May"): the date is the month alone, so the words
# before it still tell whether it lies ahead ("must approve ... no later than", "could begin as soon as")
_BOUND = "".join(f"(?<=\\b{b} )" if not i else f"|(?<=\\b{b} )" for i, b in enumerate(
    ("as early as", "as soon as", "as late as", "no later than", "no earlier than", "not before", "not until")))
_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "several": 3, "a few": 3, "few": 3}
_PATTERN = re.compile(
    rf"(?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b)"
    rf"|(?P<mdy>\b(?P<m1>{_M})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y1>\d{{4}})\b)"
    rf"|(?P<dmy>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_M}),?\s+(?P<y2>\d{{4}})\b)"
    rf"|(?P<my>\b(?:(?P<part>early|mid|late|the end of|the beginning of|the start of)[\s-]+)?(?P<m3>{_M})"
    rf"(?:\s+of)?,?\s+(?P<y3>\d{{4}})\b)"
    rf"|(?P<md>\b(?P<m4>{_M})\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    rf"|(?P<dm>\b(?P<d5>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m5>{_M})\b)"
    rf"|(?P<wd>\b(?:(?P<wmod>(?i:last|next|this|coming|past))\s+)?(?P<wday>{_D})\b)"
    rf"|(?P<mo>(?:\b(?P<mmod>(?i:in|since|by|until|through|during|last|next|this|early|late|mid|from|before|after|of|for|the|to))"
    rf"[\s-]+|{_BOUND})(?P<m6>{_M})\b(?!\.?,?\s+(?:of\s+)?\d{{4}})(?!\.?\s+\d{{1,2}}\b)"
    rf"(?:\s+(?P<myear>(?i:last|this|next))\s+year\b)?)"
    rf"|(?P<follow>\b(?i:the\s+(?:following|next)\s+day|the\s+day\s+after|(?P<fn>a|one|two|three|\d)\s+days?\s+later)"
    rf"\b(?!\s+of\b))"
    rf"|(?P<rel>\b(?P<rmod>(?i:last|next|this|earlier this|later this|past|previous|coming|the past|the previous))\s+"
    rf"(?P<unit>week|month|year|weekend)\b)"
    rf"|(?P<endof>\b(?i:by|before|at|until|toward|towards|in|from)\s+the\s+(?:end|start|beginning|middle)\s+of\s+"
    rf"(?P<emod>(?i:the|this|next|last))\s+(?P<eunit>year|month|week)\b)"
    rf"|(?P<dayword>\b(?i:(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|today|tonight|"
    rf"last night|this (?:morning|afternoon|evening)|(?:earlier|later) today)\b)"
    rf"|(?P<ago>\b(?P<n>\d+|(?i:a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several))\s+"
    rf"(?P<aunit>day|week|month|year)s?\s+ago\b)"
    rf"|(?P<coming>\b(?i:in|over|within|during)\s+the\s+(?:coming|next|next few|following)\s+"
    rf"(?P<cunit>days|weeks|months)\b)"
    rf"|(?P<relev>\b(?P<amount>(?i:\d+|a few|a|an|one|two|three|several|just|only|shortly|hours|days|weeks))"
    rf"(?:\s+(?:days?|weeks?|hours?))?\s+(?P<dir>before|after|ahead of)\s+(?:the\s+)?(?:final\s+|first\s+|second\s+)?"
    rf"(?P<target>vote|voting|signing|approval|election|meeting|visit|ratification|debate|summit|ceremony)\b)"
    rf"|(?P<year>(?<![\d,.$€£])\b(?P<yy>19[5-9]\d|20\d\d|(?<=\bin )1[89]\d\d|(?<=since )1[89]\d\d)\b(?![\d%]|[.,]\d))"
)
_ANCHOR = re.compile(r"\b(?:\d|" + trie_regex([
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu",
    "Fri", "Sat", "Sun", "ago", *(v for w in ("last", "next", "this", "past", "previous", "coming", "following",
                                               "yesterday", "today", "tomorrow", "tonight", "day", "days", "week",
                                               "weeks", "hours", "shortly", "end",
                                               "start", "beginning", "middle") for v in (w, w.title()))]) + ")")
_WORD_START = re.compile(r"(?<![\w-])[\w]")
_KINDS = ("iso", "mdy", "dmy", "my", "md", "dm", "wd", "mo", "follow", "rel", "endof", "dayword",
          "ago", "coming", "relev", "year")
_TARGET_ACTIONS = {"vote": ("vote", "approve"), "voting": ("vote", "approve"), "approval": ("approve", "vote"),
                   "ratification": ("approve",), "signing": ("sign",), "election": ("elect", "vote"),
                   "meeting": ("meet",), "visit": ("visit",), "debate": ("vote", "approve"), "summit": ("meet",),
                   "ceremony": ("sign",)}

# a present-tense schedule verb right before a date ("the protections expire on Aug. 3", "the rules take effect Jan. 1")
_SCHEDULE_VERBS = ("expire", "end", "begin", "start", "take effect", "run out", "close", "open", "lapse", "kick in",
                   "go into effect", "come into force", "enter into force", "run through", "fall", "resume")
_SCHEDULED = re.compile(r"(?<!\bthe )(?<!\bthe very )\b(?:" + "|".join(
    rf"{v.split(' ', 1)[0]}(?:e?s)?{v[len(v.split(' ', 1)[0]):]}" for v in _SCHEDULE_VERBS)
    + r")\s+(?:on\s+|by\s+|through\s+)?$")
# a deadline set by a modal or infinitive ("urged to act before Aug. 3", "must repay by Dec. 15"), not a past one
_DEADLINE = re.compile(r"(?<!\bhad )(?<!\bwas )(?<!\bwere )\b(?:must|should|will|shall|to|can|need to|needs to)\s+"
                       r"(?:[a-z]+\s+){1,5}?(?:by|before|until|no later than|ahead of)\s+$")

# a state that lasted up to a date ("remained in jail until March 3", "was valid until"): behind, unless moved there
_LASTED_UNTIL = re.compile(r"\b(?:remained|stayed|lasted|continued|was|were|had been)\s+"
                           r"(?:(?![a-z]+ed\b)[a-z]+\s+){0,3}(?:until|through)\s+$")


def behind_before(text: str, lo: int, pos: int) -> bool:
    """True when the words in ``text[lo:pos]`` right before a date describe a past state that lasted until it."""
    return _LASTED_UNTIL.search(text, max(lo, pos - 50), pos) is not None


def ahead_before(text: str, lo: int, pos: int) -> bool:
    """True when the words in ``text[lo:pos]`` right before a date put it ahead (a schedule verb or a deadline)."""
    return bool(_SCHEDULED.search(text, max(lo, pos - 30), pos) or _DEADLINE.search(text, max(lo, pos - 60), pos))


@dataclass(frozen=True)
class DateExpr(WrittenDate):
    """A date expression as written, before resolution."""

    @property
    def is_future_word(self) -> bool:
        """True when the words themselves point ahead (next week, tomorrow, in the coming days)."""
        g = self.groups
        return self.kind == "coming" or (g.get("wmod") or g.get("rmod") or g.get("mmod") or g.get("emod") or ""
                                         ).lower() in ("next", "coming") \
            or (g.get("dayword") or "").lower().startswith("tomorrow")

    @property
    def days_after_previous(self) -> int:
        """For "the following day", "two days later": days after the previous event's date; else 0."""
        if self.kind != "follow":
            return 0
        n = self.groups.get("fn")
        return 1 if n is None else int(n) if n.isdigit() else _NUM.get(n.lower(), 1)

    @property
    def relative_to_event(self) -> tuple[str, tuple[str, ...]] | None:
        """("before"/"after", candidate actions) for "days before the final vote"."""
        if self.kind != "relev":
            return None
        direction = "after" if self.groups["dir"] == "after" else "before"
        return direction, _TARGET_ACTIONS.get((self.groups["target"] or "").lower(), ())


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateExpr]:
    """Every date expression in ``text[start:end]``, in order.

    The full pattern is slow to try at every position, so it is only tried at the starts of the few words
    before each cheap anchor (a month, a weekday, a digit, "last", "coming", "ago" ...).
    """
    end = len(text) if end is None else end
    out: list[DateExpr] = []
    done = start
    for a in _ANCHOR.finditer(text, start, end):
        if a.start() < done:
            continue
        m = None
        starts = [a.start()] if a.group()[0].isdigit() else _word_starts(text, max(done, a.start() - 28), a.start())
        for w in starts:
            m = _PATTERN.match(text, w, end)
            if m is not None and m.end() > a.start():
                break
            m = None
        if m is None:
            continue
        kind = next(k for k in _KINDS if m.group(k) is not None)
        if kind == "year" and not is_year(text, m.start("yy"), m.end("yy")):
            continue  # a count, a time or an amount: a bare number is a year only in a date context
        out.append(DateExpr(m.start(), m.end(), m.group(), kind, m.groupdict()))
        done = m.end()
    return out


def _word_starts(text: str, lo: int, anchor: int) -> list[int]:
    starts = [w.start() for w in _WORD_START.finditer(text, lo, anchor)]
    return [*starts[-4:], anchor]


def _day(y: int, m: int, d: int) -> tuple[dt.date, dt.date] | None:
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    return day, day


def _month_no(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def resolve(e: DateExpr, pub: dt.date | None, future: bool = False) -> DateX:
    """Resolve ``e`` against the publication date; relative dates without ``pub`` are unknown."""
    try:
        rng, prec = _resolve(e, pub, future)
    except (ValueError, OverflowError, KeyError):
        rng, prec = None, Precision.UNKNOWN
    if rng is None:
        return DateX(None, None, Precision.UNKNOWN, e.text)
    return DateX(rng[0], rng[1], prec, e.text)


def _resolve(e: DateExpr, pub: dt.date | None, future: bool) -> tuple[tuple[dt.date, dt.date] | None, Precision]:
    g, k = e.groups, e.kind
    if k == "iso":
        return _day(int(g["iy"]), int(g["im"]), int(g["id"])), Precision.DAY
    if k == "mdy":
        return _day(int(g["y1"]), _month_no(g["m1"]), int(g["d1"])), Precision.DAY
    if k == "dmy":
        return _day(int(g["y2"]), _month_no(g["m2"]), int(g["d2"])), Precision.DAY
    if k == "my":
        return month_span(int(g["y3"]), _month_no(g["m3"])), Precision.MONTH
    if k == "year":
        y = int(g["yy"])
        return year_span(y), Precision.YEAR
    if pub is None:
        return None, Precision.UNKNOWN
    future = future or e.is_future_word
    if k in ("md", "dm"):
        m, d = (_month_no(g["m4"]), int(g["d4"])) if k == "md" else (_month_no(g["m5"]), int(g["d5"]))
        y = pub.year
        cand = _day(y, m, d)
        if cand and future and cand[0] < pub:
            cand = _day(y + 1, m, d)
        elif cand and not future and cand[0] > pub:
            cand = _day(y - 1, m, d)
        return cand, Precision.DAY
    if k == "wd":
        return _weekday(_DAYS[g["wday"].lower()], g["wmod"], pub, future), Precision.DAY
    if k == "mo":
        m = _month_no(g["m6"])
        mod = (g["mmod"] or "in").lower()
        y = pub.year
        if g["myear"]:  # "in December last year"
            return month_span(y + {"last": -1, "this": 0, "next": 1}[g["myear"].lower()], m), Precision.MONTH
        if mod == "next" or (future and mod != "last"):
            y = y if m >= pub.month else y + 1
            if mod == "next" and m == pub.month:
                y += 1
        elif mod == "last" and m >= pub.month or m > pub.month:
            y -= 1
        return month_span(y, m), Precision.MONTH
    if k == "endof":
        mod = g["emod"].lower()
        return _relative("this" if mod == "the" else mod, g["eunit"].lower(), pub)
    if k == "rel":
        return _relative(g["rmod"].lower(), g["unit"].lower(), pub)
    if k == "dayword":
        w = g["dayword"].lower().split()
        off = -1 if w[0] in ("yesterday", "last") else 1 if w[0] == "tomorrow" else 0  # "this morning": today
        d = pub + dt.timedelta(days=off)
        return (d, d), Precision.DAY
    if k == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _NUM.get(g["n"].lower(), 1)
        unit = g["aunit"]
        if unit == "day":
            d = pub - dt.timedelta(days=n)
            return (d, d), Precision.DAY
        if unit == "week":
            return week_span(pub - dt.timedelta(days=7 * n)), Precision.WEEK
        if unit == "month":
            y, m = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return month_span(y, m + 1), Precision.MONTH
        return year_span(pub.year - n), Precision.YEAR
    if k == "coming":
        unit = g["cunit"]
        span, prec = {"days": (7, Precision.WEEK), "weeks": (30, Precision.MONTH)}.get(unit, (180, Precision.YEAR))
        return (pub + dt.timedelta(days=1), pub + dt.timedelta(days=span)), prec
    return None, Precision.UNKNOWN


def _weekday(wd: int, mod: str | None, pub: dt.date, future: bool) -> tuple[dt.date, dt.date]:
    mod = (mod or "").lower()
    if mod == "this":
        d = week_span(pub)[0] + dt.timedelta(days=wd)
    elif mod in ("next", "coming") or (future and mod not in ("last", "past")):
        delta = (wd - pub.weekday()) % 7
        if mod == "next" and delta == 0:
            delta = 7
        d = pub + dt.timedelta(days=delta)
    else:
        delta = (pub.weekday() - wd) % 7
        if mod in ("last", "past") and delta == 0:
            delta = 7
        d = pub - dt.timedelta(days=delta)
    return d, d


_STEP = {"last": -1, "past": -1, "previous": -1, "the past": -1, "the previous": -1, "next": 1, "coming": 1}


def _relative(mod: str, unit: str, pub: dt.date) -> tuple[tuple[dt.date, dt.date] | None, Precision]:
    step = _STEP.get(mod, 0)
    if unit in ("week", "weekend"):
        start, end = week_span(pub + dt.timedelta(days=7 * step))
        if mod == "earlier this":
            end = pub
        elif mod == "later this":
            start = pub
        if unit == "weekend":
            start = end - dt.timedelta(days=1) if mod not in ("earlier this",) else start
        return (start, end), Precision.WEEK
    if unit == "month":
        y, m = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        start, end = month_span(y, m + 1)
        if mod == "earlier this":
            end = pub
        elif mod == "later this":
            start = pub
        return (start, end), Precision.MONTH
    y = pub.year + step
    start, end = year_span(y)
    if mod == "earlier this":
        end = pub
    elif mod == "later this":
        start = pub
    return (start, end), Precision.YEAR


def days_after(anchor: DateX, days: int, text: str) -> DateX:
    """The day ``days`` after a day-precise anchor ("the following day"); unknown otherwise."""
    if anchor.start is None or anchor.precision != Precision.DAY:
        return DateX(None, None, Precision.UNKNOWN, text)
    try:
        d = anchor.start + dt.timedelta(days=days)
    except OverflowError:
        return DateX(None, None, Precision.UNKNOWN, text)
    return DateX(d, d, Precision.DAY, text)


def relative_to(anchor: DateX, direction: str, text: str) -> DateX:
    """A date "days before"/"after" an anchor event's date (a week-long window next to it)."""
    if anchor.start is None or anchor.end is None:
        return DateX(None, None, Precision.UNKNOWN, text)
    try:
        if direction == "before":
            return DateX(anchor.start - dt.timedelta(days=7), anchor.start - dt.timedelta(days=1), Precision.WEEK, text)
        return DateX(anchor.end + dt.timedelta(days=1), anchor.end + dt.timedelta(days=7), Precision.WEEK, text)
    except OverflowError:
        return DateX(None, None, Precision.UNKNOWN, text)
