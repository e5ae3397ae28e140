"""Who can speak or act in a Spanish text: named actors, role nouns ("el canciller") and their resolution."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import COUNTRY, ORG, PERSON, Actor, Cand, Ref
from sofa_desktop.extract.lang.en.actors import ActorTable
from sofa_desktop.extract.lang.es import vocab as v
from sofa_desktop.extract.lang.es.names import BODY_SPELLINGS, country_of

_ROLE_PHRASES = sorted(v.ROLES, key=len, reverse=True)
_ROLE_NOUN = re.compile(r"\b(?:el|la|del|al|los|las)\s+(?P<role>(?:ex)?(?:" + "|".join(
    re.escape(r) for r in _ROLE_PHRASES if "." not in r) + r"))\b(?P<adj>(?:\s+(?:" + "|".join(
    sorted(v.ROLE_AFTER | set(v.DEMONYMS_ES), key=len, reverse=True)) + r"))*)(?![ ,]+[A-ZÁÉÍÓÚÑ])")
_WORDS = re.compile(r"[\wáéíóúñÁÉÍÓÚÑ.]+")
_OF_COUNTRY = re.compile(r"\s+(?:de|del)\s+(?:los\s+|la\s+)?\w+(?:\s+\w+)?")
_ORG_NOUN = re.compile(r"\b(?:el|la|del|al|un)\s+(?P<org>cancilleria|gobierno|ministerio|senado|camara|"
                       r"departamento|comunicado|presidencia|oficialismo|bancada opositora|bancada|oposicion|"
                       r"partido|embajada(?:\s+(?:estadounidense|norteamericana|de\s+(?:los\s+)?(?:estados unidos|"
                       r"ee\.\s?uu\.?|eeuu|eua)))?|tribunal|corte|fiscalia)\b"
                       r"|\b(?:los|las)\s+(?P<bench>magistrad[oa]s|jueces|juezas|camaristas|vocales supremos)\b")


_NICKNAME = re.compile(r"\b(?:(?P<det>los|las)\s+)?(?P<nick>" + "|".join(v.PARTY_NICKNAMES) + r")\b")
_AND = re.compile(r"\s+(?:y|e)\s+$")


def party_nicknames(folded: str, table: ActorTable, body_start: int) -> list[Ref]:
    """ "los socialistas", "blancos y colorados": members of a party the story names, written for the party
    (with an article, or coordinated with another nickname); one regex pass, and none without parties."""
    parties = [a for a in table.actors.values() if a.kind == "organization"]
    if not parties:
        return []
    out: list[Ref] = []
    for m in _NICKNAME.finditer(folded, body_start):
        nxt = _NICKNAME.match(folded, m.end() + 3) if folded.startswith((" y ", " e "), m.end()) else None
        if m.group("det") is None and nxt is None and not (out and out[-1].end == m.start() - 3 and _AND.match(
                folded, out[-1].end, m.start())):
            continue
        keys = v.PARTY_NICKNAMES[m.group("nick")]
        party = next((a for a in parties if any(k == f or f" {k} " in f" {f} " for f in map(
            fold, (a.name, *a.variants)) for k in keys)), None)
        if party is not None:
            out.append(Ref(m.start("nick"), m.end(), "desc", ORG, party, "party"))
    return out


def fill_roles(text: str, cands: list[Cand]) -> None:
    """Roles written in lower case before a name ("el diputado opositor Juan Pérez", "la jueza ... Heredia"), with
    the country the role says ("el canciller paraguayo, Rubén …", "El secretario de Estado de Estados Unidos, …")."""
    person_end = 0  # the end of the previous person's name: a role before it is that person's
    for c in cands:
        c.ctx = False
        if c.kind not in ("person", "single"):
            continue
        if c.role:
            person_end = c.end
            continue
        before = text[max(0, c.start - 110, person_end):c.start]
        person_end = c.end
        if "\n" in before:
            before = before[before.rfind("\n") + 1:]
        words = [w.lower() if w.lower() in BODY_SPELLINGS else fold(w) for w in _WORDS.findall(before)][-14:]
        comma = before.rstrip().endswith(",")
        tail: list[str] = []
        while words and (words[-1] in v.ROLE_AFTER or words[-1] in v.DEMONYMS_ES):
            tail.insert(0, words.pop())
        for k in range(min(5, len(words)), 0, -1):  # the role right before the name
            role = v.ROLES.get(" ".join(words[-k:]))
            if role is None and words[-k].startswith("ex") and len(words[-k]) > 4:
                role = v.ROLES.get(" ".join([words[-k][2:], *words[-k + 1:]]))
                role = f"ex{role}" if role else None
            if role:
                c.role = role
                break
        if c.role is None and comma:  # "El canciller paraguayo, Rubén Ramírez Lezcano," / "la jueza del ..., Sandra H."
            for k in range(len(words) - 1, 0, -1):  # the nearest role ("El candidato a gobernador de …, X")
                if words[k] == "que" or words[k] in v.SPEECH_VERBS:
                    break  # "El Mandatario declaró que … su homólogo, X": the role is another clause's
                if words[k - 1] not in ("el", "la", "del", "al"):
                    continue
                n = next((n for n in range(min(5, len(words) - k), 0, -1) if " ".join(words[k:k + n]) in v.ROLES), 0)
                if n:
                    c.role = v.ROLES[" ".join(words[k:k + n])]
                    tail = words[k + n:] + tail
                    break
        if c.role is not None and c.country is None:
            c.country = country_after_role(tail)


def country_after_role(words: list[str]) -> str | None:
    """The country in the words after a role: a demonym ("paraguayo") or "de (los) Estados Unidos"."""
    for w in words:
        if w in v.DEMONYMS_ES:
            return v.DEMONYMS_ES[w]
    for k, w in enumerate(words):
        if w in ("de", "del"):
            rest = [x for x in words[k + 1:k + 4] if x not in ("la", "los", "las")]
            for n in range(len(rest), 0, -1):
                if (country := country_of(" ".join(rest[:n]))) is not None:
                    return country
    return None


def kind_of(actor: Actor) -> str:
    """The reference kind of an actor."""
    return PERSON if actor.kind == "person" else COUNTRY if actor.kind == "country" else ORG


def build_refs(text: str, folded: str, table: ActorTable, body_start: int, quotes: list[tuple[int, int]],
               sentence_of: Callable[[int], int]) -> list[Ref]:
    """Named mentions and resolved role nouns, in text order (nothing inside a quotation)."""
    opens = [a for a, _ in quotes]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(opens, pos) - 1
        return i >= 0 and quotes[i][0] < pos < quotes[i][1]

    refs = [Ref(c.start, c.end, "name", kind_of(a), a) for c, a in table.assigned
            if c.start >= body_start and not inside(c.start)]
    for m in _ROLE_NOUN.finditer(folded, body_start):
        if not inside(m.start()):
            words = [*fold(m.group("role")).split(), *m.group("adj").split()]
            tail: list[str] = []
            while len(words) > 1 and (words[-1] in v.ROLE_AFTER or words[-1] in v.DEMONYMS_ES):
                tail.insert(0, words.pop())  # "el jefe de la diplomacia estadounidense": role + country
            after = _OF_COUNTRY.match(folded, m.end())
            country = country_after_role(tail + (after.group().split() if after else []))
            role = " ".join(words)
            refs.append(Ref(m.start(), m.end(), "desc", PERSON, None, fold(v.ROLES.get(role, role)), country))
    for m in _ORG_NOUN.finditer(folded, body_start):
        if not inside(m.start()):
            refs.append(Ref(m.start(), m.end(), "desc", ORG, None, m.group("org") or "bench"))
    refs.extend(r for r in party_nicknames(folded, table, body_start) if not inside(r.start))
    refs.sort(key=lambda r: (r.start, -r.end))
    out: list[Ref] = []
    for r in refs:
        if out and r.start < out[-1].end:
            continue  # "el canciller Rubén Ramírez": the name is in the run already
        if out and out[-1].rtype == "desc" and out[-1].kind == PERSON == r.kind and r.rtype == "name" and (
                not text[out[-1].end:r.start].strip(" ,")):
            out[-1] = r  # "La presidenta Claudia Sheinbaum": the title before a name is that person's
            continue
        out.append(r)
    _resolve(out, table, sentence_of, folded)
    _leaders(out, folded)
    people = [a for a in table.actors.values() if a.kind == "person"]
    for r in out:
        if r.actor is None and r.rtype == "desc" and r.kind == PERSON and r.word in _UNCLAIMED and text[
                r.start:r.end].split()[-1][:1].islower():  # "la Secretaría de …" is a body, not "la secretaria"
            r.actor = _untitled_near(people, r.start, sentence_of)
    return out


_LEADERS = frozenset({"presidente", "presidenta", "lider", "jefe", "jefa", "secretario general",
                      "secretaria general", "dirigente", "titular"})
_OF = re.compile(r"\s+(?:de|del)\s+(?:la\s+|los\s+|las\s+)?")


def _leaders(refs: list[Ref], folded: str) -> None:
    """ "El líder del PP" … "el presidente del PP": the one leader of a party or body named before by another
    leader's title (a title with no holder of its own otherwise stays unresolved)."""
    pairs = [(r, nxt) for r, nxt in zip(refs, refs[1:], strict=False)
             if r.rtype == "desc" and r.kind == PERSON and r.word in _LEADERS and nxt.actor is not None
             and nxt.kind == ORG and (_OF.fullmatch(folded, r.end, nxt.start) or (
                 r.end == nxt.start - 1 and folded.startswith("del ", nxt.start)))]  # "el titular" + "del Senado"
    leader_of: dict[int, Actor] = {}
    for r, body in pairs:  # the leaders the text names, wherever it names them ("el titular del Parlamento, X")
        if r.actor is not None:
            leader_of.setdefault(id(body.actor), r.actor)
    for r, body in pairs:
        if r.actor is None and id(body.actor) in leader_of:
            r.actor = leader_of[id(body.actor)]


