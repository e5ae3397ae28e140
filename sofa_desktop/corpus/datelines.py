"""Wire and newspaper datelines at the start of a story: place, date and outlet; and the byline above one.

Forms read: "WASHINGTON, Dec. 16, 2025 (Reuters) —", "ASUNCION, Paraguay (AP) —", "Asunción, 3 may (EFE).-",
"BUENOS AIRES (AFP) -", "(Bloomberg) --", "London (CNN)It was", "LONDON, March 4, 2024 —",
"Asunción, 16 de diciembre de 2025 (IP) –",
"São Paulo, 5 de maio de 2024 (Agência Brasil) –", "BUENOS AIRES.-". Month names come from fixed tables
(:mod:`sofa_desktop.corpus.months`), never from the process locale.

Bylines read: "By JANE DOE, (AP)", "By Jane Doe and John Roe, The Associated Press", "BY JANE DOE" over
"Associated Press", "Por María Pérez (EFE)", "By JANE DOE Associated Press" (capitals for the name).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sofa_desktop.corpus.months import MONTH_PATTERN, WEEKDAY_PATTERN, month_number

_UPPER = "A-ZÁÉÍÓÚÑÜÂÊÔÃÕÇÀÈÌÒÙ"
_WORD = rf"[{_UPPER}][\w'’.-]*"
_LINK = r"(?:de|del|la|las|los|do|da|dos|das|of|el|upon|on)"
_PLACE = rf"{_WORD}(?:[ \t]+(?:{_LINK}[ \t]+)?{_WORD}){{0,4}}"
_MONTH = rf"(?i:{MONTH_PATTERN})\.?"
_WEEKDAY = rf"(?:(?i:{WEEKDAY_PATTERN})\.?,?[ \t]+)?"
_DATE = (
    rf"{_WEEKDAY}(?:(?P<mon>{_MONTH})[ \t]+(?P<day>\d{{1,2}})(?:,?[ \t]+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})(?:[ \t]+de)?[ \t]+(?P<mon2>{_MONTH})(?:[ \t]+(?:de[l]?[ \t]+)?(?P<year2>\d{{4}}))?)"
)
_OUTLET = r"\((?P<outlet>[^\W\d_][\w .&'’/-]{0,40}?)\)"
_DASH = r"(?:—|–|--?|\.-|\.–|:)"
DATELINE = re.compile(
    rf"(?P<place>{_PLACE}(?:,[ \t]*{_PLACE}){{0,2}})?"
    rf"(?:,?[ \t]*(?P<date>{_DATE}))?"
    rf"[ \t]*(?:{_OUTLET})?"
    rf"(?:[ \t]*\.?[ \t]*(?P<dash>{_DASH})[ \t]+|(?<=\))[ \t]*(?=[{_UPPER}]))"  # "London (CNN)It was..."
)
_MAX_CHARS = 140


@dataclass(frozen=True)
class Dateline:
    """What a dateline says; ``end`` is where the story's first sentence starts."""

    start: int
    end: int
    place: str | None
    outlet: str | None
    date: dt.date | None  # a full date
    month_day: tuple[int, int] | None  # "3 may" without a year: (5, 3)

    def date_in(self, year: int) -> dt.date | None:
        """The year-less date resolved in ``year`` (None if it does not exist, e.g. 29 February)."""
        if self.month_day is None:
            return self.date
        try:
            return dt.date(year, *self.month_day)
        except ValueError:
            return None


def find_dateline(text: str, pos: int = 0) -> Dateline | None:
    """The dateline starting at ``pos`` in ``text``, or None when the story starts without one."""
    m = DATELINE.match(text, pos, min(len(text), pos + _MAX_CHARS))
    if m is None or m.end() == pos:
        return None
    place, outlet, date_text = m.group("place"), m.group("outlet"), m.group("date")
    if not (place or outlet):
        return None
    if not (outlet or date_text or _looks_like_place_only(place, m.group("dash"))):
        return None
    date, month_day = _read_date(m)
    if date_text and date is None and month_day is None:
        return None  # "May 45" or "31 de febrero": not a dateline we can trust
    return Dateline(pos, m.end(), _clean_place(place), outlet.strip() if outlet else None, date, month_day)


_DATE_LINE = re.compile(rf"[ \t]*{_DATE}[ \t]*(?:\n|$)")


def find_date_line(text: str, pos: int = 0) -> dt.date | None:
    """The full date on a line of its own at ``pos`` ("December 4, 2025", "jueves 4 de diciembre de 2025"), as a
    press release prints it above the story; None for anything else (a date without its year too)."""
    m = _DATE_LINE.match(text, pos)
    return _read_date(m)[0] if m is not None else None


_SIGNOFF = re.compile(  # "This report by The Canadian Press was first published Dec. 3, 2025."
    rf"This (?:report|article|story) by (?P<outlet>(?:The )?{_WORD}(?:[ \t]+{_WORD}){{0,3}}) was first published"
    rf"(?: on)?[ \t]+(?P<date>{_DATE})")
_SIGNOFF_CHARS = 400


@dataclass(frozen=True)
class SignOff:
    """The outlet and date a wire service writes under its copy."""

    outlet: str
    date: dt.date | None


def find_signoff(text: str) -> SignOff | None:
    """The sign-off line at the end of a story ("This report by The Canadian Press was first published Dec. 3,
    2025."), or None."""
    found = list(_SIGNOFF.finditer(text, max(0, len(text) - _SIGNOFF_CHARS)))
    return SignOff(found[-1].group("outlet"), _read_date(found[-1])[0]) if found else None


