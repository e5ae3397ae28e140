"""One capitalised run split into titles, countries, organisations and people."""

from __future__ import annotations

import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import Cand
from sofa_desktop.extract.core.places import big_cities, provinces
from sofa_desktop.extract.lang.en import gazetteer as gz
from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.names.affiliations import affiliation_kind, described_affiliation
from sofa_desktop.extract.lang.en.names.around import (
    locative_before,
    place_head,
    place_like,
    possessive_country,
    possessive_of,
    role_of_before,
    team_name,
    the_before,
    word_before,
)
from sofa_desktop.extract.lang.en.names.tokens import (
    ACRONYM_AFTER,
    BODY_NOUN_AFTER,
    CUES,
    ORG_WORD_AFTER,
    is_org,
    looks_like_name_token,
    match_phrase,
    org_kind,
    split_tokens,
)

_NAME_OPENERS = frozenset({"new", "all", "independent", "local", "united", "national"})
_RANK = re.compile(r"No\.?\d*")
_REGION_DEMONYMS = frozenset({"american", "americans", "european", "europeans", "african", "africans", "asian",
                              "asians", "caribbean", "andean"})
# street words that end a road's name and no surname ("Lane", "Street", "Way" are surnames too)
# the endings of the nouns that name a minister's field ("Protection", "Development", "Security", "Affairs")
_FIELD_NOUN = re.compile(r"(?:tion|ment|ity|ism|ance|ence|ure|ics|ogy|ness|ship|Affairs|Services|Works|Resources|"
                         r"Relations)$")
_ADDRESS_BEFORE = re.compile(r"(?:\b\d+[A-Za-z]?|\b(?:on|along|off))\s+$")
# features of the land and the sea: "Fiery Cross Reef", "Scarborough Shoal" (NON_ACTOR_HEADS has rivers, islands)
_TERRAIN_HEADS = frozenset({"reef", "reefs", "shoal", "shoals", "atoll", "archipelago", "glacier", "volcano",
                            "plateau", "lagoon", "wetlands", "reservoir", "district"})  # (no "Marsh", "Pass": surnames)
_FIELD_PREPOSITIONS = frozenset({"of", "for"})
_OF_AFTER = re.compile(r" of (?:the )?([A-Z][\w’'-]*)")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,6}s")
_AREA_PREFIXES = frozenset({"metro", "greater"})  # "Metro Manila", "Greater London": a city's area
_BODY_PLURALS = frozenset({"teams", "units", "squads", "brigades", "crews", "groups", "taskforces"})
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                           "fifteen", "twenty", "thirty", "fifty", "hundred", "hundreds", "thousands", "dozens"})
_ROAD_HEADS = frozenset({"rd", "road", "roads", "ave", "avenue", "blvd", "boulevard", "hwy", "highway", "freeway",
                         "expressway", "motorway", "parkway", "pkwy", "terrace"})
_CONTRACTION = re.compile(r"['’](?:ve|ll|re|m|d)$")
_NOT_PERSON_CONNECTORS = frozenset({"of", "of the", "and", "for", "on", "the"})
_MAX_RUN = 14  # longer capitalised runs are split at "and"; pieces longer than this are no names
_ACRONYM = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,8}")  # "RTÉ" too
_BASED = re.compile(r".-(?:based|headquartered|owned|backed)$")


def _based_company(text: str, s: int, e: int) -> list[Cand] | None:
    """ "Santa Clara-based Palo Alto Networks", "Kremlin-backed Gazprom": the name after the located or owned
    adjective is a company or group, never a person nor a place; None when the run has no such adjective."""
    toks = split_tokens(text, s, e)
    based = max((j for j, t in enumerate(toks[:-1]) if _BASED.search(t[0])), default=-1)
    if based < 0:
        return None
    return [Cand(c.start, c.end, c.surface, "organization", None, c.country, c.stripped, c.alias, c.ctx)
            if c.kind in ("person", "single") else c for c in _classify_tokens(text, toks[based + 1:])]


