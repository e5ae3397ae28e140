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
# a role in lower case ending right before a name, with what may come between: "o presidente da Câmara dos
# Deputados, Hugo Motta", "a ministra do Planejamento, Simone Tebet", "o técnico Filipe Luís"
_ROLE_BEFORE = re.compile(rf"\b(?P<role>(?:ex-)?(?:{_ROLE_WORDS}))\b(?P<tail>(?:\s+(?:d[aoe]s?|angolan[oa]|"
                          rf"brasileir[oa]|portugues[a]?|norte-american[oa]|american[oa]|federal|estadual|"
                          rf"[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w-]*))*),?\s*$")
_ROLE_NOUN = re.compile(rf"\b(?:o|a|do|da|ao|pelo|pela|no|na)\s+(?P<role>(?:ex-)?(?:{_ROLE_WORDS}))\b")
_NAME_NEXT = re.compile(r"[ ,]*[A-ZÁÉÍÓÚÂÊÔÃÕÇ][a-záéíóúâêôãõç]")  # "o governador Tarcísio": the name's own role
_PRONOUN = re.compile(r"\b(?:ele|ela)\b")
_ORG_NOUN = re.compile(r"\b(?:o|a|do|da|ao|pelo|pela)\s+(?P<org>governo|corporação|ministério|tribunal|"
                       r"procuradoria|polícia|partido|executivo)\b")


def fill_roles(text: str, cands: list[Cand]) -> None:
    """The role written in lower case before a person's name ("o governador de São Paulo, Tarcísio de Freitas")."""
    for c in cands:
        if c.kind not in ("person", "single") or c.role:
            continue
        before = text[max(0, c.start - 80):c.start]
        before = before[max(before.rfind("\n"), before.rfind(". ")) + 1:]
        m = _ROLE_BEFORE.search(fold(before))
        if m is not None and m.group("role"):
            c.role = v.ROLES.get(m.group("role").removeprefix("ex-"), m.group("role"))


def build_refs(text: str, folded: str, table: ActorTable, body_start: int) -> list[Ref]:
    """Named mentions, role nouns and pronouns in text order; role nouns and pronouns resolved to the last fitting
    person named before them (the office's holder, else the person in focus)."""
    refs: list[Ref] = []
    for c, a in table.assigned:
        kind = PERSON if a.kind == "person" else COUNTRY if a.kind == "country" else ORG
        refs.append(Ref(c.start, c.end, "name", kind, a, c.surface))
    spans = [(r.start, r.end) for r in refs]
    for m in _ROLE_NOUN.finditer(folded, body_start):
        if _NAME_NEXT.match(text, m.end("role")) or any(a <= m.start("role") < b for a, b in spans):
            continue
        refs.append(Ref(m.start("role"), m.end("role"), "desc", PERSON, None, m.group("role")))
    for m in _PRONOUN.finditer(folded, body_start):
        refs.append(Ref(m.start(), m.end(), "pron", PERSON, None, m.group()))
    for m in _ORG_NOUN.finditer(folded, body_start):
        refs.append(Ref(m.start("org"), m.end("org"), "desc", ORG, None, m.group("org")))
    refs.sort(key=lambda r: r.start)
    _resolve(refs, table)
    return refs


def _resolve(refs: list[Ref], table: ActorTable) -> None:
    people = [r for r in refs if r.rtype == "name" and r.kind == PERSON and r.actor is not None]
    starts = [r.start for r in people]
    holders: dict[str, Actor] = {}
    for a in table.people():
        if a.role:
            holders.setdefault(fold(a.role), a)
    orgs = [r for r in refs if r.rtype == "name" and r.kind == ORG and r.actor is not None]
    for r in refs:
        if r.rtype == "name":
            continue
        if r.kind == ORG:
            r.actor = next((o.actor for o in reversed(orgs) if o.start < r.start and o.actor is not None
                            and r.word[:5] in fold(o.actor.name)), None)
            continue
        before = people[:bisect.bisect_left(starts, r.start)]
        if r.rtype == "desc":
            role = fold(r.word).removeprefix("ex-")
            holder = holders.get(role)
            if holder is None and role in v.OFFICES:
                holder = next((p.actor for p in reversed(before) if p.actor is not None and p.actor.role
                               and fold(p.actor.role) == role), None)
            if holder is None and (role in v.OFFICES or role in ("lider", "dirigente", "estadista")):
                holder = before[-1].actor if before else None  # the person in focus
            r.actor = holder
        else:
            r.actor = before[-1].actor if before else None
