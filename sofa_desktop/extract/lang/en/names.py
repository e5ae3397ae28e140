"""Capitalised-name chunking: runs of capitalised words split into titles, countries, organisations and people."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.places import big_cities
from sofa_desktop.extract.lang.en import gazetteer as gz
from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.affiliations import affiliation_kind, described_affiliation, label_prefix

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_TOKEN = (
    rf"(?:(?:[A-Z]\.){{2,}}|(?:Sen|Rep|Gov|Gen|Adm|Col|Lt|Sgt|Capt|Maj|Prof|Pres|Amb|Gral|Dr|Mr|Mrs|Ms|Sr|Sra|Jr|St)\."
    rf"|[A-Z]\.(?= [{_UP}])|(?:al|el|bin|ibn|abu|ad|as|ash|an|at|az)-[{_UP}][\w\u00ad]*"
    rf"|[{_UP}][\w\u00ad]*(?:[-'’](?!s\b)[\w\u00ad]+)*(?:\.com\b)?"
    rf"(?:(?<=s)['’](?= )|['’]s(?= (?:Office|Bureau)\b))?)"
)
_CONN = (r"(?:of the|of|and|for|de la|de los|de las|de|del|da|das|do|dos|y|van der|van den|von der|van|von|der|la|el|"
         r"di|du|bin|ibn|bint|al|&)")
RUN = re.compile(rf"(?<![\w’'.-]){_TOKEN}(?:[ \u00a0](?:{_CONN}[ \u00a0])?{_TOKEN})*")
_SPLIT_TOKENS = re.compile(r"\S+")
_WORDS = re.compile(r"[\w.’'-]+")
_ORG_WORD_AFTER = re.compile(r" (?:party|group|movement|coalition|alliance|bloc|union|organization|cartel|gang)\b")
_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Za-z]{1,9})\)")
_ACRONYM = re.compile(r"[A-Z]{2,8}")
_CUES = lx.INSTITUTION_CUES | lx.ORGANIZATION_CUES
_ROLE_WORDS = frozenset(w for r in lx.ROLES for w in r.split())
_MAX_RUN = 14  # longer capitalised runs are split at "and"; pieces longer than this are no names
_LEGISLATIVE = ("deputies", "representatives", "senators", "accounts")
_STATE_BODY_WORDS = frozenset({"senate", "house", "congress", "parliament", "assembly", "electoral", "legislative",
                               "judicial", "congressional", "parliamentary"})
_REGION_DEMONYMS = frozenset({"american", "americans", "european", "african", "asian", "caribbean", "andean"})
_NOT_PERSON_CONNECTORS = frozenset({"of", "of the", "and", "for", "on", "the"})
_LOCATIVE = frozenset({"in", "to", "from", "at", "near", "outside", "across", "visit", "visited", "visiting", "around",
                       "toward", "towards", "into", "inside", "through", "via", "of", "reached", "left"})


@dataclass(slots=True)
class Cand:
    """A capitalised phrase classified: ``kind`` is person/organization/institution/country/single/title."""

    start: int
    end: int
    surface: str
    kind: str
    role: str | None = None
    country: str | None = None  # affiliation, or the country itself for kind "country"
    stripped: str = ""  # organisation name without its country prefix
    alias: str = ""  # an acronym given in parentheses right after the name
    ctx: bool = False  # a person whose role may be written around the name (see :func:`context_role`)
    desc: str = ""  # the head noun of a description that introduced it ("coalition"), see extract/described.py


def _tokens(text: str, s: int, e: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _SPLIT_TOKENS.finditer(text, s, e)]


_FIRST_WORDS: dict[int, frozenset[str]] = {}


def _first_words(table: dict[str, str] | frozenset[str]) -> frozenset[str]:
    key = id(table)
    if key not in _FIRST_WORDS:
        _FIRST_WORDS[key] = frozenset(p.split(" ", 1)[0] for p in table)
    return _FIRST_WORDS[key]


def _match_phrase(toks: list[tuple[str, int, int]], i: int, table: dict[str, str] | frozenset[str],
                  max_len: int) -> tuple[str | None, int]:
    if fold(toks[i][0]) not in _first_words(table):
        return None, 0
    for k in range(min(max_len, len(toks) - i), 0, -1):
        key = " ".join([fold(t) for t, _, _ in toks[i:i + k]])  # folding is per character: fold the cached words
        if key in table:
            return (table[key] if isinstance(table, dict) else key), k
    return None, 0


def _is_org(toks: list[tuple[str, int, int]]) -> bool:
    return bool(toks) and _is_org_words(tuple(t for t, _, _ in toks))


@functools.lru_cache(maxsize=50_000)
def _is_org_words(words: tuple[str, ...]) -> bool:
    folded = [fold(t) for t in words]
    if " ".join(folded) in lx.KNOWN_ORGS or any(f.endswith((".com", ".org", ".net")) for f in folded):
        return True
    return len(folded) > 1 and any(f in _CUES for f in folded)  # a lone "Watch" or "Service" is no organisation


def _org_kind(toks: list[tuple[str, int, int]]) -> str:
    folded = [fold(t) for t, _, _ in toks]
    joined = " ".join(folded)
    if joined in lx.KNOWN_ORGS:
        return lx.KNOWN_ORGS[joined]
    if "central bank" in joined:
        return "institution"
    if "chamber of " in joined and not any(w in joined for w in _LEGISLATIVE):
        return "organization"  # chambers of commerce, industry, mines: business lobbies
    if folded[-1] != "party" and any(f in _STATE_BODY_WORDS for f in folded):
        return "institution"  # "House Foreign Affairs Committee", "National Electoral Institute"
    if folded[-1] in lx.ORGANIZATION_CUES:
        return "organization"
    return "institution" if any(f in lx.INSTITUTION_CUES for f in folded) else "organization"


_RANK = re.compile(r"No\.?\d*")
_NAME_OPENERS = frozenset({"new", "all", "independent", "local", "united", "national"})
_ROMAN = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{1,3}|V)")
_PARTICLE = re.compile(r"(?:al|el|bin|ibn|abu|ad|as|ash|an|at|az)-[A-ZÀ-Þ]")


_ADJECTIVE_SUFFIX = re.compile(r".-(?:esque|style|like|era|led|backed|based|born|made|owned|run|type|linked|allied|"
                               r"aligned|friendly|leaning|controlled|held|sponsored|funded|ish)$")


@functools.lru_cache(maxsize=50_000)
def _looks_like_name_token(tok: str) -> bool:
    if tok in lx.NAME_CONNECTORS or _PARTICLE.match(tok) or (_ROMAN.fullmatch(tok) and tok != "I"):
        return True  # "bin", "al-Assad", "Charles III"
    if _ADJECTIVE_SUFFIX.search(tok):
        return False  # "Chamberlain-esque", "Trump-era": adjectives
    if len(tok) == 2 and tok[1] == "." and tok[0].isupper():
        return True
    return len(tok) > 1 and tok[0].isupper() and any(c.islower() for c in tok[1:]) and not tok.isupper()


def role_before(text: str, pos: int) -> tuple[str | None, str | None]:
    """Role (and affiliation) written in lower case right before ``pos``: "independent congressman Raul ..."."""
    window = text[max(0, pos - 60):pos]
    if "\n" in window:
        window = window[window.rfind("\n") + 1:]
    words = _WORDS.findall(window)[-6:]
    folded = [fold(w) for w in words]
    if not any(f in _ROLE_WORDS for f in folded):
        return (_role_then_of(_WORDS.findall(window)[-9:], reverse=True) if window.rstrip().endswith(",")
                else (None, None))
    for k in range(min(lx.MAX_ROLE_TOKENS, len(words)), 0, -1):
        role = lx.role_of(" ".join(folded[-k:]))
        if role:
            rest = words[:-k]
            while rest and fold(rest[-1]) in lx.ROLE_MODIFIERS:
                rest.pop()
            country = gz.affiliation(rest[-1]) if rest else None
            if country is None and len(rest) >= 2:
                country = gz.affiliation(" ".join(rest[-2:]))
            return role, country
    if window.rstrip().endswith(","):  # "a spokesperson for the Chamber of Deputies, Marcela Choque"
        return _role_then_of(_WORDS.findall(window)[-9:], reverse=True)
    return None, None


_OF = frozenset({"of", "for", "at", "in", "with", "from", "to"})


def _role_then_of(words: list[str], reverse: bool = False) -> tuple[str | None, str | None]:
    """A role phrase followed by "of/for/at ..." somewhere in ``words`` (searched from the end if ``reverse``)."""
    order = range(len(words) - 1, -1, -1) if reverse else range(len(words))
    for i in order:
        for k in (3, 2, 1):
            role = lx.role_of(fold(" ".join(words[i:i + k]))) if i + k < len(words) else None
            if role and fold(words[i + k]) in _OF and (i == 0 or fold(words[i - 1]) in {"a", "an", "the"}
                                                       or gz.affiliation(words[i - 1])):
                return role, gz.affiliation(words[i - 1]) if i else None
    return None, None


def role_after(text: str, pos: int) -> tuple[str | None, str | None]:
    """Appositive role right after a name: ", Paraguay's foreign minister," -> role and affiliation."""
    if not text.startswith(", ", pos):
        return None, None
    clause = text[pos + 2:pos + 90].split(",", 2)
    if clause[0].strip().isdigit() and len(clause) > 1:  # "Evaristo Mamani, 54, a leader of ..."
        clause = clause[1:]
    words = _WORDS.findall(clause[0])[:8]
    while words and fold(words[0]) in {"the", "a", "an", "who", "is", "was", "as"}:
        words.pop(0)
    country = None
    if words and (country := gz.affiliation(words[0])) is not None:
        words.pop(0)
    label = label_prefix(words)
    while words:
        for k in range(min(lx.MAX_ROLE_TOKENS, len(words)), 0, -1):
            role = lx.role_of(fold(" ".join(words[:k])))
            if role and (k == len(words) or fold(words[k]) in _OF):
                return role, country
        if fold(words[0]) in lx.PARTY_LABELS:  # "the Libertarian leader": the label qualifies the role
            words.pop(0)
            continue
        if fold(words[0]) not in lx.ROLE_MODIFIERS and (c := gz.affiliation(words[0])) is None:
            return label, country  # "a Florida Democrat who ...": the description itself, if nothing better
        country = country or (c if fold(words[0]) not in lx.ROLE_MODIFIERS else None)
        words.pop(0)  # "the outgoing chief justice", "a former Nicaraguan ambassador": the role comes after
    return (label, country) if label else (None, None)


def classify_run(text: str, s: int, e: int) -> list[Cand]:
    """Split one capitalised run into candidates (titles stripped into ``role``, countries into ``country``)."""
    if " " not in text[s:e]:
        if fold(text[s:e]) in lx.STOP_CAPS:
            return []  # the common case: a capitalised word that starts a sentence
    elif gz.is_place(text[s:e]):
        return []  # "MEXICO CITY", "Panama City": a place, not the country
    toks = _tokens(text, s, e)
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
        r, k = _match_phrase(toks, i, lx.ROLES, lx.MAX_ROLE_TOKENS)
        if r is not None:
            if role is not None and role_at is not None and last_role_end == i:
                # "Deputy" + "Treasury Secretary"
                r = f"{role[0].upper()}{role[1:]} {r}" if r[0].isupper() else f"{role} {r}"
            role_at = i if role_at is None else role_at
            role, i = r, i + k
            last_role_end = i
            continue
        c, k = _match_phrase(toks, i, gz._ALIAS, gz.MAX_COUNTRY_TOKENS)
        dem = None if c else gz.demonym_country(toks[i][0])
        if c or dem:
            k = k or 1
            rest = toks[i + k:]
            if rest and _is_org(rest) and lx.role_of(fold(rest[0][0])) is None and fold(rest[0][0]) != "and":
                break  # "US State Department", "Paraguayan Senate": the country belongs to the name
            if c and not (rest and fold(rest[0][0]) != "and" and str(
                    _match_phrase(rest, 0, lx.ROLES, lx.MAX_ROLE_TOKENS)[0]).lower() not in lx.STATE_ROLES):
                # "U.S. District Judge X", "U.S. Capitol": the country qualifies what follows, it does not act
                a, b = toks[i][1], toks[i + k - 1][2]
                out.append(Cand(a, b, text[a:b], "country", None, c))
            country, i = c or dem, i + k
            continue
        f = fold(toks[i][0])
        if f in _NAME_OPENERS and i + 1 < n and (_place_like(text, toks[i:i + 2]) or _is_org(toks[i:])):
            break  # "New York Assembly", "All England Club": the word belongs to the name
        if f in lx.HONORIFICS or f in lx.STOP_CAPS or f in lx.ROLE_MODIFIERS or toks[i][0].islower() or (
                f in lx.PARTY_ADJECTIVES and i + 1 < n and _match_phrase(toks, i + 1, lx.ROLES, lx.MAX_ROLE_TOKENS)[0]):
            i += 1  # "Democratic Sen. X": the party adjective qualifies the title
            continue
        if role is not None and last_role_end == i - 1 and toks[i - 1][0] in ("for", "of") and i + 1 < n and toks[
                i + 1][0] in ("and", "&"):
            role = f"{role} {toks[i - 1][0]} {text[toks[i][1]:toks[-1][2]]}"  # "Professor of X and Y": all field
            i = n
            continue
        if _RANK.fullmatch(toks[i][0]) or (f == "world" and i + 1 < n and _RANK.fullmatch(toks[i + 1][0])):
            i += 1  # "World No2 Murray": a ranking, no name
            continue
        if role is not None and last_role_end == i - 1 and toks[i - 1][0] in ("for", "of") and (
                n - i == 1 or (n - i >= 3 and all(_looks_like_name_token(t) for t, _, _ in toks[i + 1:]))):
            role = f"{role} {toks[i - 1][0]} {toks[i][0]}"  # "Minister for Information": the domain of the title
            i += 1
            continue
        break
    if country is None and toks:
        country = _possessive_country(text, toks[0][1])
    rest = toks[i:]
    if role_at is not None and rest and (_is_org(rest) or (len(rest) == 1 and fold(rest[0][0]) in _CUES)):
        # "General Confederation of Labor", "the General Assembly": no general
        rest, role = toks[role_at:], None
    while rest and (fold(rest[-1][0]) in lx.STOP_CAPS or rest[-1][0].islower()):
        rest.pop()
    if not rest:
        if role is not None:
            out.append(Cand(toks[0][1], toks[-1][2], text[toks[0][1]:toks[-1][2]], "title", role, country))
        return out
    return out + _classify_rest(text, rest, role, country)


def _classify_rest(text: str, toks: list[tuple[str, int, int]], role: str | None, country: str | None) -> list[Cand]:
    s, e = toks[0][1], toks[-1][2]
    surface = text[s:e]
    folded = fold(surface)
    if folded in gz.METONYMS:
        if surface.isupper() or _locative_before(text, s):
            return []
        return [Cand(s, e, surface, "country", None, gz.METONYMS[folded])]
    head = fold(toks[-1][0])
    if head in lx.AMBIGUOUS_HEADS and role is not None and all(_looks_like_name_token(t) for t, _, _ in toks):
        pass  # "Mayor Linda Park": a surname
    elif head in lx.AMBIGUOUS_HEADS and len(toks) == 1 and not _locative_before(text, s):
        return [Cand(s, e, surface, "surname")]  # "Park said": only a person already named
    elif head in lx.AMBIGUOUS_HEADS and role is None and all(_looks_like_name_token(t) for t, _, _ in toks) and not (
            fold(toks[0][0]) in lx.PLACE_MODIFIERS or _locative_before(text, s) or _the_before(text, s)):
        pass  # "Ana Paola Hall"; not "City Hall", "the Linden Park"
    elif (head in lx.NON_ACTOR_HEADS and not _ORG_WORD_AFTER.match(text, e) and not _cue_before_of(toks)
          ) or gz.is_place(surface, wide=role is None) or (
            len(toks) > 2 and toks[1][0] == "of" and fold(toks[0][0]) in lx.NON_ACTOR_HEADS):  # "Law of the X"
        return []  # "the Citizen Revolution movement" is a movement, "the Cuban Revolution" no actor
    if (c := gz.country_of(surface)) is not None:
        return [Cand(s, e, surface, "country", None, c)]
    if len(toks) > 2 and fold(toks[0][0]) == "republic" and toks[1][0] == "of" and (
            c := gz.country_of(text[toks[2][1]:e])) is not None:
        return [Cand(s, e, surface, "country", None, c)]  # "the Republic of Colombia"
    words = [t for t, _, _ in toks]
    lead = 1 if gz.affiliation(words[0]) is not None and len(words) > 2 else 0
    field_list = _is_org(toks) and "of" in words[:words.index("and")] if "and" in words else False
    if "and" in words and not field_list and not (_is_org(toks[lead:]) and not _is_org(toks[:words.index("and")])
                                                  and (lead or gz.affiliation(words[0]) is None)):
        j = words.index("and")
        return _classify_rest(text, toks[:j], role, country) + _classify_tokens(text, toks[j + 1:])
    for j in range(min(len(words) - 2, 3)):  # "Florida Democrat Jared Moskowitz": the description is his role
        if fold(words[j]) in lx.PARTY_LABELS and described_affiliation(words[:j + 1]) and all(
                _looks_like_name_token(w) for w in words[j + 1:]) and not _is_org(toks[j + 1:]):
            return _classify_rest(text, toks[j + 1:], role or " ".join(words[:j + 1]), country)
    if "of" in words and (j := words.index("of")) >= 2 and _place_like(text, toks[j + 1:]) and not _is_org(
            toks[j - 2:j]) and all(_looks_like_name_token(w) for w in words[j - 2:j]):
        return _classify_rest(text, toks[:j], role, country)  # "... Mitch McConnell of Kentucky": the name ends
    split = _title_inside(toks)
    if split:
        if role is not None or _place_head(text, toks[:split]):
            # "Deputy Science Director X": the word is the title's field; "St. Tammany Sheriff X": a place
            return _classify_tokens(text, toks[split:])
        return _classify_rest(text, toks[:split], role, country) + _classify_tokens(text, toks[split:])
    if len(toks) > 1 and lx.role_of(head) is not None and _place_head(text, toks[:-1]):
        return [Cand(s, e, surface, "title", lx.role_of(head), country)]  # "Polk County Sheriff"
    if len(toks) > 3 and toks[-2][0] == "of" and (c := gz.country_of(words[-1])) and _is_org(toks[:-2]) and (
            "of" in words[:-2]):
        a, b = toks[-1][1], toks[-1][2]  # "Chamber of Deputies of Mexico": the chamber, of Mexico
        return _classify_rest(text, toks[:-2], role, c) + [Cand(a, b, text[a:b], "country", None, c)]
    if len(toks) > 3 and toks[-2][0] in ("of", "the") and gz.demonym_country(words[-1]) and _is_org(toks[:-2]):
        # "Chamber of Deputies of the Paraguayan parliament": the demonym is the affiliation, not the name
        cut = len(toks) - (3 if toks[-3][0] == "of" else 2)
        return _classify_rest(text, toks[:cut], role, gz.demonym_country(words[-1]))
    if "of" in words and (k := words.index("of")) >= 2 and not _is_org(toks[:k]) and all(
            _looks_like_name_token(w) for w in words[:k]) and _is_org(toks[k + 1 + (words[k + 1:k + 2] == ["the"]):]):
        # "Álvaro Delgado of the National Party": a person, then the party
        if (r := lx.role_of(fold(" ".join(words[:k])))) is not None:  # "Vice President of the Board": a title
            return [Cand(s, toks[k - 1][2], text[s:toks[k - 1][2]], "title", r, country),
                    *_classify_tokens(text, toks[k + 1:])]
        return _classify_rest(text, toks[:k], role, country) + _classify_tokens(text, toks[k + 1:])
    if _is_org(toks) or _ORG_WORD_AFTER.match(text, e):
        stripped = surface
        lead = gz.affiliation(words[0])
        if lead is not None and len(toks) > 1:
            stripped = text[toks[1][1]:e]
        acro = _ACRONYM_AFTER.match(text, e)
        return [Cand(s, e, surface, _org_kind(toks), None, lead or country, stripped, acro.group(1) if acro else "")]
    if len(toks) == 1 and _ACRONYM.fullmatch(surface):
        return [Cand(s, e, surface, "acronym")]
    if "of" in words and words.index("of") >= 2 and _place_like(text, toks[words.index("of") + 1:]):
        j = words.index("of")  # "Sen. Dick Durbin of Illinois": the name ends before "of"
        return _classify_rest(text, toks[:j], role, country)
    if (kind := affiliation_kind(words)) is not None:  # "a Florida Democrat" describes one; "Democrats" a group
        return [Cand(s, e, surface, kind, surface if kind == "title" else None, country)]
    if any(w in _NOT_PERSON_CONNECTORS for w in words) or len(toks) > 6:
        return []
    if not all(_looks_like_name_token(w) or (len(w) == 1 and w.isupper() and 0 < i < len(words) - 1 and words[
            i - 1] in lx.NAME_CONNECTORS) for i, w in enumerate(words)) or words[-1] in lx.NAME_CONNECTORS:  # de la O
        return []
    if gz.demonym_country(words[-1]) or fold(words[-1]) in _REGION_DEMONYMS:
        return []  # "Central American", "Latin American": adjectives, not people
    if len(toks) > 1 and _team_name(text, toks):
        return [Cand(s, e, surface, "organization", None, country)]  # "Sacramento Kings", "Philadelphia 76ers"
    if _TICKER_AFTER.match(text, e):
        return [Cand(s, e, surface, "organization", None, country)]  # a listed company
    if len(toks) == 1 and role is None and _CAMEL.fullmatch(surface) and not surface.startswith(_NAME_PREFIXES):
        return [Cand(s, e, surface, "organization", None, country)]  # "BlackBerry", "RadioShack": a brand
    if role is None and _role_of_before(text, s):
        return []  # "secretary of Homeland Security", "professor of Visual Science": a field, no person
    kind = "person" if len(toks) > 1 else "single"
    return [Cand(s, e, surface, kind, role or None, country, ctx=role is None)]


_TICKER_AFTER = re.compile(r"(?:['’]s)? \((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|Euronext|AMEX|OTC)(?: [A-Z][a-z]+)?:\s*)?"
                           r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?\)")
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "St", "Fitz", "O")


def context_role(text: str, c: Cand) -> None:
    """Fill ``c.role`` (and affiliation) from the words around the name; done lazily, only when an actor needs it."""
    if not c.ctx:
        return
    c.ctx = False
    role, country = role_before(text, c.start)
    if role is None and c.kind == "person":  # "Twitter, the president of ...": a lone word takes no apposition
        role, country = role_after(text, c.end)
    if role is not None:
        c.role, c.country = role, c.country or country


def _cue_before_of(toks: list[tuple[str, int, int]]) -> bool:
    """An organisation word followed by "for"/"of" ("Society for Environmental Law"): the thing is its field."""
    return any(fold(t) in _CUES and toks[i + 1][0] in ("for", "of") for i, (t, _, _) in enumerate(toks[:-1]))


def _title_inside(toks: list[tuple[str, int, int]]) -> int:
    """Index of a title inside a run that continues with a name ("Coast Guard Capt. Robert Haines"), else 0."""
    for j in range(1, len(toks) - 1):
        r, k = _match_phrase(toks, j, lx.ROLES, lx.MAX_ROLE_TOKENS)
        if r is None:
            continue
        rest = [t for t, _, _ in toks[j + k:]]
        need = 1 if toks[j][0].endswith(".") else 2
        if len(rest) >= need and all(_looks_like_name_token(w) for w in rest) and not _is_org(toks[j + k:]):
            return j
    return 0


_PLACE_WORDS = frozenset({"county", "parish", "city", "state", "township", "borough", "district", "province"})


def _place_head(text: str, toks: list[tuple[str, int, int]]) -> bool:
    """True for the place before a title ("St. Tammany", "Cherokee County", "Texas")."""
    return bool(toks) and (fold(toks[-1][0]) in _PLACE_WORDS or _place_like(text, toks))


def _team_name(text: str, toks: list[tuple[str, int, int]]) -> bool:
    """A city, state or country followed by a plural nickname ("Boston Celtics", "Philadelphia 76ers")."""
    last = toks[-1][0]
    if not ((last.endswith("s") and not last.endswith(("ss", "us", "is"))) or any(ch.isdigit() for ch in last)):
        return False
    for k in range(len(toks) - 1, 0, -1):
        phrase = text[toks[0][1]:toks[k - 1][2]]
        if _place_like(text, toks[:k]) or fold(phrase) in big_cities():
            return True
    return False


def _place_like(text: str, toks: list[tuple[str, int, int]]) -> bool:
    if not toks:
        return False
    phrase = text[toks[0][1]:toks[-1][2]]
    return gz.is_place(phrase) or gz.country_of(phrase) is not None or fold(phrase) in gz.US_STATES


def _possessive_word(text: str, s: int) -> str:
    return _possessive_of(*_word_before(text, s))


def _possessive_of(word: str, gap: str) -> str:
    """ "Brazil" for the word "Brazil's" followed by one space; else ''."""
    return word[:-2] if gap == " " and word.endswith(("'s", "’s")) and len(word) > 2 else ""


def _possessive_country(text: str, s: int) -> str | None:
    word = _possessive_word(text, s)
    return gz.affiliation(word) if word else None


def _word_before(text: str, s: int) -> tuple[str, str]:
    """The whitespace-separated word before ``s`` and the whitespace between: all a run's class depends on."""
    prev = text[max(0, s - 30):s]
    stripped = prev.rstrip()
    return (stripped.rsplit(None, 1)[-1] if stripped else ""), prev[len(stripped):]