def classify_run(text: str, s: int, e: int) -> list[Cand]:
    """Split one capitalised run into candidates (titles stripped into ``role``, countries into ``country``)."""
    if "-" in text[s:e] and (based := _based_company(text, s, e)) is not None:
        return based
    if " " not in text[s:e]:
        if fold(text[s:e]) in lx.STOP_CAPS:
            return []  # the common case: a capitalised word that starts a sentence
    elif gz.is_place(text[s:e]):
        return []  # "MEXICO CITY", "Panama City": a place, not the country
    toks = split_tokens(text, s, e)
    if len(toks) <= _MAX_RUN:
        return _classify_tokens(text, toks)
    out: list[Cand] = []  # an odd, long run ("A and B and C ..."): classify its pieces between "and"s
    piece: list[tuple[str, int, int]] = []
    for t in [*toks, ("and", e, e)]:
        if t[0] == "and":
            if 0 < len(piece) <= _MAX_RUN:
                out.extend(_classify_tokens(text, piece))
            piece = []
        else:
            piece.append(t)
    return out


def _classify_tokens(text: str, toks: list[tuple[str, int, int]]) -> list[Cand]:
    out: list[Cand] = []
    role = country = None
    role_at: int | None = None
    last_role_end = -1
    i, n = 0, len(toks)
    while i < n:
        r, k = match_phrase(toks, i, lx.ROLES, lx.MAX_ROLE_TOKENS)
        if r is not None:
            if role is not None and role_at is not None and last_role_end == i:
                # "Deputy" + "Treasury Secretary"
                r = f"{role[0].upper()}{role[1:]} {r}" if r[0].isupper() else f"{role} {r}"
            role_at = i if role_at is None else role_at
            role, i = r, i + k
            last_role_end = i
            continue
        c, k = match_phrase(toks, i, gz._ALIAS, gz.MAX_COUNTRY_TOKENS)
        dem = None if c else gz.demonym_country(toks[i][0])
        if c or dem:
            k = k or 1
            rest = toks[i + k:]
            if rest and is_org(rest) and lx.role_of(fold(rest[0][0])) is None and fold(rest[0][0]) != "and":
                break  # "US State Department", "Paraguayan Senate": the country belongs to the name
            if c and not (rest and fold(rest[0][0]) != "and" and str(
                    match_phrase(rest, 0, lx.ROLES, lx.MAX_ROLE_TOKENS)[0]).lower() not in lx.STATE_ROLES):
                # "U.S. District Judge X", "U.S. Capitol": the country qualifies what follows, it does not act
                a, b = toks[i][1], toks[i + k - 1][2]
                out.append(Cand(a, b, text[a:b], "country", None, c))
            country, i = c or dem, i + k
            continue
        f = fold(toks[i][0])
        if f in _NAME_OPENERS and i + 1 < n and (place_like(text, toks[i:i + 2]) or is_org(toks[i:])):
            break  # "New York Assembly", "All England Club": the word belongs to the name
        if f in lx.HONORIFICS or f in lx.STOP_CAPS or f in lx.ROLE_MODIFIERS or f in _NUMBER_WORDS or toks[
                i][0].islower() or (
                f in lx.PARTY_ADJECTIVES and i + 1 < n and match_phrase(toks, i + 1, lx.ROLES, lx.MAX_ROLE_TOKENS)[0]
        ):
            i += 1  # "Democratic Sen. X": the party adjective qualifies the title
            continue
        if f in lx.PARTY_ADJECTIVES and _party_before_name(text, toks[i + 1:]):
            if role is None and f in lx.PARTY_LABELS:
                role = toks[i][0]  # "Uruguayan Socialist Ana Ruiz": the label describes her
            i += 1  # "Democratic Chris Coons": the party adjective qualifies the name
            continue
        if role is not None and last_role_end == i - 1 and toks[i - 1][0] in ("for", "of") and i + 1 < n and toks[
                i + 1][0] in ("and", "&"):
            role = f"{role} {toks[i - 1][0]} {text[toks[i][1]:toks[-1][2]]}"  # "Professor of X and Y": all field
            i = n
            continue
        if _RANK.fullmatch(toks[i][0]) or (f == "world" and i + 1 < n and _RANK.fullmatch(toks[i + 1][0])):
            i += 1  # "World No2 Murray": a ranking, no name
            continue
        if role is not None and last_role_end == i - 1 and toks[i - 1][0] in ("for", "of") and n - i == 2 and (
                text.startswith(",", toks[-1][2])):
            role = f"{role} {toks[i - 1][0]} {text[toks[i][1]:toks[-1][2]]}"  # "Minister for Regional Development,"
            i = n
            continue
        if role is not None and last_role_end == i - 1 and toks[i - 1][0] in ("for", "of") and (
                n - i == 1 or (n - i >= 3 and all(looks_like_name_token(t) for t, _, _ in toks[i + 1:])
                               and not is_org(toks[i:]))):
            role = f"{role} {toks[i - 1][0]} {toks[i][0]}"  # "Minister for Information": the domain of the title
            i += 1
            while n - i > 2 and _FIELD_NOUN.search(toks[i][0]):
                role, i = f"{role} {toks[i][0]}", i + 1  # "Minister for Social Protection Regina Doherty"
            continue
        break
    if country is None and toks:
        country = possessive_country(text, toks[0][1])
    rest = toks[i:]
    if role is not None and len(rest) == 1 and fold(rest[0][0]) in _STATE_WORDS and i == last_role_end + 2 and [
            t for t, _, _ in toks[last_role_end:i]] == ["of", "the"]:
        a, b = toks[0][1], toks[-1][2]  # "President of the Republic": the head of state's title, no institution
        return [*out, Cand(a, b, text[a:b], "title", f"{role} of the {rest[0][0]}", country)]
    if role_at == 0 and role is not None and rest and is_org(rest) and fold(rest[-1][0]) in CUES and toks[
            last_role_end][0] in ("of", "for") and toks[last_role_end - 1][0][:1].isupper():
        a, b = toks[0][1], toks[last_role_end - 1][2]  # "Leader of Palang Pracharath Party": his title, the party
        return [*out, Cand(a, b, text[a:b], "title", role, country), *_classify_rest(text, rest, None, country)]
    if role is not None and role_at is not None and rest and role_at + 1 < n and toks[role_at + 1][0] in (
            "of", "for") and (is_org(rest) or ACRONYM_AFTER.match(text, toks[-1][2])) and not any(
            t[0] == "of" for t in rest):  # (also "Director of Criminal Investigations (DCI)")
        # "Minister of Foreign Affairs and Trade", "Director of Corporate Communications": an office, its field
        a, b = toks[role_at][1], toks[-1][2]
        return [*out, Cand(a, b, text[a:b], "title", text[a:b], country)]
    if role_at is not None and rest and (is_org(rest) or (len(rest) == 1 and fold(rest[0][0]) in CUES)):
        # "General Confederation of Labor", "the General Assembly": no general
        rest, role = toks[role_at:], None
    while rest and (fold(rest[-1][0]) in lx.STOP_CAPS or rest[-1][0].islower()):
        rest.pop()
    if not rest:
        if role is not None:
            out.append(Cand(toks[0][1], toks[-1][2], text[toks[0][1]:toks[-1][2]], "title", role, country))
        return out
    found = _classify_rest(text, rest, role, country)
    if len(found) == 1 and found[0].kind == "single" and i > 0 and fold(toks[i - 1][0]) in lx.HONORIFICS and (
            rest[0] is toks[i]):
        found[0].kind = "person"  # "Ms Shortall asked": an honorific before one name makes it a person's
    return out + found


