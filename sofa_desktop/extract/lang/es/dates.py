"""Spanish date expressions, found on a folded copy of the text and resolved against the publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from sofa_desktop.extract.core.calendar_spans import day_span, month_span, shifted_span, week_span, year_span
from sofa_desktop.extract.core.date_scan import WrittenDate, scan_dates
from sofa_desktop.extract.core.types import DateX, Precision
from sofa_desktop.extract.lang.es.vocab import DAY_WORDS, MONTHS, WEEKDAYS

_FOLD = str.maketrans("áéíóúüñÁÉÍÓÚÜÑºª°", "aeiouunaeiouunooo")
_M = "(?:" + "|".join(sorted((m for m in MONTHS if "." not in m), key=len, reverse=True)) + ")"
_W = "(?:" + "|".join(WEEKDAYS) + ")"
_DN = r"(?:[12]\d|3[01]|0?[1-9])(?:\.?o)?"  # "1.º" folds to "1.o"
_Y = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:a|al|en|hacia)\s+(?:inicios|principios|comienzos|finales|fines|mediados)\s+de(?:l)?\s+"
_PATTERN = re.compile(
    rf"(?P<range>\b(?:del|desde el|entre el)\s+(?P<rd1>{_DN})(?:\s+de\s+(?P<rm1>{_M}))?(?:\s+de\s+(?P<ry1>{_Y}))?"
    rf"\s+(?:al|hasta el|y el)\s+(?P<rd2>{_DN})\s+de\s+(?P<rm2>{_M})(?:\s+(?:de|del)\s+(?P<ry2>{_Y}))?)"
    rf"|(?P<yrange>\bentre\s+(?P<ya>{_Y})\s+y\s+(?P<yb>{_Y})\b)"
    rf"|(?P<day>\b(?:(?:el|este|esta|del|al|para el|hasta el|desde el|"
    rf"la (?:madrugada|noche|tarde|manana) del)\s+)?(?:(?P<dmod>pasado|proximo|ultimo)\s+)?"
    rf"(?:(?P<dwd>{_W})\s+)?(?P<dd>{_DN})\s+de\s+(?P<dm>{_M})(?:\s+(?:de|del)\s+(?P<dy>{_Y}))?"
    rf"(?:\s+(?P<dpost>pasado|ultimo|proximo))?\b)"
    rf"|(?P<wd>\b(?:(?P<wdet>el|este|esta|del|al|la madrugada de este|la noche de este|la tarde de este|"
    rf"la manana de este|la madrugada del|la noche del|la tarde del|la manana del)\s+)?"
    rf"(?:(?P<wmod>pasado|proximo|ultimo)\s+)?(?P<wday>{_W})(?:\s+(?P<wpost>pasado|proximo|anterior|que viene))?"
    rf"(?:\s+(?P<wnum>{_DN})\b(?!\s+de\s+{_M}))?\b)"
    rf"|(?P<my>\b(?:{_PART})?(?:(?:el|en|de|desde|hasta|para|durante)\s+)?(?:(?P<mymod>proximo|pasado)\s+)?"
    rf"(?P<mym>{_M})\s+(?:de|del)\s+(?P<myy>{_Y})\b)"
    rf"|(?P<mo>\b(?:{_PART}|(?P<mprep>en|desde|hasta|para|durante|el|de)\s+)(?:(?P<mmod>pasado|proximo)\s+)?"
    rf"(?P<mm>{_M})\b(?:\s+(?P<mpost>pasado|ultimo|proximo|proximo))?)"
    rf"|(?P<rel>\b(?:(?P<rdet>el|la|este|esta|del|de la|en la|en el)\s+)?(?:(?P<rpre>pasado|pasada|proximo|proxima|"
    rf"ultimo|ultima)\s+)?(?P<unit>semana|mes|ano|fin de semana)(?:\s+(?P<rpost>pasado|pasada|proximo|proxima|"
    rf"anterior|entrante|que viene))?\b(?!\s+{_Y}))"
    rf"|(?P<partof>\b{_PART}(?P<punit>mes|ano|semana|{_Y})\b)"
    rf"|(?P<dayword>\b(?:esta\s+(?:manana|tarde|noche)|pasado manana|anteayer|antier|ayer|anoche|hoy|la vispera|"
    rf"(?<!la )(?<!esta )(?<!misma )(?<!esa )(?<!cada )(?<!una )(?<!aquella )manana(?!\s+(?:de|del)\b))\b)"
    rf"|(?P<follow>\b(?:al\s+dia\s+siguiente|(?:un|dos|tres|\d)\s+dias?\s+(?:despues|antes)|"
    rf"(?:ese|aquel)\s+(?:mismo\s+)?dia|(?:esa|aquella)\s+misma\s+(?:manana|tarde|noche))\b)"
    rf"|(?P<ago>\bhace\s+(?P<an>un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d{{1,2}})\s+"
    rf"(?P<au>anos?|mes|meses|semanas?|dias?)\b)"
    rf"|(?P<year>\b(?:(?:en|de|desde|hasta|para|durante|el ano|en el ano|del ano)\s+)(?P<yy>{_Y})\b(?![.,]?\d))"
)
_ANCHOR = re.compile(rf"\d|\b(?:{_M}|{_W}|semanas?|mes|meses|anos?|ayer|anoche|anteayer|antier|hoy|manana|vispera|"
                     r"dia|dias)\b")
_UNIT_WORDS = ("semana", "mes", "ano", "fin de semana")
_FUTURE_MODS = ("proximo", "proxima", "entrante", "que viene")
_PAST_MODS = ("pasado", "pasada", "ultimo", "ultima", "anterior")


_PAIRS = tuple(zip("áéíóúüñºª°", "aeiouunooo", strict=True))


def fold_same_length(text: str) -> str:
    """Lower case without accents, one character for one (offsets stay valid)."""
    low = text.lower()
    if len(low) != len(text):
        return text
    for a, b in _PAIRS:  # str.replace runs in C: far faster than str.translate with a table
        if a in low:
            low = low.replace(a, b)
    return low


@dataclass(frozen=True)
class EsDate(WrittenDate):
    """A Spanish date expression as written; ``resolve`` turns it into a date range."""

    @property
    def future_word(self) -> bool:
        """The words point ahead ("el próximo lunes", "mañana", "la semana que viene")."""
        g = self.groups
        mods = (g.get("dmod"), g.get("dpost"), g.get("wmod"), g.get("wpost"), g.get("mymod"), g.get("mmod"),
                g.get("mpost"), g.get("rpre"), g.get("rpost"))
        return any(m in _FUTURE_MODS for m in mods if m) or (self.kind == "dayword" and self.text.lower().endswith(
            ("mañana", "manana")) and "esta" not in self.text.lower())

    @property
    def follows(self) -> bool:
        """The date is told from the previous event's day ("al día siguiente", "un día antes", "esa misma mañana")."""
        return self.kind == "follow"

    @property
    def days_after_previous(self) -> int:
        """ "al día siguiente" 1, "dos días después" 2, "un día antes" -1, "ese mismo día" 0 (0 when not
        :attr:`follows`)."""
        if self.kind != "follow":
            return 0
        words = self.text.lower().split()
        if words[0] in ("ese", "esa", "aquel", "aquella"):
            return 0
        n = {"un": 1, "dos": 2, "tres": 3}.get(words[0], int(words[0]) if words[0].isdigit() else 1)
        return -n if words[-1] == "antes" else n


