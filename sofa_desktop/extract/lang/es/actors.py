"""Spanish actors: one canonical name per institution across its Spanish forms, speech-adjacent single names."""

from __future__ import annotations

import re
from collections import Counter

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import Actor, Cand
from sofa_desktop.extract.core.places import dateline_country
from sofa_desktop.extract.lang.en.actors import ActorTable
from sofa_desktop.extract.lang.es import vocab as v
from sofa_desktop.extract.lang.es.bodies import OF_COUNTRY
from sofa_desktop.extract.lang.es.event_vocab import EVENT_VERBS

_HOME_BODIES = {"Senado": "Senado", "Cámara de Diputados": "Cámara de Diputados", "Congreso": "Congreso Nacional",
                "Ministerio de Relaciones Exteriores": "Ministerio de Relaciones Exteriores", "Fuerzas Armadas":
                "Fuerzas Armadas", "Gobierno": "Gobierno"}
_US_BODIES = {"Senado": "U.S. Senate", "Congreso": "U.S. Congress", "Fuerzas Armadas": "U.S. Armed Forces",
              "Cámara de Diputados": "U.S. House of Representatives"}
_OF_COUNTRY = {**OF_COUNTRY, "Brazil": "de Brasil"}
_GOVERNMENT_OF = {**_OF_COUNTRY, "Spain": "de España"}  # "Gobierno de España"; its chambers have other names
_NEXT_WORD = re.compile(r"\s*,?\s*(?:(?:lo|la|le|les|los|las|se|ya|no|tambien)\s+)?(\w+)")
_DETERMINER = re.compile(r"\b(?:el|la|los|las|ambos|ambas|unos|unas|sus|dos)\s+$")
_PREV_WORD = re.compile(r"(\w+)\s*,?\s*$")
_GOVERNMENT_FORMS = frozenset({"gobierno", "ejecutivo", "moncloa"})  # the lone forms around.lone_bodies reads
_INFINITIVE = ("ar", "er", "ir")


def speech_adjacent(text: str, folded: str, cands: list[Cand]) -> set[int]:
    """Starts of lone capitalised words right before or after a speech verb ("dijo Milei", "Peña afirmó"); not a
    common noun capitalised in a subhead ("Oposición advierte": "oposición" is written in lower case elsewhere)
    or after a determiner ("ambas Cámaras")."""
    out = set()
    for c in cands:
        if c.kind != "single" or _DETERMINER.search(folded, max(0, c.start - 8), c.start) or re.search(
                rf"\b{re.escape(c.surface.lower())}\b", text) or _opens_subhead(text, c.start) or (
                fold(c.surface) in v.PLACES_ES):  # "la embajada en Asunción señaló": the place does not speak
            continue
        nxt = _NEXT_WORD.match(folded, c.end)
        prev = _PREV_WORD.search(folded, max(0, c.start - 25), c.start)
        if nxt and nxt.group(1).endswith(_INFINITIVE):
            nxt = None  # "Deben detener …": a verb opening a sentence, then an infinitive; no subject and its verb
        if (nxt and (nxt.group(1) in v.SPEECH_VERBS or nxt.group(1) in EVENT_VERBS)) or (
                prev and prev.group(1) in v.SPEECH_VERBS):
            out.add(c.start)
    return out


def _opens_subhead(text: str, pos: int) -> bool:
    """ "Oposición advierte …" as a line of its own with no final stop: a subhead's first word is no name."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:line_end if line_end >= 0 else len(text)].rstrip(" ”»\")")
    return not text[line_start:pos].strip() and bool(line) and line[-1] not in ".!?…:"


_TRIP_TO = re.compile(r"\b(?:viaj\w*|lleg\w*|visit\w*|rumbo|destino|gira|parti\w*|vuel\w*)\s+(?:\w+\s+){0,3}?"
                      r"(?:a|al|hacia|en|por)\s+(?:[A-ZÁÉÍÓÚ][\w ]*,\s+)?$")


def _destination(text: str, positions: list[int]) -> bool:
    """True when a country is where someone travels to ("viaja a Argentina"): abroad, not the story's home."""
    return any(_TRIP_TO.search(text, max(0, p - 60), p) for p in positions)


def _home(table: ActorTable, bodies: dict[int, str | None] | None = None) -> str | None:
    """The country a story is about: the country of its dateline ("Asunción, 15 sep (EFE).-"); else the most
    mentioned one other than the United States and other than a country someone travels to ("viajó a Buenos
    Aires, Argentina": a trip abroad); else the country most bodies are said to belong to ("el Senado
    paraguayo"). None when unclear: an institution is better left unqualified than given another country."""
    dateline = dateline_country(table.text, table.body_start)
    if dateline is not None:
        return dateline
    counts = Counter({a.name: len(a.positions) for a in table.actors.values() if a.kind == "country"
                      and a.name != "United States" and not _destination(table.text, a.positions)})
    if not counts and bodies:
        counts = Counter(c for c in bodies.values() if c and c != "United States")
    return counts.most_common(1)[0][0] if counts else None