def _party_before_name(text: str, rest: list[tuple[str, int, int]]) -> bool:
    """Whether the words after a party adjective are a person's plain name ("Chris Coons"), not an organisation
    ("National Committee"), a place or a party's own name ("Green Bay", "Liberal Democrats")."""
    return 2 <= len(rest) <= 3 and all(looks_like_name_token(t) for t, _, _ in rest) and not is_org(rest) and not (
        place_like(text, rest[:2])) and fold(rest[-1][0]) not in lx.PARTY_LABELS and fold(rest[-1][0])[
        :-1] not in lx.PARTY_LABELS


def _classify_rest(text: str, toks: list[tuple[str, int, int]], role: str | None, country: str | None) -> list[Cand]:
    s, e = toks[0][1], toks[-1][2]
    surface = text[s:e]
    folded = fold(surface)
    if folded in gz.METONYMS:
        if surface.isupper() or locative_before(text, s):
            return []
        return [Cand(s, e, surface, "country", None, gz.METONYMS[folded])]
    head = fold(toks[-1][0])
    if head in _CLUB_HEADS and len(toks) > 1 and role is None and fold(text[s:toks[-2][2]]) in big_cities():
        return [Cand(s, e, surface, "organization", None, country)]  # "Leicester City", "Leeds United": clubs
    if head in lx.AMBIGUOUS_HEADS and role is not None and all(looks_like_name_token(t) for t, _, _ in toks):
        pass  # "Mayor Linda Park": a surname
    elif head in lx.AMBIGUOUS_HEADS and len(toks) == 1 and not locative_before(text, s):
        return [Cand(s, e, surface, "surname")]  # "Park said": only a person already named
    elif head in lx.AMBIGUOUS_HEADS and role is None and all(looks_like_name_token(t) for t, _, _ in toks) and not (
            fold(toks[0][0]) in lx.PLACE_MODIFIERS or locative_before(text, s) or the_before(text, s)
            or _ADDRESS_BEFORE.search(text, max(0, s - 8), s)) and len(toks) > 1 and head not in _STREET_HEADS:
        pass  # "Ana Paola Hall"; not "City Hall", "the Linden Park"
    elif head == "city" and len(toks) > 1 and not gz.is_place(surface) and (place_like(text, toks[:-1]) or fold(
            text[s:toks[-2][2]]) in big_cities()):
        return [Cand(s, e, surface, "organization")]  # "Manchester City", "Leicester City": a club, no city
    elif (head in lx.NON_ACTOR_HEADS and not ORG_WORD_AFTER.match(text, e) and not _cue_before_of(toks)
          ) or gz.is_place(surface, wide=role is None) or fold(text[toks[-2][1]:e] if len(toks) > 1 else "") in (
            lx.FACILITY_HEADS) or (head == "church" and any(t == "of" for t, _, _ in toks)) or (
            len(toks) > 2 and toks[1][0] == "of" and fold(toks[0][0]) in lx.NON_ACTOR_HEADS):  # "Law of the X"
        return []  # "the Citizen Revolution movement" is a movement, "the Cuban Revolution" no actor
    if (c := gz.country_of(surface)) is not None:
        return [Cand(s, e, surface, "country", None, c)]
    if len(toks) > 2 and fold(toks[0][0]) == "republic" and toks[1][0] == "of" and (
            c := gz.country_of(text[toks[2][1]:e])) is not None:
        return [Cand(s, e, surface, "country", None, c)]  # "the Republic of Colombia"
    words = [t for t, _, _ in toks]
    lead = 1 if gz.affiliation(words[0]) is not None and len(words) > 2 else 0
    # "Centre for Disease Control and Prevention", "Ministry of Trade and Industry": the field is a list
    field_list = "and" in words and is_org(toks) and bool(_FIELD_PREPOSITIONS & set(words[:words.index("and")])) and (
        not _ACRONYM.fullmatch(words[-1]))  # (not "Bank of Ireland and Permanent TSB": two bodies)
    if "and" in words and not field_list and not (is_org(toks[lead:]) and not is_org(toks[:words.index("and")])
                                                  and (lead or gz.affiliation(words[0]) is None)):
        j = words.index("and")
        return _classify_rest(text, toks[:j], role, country) + _classify_tokens(text, toks[j + 1:])
    for j in range(min(len(words) - 2, 3)):  # "Florida Democrat Jared Moskowitz": the description is his role
        if fold(words[j]) in lx.PARTY_LABELS and described_affiliation(words[:j + 1]) and all(
                looks_like_name_token(w) for w in words[j + 1:]) and not is_org(toks[j + 1:]):
            return _classify_rest(text, toks[j + 1:], role or " ".join(words[:j + 1]), country)
    if "of" in words and (j := words.index("of")) >= 2 and place_like(text, toks[j + 1:]) and not is_org(
            toks[j - 2:j]) and all(looks_like_name_token(w) for w in words[j - 2:j]) and not is_org(toks[:j]):
        return _classify_rest(text, toks[:j], role, country)  # "... Mitch McConnell of Kentucky": the name ends
    split = _title_inside(toks)
    if split:
        if role is not None or place_head(text, toks[:split]) or (split == 1 and fold(toks[0][0]) in provinces()):
            # "Deputy Science Director X": the word is the title's field; "St. Tammany Sheriff X", "Manitoba
            # Premier X": a place
            return _classify_tokens(text, toks[split:])
        return _classify_rest(text, toks[:split], role, country) + _classify_tokens(text, toks[split:])
    if cut := _org_before_name(toks):
        # "Local Government John McVeigh": the body he serves is his affiliation, glued to his name
        return _classify_rest(text, toks[cut:], role or text[s:toks[cut - 1][2]], country)
    if role is None and _PRODUCT_AFTER.match(text, e) and _NUMBERED.fullmatch(toks[-1][0]):
        return []  # "an Atlas V rocket", "the Falcon 9 booster": a model, no actor
    if role is None and _MODEL_YEAR_BEFORE.search(text, max(0, s - 8), s):
        return []  # "a 2002 Nissan Altima": a vehicle's model year, then its make and model
    if role is None and len(toks) > 1 and fold(toks[0][0]) in _COMPASS and place_like(text, toks[1:]):
        return []  # "West Michigan", "Northern Ontario": a region
    if fold(toks[0][0]) in _PLURAL_ARTICLES and role is None:
        return []  # "Las Colinas", "Los Pinos": a place or a building, never a person's given name
    if role is None and (fold(toks[0][0]) in _STORM_WORDS or fold(text[s:toks[1][2]] if len(toks) > 1 else "") in (
            _STORM_WORDS)):
        return []  # "Hurricane Hermine", "Tropical Storm Alberto": weather, no actor
    if role is None and fold(toks[-1][0]) in _GROUP_WORDS:
        return []  # "the All Age Women's trophy", "the Under-17 Boys": a category of players, no one's name
    if len(toks) > 1 and lx.role_of(head) is not None and place_head(text, toks[:-1]):
        return [Cand(s, e, surface, "title", lx.role_of(head), country)]  # "Polk County Sheriff"
    if len(toks) > 1 and lx.role_of(head) is not None and (the_before(text, s) or _NAME_IN_APPOSITION.match(text, e)
                                                         or possessive_of(*word_before(text, s))):
        # "the Force Public Relations Officer, Ann Obi,": a capitalised office, the person named beside it;
        # "the agency's Country Director": an office of the possessor
        return [Cand(s, e, surface, "title", lx.role_of(head), country)]
    if len(toks) > 3 and toks[-2][0] == "of" and (c := gz.country_of(words[-1])) and is_org(toks[:-2]) and (
            "of" in words[:-2]):
        a, b = toks[-1][1], toks[-1][2]  # "Chamber of Deputies of Mexico": the chamber, of Mexico
        return _classify_rest(text, toks[:-2], role, c) + [Cand(a, b, text[a:b], "country", None, c)]
    if len(toks) > 3 and toks[-2][0] in ("of", "the") and gz.demonym_country(words[-1]) and is_org(toks[:-2]):
        # "Chamber of Deputies of the Paraguayan parliament": the demonym is the affiliation, not the name
        cut = len(toks) - (3 if toks[-3][0] == "of" else 2)
        return _classify_rest(text, toks[:cut], role, gz.demonym_country(words[-1]))
    if "of" in words and (k := words.index("of")) >= 2 and not is_org(toks[:k]) and all(
            looks_like_name_token(w) or (j == 0 and _INITIALS.fullmatch(w)) for j, w in enumerate(words[:k])) and (
            is_org(toks[k + 1 + (words[k + 1:k + 2] == ["the"]):])):
        # "Álvaro Delgado of the National Party": a person, then the party
        if (r := lx.role_of(fold(" ".join(words[:k])))) is not None:  # "Vice President of the Board": a title
            return [Cand(s, toks[k - 1][2], text[s:toks[k - 1][2]], "title", r, country),
                    *_classify_tokens(text, toks[k + 1:])]
        return _classify_rest(text, toks[:k], role, country) + _classify_tokens(text, toks[k + 1:])
    if is_org(toks) or ORG_WORD_AFTER.match(text, e):
        stripped = surface
        lead = gz.affiliation(words[0])
        if lead is not None and len(toks) > 1:
            stripped = text[toks[1][1]:e]
        acro = ACRONYM_AFTER.match(text, e)
        return [Cand(s, e, surface, org_kind(toks), None, lead or country, stripped, acro.group(1) if acro else "")]
    if len(toks) == 1 and _ACRONYM.fullmatch(surface):
        return [Cand(s, e, surface, "acronym")]
    if "of" in words and words.index("of") >= 2 and place_like(text, toks[words.index("of") + 1:]):
        j = words.index("of")  # "Sen. Dick Durbin of Illinois": the name ends before "of"
        return _classify_rest(text, toks[:j], role, country)
    if (kind := affiliation_kind(words)) is not None:  # "a Florida Democrat" describes one; "Democrats" a group
        return [Cand(s, e, surface, kind, surface if kind == "title" else None, country)]
    if len(toks) > 1 and role is None and _ACRONYM.fullmatch(toks[-1][0]) and len(toks[-1][0]) > 2 and not (
            _NUMBERED.fullmatch(toks[-1][0]) or _PRODUCT_AFTER.match(text, e) or place_like(text, toks[:-1])
            or fold(text[s:toks[-2][2]]) in big_cities()) and all(
            looks_like_name_token(w) for w in words[:-1]):
        return [Cand(s, e, surface, "organization", None, country)]  # "Orbital ATK": no person ends in an acronym
    if any(w in _NOT_PERSON_CONNECTORS for w in words) or len(toks) > 6:
        return []
    if role is None and (len(toks) > 2 or is_org(toks)) and _ACRONYM_LEAD.fullmatch(words[0]) and fold(
            words[0]) not in lx.HONORIFICS and all(looks_like_name_token(w) for w in words[1:]):
        return [Cand(s, e, surface, "organization", None, country)]  # "BNP Paribas Fortis", "HSBC Holdings": a firm
    if len(toks) == 2 and _INITIALS.fullmatch(words[0]) and looks_like_name_token(words[1]) and lx.role_of(
            fold(words[0])) is None and fold(words[0]) not in lx.KNOWN_ORGS:
        return [Cand(s, e, surface, "person", role or None, country, ctx=role is None)]  # "JR Jayewardene"
    if not all(looks_like_name_token(w) or (len(w) == 1 and w.isupper() and 0 < i < len(words) - 1 and words[
            i - 1] in lx.NAME_CONNECTORS) for i, w in enumerate(words)) or words[-1] in lx.NAME_CONNECTORS:  # de la O
        return []
    if gz.demonym_country(words[-1]) or gz.demonym_plural(words[-1]) or fold(words[-1]) in _REGION_DEMONYMS or fold(
            words[0]) in _REGION_DEMONYMS or gz.place_demonym(surface):
        return []  # "Central American", "Latin American", "the first Asian Test team", "South Africans": no one
    if role is None and len(toks) > 1 and (of := _OF_AFTER.match(text, e)) is not None and (lx.role_of(fold(
            words[-1])) is not None or lx.role_of(fold(f"{words[-1]} of {of.group(1)}")) is not None):
        return [Cand(s, e, surface, "title", surface, country)]  # "Non-Constituency Member of Parliament": an office
    if len(words) > 2 and _PLURAL_ACRONYM.fullmatch(words[-1]):
        return _classify_rest(text, toks[:-1], role, country)  # "Governor Mike Sonko MCAs": his MCAs, not a name
    if fold(words[-1]) in _TERRAIN_HEADS or (fold(words[0]) in _AREA_PREFIXES and len(words) > 1) or (
            len(words) > 1 and fold(words[0]) in big_cities() and all(fold(w) in _COMPASS for w in words[1:])):
        return []  # "Mischief Reef", "Metro Manila", "Dublin North West": a feature of the land, an area, a district
    if fold(words[-1]) in _ROAD_HEADS or any(_CONTRACTION.search(w) for w in words):
        return []  # "Bees Creek Rd", "Hollingsworth Roads": a road; "I've": a contraction at a sentence start
    if role is None and the_before(text, s) and _PLURAL_NICKNAME.fullmatch(words[-1]) and not gz.is_place(surface):
        return [Cand(s, e, surface, "organization", None, country)]  # "the Goulburn Stags", "the Foxes": a team
    if len(toks) > 1 and role is None and team_name(text, toks):  # not "Judge Nancy Edmunds"
        return [Cand(s, e, surface, "organization", None, country)]  # "Sacramento Kings", "Philadelphia 76ers"
    if _TICKER_AFTER.match(text, e):
        return [Cand(s, e, surface, "organization", None, country)]  # a listed company
    if len(toks) == 1 and role is None and _CAMEL.fullmatch(surface) and not surface.startswith(_NAME_PREFIXES):
        return [Cand(s, e, surface, "organization", None, country)]  # "BlackBerry", "RadioShack": a brand
    if role is None and len(toks) == 1 and speaks_for(text, s):
        return [Cand(s, e, surface, "single", None, country)]  # "a spokesman for Tesco": a firm, or a person named
    if role is None and role_of_before(text, s):
        return []  # "secretary of Homeland Security", "professor of Visual Science": a field, no person
    if len(toks) > 1 and role is None and (BODY_NOUN_AFTER.match(text, e) or fold(words[-1])[:-1] in CUES
                                                or fold(words[-1]) in _BODY_PLURALS):
        return []  # "the Public Health agency": the body's field; "Rapid Response Teams": bodies of a kind
    if role is None and len(words) > 1 and (fold(words[0]) in _PROGRAMME_OPENERS or head == "grant" and (
            len(words) > 2 or len(words[-2]) > 6)):
        return []  # "Project Impact", "the Local Maintenance and Improvement Grant": a programme, a grant
    if role is None and _no_name(words):
        return []  # "Looking Forward:", "Wall St. Expectations", "Democratic AGs": a heading or a group, no one
    kind = "person" if len(toks) > 1 else "single"
    return [Cand(s, e, surface, kind, role or None, country, ctx=role is None)]