# "a Aquino", "contra el presidente Sebastián Piñera": a person after a preposition (and a title) is an object
OBJECT_BEFORE = re.compile(r"\b(?:a|al|con|contra|hacia|ante)\s+(?:el\s+|la\s+|los\s+|las\s+)?(?:(?:ex)?(?:"
                           + "|".join(re.escape(r) for r in _ROLE_PHRASES if "." not in r) + r")\s+)?$")
_SYNONYMS = {"mandatario": ("presidente", "presidenta", "mandataria"), "exmandatario": ("expresidente",),
             "exmandataria": ("expresidenta",), "mandataria": ("presidenta",),
             "tecnico": ("entrenador", "seleccionador", "director tecnico", "dt"),
             "entrenador": ("tecnico", "seleccionador", "director tecnico", "dt"),
             "dt": ("tecnico", "entrenador", "seleccionador", "director tecnico"),
             "jefe de estado": ("presidente", "presidenta"),
             "magistrado": ("juez", "jueza", "magistrada"), "magistrada": ("jueza", "juez"),
             "jefe de la diplomacia": ("canciller", "secretario de estado"),
             "canciller": ("ministro de relaciones exteriores", "ministra de relaciones exteriores",
                           "secretario de estado"),
             # a member of a chamber named by another word ("la legisladora" after "la senadora X")
             "legislador": ("parlamentario", "senador", "diputado", "congresista", "concejal"),
             "legisladora": ("parlamentaria", "senadora", "diputada", "congresista", "concejala"),
             "parlamentario": ("legislador", "senador", "diputado", "congresista"),
             "parlamentaria": ("legisladora", "senadora", "diputada", "congresista")}