def find_dates(text: str, folded: str, start: int = 0, end: int | None = None) -> list[EsDate]:
    """Every Spanish date expression of ``text[start:end]`` (``folded`` is :func:`fold_same_length` of it)."""
    found = scan_dates(folded, start, len(text) if end is None else end, _ANCHOR, _PATTERN, 40, _kind)
    return [EsDate(m.start(), m.end(), text[m.start():m.end()], kind, m.groupdict()) for m, kind in found]


_KINDS = ("range", "yrange", "day", "wd", "my", "mo", "rel", "partof", "dayword", "follow", "ago", "year")


def _kind(m: re.Match[str]) -> str | None:
    kind = next(k for k in _KINDS if m.group(k) is not None)
    if kind == "rel" and not (m.group("rdet") in ("este", "esta") or m.group("rpre") or m.group("rpost")):
        return None  # "el mes", "la semana" alone say no date
    return kind


def _num(s: str) -> int:
    return int(s.rstrip(".o"))


def _on(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, min(d, calendar.monthrange(y, m)[1]))


def _year_for(m: int, d: int, pub: dt.date, future: bool) -> int:
    y = pub.year
    cand = dt.date(y, m, min(d, calendar.monthrange(y, m)[1]))
    if future and cand < pub:
        return y + 1
    if not future and cand > pub:
        return y - 1
    return y