_STREET_HEADS = frozenset({"street", "square"})  # "Trail Street" is a street; a "Linda Park" may be a person
_PROGRAMME_OPENERS = frozenset({"project", "operation", "programme", "program"})
_ABSTRACT_END = ("tion", "tions", "sion", "sions", "ology", "ologies", "ities", "ship", "ships")
_PARTICIPLE_END = ("ing", "ted", "sed", "zed", "ced", "ded")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_ACRONYM_LEAD = re.compile(r"[A-Z]{3,6}")
_INITIALS = re.compile(r"[A-Z]{1,2}")


def _no_name(words: list[str]) -> bool:
    """Whether capitalised words read as a heading or a group rather than someone's name: an abstract noun ends
    them ("Market Expectations", "Space Exploration") or a plural acronym does ("Democratic AGs")."""
    last = words[-1].lower()
    return (len(words) > 1 and len(last) >= 6 and last.endswith(_ABSTRACT_END)) or _PLURAL_ACRONYM.fullmatch(
        words[-1]) is not None  # one word alone ("the Coalition") may be a body's name


def label_words(text: str, s: int, e: int) -> bool:
    """Whether the capitalised words at ``s:e`` are a label around a colon that a participle opens ("Looking
    Forward: ...", "Results: Adjusted Earnings ..."): a heading, no one's name ("Channing Reed said" stays)."""
    first = text[s:e].split(" ", 1)[0].lower()
    return " " in text[s:e] and len(first) >= 7 and first.endswith(_PARTICIPLE_END) and (
        text.startswith(":", e) or text[max(0, s - 2):s] == ": ")