def canonical_names(table: ActorTable, cands: list[Cand], countries: dict[int, str | None]) -> str | None:
    """Name each institution by its canonical form ("Cámara Alta" -> "Senado del Paraguay") and merge the
    institutions that turn out to be one; the written forms stay aliases. Returns the story's country."""
    by_actor: dict[int, str | None] = {}
    for c, a in table.assigned:
        if countries.get(id(c)):
            by_actor[id(a)] = countries[id(c)]
    home = _home(table, by_actor)
    seen: dict[str, Actor] = {}
    for actor in list(table.actors.values()):
        if actor.kind not in ("institution", "organization"):
            continue
        forms = [actor.name, *actor.variants]
        base = next((v.INSTITUTION_FORMS[fold(f)] for f in forms if fold(f) in v.INSTITUTION_FORMS), None) or (
            "Gobierno" if fold(actor.name) in _GOVERNMENT_FORMS else None)
        if base is None:
            country = by_actor.get(id(actor))
            if country is None:
                continue
            base = actor.name
        country = by_actor.get(id(actor)) or home
        name = base
        suffix = (_GOVERNMENT_OF if base == "Gobierno" else _OF_COUNTRY).get(country or "")
        if base in _HOME_BODIES and suffix:
            name = f"{_HOME_BODIES[base]} {suffix}"
        elif base in _US_BODIES and by_actor.get(id(actor)) == "United States":
            name = _US_BODIES[base]  # "Fuerzas Armadas estadounidenses": the name the English rules give them
        if name == actor.name:
            seen.setdefault(name, actor)
            continue
        if actor.name not in actor.variants:
            actor.variants.append(actor.name)
        if name in seen or (name in table.actors and table.actors[name] is not actor):
            _merge(table, seen.get(name) or table.actors[name], actor)
        else:
            table.actors.pop(actor.name, None)
            actor.name = name
            table.actors[name] = actor
            seen[name] = actor
    return home


# bodies named in lower case that speak ("según la presidencia", "el oficialismo sostuvo"): state bodies take the
# story's country ("Presidencia de la República del Paraguay"); the others are political groups
_STATE_BODIES = {"presidencia": "Presidencia de la República", "gobierno": "Gobierno",
                 "cancilleria": "Ministerio de Relaciones Exteriores"}
_US_EMBASSY = "Embajada de Estados Unidos"
_GROUPS = {"oficialismo": "Oficialismo", "bancada opositora": "Bancada opositora", "oposicion": "Oposición"}


def body_actor(table: ActorTable, word: str, surface: str, start: int, end: int, home: str | None) -> Actor | None:
    """The actor of a body named in lower case when it speaks, created on first use (else None); a state body
    takes the story's country ``home``."""
    if word in _STATE_BODIES:
        name, kind = _STATE_BODIES[word], "institution"
        if home in _OF_COUNTRY:
            name = f"{name} {_OF_COUNTRY[home]}"
    elif word in _GROUPS:
        name, kind, home = _GROUPS[word], "organization", None
    elif word.startswith("embajada "):  # "la embajada de Estados Unidos", "la embajada estadounidense"
        name, kind, home = _US_EMBASSY, "institution", "United States"
    else:
        return None
    actor = table.actors.get(name)
    if actor is None:
        actor = table.actors[name] = Actor(name, kind, country=home if kind == "institution" else None)
    actor.positions.append(start)
    table.assigned.append((Cand(start, end, surface.split(" ", 1)[-1], kind), actor))
    return actor


def _merge(table: ActorTable, keep: Actor, gone: Actor) -> None:
    for x in gone.variants:
        if x not in keep.variants:
            keep.variants.append(x)
    keep.positions.extend(gone.positions)
    table.actors.pop(gone.name, None)
    table.assigned[:] = [(c, keep if a is gone else a) for c, a in table.assigned]


_IN_BEFORE = re.compile(r"\b(?:en|desde|hasta)\s+(?:el\s+)?$")  # where, not with whom ("con", "a" may be a party)
_PLACE_BEFORE = re.compile(r"\b(?:en|a|al|con|desde|hacia|para|entre|hasta)\s+(?:los\s+|las\s+|la\s+|el\s+)?$")
_QUALIFIER_BEFORE = re.compile(r"(\w+)\s+(?:de|del)\s+(?:los\s+|las\s+|la\s+|el\s+)?$")
_QUALIFIED = frozenset(w for r in v.ROLES for w in r.split() if len(w) > 3) | v.DOMAIN_HEADS | v.INSTITUTION_HEADS
_CREDIT_CLOSE = re.compile(r"\)\s*[.:—–-]")  # "(EFE).-", "(AP) —"
_DATELINE_AFTER = re.compile(r",\s*(?:\d|[a-záéíóú]+\s+\d)")


