"""All the candidates of a text: capitalised runs classified, cached on what their class depends on."""

from __future__ import annotations

import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import Cand
from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.gazetteer import affiliation
from sofa_desktop.extract.lang.en.names.around import locative, possessive_of, role_of_before, word_before
from sofa_desktop.extract.lang.en.names.classify import classify_run, label_words, speaks_for
from sofa_desktop.extract.lang.en.names.firms import company_run
from sofa_desktop.extract.lang.en.names.tokens import ACRONYM_AFTER, BODY_NOUN_AFTER, ORG_WORD_AFTER, RUN
from sofa_desktop.extract.lang.en.names.uses import (
    body_as_place,
    country_as_origin,
    place_use,
    thing_after_determiner,
    wire_credit,
)


def chunk(text: str, body_start: int = 0) -> list[Cand]:
    """All candidates in ``text``, in text order (the outlet credit of the dateline is skipped)."""
    out: list[Cand] = []
    last_place = False  # the previous candidate was a country named as a place
    previous: Cand | None = None
    joined_until = -1
    firms: set[str] = set()  # names that act as a company or a team somewhere in the text
    converted: set[int] = set()  # where a name was read as a firm by the words around it
    credit = _dateline_credit(text, body_start)
    for m in RUN.finditer(text):
        s, e = m.span()
        if s < joined_until:
            continue  # the surname after a nickname, read with the given name before it
        if text[e - 1] in "'’":  # "the United States’ interest": a plural possessive is no part of the name
            e -= 1
        if (nick := _NICKNAME.match(text, e)) is not None and (after := RUN.match(text, nick.end())) is not None:
            joined = _around_nickname(text, s, e, after.start(), after.end())
            if joined:
                joined_until = after.end()
                out.extend(joined)
                last_place, previous = False, joined[-1]
                continue
        if s < body_start + 120 and text[s - 1:s] == "(" and text[e:e + 1] == ")" or credit[0] <= s < credit[1]:
            continue  # "MOSCOW (UrduPoint News / Sputnik - 11th June) ...": who supplied the story
        if text[s - 1:s] == "@":
            continue  # "@PoliceKE": a social-media handle, not a name in the text
        if (tail := _court_tail(text, s, e)) is not None:
            e = joined_until = tail  # "U.S. Court of Appeals for the Tenth Circuit": one court
        # classification reads only the run, two facts about the word before it (a locative? a possessive, of
        # what?) and two about the text after it (" party", " (CONAIE)"); names recur, so cache on exactly that
        # (on the raw word before and 16 characters after, 26,716 keys for 2,000 articles missed; now 2,113)
        word, gap = word_before(text, s)
        acronym = ACRONYM_AFTER.match(text, e)
        key = (text[s:e], locative(word) or 2 * (word.lower() == "the") or 3 * role_of_before(text, s) + speaks_for(
            text, s),
               possessive_of(word, gap),
               ORG_WORD_AFTER.match(text, e) is not None, acronym.group(1) if acronym else None,
               BODY_NOUN_AFTER.match(text, e) is not None)
        done = _CACHE.get(key)
        if done is None:
            done = _CACHE[key] = [(c.start - s, c.end - s, c) for c in classify_run(text, s, e)]
            if len(_CACHE) > _CACHE_SIZE:
                _CACHE.clear()
        if (not done or done[0][2].kind in _MAYBE_FIRM and done[0][2].role is None) and (company_run(
                text, s + done[0][0] if done else s, s + done[-1][1] if done else e, [c for _, _, c in done])
                or (not done and text[s:e] in firms)):
            done = _as_companies(text, s, e, done)  # "Amazon missed estimates", "Arsenal 4-1 Norwich City"
            firms.update(c.surface for _, _, c in done)
            converted.update(s + a for a, _, _ in done)
        if len(done) == 1 and done[0][2].kind == "person" and done[0][2].role is None and (_QUOTED.match(
                text, s - 1, e + 1) and done[0][:2] == (0, e - s) or label_words(text, s + done[0][0], s + done[0][1])):
            continue  # a "Congestion Activity Fee" in quotation marks: the name of a thing; "Looking Forward:"
        if len(done) == 1 and done[0][2].kind == "country" and (_modifier_use(text, e) or text.startswith("$", e)):
            continue  # "a U.S. electronics retailer", "overhauls U.S. election law": the country does not act
        if len(done) == 1 and done[0][2].kind in ("organization", "institution") and text.endswith(
                _VENUE_HEADS, s, e) and word in ("in", "inside"):
            continue  # "slugged it out in STAPLES Center": the arena where it happened
        if len(done) == 1 and done[0][2].kind in ("organization", "institution") and _BUILDING_AFTER.match(text, e):
            continue  # "the former Jacksonville Police Department building": a building, not the body
        if s < body_start + 200 and _DATELINE_CREDIT.match(text, e):
            continue  # "Hanoi (VNA) –": the dateline's city and the agency's credit
        if wire_credit(text, s, e):
            continue
        for a, b, c in done:
            cand = Cand(s + a, s + b, c.surface.replace("\u00ad", ""), c.kind, c.role, c.country, c.stripped,
                        c.alias, c.ctx)
            if cand.kind in ("country", "single"):  # "in France, Greece and Italy": the list shares the place
                last_place = cand.place = place_use(text, cand, previous, last_place) or (
                    cand.kind == "country" and country_as_origin(text, cand))
                previous = cand
            else:
                last_place, previous = False, cand
                cand.place = cand.kind == "institution" and body_as_place(text, cand)
            if not thing_after_determiner(text, s, cand):
                out.append(cand)
    _companies_in_lists(text, out, firms, converted)
    return out