def _resolve(refs: list[Ref], table: ActorTable, sentence_of: Callable[[int], int], folded: str) -> None:
    people = [a for a in table.actors.values() if a.kind == "person"]
    last_person: Actor | None = None  # the first person named in the latest sentence that names one
    last_org: Actor | None = None
    cur, first_in_sentence = -1, None
    for r in refs:
        s = sentence_of(r.start)
        if s != cur:
            cur, first_in_sentence = s, None
        if r.rtype == "name":
            if r.kind == PERSON and first_in_sentence is None and not OBJECT_BEFORE.search(
                    folded, max(0, r.start - 45), r.start):  # "contra el presidente X": X is not in focus
                first_in_sentence = last_person = r.actor
            elif r.kind == ORG:
                last_org = r.actor
            continue
        if r.kind == ORG and r.actor is not None:
            last_org = r.actor  # a party nickname, resolved when found
            continue
        if r.kind == ORG:
            r.actor = _org_for(r.word, table, last_org)
            if r.actor is not None:
                last_org = r.actor
            continue
        word = r.word[2:] if r.word.startswith("ex") and r.word[2:] in v.ROLES else r.word
        wanted = {r.word, *_SYNONYMS.get(r.word, ())}
        holders = [a for a in people if a.role and (fold(a.role) in wanted or fold(a.role).endswith(" " + r.word))]
        if not holders and r.word == word:  # "el canciller": any canciller; "el exmandatario" needs an ex-
            holders = [a for a in people if a.role and (fold(a.role).endswith(word) or fold(a.role).startswith(
                word + " "))]  # "el fiscal" after "el fiscal general X", "el ministro" after "ministro de Y, X"
        if r.country is not None and holders:  # "el canciller de Paraguay": not the US one
            holders = [a for a in holders if a.country == r.country] or [a for a in holders if a.country is None]
        if holders:
            r.actor = max(holders, key=lambda a: max((p for p in a.positions if p < r.start), default=-1))
        elif word in v.FOCUS_ROLES or r.word in v.FOCUS_ROLES or word in v.OFFICES:
            r.actor = last_person if r.word in v.FOCUS_ROLES or word in v.FOCUS_ROLES else None
        if r.actor is not None and first_in_sentence is None:
            first_in_sentence = last_person = r.actor