def _clean_place(place: str | None) -> str | None:
    """"BUENOS AIRES." -> "BUENOS AIRES"; "Washington, D.C." keeps its abbreviation."""
    if not place:
        return None
    place = place.strip()
    last = place.rsplit(None, 1)[-1]
    return place[:-1] if last.endswith(".") and last.count(".") == 1 else place


def _looks_like_place_only(place: str | None, dash: str | None) -> bool:
    """"BUENOS AIRES —" or "BUENOS AIRES.-": capitals and a dash; "Washington, DC –" has its region."""
    if not place or dash in (None, ":"):
        return False
    letters = [ch for ch in place if ch.isalpha()]
    return (sum(ch.isupper() for ch in letters) >= 0.8 * len(letters) and len(letters) >= 3) or "," in place


def _read_date(m: re.Match[str]) -> tuple[dt.date | None, tuple[int, int] | None]:
    month_word = m.group("mon") or m.group("mon2")
    if month_word is None:
        return None, None
    month = month_number(month_word)
    day = int(m.group("day") or m.group("day2"))
    year_text = m.group("year") or m.group("year2")
    if month is None or not 1 <= day <= 31:
        return None, None
    if year_text is None:
        return None, ((month, day) if day <= (29 if month == 2 else 31) else None)
    try:
        return dt.date(int(year_text), month, day), None
    except ValueError:
        return None, None


_PARTICLES = {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "van", "von", "der", "den", "y", "e"}
_NAME_WORD = rf"[{_UPPER}][\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:(?:{'|'.join(sorted(_PARTICLES - {'y', 'e'}))})[ \t]+)?{_NAME_WORD}){{0,4}}"
_NAMES = rf"{_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|y|e|&)[ \t]+){_NAME}){{0,5}}"
_BYLINE = re.compile(
    rf"(?:By|BY|Por|POR)[ \t]+(?P<names>{_NAMES})[ \t]*(?:,[ \t]*)?"
    rf"(?:\((?P<paren>[^()\n]{{1,40}})\)[ \t]*(?:{_DASH}[ \t]*(?=\S)|\.?[ \t]*(?:\n|$))"  # "(AP)", "(AP) — The…"
    rf"|(?P<rest>[^\n]{{0,60}})(?:\n|$))")
_OUTLET_LINE = re.compile(rf"(?P<outlet>(?:The[ \t]+)?{_NAME})[ \t]*(?:\n|$)")
_NEWS_NOUNS = {"press", "news", "agency", "agencia", "agência", "prensa", "noticias", "notícias", "wire", "service",
               "presse", "media", "times", "post", "tribune", "herald", "journal", "diario", "jornal"}


@dataclass(frozen=True)
class Byline:
    """The reporters named above a story and the outlet written with them; ``end`` is past its line(s)."""

    authors: tuple[str, ...]
    outlet: str | None
    end: int


def find_byline(text: str, pos: int = 0) -> Byline | None:
    """The byline line starting at ``pos`` ("By JANE DOE, (AP)"), with an outlet line under a lone name, or None."""
    m = _BYLINE.match(text, pos)
    if m is None:
        return None
    if m.group("paren") is not None:
        names, outlet = m.group("names"), m.group("paren").strip()
    else:
        names, outlet = _split_outlet(m.group("names"), m.group("rest"))
    if names is None:
        return None
    end = m.end()
    if outlet is None and not m.group("rest").strip():  # "BY JANE DOE" then "Associated Press" on its own line
        below = _OUTLET_LINE.match(text, end)
        if below is not None and _is_outlet(below.group("outlet")):
            outlet, end = below.group("outlet"), below.end()
    authors = tuple(_as_written(n) for n in re.split(r"[ \t]*,[ \t]*|[ \t]+(?:and|y|e|&)[ \t]+", names) if n)
    return Byline(authors, outlet, end)


def _split_outlet(names: str, rest: str) -> tuple[str | None, str | None]:
    """The names and the outlet of a byline: "(AP)" after them, a last ", The Associated Press", or words in
    another case after a name in capitals ("JANE DOE Associated Press"). None for names when the line is a
    sentence ("By Tuesday, the port had reopened")."""
    if rest.strip():
        return None, None
    parts = [p.strip() for p in names.split(",")]
    if len(parts) > 1 and (parts[-1].startswith("The ") or _is_outlet(parts[-1])):
        return ", ".join(parts[:-1]), parts[-1]
    words = names.split()
    for i in range(1, len(words)):
        head, tail = " ".join(words[:i]), " ".join(words[i:])
        if head.isupper() and not words[i].isupper() and _is_outlet(tail):
            return head, tail
    return names, None


def _is_outlet(words: str) -> bool:
    """Words that name a news organisation: one of the usual nouns ("Press", "Agencia") or an acronym ("AP")."""
    tokens = words.split()
    return any(t.casefold() in _NEWS_NOUNS for t in tokens) or (len(tokens) == 1 and tokens[0].isupper()
                                                                and 2 <= len(tokens[0]) <= 5)


def _as_written(name: str) -> str:
    """A name in capitals as a person writes it ("JANE DOE" -> "Jane Doe", "MARÍA DE LA CRUZ" -> "María de la
    Cruz"); other names as they are."""
    name = " ".join(name.split())
    if not name.isupper():
        return name
    return " ".join(w.lower() if w.lower() in _PARTICLES and i else w.capitalize()
                    for i, w in enumerate(name.split()))