_TICKER_AFTER = re.compile(r"(?:['’]s)? \((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|Euronext|AMEX|OTC)(?: [A-Z][a-z]+)?:\s*)?"
                           r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?\)")
_STATE_WORDS = frozenset({"republic", "nation"})
_SPEAKS_FOR = re.compile(r"\bspokes(?:man|woman|person|people)\s+for\s+(?:the\s+)?$")
_NAME_IN_APPOSITION = re.compile(r",\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,")
_CLUB_HEADS = frozenset({"city", "united"})  # after a city that is no place of that name: a sports club
_CAMEL = re.compile(r"[A-Z][a-z]+(?:(?:[A-Z][a-z]+)+|(?:[A-Z][a-z]+)*[A-Z]{1,2})")  # "RadioShack", "SpaceX"
_NUMBERED = re.compile(r"[IVX]{1,4}|\d{1,3}")  # "Atlas V", "Falcon 9": a model's number
_PRODUCT_AFTER = re.compile(r"\s+(?:rockets?|launchers?|boosters?|satellites?|spacecraft|capsules?|probes?|missiles?|"
                            r"jets?|aircraft|planes?|helicopters?|phones?|smartphones?|engines?|vehicles?|cars?|"
                            r"trucks?|tanks?|carriers?|destroyers?|submarines?|drones?|telescopes?|chips?|consoles?)\b")