_DATELINE_PARENS = re.compile(r"[ \t]*(?:[A-Z][A-Z.,/'’ -]*(?:, [A-Z][a-z]{1,4}\.)?[ \t]+)?\(([^()\n]{2,80})\)")
_FOR_THE = re.compile(r" for the (?=[A-Z0-9])")
_COURT_HEADS = ("Court", "Appeals", "Tribunal")


def _dateline_credit(text: str, body_start: int) -> tuple[int, int]:
    """The span inside the parentheses that open the body after its dateline ("MOSCOW (Sputnik - 11 June) ...",
    "(Press-News.org) ..."): agencies and outlets credited, no actors of the story; (0, 0) when there is none."""
    start = body_start + len(text[body_start:body_start + 40]) - len(text[body_start:body_start + 40].lstrip())
    m = _DATELINE_PARENS.match(text, start)
    return m.span(1) if m is not None else (0, 0)


def _court_tail(text: str, s: int, e: int) -> int | None:
    """Where a court's name ends when "for the" continues it ("District Court for the District of Colorado"), or
    None."""
    if not text.endswith(_COURT_HEADS, s, e) or (m := _FOR_THE.match(text, e)) is None:
        return None
    after = RUN.match(text, m.end())
    return after.end() if after is not None else None


def _as_companies(text: str, s: int, e: int, done: list[tuple[int, int, Cand]]) -> list[tuple[int, int, Cand]]:
    """The names of a run read as companies: each name found in it, or the run less its opening capitalised
    function words ("Yesterday Amazon") when the words found none (a place name, "Amazon")."""
    if done:
        return [(a, b, Cand(a, b, c.surface, "organization")) for a, b, c in done]
    words = text[s:e].split(" ")
    if "of" in words:
        words = words[:words.index("of")]  # "Smoky Hill of Salina": the firm, then its town
    while words and fold(words[0]) in lx.STOP_CAPS:
        words.pop(0)
    if not words or " and " in f" {' '.join(words)} " or affiliation(words[0]) is not None:
        return []  # "to acquire German privately held ...": an adjective
    a = text.index(" ".join(words), s, e) - s
    b = a + len(" ".join(words))
    return [(a, b, Cand(a, b, text[s + a:s + b], "organization"))]


_QUOTED = re.compile(r"[\"“‘'][^\"“”‘’\n]+[\"”’']")
_NICKNAME = re.compile(r" [“\"]([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2})[”\"] (?=[A-Z])")


def _around_nickname(text: str, s: int, e: int, s2: int, e2: int) -> list[Cand]:
    """ "Police Chief Garold “Twig” Cramp", "Joaquin “El Chapo” Guzman": the runs around a quoted nickname read as
    one name; its candidates, or [] when that reading holds no person across the nickname."""
    first = text[s:e]
    found = classify_run(f"{first} {text[s2:e2]}", 0, len(first) + 1 + e2 - s2)
    cut = len(first)
    if not any(c.kind == "person" and c.start < cut < c.end for c in found):
        return []
    out = []
    for c in found:
        a = s + c.start if c.start < cut else s2 + c.start - cut - 1
        b = s + c.end if c.end <= cut else s2 + c.end - cut - 1
        out.append(Cand(a, b, c.surface, c.kind, c.role, c.country, c.stripped, c.alias, c.ctx))
    return out


