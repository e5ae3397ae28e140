"""Who can speak or act in a Portuguese text: named actors, role nouns ("o governador", "a ministra") and
pronouns ("ele", "ela"), each resolved to an actor where the text allows."""

from __future__ import annotations

import bisect
import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import COUNTRY, ORG, PERSON, Actor, Cand, Ref
from sofa_desktop.extract.lang.en.actors import ActorTable
from sofa_desktop.extract.lang.pt import vocab as v

_ROLE_WORDS = "|".join(re.escape(r) for r in sorted(v.ROLES, key=len, reverse=True))
_ROLE = re.compile(rf"\b(?:ex-)?(?:{_ROLE_WORDS})\b")
_UPPER = "A-ZÁÉÍÓÚÂÊÔÃÕÇ"
# what may stand between a role and its person's name, as written: "o presidente| da Câmara dos Deputados, |Hugo
# Motta", "a ministra| do Planejamento, |Simone Tebet", "o ministro| das Relações Exteriores angolano, |Manuel"
_ROLE_TAIL = re.compile(rf"(?:\s+(?:(?:d[aoe]s?|de)\s+[{_UPPER}][\w-]*|[{_UPPER}][\w-]*|(?:angolan|brasileir|"
                        rf"norte-american|american|portugues|paulist)[oa]?s?|federal|estadual))*,?\s*")
# the body a role is of, as written: "presidente| da Câmara dos Deputados", "ministra| do Planejamento"
_ROLE_OF = re.compile(r"\s+(?:d[aoe]s?)\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w-]*(?:\s+(?:d[aoe]s?\s+)?[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w-]*)*")
_ROLE_NOUN = re.compile(rf"\b(?:o|a|do|da|ao|pelo|pela|no|na)\s+(?P<role>(?:ex-)?(?:{_ROLE_WORDS}))\b")
_NAME_NEXT = re.compile(r"[ ,]*[A-ZÁÉÍÓÚÂÊÔÃÕÇ][a-záéíóúâêôãõç]")  # "o governador Tarcísio": the name's own role
_PRONOUN = re.compile(r"\b(?:ele|ela)\b")
# a nationality standing for the person in focus: "afirmou o português", "disse o argentino"
_NATIONAL = re.compile(r"\b(?:o|a)\s+(?P<who>" + "|".join(sorted(v.DEMONYMS, key=len, reverse=True)) + r")\b"
                       r"(?=\s*[.,;]|\s*$)")
_ORG_NOUN = re.compile(r"\b(?:o|a|do|da|ao|pelo|pela)\s+(?P<org>governo|corporacao|ministerio|tribunal|"
                       r"procuradoria|policia|partido|executivo|empresa|estatal|companhia|pasta|orgao|entidade|"
                       r"petroleira|instituicao)\b")
# nouns for whatever body was named last ("a estatal", "a empresa", "o órgão"), not one body of that name
_ANY_BODY = frozenset({"empresa", "estatal", "companhia", "pasta", "orgao", "entidade", "petroleira", "instituicao",
                       "corporacao"})


def fill_roles(text: str, folded: str, cands: list[Cand]) -> None:
    """The role written in lower case before a person's name ("o governador de São Paulo, Tarcísio de Freitas")."""
    for c in cands:
        if c.kind not in ("person", "single") or c.role:
            continue
        m = role_before(text, folded, c.start)
        if m is not None:
            role = v.ROLES.get(m.group().removeprefix("ex-"), m.group())
            of = _ROLE_OF.match(text, m.end(), c.start)
            c.role = f"{role}{of.group().rstrip()}" if of and role != "chanceler" else role


def role_before(text: str, folded: str, pos: int) -> re.Match[str] | None:
    """The lower-case role that ends right before the name at ``pos`` (with only its body, a demonym and a comma
    between), in the same sentence."""
    lo = max(0, pos - 90)
    cut = max(text.rfind("\n", lo, pos), text.rfind(". ", lo, pos))
    found = None
    for m in _ROLE.finditer(folded, cut + 1 if cut >= 0 else lo, pos):
        if _ROLE_TAIL.fullmatch(text, m.end(), pos):
            found = found or m  # the first (longest reach) role that fits
    return found


