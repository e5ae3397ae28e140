"""How a classified name is used where it stands: a country named as a place ("sales in France and Italy"), a
wire credit at the end of a story ("— AFP"), a capitalised thing after a determiner ("the Chevrolet Sonic", "our
Arm's Length Bodies"). Such mentions are no actors; the same name elsewhere in the text still can be."""

from __future__ import annotations

import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import Cand
from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.gazetteer import country_of

# prepositions after which a country is where something happens, not who acts
_PLACE_PREPOSITIONS = frozenset({"in", "at", "inside", "across", "throughout", "within", "into", "near", "outside",
                                 "around", "via", "through"})
# "to"/"from" make a place after a word of movement ("bring jobs to the U.S.", "flew in from Japan")
_MOVEMENT = frozenset({"bring", "brings", "brought", "bringing", "travel", "travels", "traveled", "travelled",
                       "traveling", "travelling", "trip", "trips", "visit", "visits", "return", "returns", "returned",
                       "returning", "flew", "fly", "flies", "flight", "flights", "move", "moved", "moves", "moving",
                       "export", "exports", "exported", "ship", "shipped", "shipments", "back", "go", "goes", "went",
                       "going", "come", "came", "arrive", "arrived", "arrives", "fled", "flee", "migrated",
                       "deported", "relocate", "relocated"})
_PREPOSITION_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s+(?:the\s+)?$")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z'’])([A-Za-z]+)(['’]s)?\s+$")
_CLAUSE_BEFORE = re.compile(r"(?<![A-Za-z])([a-z][a-z ]*?)\s+(to|from)\s+(?:the\s+)?$")
_LIST_LINK = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
_DETERMINERS = frozenset({"the", "a", "an", "our", "their", "its", "this", "that", "these", "those", "his", "her",
                          "your", "my"})
# a person's name used as a modifier keeps its person ("the Joe Biden administration")
_PERSON_MODIFIED = frozenset({"administration", "government", "era", "campaign", "presidency", "family", "cabinet",
                              "camp", "team", "years", "doctrine", "foundation", "rally", "rallies", "trial", "case"})
