"""Portuguese date expressions ("nesta terça-feira (19)", "na 3ª feira (18.jun.2024)", "em 12 de novembro",
"no ano passado", "ontem"), found on a folded copy of the text and resolved against the publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from sofa_desktop.extract.core.calendar_spans import day_span, month_span, shifted_span, week_span, year_span
from sofa_desktop.extract.core.date_scan import WrittenDate, scan_dates
from sofa_desktop.extract.core.types import DateX, Precision
from sofa_desktop.extract.lang.pt.vocab import DAY_WORDS, MONTH_ABBREVIATIONS, MONTHS, ORDINAL_WEEKDAYS, WEEKDAYS

_PAIRS = tuple(zip("áàâãéêíóôõúüçºª°", "aaaaeeiooouucoao", strict=True))


def fold_same_length(text: str) -> str:
    """Lower case without accents, one character for one (offsets stay valid)."""
    low = text.lower()
    if len(low) != len(text):
        return text
    for a, b in _PAIRS:
        if a in low:
            low = low.replace(a, b)
    return low


_M = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_W = r"(?:segunda|terca|quarta|quinta|sexta)(?:-feira|\s+feira)?|sabado|domingo"
_DN = r"(?:[12]\d|3[01]|0?[1-9])(?:o|\.o)?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_AHEAD = ("proximo", "proxima", "que vem", "seguinte")
_BEHIND = ("passado", "passada", "ultimo", "ultima", "anterior")
_PATTERN = re.compile(
    rf"(?P<wd>\b(?:(?P<wdet>nesta|neste|esta|este|nessa|nesse|na|no|da|do|de|desta|deste|a|o)\s+)?"
    rf"(?:(?P<wpre>proxima|proximo|ultima|ultimo|passada|passado)\s+)?"
    rf"(?:(?P<wday>{_W})|(?P<word>[2-6])a\s*-?\s*feira)(?:\s+(?P<wpost>passada|passado|que vem|seguinte))?"
    rf"(?:\s*\((?P<fd>{_DN})\.(?P<fm>[a-z]{{3}})\.(?P<fy>{_Y})\)"
    rf"|\s*(?:\(|,\s*(?:dia\s+)?)(?P<wnum>{_DN})\b(?!\s+de\s+{_M})\)?)?)"
    rf"|(?P<day>\b(?:(?:em|no dia|dia|de|ate|para|desde|a partir de|no|o|neste|nesse|entre)\s+)?(?P<dd>{_DN})"
    rf"\s+de\s+(?P<dm>{_M})(?:\s+(?:de\s+)?(?P<dy>{_Y}))?(?:\s+(?P<dpost>passado|ultimo|proximo))?\b)"
    rf"|(?P<dot>\b(?P<td>{_DN})\.(?P<tm>[a-z]{{3}})\.(?P<ty>{_Y})\b)"
    rf"|(?P<dayonly>\b(?:no\s+)?dia\s+(?P<on>{_DN})\b(?P<same>\s+do\s+mesmo\s+mes)?)"
    rf"|(?P<my>\b(?:(?:em|de|desde|ate|para|durante)\s+)?(?P<mym>{_M})\s+(?:de\s+)?(?P<myy>{_Y})\b)"
    rf"|(?P<mo>\b(?:em|desde|ate|para|durante|no inicio de|no fim de|no final de|em meados de)\s+"
    rf"(?P<mm>{_M})\b(?:\s+(?P<mpost>passado|ultimo|proximo|deste ano|do ano passado))?)"
    rf"|(?P<rel>\b(?:(?P<rdet>nesta|neste|esta|este|na|no|da|do|ate o|ate a|para o|para a|desde o|desde a)\s+)?"
    rf"(?:(?P<rpre>proxima|proximo|ultima|ultimo|passada|passado)\s+)?(?P<unit>semana|mes|ano|fim de semana)"
    rf"(?:\s+(?P<rpost>passada|passado|que vem|seguinte|anterior))?\b(?!\s+(?:de\s+)?{_Y}))"
    rf"|(?P<dayword>\b(?:hoje|ontem(?:\s+a\s+noite)?|anteontem|depois de amanha|amanha|na vespera|"
    rf"(?:nesta|esta)\s+(?:manha|tarde|noite))\b)"
    rf"|(?P<ago>\bha\s+(?P<an>um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|\d{{1,2}})\s+"
    rf"(?P<au>anos?|mes|meses|semanas?|dias?)\b)"
    rf"|(?P<year>\b(?:em|de|desde|ate|para|no ano de|o ano de|durante)\s+(?P<yy>{_Y})\b(?![.,]?\d))"
)
_ANCHOR = re.compile(rf"\d|\b(?:{_M}|segunda|terca|quarta|quinta|sexta|sabado|domingo|semana|mes|ano|hoje|ontem|"
                     r"anteontem|amanha|vespera|manha|tarde|noite|dia|ha)\b")
_NUMBERS = {"um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
            "oito": 8, "nove": 9, "dez": 10}
_KINDS = ("wd", "day", "dot", "dayonly", "my", "mo", "rel", "dayword", "ago", "year")


@dataclass(frozen=True)
class PtDate(WrittenDate):
    """A Portuguese date expression as written; :func:`resolve` turns it into a date range."""

    @property
    def future_word(self) -> bool:
        """The words point ahead ("na próxima semana", "amanhã", "o ano que vem")."""
        g = self.groups
        mods = (g.get("wpre"), g.get("wpost"), g.get("dpost"), g.get("mpost"), g.get("rpre"), g.get("rpost"))
        return any(m in _AHEAD for m in mods if m) or (self.kind == "dayword" and "amanha" in self.text.lower()
                                                        .replace("ã", "a") and "nesta" not in self.text.lower())


def find_dates(text: str, folded: str, start: int = 0, end: int | None = None) -> list[PtDate]:
    """Every date expression of ``text[start:end]`` (``folded`` is :func:`fold_same_length` of it)."""
    found = scan_dates(folded, start, len(text) if end is None else end, _ANCHOR, _PATTERN, 30, _kind)
    return [PtDate(m.start(), m.end(), text[m.start():m.end()], kind, m.groupdict()) for m, kind in found]


def _kind(m: re.Match[str]) -> str | None:
    kind = next(k for k in _KINDS if m.group(k) is not None)
    if kind == "rel" and not (m.group("rdet") in ("nesta", "neste", "esta", "este") or m.group("rpre")
                              or m.group("rpost")):
        return None  # "a semana", "o ano" alone say no date
    return kind


def resolve(e: PtDate, pub: dt.date | None, future: bool = False, month_of: dt.date | None = None) -> DateX:
    """The date range of ``e``; ``month_of`` is the day a "no dia 14 do mesmo mês" refers back to."""
    try:
        rng, prec = _resolve(e, pub, future or e.future_word, month_of)
    except (ValueError, OverflowError, KeyError, TypeError):
        rng, prec = None, Precision.UNKNOWN
    if rng is None:
        return DateX(None, None, Precision.UNKNOWN, e.text)
    return DateX(rng[0], rng[1], prec, e.text)


def _num(s: str) -> int:
    return int(s.rstrip(".o"))


def _year_for(m: int, d: int, pub: dt.date, future: bool) -> int:
    cand = dt.date(pub.year, m, min(d, calendar.monthrange(pub.year, m)[1]))
    if future and cand < pub:
        return pub.year + 1
    if not future and cand > pub:
        return pub.year - 1
    return pub.year


def _resolve(e: PtDate, pub: dt.date | None, future: bool, month_of: dt.date | None
             ) -> tuple[tuple[dt.date, dt.date] | None, Precision]:
    g, k = e.groups, e.kind
    if k == "wd" and g["fd"]:
        return day_span(dt.date(int(g["fy"]), MONTH_ABBREVIATIONS[g["fm"]], _num(g["fd"]))), Precision.DAY
    if k == "dot":
        return day_span(dt.date(int(g["ty"]), MONTH_ABBREVIATIONS[g["tm"]], _num(g["td"]))), Precision.DAY
    if k == "year":
        y = int(g["yy"])
        return year_span(y), Precision.YEAR
    if k == "my":
        return month_span(int(g["myy"]), MONTHS[g["mym"]]), Precision.MONTH
    if k == "day" and g["dy"]:
        return day_span(dt.date(int(g["dy"]), MONTHS[g["dm"]], _num(g["dd"]))), Precision.DAY
    if pub is None:
        return None, Precision.UNKNOWN
    if k == "day":
        m, d = MONTHS[g["dm"]], _num(g["dd"])
        past = g["dpost"] in _BEHIND
        return day_span(dt.date(_year_for(m, d, pub, future and not past), m, d)), Precision.DAY
    if k == "dayonly":
        n = _num(g["on"])
        if g["same"] and month_of is not None:
            return day_span(dt.date(month_of.year, month_of.month, n)), Precision.DAY
        y, m = pub.year, pub.month
        if (n > pub.day) != future:
            y, m = divmod(y * 12 + m - 1 + (1 if future else -1), 12)
            m += 1
        return day_span(dt.date(y, m, n)), Precision.DAY
    if k == "wd":
        wd = WEEKDAYS[g["wday"].split("-")[0].split()[0]] if g["wday"] else ORDINAL_WEEKDAYS[g["word"]]
        return day_span(_weekday(wd, g, pub, future)), Precision.DAY
    if k == "mo":
        m = MONTHS[g["mm"]]
        post = g["mpost"] or ""
        y = pub.year
        if post == "do ano passado":
            y -= 1
        elif post == "proximo" or (future and post not in _BEHIND and post != "deste ano"):
            y = y if m >= pub.month else y + 1
        elif post != "deste ano" and m > pub.month or (m == pub.month and post in _BEHIND):
            y -= 1
        return month_span(y, m), Precision.MONTH
    if k == "rel":
        mods = (g["rpre"] or "", g["rpost"] or "")
        step = 1 if any(x in _AHEAD for x in mods) else -1 if any(x in _BEHIND for x in mods) else 0
        return _relative(g["unit"], step, pub)
    if k == "ago":
        n = _NUMBERS.get(g["an"]) or int(g["an"])
        unit = g["au"]
        if unit.startswith("ano"):
            return year_span(pub.year - n), Precision.YEAR
        if unit.startswith("mes"):
            y, m = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return month_span(y, m + 1), Precision.MONTH
        if unit.startswith("semana"):
            return week_span(pub - dt.timedelta(days=7 * n)), Precision.WEEK
        return day_span(pub - dt.timedelta(days=n)), Precision.DAY
    if k == "dayword":
        w = " ".join(fold_same_length(e.text).split())
        off = 0 if w.startswith(("nesta", "esta")) else DAY_WORDS.get(w, 0)
        return day_span(pub + dt.timedelta(days=off)), Precision.DAY
    return None, Precision.UNKNOWN


def _weekday(wd: int, g: dict[str, str | None], pub: dt.date, future: bool) -> dt.date:
    mods = (g["wpre"] or "", g["wpost"] or "")
    if g["wnum"]:  # "na segunda-feira (9)": the day 9 nearest the publication that falls on that weekday
        n = _num(g["wnum"])
        for delta in range(40):
            for d in (pub + dt.timedelta(days=delta), pub - dt.timedelta(days=delta)):
                if d.day == n and d.weekday() == wd:
                    return d
    if any(m in _AHEAD for m in mods) or (future and not any(m in _BEHIND for m in mods)):
        delta = (wd - pub.weekday()) % 7
        return pub + dt.timedelta(days=delta or (7 if any(mods) else 0))
    delta = (pub.weekday() - wd) % 7
    if any(m in _BEHIND for m in mods) and delta == 0:
        delta = 7
    return pub - dt.timedelta(days=delta)


_UNITS = {"semana": "week", "fim de semana": "weekend", "mes": "month"}  # else a year


def _relative(unit: str, step: int, pub: dt.date) -> tuple[tuple[dt.date, dt.date], Precision]:
    return shifted_span(_UNITS.get(unit, "year"), step, pub)
