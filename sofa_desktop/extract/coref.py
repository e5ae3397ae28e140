"""Referents for attribution: named mentions, descriptions ("Paraguay's foreign minister", "the group"), pronouns."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from sofa_desktop.extract import gazetteer as gz
from sofa_desktop.extract import lexicon as lx
from sofa_desktop.extract.actors import Actor, ActorTable
from sofa_desktop.extract.folding import fold
from sofa_desktop.extract.phrases import Hit
from sofa_desktop.extract.sentences import Layout

_THE_BEFORE = re.compile(r"\b[Tt]he (?:[a-z-]+ )?$")
_GOVERNMENT_OF = re.compile(r"(?:\b[Tt]he )?((?:[A-Z]\.){2,}|\b[A-Z][\w]+(?:['’]s)?) $")
_AGE_BEFORE = re.compile(r"\b[Tt]he \d{1,3}-$")
_WORD = re.compile(r"[\w.’'-]+")
_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our"})
_OFFICES = frozenset({"president", "prime minister", "vice president", "foreign minister", "secretary of state",
                      "chancellor", "governor", "mayor", "attorney general", "defense minister", "interior minister",
                      "finance minister", "economy minister", "minister"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_GENERIC_ORG = frozenset({"group", "organization", "organisation", "movement", "coalition", "network", "alliance",
                          "association", "union", "bloc"})
PERSON, ORG, COUNTRY = "person", "org", "country"


@dataclass(slots=True)
class Ref:
    """Something that can be a speaker: ``rtype`` is name/desc/pron; ``actor`` is None while unresolved."""

    start: int
    end: int
    rtype: str
    kind: str  # person / org / country
    actor: Actor | None
    word: str = ""
    country: str | None = None


def _kind_of(actor: Actor) -> str:
    return PERSON if actor.kind == "person" else COUNTRY if actor.kind == "country" else ORG


def build_refs(text: str, lay: Layout, table: ActorTable, body_start: int, kw: dict[str, list[Hit]]) -> list[Ref]:
    """All referents outside quotations, in text order, with descriptions and pronouns resolved."""
    spans = [(q.open, q.close) for q in lay.quotes]
    q_starts = [s for s, _ in spans]

    def in_quote(pos: int) -> bool:
        i = bisect.bisect_right(q_starts, pos) - 1
        return i >= 0 and spans[i][0] < pos < spans[i][1]

    refs = [Ref(c.start, c.end, "name", _kind_of(a), a) for c, a in table.assigned
            if c.start >= body_start and not in_quote(c.start)]
    named = [(r.start, r.end) for r in refs if r.kind != COUNTRY]
    named_starts = [s for s, _ in named]
    descs: list[Ref] = []
    for m in kw["desc"]:
        if (not in_quote(m.start()) and (ref := _person_desc(text, m, table)) is not None
                and not _overlaps(named, named_starts, ref.start, ref.end)):
            descs.append(ref)
    if descs:
        d_spans = [(d.start, d.end) for d in descs]
        d_starts = [d.start for d in descs]
        refs = [r for r in refs if r.kind != COUNTRY or not _overlaps(d_spans, d_starts, r.start, r.start + 1)] + descs
    for g in kw["government"]:
        m = _GOVERNMENT_OF.search(text, max(body_start, g.start() - 30), g.start())
        country = gz.affiliation(m.group(1)) if m else None
        if m is not None and country is not None and not in_quote(m.start()):
            refs = [r for r in refs if not m.start() <= r.start < g.end()]
            body = table.institution_of(country, g.group()) or table.country(country)
            refs.append(Ref(m.start(), g.end(), "desc", ORG, body, "government"))
    for m in kw["orgword"]:
        the = _THE_BEFORE.search(text, max(body_start, m.start() - 25), m.start())
        if the and not in_quote(m.start()) and text[m.end():m.end() + 2] != " o" and not any(
                r.start <= the.start() < r.end for r in refs[-3:]):
            refs.append(Ref(the.start(), m.end(), "desc", ORG, None, m.group().lower()))
    for m in kw["age"]:  # "the 44-year-old former diplomat" stands for the last person
        the = _AGE_BEFORE.search(text, max(body_start, m.start() - 10), m.start())
        if the and not in_quote(m.start()):
            refs.append(Ref(the.start(), m.end(), "pron", PERSON, None, "age"))
    for m in kw["pronoun"]:
        w = m.group().lower()
        if not in_quote(m.start()) and (w != "it" or _next_word(text, m.end()) in lx.SPEECH_VERBS):
            refs.append(Ref(m.start(), m.end(), "pron", ORG if w == "it" else PERSON, None, w))
    refs.sort(key=lambda r: r.start)
    refs = [r for i, r in enumerate(refs) if not (i and r.rtype != "name" and refs[i - 1].end > r.start)]
    _resolve(text, refs, lay)
    return refs


def _next_word(text: str, pos: int) -> str:
    words = text[pos:pos + 16].split(None, 2)
    return words[0].strip(",.;:").lower() if words else ""


def _overlaps(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    """True when [a, b) overlaps one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_left(starts, b) - 1
    return i >= 0 and spans[i][1] > a