# titles a story may give a person it names without one ("Peña … ha sostenido la portavoz del PSOE")
_UNCLAIMED = v.OFFICES | frozenset({"portavoz", "vocero", "vocera", "titular", "secretario", "secretaria",
                                    "secretario general", "secretaria general", "ministra", "senadora", "diputada"})


def _untitled_near(people: list[Actor], pos: int, sentence_of: Callable[[int], int]) -> Actor | None:
    """The one person named with no title in the two sentences before ``pos`` (or its own): who a title no one
    holds stands for; None when there are two or none."""
    here = sentence_of(pos)
    near = [a for a in people if a.role is None and any(
        p < pos and here - sentence_of(p) <= 2 for p in a.positions)]
    return near[0] if len(near) == 1 else None


_COURTS = ("audiencia", "corte", "tribunal", "sala", "juzgado", "camara de apelaciones", "consejo de estado")


def _org_for(word: str, table: ActorTable, last: Actor | None) -> Actor | None:
    if word in ("comunicado",):
        return last
    if word == "bench":  # "afirman los magistrados": the court the story names
        courts = [a for a in table.actors.values() if a.kind == "institution" and fold(a.name).startswith(_COURTS)]
        return courts[0] if len(courts) == 1 else None
    for a in table.actors.values():
        if a.kind in ("institution", "organization") and (fold(a.name).startswith(word) or any(
                fold(x).startswith(word) for x in a.variants)):
            return a
    return None