def drop_background(text: str, folded: str, table: ActorTable, body_start: int) -> None:
    """Countries only named as a place or a qualifier ("compartida con Brasil", "ministro de Economía de Argentina",
    "Perpiñán (Francia)", a dateline) are no actors of the story; nor is the agency credited in the
    dateline ("Asunción, 15 sep (EFE).-") when the text names it nowhere else."""
    first_para_end = text.find("\n", body_start + 1)
    first_para_end = len(text) if first_para_end < 0 else first_para_end
    mentions: dict[int, list[Cand]] = {}
    for c, a in table.assigned:
        if c.start >= body_start:
            mentions.setdefault(id(a), []).append(c)
    for actor in list(table.actors.values()):
        found = mentions.get(id(actor), [])
        if actor.kind == "country":
            told = [c for c in found if not _dateline(text, folded, c)]
            if len(told) > 1 and not all(_qualifier(text, folded, c) or _IN_BEFORE.search(
                    folded, max(0, c.start - 12), c.start) for c in told) or len(told) == 1 and not (
                    _background(text, folded, told[0])):
                continue  # named once as a place or a qualifier, or always as a qualifier or where ("presidente de
                # Ecuador", "en Colombia")
        elif actor.kind == "organization" and found:
            credit = min(first_para_end, body_start + 60)
            if not all(c.start < credit and text[c.start - 1:c.start] == "(" and _CREDIT_CLOSE.match(text, c.end)
                       for c in found):
                continue
        else:
            continue
        table.actors.pop(actor.name, None)
        table.assigned[:] = [(c, a) for c, a in table.assigned if a is not actor]


def _dateline(text: str, folded: str, c: Cand) -> bool:
    """ "Colombia, junio 18 de 2025" / "Asunción, 15 sep (EFE)": the place a dateline opens with."""
    line_start = text.rfind("\n", 0, c.start) + 1
    return not text[line_start:c.start].strip() and bool(_DATELINE_AFTER.match(folded, c.end))


def _background(text: str, folded: str, c: Cand) -> bool:
    """A mention of a country as a place or a qualifier: after a preposition of place, in parentheses, or "de"
    after a role, a ministry's domain or a body ("el ministro de Economía de Argentina")."""
    return _PLACE_BEFORE.search(folded, max(0, c.start - 16), c.start) is not None or _qualifier(text, folded, c)


def _qualifier(text: str, folded: str, c: Cand) -> bool:
    """A country in parentheses or after "de" that follows a role, a ministry's domain or a body."""
    if text[c.start - 1:c.start] == "(":
        return True
    qualifier = _QUALIFIER_BEFORE.search(folded, max(0, c.start - 40), c.start)
    return qualifier is not None and qualifier.group(1) in _QUALIFIED  # "ministro de Economía de Argentina"


def merge_spellings(table: ActorTable) -> None:
    """One person across spellings: "Rivas Palacio" written once for "Antonio Rivas Palacios" (two words or more of
    one person's name, but for a final s); "Rubén Ramírez" for "Rubén Ramírez Lezcano" (the given name and first
    surname, without the second); the name keeps the accents any of its forms has ("Santiago Pena" / "Peña")."""
    people = sorted((a for a in table.actors.values() if a.kind == "person" and a.tokens), key=lambda a: -len(a.tokens))
    for short in reversed(people):
        if len(short.tokens) < 2 or short.name not in table.actors:
            continue
        key = tuple(t.rstrip("s") for t in short.tokens)
        for long in people:
            if long is short or long.name not in table.actors or len(long.tokens) < len(key):
                continue
            stems = tuple(t.rstrip("s") for t in long.tokens)
            if stems[len(stems) - len(key):] == key and long.tokens[len(stems) - len(key):] != short.tokens or (
                    len(long.tokens) == len(short.tokens) + 1 and long.tokens[:len(short.tokens)] == short.tokens):
                _merge(table, long, short)
                break
    for person in list(table.actors.values()):
        if person.kind == "person":
            _accented(table, person)


def _accented(table: ActorTable, person: Actor) -> None:
    words = person.name.split()
    for form in person.variants:
        for w in form.split():
            for i, mine in enumerate(words):
                if fold(w) == fold(mine) and _accents(w) > _accents(mine):
                    words[i] = w
    name = " ".join(words)
    if name != person.name and name not in table.actors:
        if person.name not in person.variants:
            person.variants.append(person.name)
        table.actors = {name if k == person.name else k: a for k, a in table.actors.items()}
        person.name = name


def _accents(word: str) -> int:
    return sum(1 for ch in word if ord(ch) > 127)