def build_refs(text: str, folded: str, table: ActorTable, body_start: int) -> list[Ref]:
    """Named mentions, role nouns and pronouns in text order; role nouns and pronouns resolved to the last fitting
    person named before them (the office's holder, else the person in focus)."""
    refs: list[Ref] = []
    for c, a in table.assigned:
        kind = PERSON if a.kind == "person" else COUNTRY if a.kind == "country" else ORG
        refs.append(Ref(c.start, c.end, "name", kind, a, c.surface))
    spans = [(r.start, r.end) for r in refs]
    people = sorted(r.start for r in refs if r.kind == PERSON)
    for m in _ROLE_NOUN.finditer(folded, body_start):
        if _NAME_NEXT.match(text, m.end("role")) or any(a <= m.start("role") < b for a, b in spans):
            continue
        k = bisect.bisect_left(people, m.end())
        if k < len(people) and _ROLE_TAIL.fullmatch(text, m.end("role"), people[k]):
            continue  # "o ministro das Relações Exteriores angolano, Manuel Augusto": the name's own role
        refs.append(Ref(m.start("role"), m.end("role"), "desc", PERSON, None, m.group("role")))
    for m in _PRONOUN.finditer(folded, body_start):
        refs.append(Ref(m.start(), m.end(), "pron", PERSON, None, m.group()))
    for m in _NATIONAL.finditer(folded, body_start):
        refs.append(Ref(m.start("who"), m.end("who"), "pron", PERSON, None, m.group("who")))
    for m in _ORG_NOUN.finditer(folded, body_start):
        refs.append(Ref(m.start("org"), m.end("org"), "desc", ORG, None, m.group("org")))
    refs.sort(key=lambda r: r.start)
    _resolve(refs, table, folded)
    return refs


def _resolve(refs: list[Ref], table: ActorTable, folded: str) -> None:
    """A role noun is the last person named before it with that role, else the one person of the text with it,
    else (an office, unqualified: "o presidente", not "o secretário-geral do PS") the person in focus; a pronoun
    is the last person who opened a sentence as its subject, else the last person named."""
    holders: dict[str, list[Actor]] = {}
    for a in table.people():
        if a.role:
            holders.setdefault(fold(a.role), []).append(a)
    done: list[Ref] = []  # person refs resolved so far, in text order
    orgs: list[Ref] = []
    for r in refs:
        if r.rtype == "name":
            (done if r.kind == PERSON else orgs).append(r)
            continue
        if r.kind == ORG:
            r.actor = next((o.actor for o in reversed(orgs) if o.actor is not None and o.kind == ORG and (
                r.word in _ANY_BODY or r.word[:5] in fold(o.actor.name))), None)
            if r.actor is not None:
                orgs.append(r)
            continue
        if r.rtype == "desc":
            role = fold(r.word).removeprefix("ex-")
            qual = _QUALIFIED.match(folded, r.end)
            qualified = qual is not None
            same = [p.actor for p in reversed(done) if p.actor is not None and p.actor.role
                    and fold(p.actor.role).startswith(role)]
            if qual is not None:  # "o presidente do Senado": the presidente whose role names the Senate
                same = [a for a in same if a.role and qual.group("of") in fold(a.role)]
            holder = same[0] if same else None
            if holder is None and len(holders.get(role, ())) == 1:
                holder = holders[role][0]
            if holder is None and not qualified and role in v.OFFICES and done:
                holder = done[-1].actor  # the person in focus
            r.actor = holder
        else:
            subjects = [p for p in done if p.actor is not None and opens_clause(folded, p.start)]
            r.actor = (subjects or done)[-1].actor if done else None
        if r.actor is not None:
            done.append(r)


_QUALIFIED = re.compile(r"\s+(?:d[oa]s?|de)\s+(?!republica\b)(?P<of>\w+)")  # "o secretário-geral do PS"
_CLAUSE_START = re.compile(r"(?:^|[.!?:;\n]\s*|\b(?:o|a)\s+|,\s*)$")


def opens_clause(folded: str, pos: int) -> bool:
    """Whether a mention opens its sentence or clause (with its article): the subject, not an object."""
    return _CLAUSE_START.search(folded, max(0, pos - 12), pos) is not None