def resolve(e: EsDate, pub: dt.date | None, future: bool = False) -> DateX:
    """The date range of ``e``; relative expressions without ``pub`` are unknown."""
    try:
        rng, prec = _resolve(e, pub, future or e.future_word)
    except (ValueError, OverflowError, KeyError, TypeError):
        rng, prec = None, Precision.UNKNOWN
    if rng is None:
        return DateX(None, None, Precision.UNKNOWN, e.text)
    return DateX(rng[0], rng[1], prec, e.text)


def _resolve(e: EsDate, pub: dt.date | None, future: bool) -> tuple[tuple[dt.date, dt.date] | None, Precision]:
    g, k = e.groups, e.kind
    if k == "yrange":
        return (dt.date(int(g["ya"]), 1, 1), dt.date(int(g["yb"]), 12, 31)), Precision.YEAR
    if k == "year":
        y = int(g["yy"])
        return year_span(y), Precision.YEAR
    if k == "my":
        return month_span(int(g["myy"]), MONTHS[g["mym"]]), Precision.MONTH
    if k == "day" and g["dy"]:
        return day_span(dt.date(int(g["dy"]), MONTHS[g["dm"]], _num(g["dd"]))), Precision.DAY
    if k == "range" and g["ry2"]:
        y2, m2 = int(g["ry2"]), MONTHS[g["rm2"]]
        m1 = MONTHS[g["rm1"]] if g["rm1"] else m2
        y1 = int(g["ry1"]) if g["ry1"] else (y2 if m1 <= m2 else y2 - 1)
        return (dt.date(y1, m1, _num(g["rd1"])), dt.date(y2, m2, _num(g["rd2"]))), Precision.WEEK
    if k == "partof" and g["punit"][0].isdigit():
        y = int(g["punit"])
        return year_span(y), Precision.YEAR
    if pub is None:
        return None, Precision.UNKNOWN
    if k == "day":
        m, d = MONTHS[g["dm"]], _num(g["dd"])
        past = g["dmod"] in _PAST_MODS or g["dpost"] in _PAST_MODS
        if not past and not future and e.text.lower().startswith(("este ", "esta ")):
            y = min((pub.year - 1, pub.year, pub.year + 1), key=lambda yy: abs((_on(yy, m, d) - pub).days))
            return day_span(_on(y, m, d)), Precision.DAY  # "este 1 de septiembre": this year's, ahead or just past
        return day_span(dt.date(_year_for(m, d, pub, future and not past), m, d)), Precision.DAY
    if k == "range":
        m2, m1 = MONTHS[g["rm2"]], MONTHS[g["rm1"] or g["rm2"]]
        y2 = _year_for(m2, _num(g["rd2"]), pub, future)
        return (dt.date(y2 if m1 <= m2 else y2 - 1, m1, _num(g["rd1"])), dt.date(y2, m2, _num(g["rd2"]))), \
            Precision.WEEK
    if k == "wd":
        return day_span(_weekday(WEEKDAYS[g["wday"]], g, pub, future)), Precision.DAY
    if k in ("mo", "my"):
        m = MONTHS[g["mm"]]
        mods = (g["mmod"], g["mpost"])
        ahead = any(x in _FUTURE_MODS for x in mods if x) or (future and not any(x in _PAST_MODS for x in mods if x))
        y = pub.year
        if ahead:
            y = y if m > pub.month or (m == pub.month and not g["mmod"]) else y + 1
        elif m > pub.month or (m == pub.month and any(x in _PAST_MODS for x in mods if x)):
            y -= 1
        return month_span(y, m), Precision.MONTH
    if k == "rel":
        step = 1 if (g["rpre"] or "") in _FUTURE_MODS or (g["rpost"] or "") in _FUTURE_MODS else -1 if (
            (g["rpre"] or "") in _PAST_MODS or (g["rpost"] or "") in _PAST_MODS) else 0
        if step == 0 and g["unit"] == "fin de semana" and not future and pub.weekday() < 5:
            step = -1  # "dijo este fin de semana" on a weekday: the weekend just gone
        return _relative(g["unit"], step, pub)
    if k == "partof":
        unit = g["punit"]
        if unit == "ano":
            return year_span(pub.year), Precision.YEAR
        if unit == "semana":
            return week_span(pub), Precision.WEEK
        return month_span(pub.year, pub.month), Precision.MONTH
    if k == "ago":  # "hace dos años": the year, month, week or day that long before publication
        n = _NUMBERS.get(g["an"]) or int(g["an"])
        unit = g["au"].rstrip("s")
        if unit == "ano":
            return year_span(pub.year - n), Precision.YEAR
        if unit in ("mes", "mese"):
            y, m = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return month_span(y, m + 1), Precision.MONTH
        if unit == "semana":
            return week_span(pub - dt.timedelta(days=7 * n)), Precision.WEEK
        return day_span(pub - dt.timedelta(days=n)), Precision.DAY
    if k == "dayword":
        w = re.sub(r"\s+", " ", e.text.lower().translate(_FOLD))
        off = 0 if w.startswith("esta ") else DAY_WORDS.get(w, 0)
        return day_span(pub + dt.timedelta(days=off)), Precision.DAY
    return None, Precision.UNKNOWN