_ROLE_OF = re.compile(r"\b([a-z]+)\s+(?:of|for)\s+(?:the\s+)?$")


def _role_of_before(text: str, s: int) -> bool:
    m = _ROLE_OF.search(text, max(0, s - 30), s)
    return m is not None and lx.role_of(m.group(1)) is not None


def _the_before(text: str, s: int) -> bool:
    return _word_before(text, s)[0].lower() == "the"


def _locative_before(text: str, s: int) -> bool:
    return _locative(_word_before(text, s)[0])


def _locative(word: str) -> bool:
    return fold(word.strip("(“\"'‘—–-,;:")) in _LOCATIVE


def chunk(text: str, body_start: int = 0) -> list[Cand]:
    """All candidates in ``text``, in text order (the outlet credit of the dateline is skipped)."""
    out: list[Cand] = []
    for m in RUN.finditer(text):
        s, e = m.span()
        if text[e - 1] in "'’":  # "the United States’ interest": a plural possessive is no part of the name
            e -= 1
        if s < body_start + 120 and text[s - 1:s] == "(" and text[e:e + 1] == ")":
            continue
        # classification reads only the run, two facts about the word before it (a locative? a possessive, of
        # what?) and two about the text after it (" party", " (CONAIE)"); names recur, so cache on exactly that
        # (on the raw word before and 16 characters after, 26,716 keys for 2,000 articles missed; now 2,113)
        word, gap = _word_before(text, s)
        acronym = _ACRONYM_AFTER.match(text, e)
        key = (text[s:e], _locative(word) or 2 * (word.lower() == "the") or 3 * _role_of_before(text, s),
               _possessive_of(word, gap),
               _ORG_WORD_AFTER.match(text, e) is not None, acronym.group(1) if acronym else None)
        done = _CACHE.get(key)
        if done is None:
            done = _CACHE[key] = [(c.start - s, c.end - s, c) for c in classify_run(text, s, e)]
            if len(_CACHE) > _CACHE_SIZE:
                _CACHE.clear()
        if len(done) == 1 and done[0][2].kind == "country" and _modifier_use(text, e):
            continue  # "a U.S. electronics retailer", "overhauls U.S. election law": the country does not act
        out.extend(Cand(s + a, s + b, c.surface.replace("\u00ad", ""), c.kind, c.role, c.country, c.stripped,
                        c.alias, c.ctx) for a, b, c in done)
    return out


