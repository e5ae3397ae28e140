"""The tokens of a capitalised run: the candidate type, phrase tables, organisation and name-token tests."""

from __future__ import annotations

import functools
import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.lang.en import lexicon as lx

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
WORDS = re.compile(r"[\w.’'-]+")
ORG_WORD_AFTER = re.compile(r" (?:party|group|movement|coalition|alliance|bloc|union|organization|cartel|gang)\b")
# "the Public Health agency", "the Rapid Response unit": capitalised words that name a body's field, not a person
BODY_NOUN_AFTER = re.compile(r" (?:agency|department|ministry|office|unit|units|teams?|service|services|authority|"
                             r"board|committee|council|commission|programme|program|project|fund|scheme|website|"
                             r"platform|network|sector|industry|cent(?:er|re)|hospital|clinic|laboratory|lab)\b")
ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Za-z]{1,9})\)")
CUES = lx.INSTITUTION_CUES | lx.ORGANIZATION_CUES
ROLE_WORDS = frozenset(w for r in lx.ROLES for w in r.split())
_LEGISLATIVE = ("deputies", "representatives", "senators", "accounts")
_STATE_BODY_WORDS = frozenset({"senate", "house", "congress", "parliament", "assembly", "electoral", "legislative",
                               "judicial", "congressional", "parliamentary"})


def split_tokens(text: str, s: int, e: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _SPLIT_TOKENS.finditer(text, s, e)]


_FIRST_WORDS: dict[int, frozenset[str]] = {}


def _first_words(table: dict[str, str] | frozenset[str]) -> frozenset[str]:
    key = id(table)
    if key not in _FIRST_WORDS:
        _FIRST_WORDS[key] = frozenset(p.split(" ", 1)[0] for p in table)
    return _FIRST_WORDS[key]


def match_phrase(toks: list[tuple[str, int, int]], i: int, table: dict[str, str] | frozenset[str],
                  max_len: int) -> tuple[str | None, int]:
    if fold(toks[i][0]) not in _first_words(table):
        return None, 0
    for k in range(min(max_len, len(toks) - i), 0, -1):
        key = " ".join([fold(t) for t, _, _ in toks[i:i + k]])  # folding is per character: fold the cached words
        if key in table:
            return (table[key] if isinstance(table, dict) else key), k
    return None, 0


def is_org(toks: list[tuple[str, int, int]]) -> bool:
    return bool(toks) and _is_org_words(tuple(t for t, _, _ in toks))


@functools.lru_cache(maxsize=50_000)
def _is_org_words(words: tuple[str, ...]) -> bool:
    folded = [fold(t) for t in words]
    if " ".join(folded) in lx.KNOWN_ORGS or any(f.endswith((".com", ".org", ".net")) for f in folded):
        return True
    return len(folded) > 1 and any(f in CUES for f in folded)  # a lone "Watch" or "Service" is no organisation


def org_kind(toks: list[tuple[str, int, int]]) -> str:
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


_ROMAN = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{1,3}|V)")
_PARTICLE = re.compile(r"(?:al|el|bin|ibn|abu|ad|as|ash|an|at|az)-[A-ZÀ-Þ]")


_ADJECTIVE_SUFFIX = re.compile(r".-(?:esque|style|like|era|led|backed|based|born|made|owned|run|type|linked|allied|"
                               r"aligned|friendly|leaning|controlled|held|sponsored|funded|ish)$")


@functools.lru_cache(maxsize=50_000)
def looks_like_name_token(tok: str) -> bool:
    if tok in lx.NAME_CONNECTORS or _PARTICLE.match(tok) or (_ROMAN.fullmatch(tok) and tok != "I"):
        return True  # "bin", "al-Assad", "Charles III"
    if _ADJECTIVE_SUFFIX.search(tok):
        return False  # "Chamberlain-esque", "Trump-era": adjectives
    if len(tok) == 2 and tok[1] == "." and tok[0].isupper():
        return True
    return len(tok) > 1 and tok[0].isupper() and any(c.islower() for c in tok[1:]) and not tok.isupper()