_NUMBERS = {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
            "nueve": 9, "diez": 10}


def _weekday(wd: int, g: dict[str, str | None], pub: dt.date, future: bool) -> dt.date:
    mods = (g["wmod"] or "", g["wpost"] or "")
    if g["wnum"]:  # "el martes 10": the day 10 nearest the publication that falls on that weekday
        n = _num(g["wnum"])
        for delta in range(0, 40):
            for d in (pub + dt.timedelta(days=delta), pub - dt.timedelta(days=delta)):
                if d.day == n and d.weekday() == wd:
                    return d
    if any(m in _FUTURE_MODS for m in mods) or (future and not any(m in _PAST_MODS for m in mods)):
        delta = (wd - pub.weekday()) % 7
        return pub + dt.timedelta(days=delta or (7 if mods[0] or mods[1] else 0))
    delta = (pub.weekday() - wd) % 7
    if any(m in _PAST_MODS for m in mods) and delta == 0:
        delta = 7
    if g["wdet"] in ("este", "esta") and not any(mods) and 7 - delta < delta:
        return pub + dt.timedelta(days=7 - delta)  # "el partido de este domingo" on a Saturday: tomorrow
    return pub - dt.timedelta(days=delta)


_UNITS = {"semana": "week", "fin de semana": "weekend", "mes": "month"}  # else a year


def _relative(unit: str, step: int, pub: dt.date) -> tuple[tuple[dt.date, dt.date], Precision]:
    return shifted_span(_UNITS.get(unit, "year"), step, pub)


def days_after(anchor: DateX, days: int, text: str) -> DateX:
    """The day ``days`` after a day-precise anchor; unknown otherwise."""
    if anchor.start is None or anchor.precision != Precision.DAY:
        return DateX(None, None, Precision.UNKNOWN, text)
    d = anchor.start + dt.timedelta(days=days)
    return DateX(d, d, Precision.DAY, text)