_NAMING = re.compile(r"\b(?:as|called|named|dubbed)\s+$")
_CREDIT_BEFORE = re.compile(r"(?:^|[.!?\"”’)])[ \t]*[—–-]{1,2}[ \t]*$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


# a possessive country before a named person or body ("Greece's ninth-ranked Maria Sakkari", "Canada's BlackBerry
# Ltd"): where they come from, not the country acting
_AFFILIATION_AFTER = re.compile(r"['’´]s\s+(?:(?:[a-z][\w-]*|\d+\w*)\s+){0,3}((?:[A-Z][\w.&-]*\s?){1,3})")


def _affiliation_after(text: str, end: int) -> bool:
    """Whether a possessive at ``end`` introduces a named person or firm, not one of the country's own bodies or
    offices ("Paraguay's Senate", "Brazil's President Lula": the country acts through them)."""
    m = _AFFILIATION_AFTER.match(text, end)
    return m is not None and not any(fold(w) in lx.INSTITUTION_CUES or lx.role_of(fold(w)) is not None
                                     for w in m.group(1).split())
# "27 miles east of Tambo, Peru, at a depth": a town, then its country; not a list ("of Turkey, Germany, France")
_APPOSED_TO_TOWN = re.compile(r"\b(?:of|in|near|from|at|outside)\s+([A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+)?),\s+$")
_COMPASS_BEFORE = re.compile(r"\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:east|west)?(?:ern\s+|\s+of\s+(?:the\s+)?)$"
                             r"|\bcentral\s+$")


def place_use(text: str, c: Cand, previous: Cand | None, previous_place: bool) -> bool:
    """True when country ``c`` is named as a place: after "in"/"across" or a word of movement and "to"/"from",
    or listed after such a place ("in France, Greece and Italy"); never for "Brazil's ..."."""
    if text.startswith(("'s", "’s"), c.end):
        return False
    if previous is not None and previous_place and _LIST_LINK.fullmatch(text, previous.end, c.start):
        return True
    if not text[c.start - 1:c.start].isspace():
        return False  # both patterns below end in whitespace right before the name
    m = _CLAUSE_BEFORE.search(text, max(0, c.start - 60), c.start)
    if m is not None and any(w in _MOVEMENT for w in m.group(1).split()):
        return True  # "bring these jobs and this investment to the U.S."
    w = _PREPOSITION_BEFORE.search(text, max(0, c.start - 20), c.start)
    return w is not None and w.group(1).lower() in _PLACE_PREPOSITIONS


def country_as_origin(text: str, c: Cand) -> bool:
    """True when country ``c`` only says where someone or something is from or lies: before a named person or firm
    ("Britain's Dan Evans", "Canada's BlackBerry Ltd"; not "Paraguay's Senate"), after a town ("Tambo, Peru,"), after
    a compass word ("southern New Zealand", "south of New Zealand")."""
    if _affiliation_after(text, c.end) or _COMPASS_BEFORE.search(text, max(0, c.start - 24), c.start):
        return True
    town = _APPOSED_TO_TOWN.search(text, max(0, c.start - 40), c.start) if text[c.end:c.end + 1] in ",.;" else None
    return town is not None and country_of(town.group(1)) is None


def body_as_place(text: str, c: Cand) -> bool:
    """True for a one-word state body named as where something is ("a majority in Parliament")."""
    w = _PREPOSITION_BEFORE.search(text, max(0, c.start - 20), c.start)
    return " " not in c.surface and w is not None and w.group(1).lower() in ("in", "inside", "outside")


def competition(text: str, name: str) -> bool:
    """True for a league or cup that the text names as something won or played ("won the Premier League title"),
    a competition rather than the body that runs it."""
    words = name.split()
    if not words or words[-1].lower() not in _COMPETITION_HEADS:
        return False
    return re.search(rf"{re.escape(name)}\s+(?:{'|'.join(_COMPETITION_NOUNS)})\b", text) is not None


_COMPETITION_HEADS = frozenset({"league", "cup", "conference", "division"})
_COMPETITION_NOUNS = ("title", "titles", "season", "crown", "trophy", "champions", "championship", "table", "match",
                      "matches", "game", "games", "final", "finals", "fixture", "fixtures", "standings", "clash",
                      "record", "opener", "campaign", "race")


def wire_credit(text: str, s: int, e: int) -> bool:
    """True for "— AFP" closing a paragraph: the agency that supplied the story, not an actor in it."""
    if not text[max(0, s - 40):s].rstrip(" \t").endswith(("—", "–", "-")):
        return False  # no dash right before: _CREDIT_BEFORE cannot match (a cheap test: it runs for every run)
    line_start = text.rfind("\n", 0, s) + 1
    return bool(_CREDIT_BEFORE.search(text[max(line_start, s - 40):s])) and _LINE_END.match(text, e) is not None


def thing_after_determiner(text: str, run_start: int, c: Cand) -> bool:
    """True for a would-be person right after "the"/"our"/"a" ("the Chevrolet Sonic subcompact", "a Comprehensive
    Strategic Partnership"): people are not named with a determiner unless the name qualifies what follows."""
    if c.kind != "person" or c.role is not None:
        return False
    w = _WORD_BEFORE.search(text, max(0, run_start - 20), run_start)
    if w is not None and w.group(2) and w.group(1)[:1].isupper():  # "our Arm's Length Bodies": past the possessive
        w = _WORD_BEFORE.search(text, max(0, w.start() - 20), w.start())
    if w is None or w.group(2) or w.group(1).lower() not in _DETERMINERS or _NAMING.search(
            text, max(0, w.start() - 20), w.start()):
        return False  # "known as the Civic Table": a name given (the description says what it is)
    nxt = re.match(r"[’']?s?\s+([a-z]+)", text[c.end:c.end + 30])
    return not (nxt and nxt.group(1) in _PERSON_MODIFIED)