_MAYBE_FIRM = ("single", "person")  # what a run first read as may be a firm's name
_VENUE_HEADS = (" Center", " Centre", " CENTER")
_BUILDING_AFTER = re.compile(r" (?:building|buildings|headquarters building|offices|campus|compound|premises)\b")
_DATELINE_CREDIT = re.compile(r" \([A-Z][A-Za-z]{1,6}\)\s*(?:[–—-]|[A-Z])")  # "SINGAPORE (AP) Elina ..."
_LIST_GAP = re.compile(r"\.?(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"  # "Corp. and"
                       r"(?:[a-z]+[A-Z]\w*(?:,\s+(?:and\s+)?|\s+and\s+))?")  # past a lower-case brand ("webMethods")


_GROUP_NOUN_AFTER = re.compile(r",?\s+(?:parties|companies|firms|groups|clubs|teams|banks|unions|airlines|"
                               r"carriers|brands|networks|broadcasters|newspapers|agencies)\b")


def _companies_in_lists(text: str, cands: list[Cand], firms: set[str], converted: set[int]) -> None:
    """ "Ford, Fiat Chrysler, and Hyundai have all announced": single words listed (with commas, three or more)
    beside a company are companies too; the names listed with a firm of ``firms`` ("Digital Insight, Foundry and
    Micromuse missed estimates") are firms, and so is every other mention of a firm's name; but a one-word firm
    read at a start of ``converted`` that is a word of a person's name stays a name (in place; linear: one pass
    over the candidates)."""
    people = {w for c in cands if c.kind == "person" for w in c.surface.split()}
    firms -= people  # "Musk agreed to buy it": the surname of a person named in the text stays his
    for c in cands:
        if c.surface in firms and c.kind in ("single", "person") and c.role is None:
            c.kind = "organization"  # "Microsoft said" after "Microsoft missed estimates"
        elif c.kind == "organization" and c.surface in people and " " not in c.surface and c.start in converted:
            c.kind = "single"
    i, n = 0, len(cands)
    while i < n:
        j = i
        while j + 1 < n and _LIST_GAP.fullmatch(text, cands[j].end, cands[j + 1].start):
            j += 1
        chain = cands[i:j + 1]
        kinds = {c.kind for c in chain}
        orgs = sum(c.kind in ("organization", "institution") for c in chain)
        if len(chain) >= 2 and (any(c.surface in firms for c in chain) or _GROUP_NOUN_AFTER.match(
                text, chain[-1].end) or orgs >= 2 and orgs * 2 > len(chain)):
            # "Pheu Thai, Prachachart and Future Forward parties"; "Bank of America, BNP Paribas Fortis and
            # Deutsche Bank": the names listed with firms, or before what they all are, are organisations
            for c in chain:
                if c.kind in ("single", "person") and c.role is None:
                    c.kind = "organization"
        elif len(chain) >= 3 and "organization" in kinds and "single" in kinds and kinds <= {"organization", "single"} \
                and "," in text[chain[0].end:chain[-1].start]:
            for c in chain:
                if c.kind == "single":
                    c.kind = "organization"
        i = j + 1


_NOUN_AFTER = re.compile(r" ([a-z][a-z-]+)(?: ([a-z]+))?")
_ACTING_NOUNS = frozenset({"officials", "official", "forces", "troops", "envoy", "envoys", "delegation",
                           "authorities", "diplomats", "negotiators", "team", "president", "leaders", "side",
                           "government", "administration", "embassy", "military", "army", "navy", "ministry",
                           "department", "congress", "senate", "treasury", "intelligence", "lawmakers"})
_IRREGULAR_PAST = frozenset({"said", "told", "made", "sent", "took", "won", "lost", "beat", "began", "sought",
                             "struck", "gave", "kept", "held", "led", "left", "met", "paid", "put", "set", "sold",
                             "spent", "stood", "thought", "wrote", "broke", "chose", "drew", "fought", "hit", "bought",
                             "brought", "cut", "let", "read", "rose", "fell", "grew", "knew", "saw", "became"})
_VERB_OBJECT = frozenset({"the", "a", "an", "its", "their", "new", "more", "further", "all", "that"})


def _modifier_use(text: str, e: int) -> bool:
    """True when a country name is followed by a common noun it qualifies ("U.S. retailer", "U.S. election law")."""
    m = _NOUN_AFTER.match(text, e)
    if m is None:
        return False
    word = m.group(1)
    if word in lx.FUNCTION_WORDS or word in lx.SPEECH_VERBS or word in _IRREGULAR_PAST or word.endswith("ed") or any(
            w in _ACTING_NOUNS for w in (word, m.group(2))):
        return False  # "U.S. officials", "US security forces", "the U.S. government": the country acts
    return not (word.endswith("s") and m.group(2) in _VERB_OBJECT)  # "U.S. imposes new tariffs": a verb


_CACHE: dict[tuple[str, int, str, bool, str | None, bool], list[tuple[int, int, Cand]]] = {}
_CACHE_SIZE = 100_000