_PLURAL_ARTICLES = frozenset({"las", "los"})
_MODEL_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "upper", "lower", "northeast", "northwest", "southeast", "southwest"})
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "tropical storm", "storm", "tropical depression"})
_GROUP_WORDS = frozenset({"women", "men", "boys", "girls", "juniors", "seniors", "youth", "veterans"})
_PLURAL_NICKNAME = re.compile(r"[A-Z][a-z]+[^su'’]s")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "St", "Fitz", "O")


def speaks_for(text: str, s: int) -> bool:
    """ "a spokesman for Tesco": the name at ``s`` is whom a spokesperson speaks for."""
    start = max(0, s - 30)
    return text.find("spokes", start, s) >= 0 and _SPEAKS_FOR.search(text, start, s) is not None


def _org_before_name(toks: list[tuple[str, int, int]]) -> int:
    """Where a person's plain name starts after an organisation's name ending in its cue word ("Local Government
    John McVeigh"), else 0."""
    n = len(toks)
    for j in (n - 2, n - 3):
        if j < 1 or fold(toks[j - 1][0]) not in CUES or toks[j - 1][0].isupper():
            continue
        rest = toks[j:]
        if all(looks_like_name_token(t) and not _NUMBERED.fullmatch(t) and fold(t) not in CUES for t, _, _ in rest) \
                and not is_org(rest) and is_org(toks[:j]):
            return j
    return 0


def _cue_before_of(toks: list[tuple[str, int, int]]) -> bool:
    """An organisation word followed by "for"/"of" ("Society for Environmental Law"): the thing is its field."""
    return any(fold(t) in CUES and toks[i + 1][0] in ("for", "of") for i, (t, _, _) in enumerate(toks[:-1]))


def _title_inside(toks: list[tuple[str, int, int]]) -> int:
    """Index of a title inside a run that continues with a name ("Coast Guard Capt. Robert Haines"), else 0."""
    for j in range(1, len(toks) - 1):
        r, k = match_phrase(toks, j, lx.ROLES, lx.MAX_ROLE_TOKENS)
        if r is None:
            continue
        rest = [t for t, _, _ in toks[j + k:]]
        need = 1 if toks[j][0].endswith(".") else 2
        if len(rest) >= need and all(looks_like_name_token(w) for w in rest) and not is_org(toks[j + k:]):
            return j
    return 0