_NOUN_AFTER = re.compile(r" ([a-z][a-z-]+)(?: ([a-z]+))?")
_ACTING_NOUNS = frozenset({"officials", "official", "forces", "troops", "envoy", "envoys", "delegation",
                           "authorities", "diplomats", "negotiators", "team", "president", "leaders", "side",
                           "government", "administration", "embassy", "military", "army", "navy", "ministry",
                           "department", "congress", "senate", "treasury", "intelligence", "lawmakers"})
_VERB_OBJECT = frozenset({"the", "a", "an", "its", "their", "new", "more", "further", "all", "that"})


def _modifier_use(text: str, e: int) -> bool:
    """True when a country name is followed by a common noun it qualifies ("U.S. retailer", "U.S. election law")."""
    m = _NOUN_AFTER.match(text, e)
    if m is None:
        return False
    word = m.group(1)
    if word in lx.FUNCTION_WORDS or word.endswith("ed") or any(
            w in _ACTING_NOUNS for w in (word, m.group(2))):
        return False  # "U.S. officials", "US security forces", "the U.S. government": the country acts
    return not (word.endswith("s") and m.group(2) in _VERB_OBJECT)  # "U.S. imposes new tariffs": a verb


_CACHE: dict[tuple[str, int, str, bool, str | None], list[tuple[int, int, Cand]]] = {}
_CACHE_SIZE = 100_000
