"""The words around a capitalised run: places before a title, team names, possessives, locatives."""

from __future__ import annotations

import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.places import big_cities
from sofa_desktop.extract.lang.en import gazetteer as gz
from sofa_desktop.extract.lang.en import lexicon as lx

_PLACE_WORDS = frozenset({"county", "parish", "city", "state", "township", "borough", "district", "province"})
_LOCATIVE = frozenset({"in", "to", "from", "at", "near", "outside", "across", "visit", "visited", "visiting", "around",
                        "toward", "towards", "into", "inside", "through", "via", "of", "reached", "left"})


def place_head(text: str, toks: list[tuple[str, int, int]]) -> bool:
    """True for the place before a title ("St. Tammany", "Cherokee County", "Texas")."""
    return bool(toks) and (fold(toks[-1][0]) in _PLACE_WORDS or place_like(text, toks))


def team_name(text: str, toks: list[tuple[str, int, int]]) -> bool:
    """A city, state or country followed by a plural nickname ("Boston Celtics", "Philadelphia 76ers")."""
    last = toks[-1][0]
    if not ((last.endswith("s") and not last.endswith(("ss", "us", "is"))) or any(ch.isdigit() for ch in last)):
        return False
    for k in range(len(toks) - 1, 0, -1):
        phrase = text[toks[0][1]:toks[k - 1][2]]
        if place_like(text, toks[:k]) or fold(phrase) in big_cities():
            return True
    return False


def place_like(text: str, toks: list[tuple[str, int, int]]) -> bool:
    if not toks:
        return False
    phrase = text[toks[0][1]:toks[-1][2]]
    return gz.is_place(phrase) or gz.country_of(phrase) is not None or fold(phrase) in gz.US_STATES


def _possessive_word(text: str, s: int) -> str:
    return possessive_of(*word_before(text, s))


def possessive_of(word: str, gap: str) -> str:
    """ "Brazil" for the word "Brazil's" followed by one space; else ''."""
    return word[:-2] if gap == " " and word.endswith(("'s", "’s")) and len(word) > 2 else ""


def possessive_country(text: str, s: int) -> str | None:
    word = _possessive_word(text, s)
    return gz.affiliation(word) if word else None


def word_before(text: str, s: int) -> tuple[str, str]:
    """The whitespace-separated word before ``s`` and the whitespace between: all a run's class depends on."""
    prev = text[max(0, s - 30):s]
    stripped = prev.rstrip()
    return (stripped.rsplit(None, 1)[-1] if stripped else ""), prev[len(stripped):]


_ROLE_OF = re.compile(r"\b([a-z]+)\s+(?:of|for)\s+(?:the\s+)?$")


def role_of_before(text: str, s: int) -> bool:
    if not text[max(0, s - 30):s].rstrip().endswith(("of", "for", "the")):
        return False  # what _ROLE_OF ends with: a cheap test first (it runs for every capitalised run)
    m = _ROLE_OF.search(text, max(0, s - 30), s)
    return m is not None and lx.role_of(m.group(1)) is not None


def the_before(text: str, s: int) -> bool:
    return word_before(text, s)[0].lower() == "the"


def locative_before(text: str, s: int) -> bool:
    return locative(word_before(text, s)[0])


def locative(word: str) -> bool:
    return fold(word.strip("(“\"'‘—–-,;:")) in _LOCATIVE