def _person_desc(text: str, m: Hit, table: ActorTable) -> Ref | None:
    after = text[m.end():m.end() + 3]
    if len(after) > 1 and after[0] == " " and after[1].isupper():
        return None  # a title in front of a name: the chunker handles it
    words = _WORD.findall(text[max(0, m.start() - 50):m.start()])[-5:]
    head = fold(m.group())
    role = lx.role_of(head)
    used = 0
    for k in range(min(3, len(words)), 0, -1):
        phrase = fold(" ".join(words[-k:]) + " " + m.group())
        if lx.role_of(phrase):
            role, used = lx.role_of(phrase), k
            break
    rest = words[:len(words) - used] if used else words
    while rest and fold(rest[-1]) in lx.ROLE_MODIFIERS:
        rest = rest[:-1]
    if not rest:
        return None
    country = gz.affiliation(rest[-1])
    if country is None and fold(rest[-1]) in _INDEFINITE:
        return Ref(m.start(), m.end(), "desc", PERSON, None, "new")  # "one senior official": someone unnamed
    if country is None and fold(rest[-1]) not in _DETERMINERS:
        return None
    found = text.rfind(rest[-1], max(0, m.start() - 60), m.start())
    start = found if found >= 0 else m.start()
    actor = _match_role(table, role or head, country, m.start())
    return Ref(start, m.end(), "desc", PERSON, actor, fold(role or head), country)


def _match_role(table: ActorTable, role: str, country: str | None, pos: int) -> Actor | None:
    want = fold(role)
    found = [a for a in table.people() if a.role and (fold(a.role) == want or fold(a.role).endswith(" " + want))
             and not (country and a.country and a.country != country)]
    if not found:
        return None
    if len(found) > 1 and country:
        same = [a for a in found if a.country == country]
        found = same or found
    return max(found, key=lambda a: (max((p for p in a.positions if p < pos), default=-1), -min(a.positions)))


def _resolve(text: str, refs: list[Ref], lay: Layout) -> None:
    """Fill pronouns (he/she: the last person subject; it: the last organisation) and organisation descriptions."""
    last_subject: Actor | None = None
    last_org: Actor | None = None
    cur_sentence = -1
    first_person: Actor | None = None
    has_person = False
    for i, r in enumerate(refs):
        s = lay.sentence_at(r.start)
        if s != cur_sentence:
            if has_person:
                last_subject = first_person
            cur_sentence, first_person, has_person = s, None, False
        if r.kind == PERSON:
            if r.rtype == "pron":
                r.actor = first_person if has_person else last_subject
            elif r.word == "new":  # "a spokesperson for X, Carla Paz, said": the apposition names the person
                r.actor = _named_next(text, refs, i, lay)
            elif r.rtype == "desc" and r.actor is None and r.word in _OFFICES:
                # "the Colombian president announced": an office held by one person is the person in focus
                r.actor = _compatible(first_person if has_person else last_subject, r)
            if not has_person:
                first_person, has_person = r.actor, True
        elif r.kind == ORG:
            if r.rtype == "desc" and r.actor is None:
                r.actor = _org_for(r.word, refs, i) or last_org
            elif r.rtype == "pron":
                r.actor = last_org
            if r.actor is not None:
                last_org = r.actor


def _compatible(actor: Actor | None, desc: Ref) -> Actor | None:
    if actor is None or (actor.role and not fold(actor.role).endswith(desc.word)):
        return None
    return None if desc.country and actor.country and actor.country != desc.country else actor


def _named_next(text: str, refs: list[Ref], i: int, lay: Layout) -> Actor | None:
    s = lay.sentence_at(refs[i].start)
    for r in refs[i + 1:i + 4]:
        if (r.kind == PERSON and r.rtype == "name" and r.start - refs[i].end < 70 and lay.sentence_at(r.start) == s
                and text[max(0, r.start - 4):r.start].rstrip().endswith(",")):
            return r.actor
    return None


def _org_for(word: str, refs: list[Ref], i: int) -> Actor | None:
    generic = word in _GENERIC_ORG
    for r in reversed(refs[max(0, i - 300):i]):
        if r.actor is None or r.kind != ORG or r.rtype != "name":
            continue
        if generic and r.actor.kind == "organization":
            return r.actor
        if not generic and word in fold(r.actor.name):
            return r.actor
    return None
