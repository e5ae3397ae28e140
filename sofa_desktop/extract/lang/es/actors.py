"""Spanish actors: one canonical name per institution across its Spanish forms, speech-adjacent single names."""

from __future__ import annotations

import re
from collections import Counter

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import Actor, Cand
from sofa_desktop.extract.core.places import dateline_country
from sofa_desktop.extract.lang.en.actors import ActorTable
from sofa_desktop.extract.lang.es import vocab as v
from sofa_desktop.extract.lang.es.around import HEAD_TITLE, place_name
from sofa_desktop.extract.lang.es.bodies import OF_COUNTRY
from sofa_desktop.extract.lang.es.event_vocab import EVENT_VERBS
from sofa_desktop.extract.lang.es.names import country_of

_HOME_BODIES = {"Senado": "Senado", "Cámara de Diputados": "Cámara de Diputados", "Congreso": "Congreso Nacional",
                "Ministerio de Relaciones Exteriores": "Ministerio de Relaciones Exteriores", "Fuerzas Armadas":
                "Fuerzas Armadas", "Gobierno": "Gobierno"}
_US_BODIES = {"Senado": "U.S. Senate", "Congreso": "U.S. Congress", "Fuerzas Armadas": "U.S. Armed Forces",
              "Cámara de Diputados": "U.S. House of Representatives"}
_OF_COUNTRY = {**OF_COUNTRY, "Brazil": "de Brasil"}
_GOVERNMENT_OF = {**_OF_COUNTRY, "Spain": "de España", "United States": "de Estados Unidos"}
_GOVERNMENT_NAME = re.compile(r"Gobierno (?:de|del) (?:la |los )?(.+)$")
_NEXT_WORD = re.compile(r"\s*,?\s*(?:(?:por su parte|en cambio|a su vez|por otro lado|sin embargo|ademas|"
                        r"asimismo|tambien),\s*)?(?:(?:lo|la|le|les|los|las|se|ya|no|tambien)\s+)?(\w+)")
_DETERMINER = re.compile(r"\b(?:el|la|los|las|ambos|ambas|unos|unas|sus|dos)\s+$")
_PREV_WORD = re.compile(r"(\w+)\s*,?\s*$")
_OPENS = re.compile(r"(?:^|[.!?«“\"—:]\s*|\n)$")


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
        if nxt and nxt.group(1).endswith(("ar", "er", "ir")) and _OPENS.search(text, max(0, c.start - 3), c.start):
            continue  # "«Deben detener …»", "Pueden votar": a modal verb opening a sentence, no name
        if (nxt and (nxt.group(1) in v.SPEECH_VERBS or nxt.group(1) in EVENT_VERBS)) or (
                prev and prev.group(1) in v.SPEECH_VERBS):
            out.add(c.start)
    return out


# what a party is said to have: "el voto favorable de Junts", "los diputados de ERC", "la abstención de la CUP"
_PARTY_OF = re.compile(
    r"\b(?:votos?\s+(?:favorables?|contrarios?|en contra)|abstencion|diputad[oa]s?|senador(?:a|es|as)?|"
    r"parlamentari[oa]s?|portavoz|portavoces|lider|lideres|grupo parlamentario|formacion|socios?|dirigentes?|"
    r"militantes?|bancada|candidat[oa]s?|escanos|secretari[oa] general|cupula|afiliad[oa]s?|filas|siglas?)"
    r"\s+(?:de|del|de la|de los)\s+$")
_LIST_GAP = re.compile(r"\s*(?:,|y|e|o|,\s*y|,\s*e)\s+(?:(?:el|la|los|las)\s+)?")
_SHORT = ("single", "acronym")


def party_names(text: str, folded: str, cands: list[Cand]) -> list[Cand]:
    """One-word parties and acronyms ("Junts", "ERC", "Sumar", "Bildu") are organisations where the text treats
    them as parties: what a party has ("el voto de Junts", "los diputados de ERC"), or listed with a party ("PSOE,
    Sumar y ERC"); then every mention of that word is. A run that glues the party or the constituency to a name
    ("el diputado de Junts Eduard Pujol", "el diputado por Valencia Ignacio Gil") is split off the person."""
    surnames = {fold(t) for c in cands if c.kind == "person" for t in c.surface.split()[1:]}
    parties = {c.surface for c in cands if c.kind == "organization"}
    for c in cands:
        if c.kind in _SHORT and fold(c.surface) not in surnames and _PARTY_OF.search(folded, max(0, c.start - 50),
                                                                                     c.start):
            parties.add(c.surface)
    lists: list[list[Cand]] = []
    for c in cands:
        if lists and _LIST_GAP.fullmatch(text, lists[-1][-1].end, c.start):
            lists[-1].append(c)
        else:
            lists.append([c])
    grown = True
    while grown:  # "Salvo Junts y Podemos" is a list of parties once Junts is one
        grown = False
        for run in lists:
            if len(run) > 1 and any(c.surface in parties for c in run):
                new = {c.surface for c in run if c.kind in _SHORT and fold(c.surface) not in surnames} - parties
                parties |= new
                grown = grown or bool(new)
    cands = _affiliations(text, cands)
    out: list[Cand] = []
    for c in cands:
        if c.kind in _SHORT and c.surface in parties:
            c.kind = "organization"
        words = c.surface.split(" ")
        lead = folded[max(0, c.start - 4):c.start]
        if c.kind == "person" and len(words) > 2 and (words[0] in parties and lead.endswith("de ") or (
                lead.endswith("por ") and fold(words[0]) in v.PLACES_ES)):
            cut = c.start + len(words[0]) + 1
            if words[0] in parties:
                out.append(Cand(c.start, cut - 1, words[0], "organization"))
            out.append(Cand(cut, c.end, text[cut:c.end], "person", c.role, c.country, ctx=c.ctx))
            continue
        out.append(c)
    return out


_QUOTED_HEADLINE = re.compile(r"\s*[«“\"][^«»“”\"\n]{3,200}[»”\"]\s*:\s*")
_HEADLINE_SUBJECT = re.compile(r":|\s+[a-záéíóúñ]{3,}(?<!\bde)(?<!\bdel)(?<!\bque)\b")


def headline_speaker(text: str, cands: list[Cand], table: ActorTable, body_start: int) -> Actor | None:
    """The person a headline opens with, before a colon or as its subject ("Marcelo Gallardo: «Me siento
    orgulloso…»", "Sheinbaum: me informaron …", "Gustavo Costas palpitó el clásico"): the story's speaker, whom
    the body may call only "el entrenador"."""
    end = text.find("\n", 0, body_start)
    if (said := _QUOTED_HEADLINE.match(text, 0, end if end >= 0 else body_start)) is not None:
        first = next((c for c in cands if said.end() <= c.start < (end if end >= 0 else body_start)), None)
        if first is not None and first.kind == "person" and first.start == said.end():
            return table.headline_person(first, create=True)  # "«…»: Nicolás Córdova lamentó la derrota"
        return None
    first = next((c for c in cands if c.start < (end if end >= 0 else body_start)), None)
    if first is None or first.kind not in ("person", "single") or text[:first.start].strip() or not (
            _HEADLINE_SUBJECT.match(text, first.end)):
        return None
    plain = not set(first.surface.lower().split()) & {"de", "del", "la", "las", "los", "y"}
    return table.headline_person(first, create=first.kind == "person" and (
        plain or text.startswith(":", first.end)))  # not "Urgente:", nor "Comisionados de Miami votan …"


_PARENS = re.compile(r"\s*\(([^()\n]{2,40})\)")
_PARTY_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*(?:\s+(?:de\s+(?:la\s+)?|del\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*){0,4}")


# a minister's portfolio in parentheses ("Zaida Rovira (Gobierno)", "Jimmy Martín (Salud)"): no party
_PORTFOLIO_WORDS = v.DOMAIN_HEADS | v.INSTITUTION_HEADS | frozenset({"desarrollo", "cultura", "turismo", "deportes",
                                                                    "vivienda", "transporte", "comunicaciones"})


def _affiliations(text: str, cands: list[Cand]) -> list[Cand]:
    """ "Lady Camones (APP)", "Martha Moyano (Fuerza Popular)", "Silvio Ovelar (ANR, HC)": the party in parentheses
    after a person is an organisation (made one when the chunker read it as no name)."""
    at = {c.start: c for c in cands}
    added: list[Cand] = []
    for c in cands:
        m = _PARENS.match(text, c.end) if c.kind == "person" else None
        if m is None:
            continue
        pos = m.start(1)
        for part in re.split(r"(,\s*|\s+y\s+)", m.group(1)):
            if _PARTY_NAME.fullmatch(part) and fold(part.split()[0]) not in _PORTFOLIO_WORDS and not place_name(part):
                old = at.get(pos)
                if old is None:
                    added.append(Cand(pos, pos + len(part), part, "organization"))
                elif old.kind in _SHORT:
                    old.kind = "organization"
            pos += len(part)
    return sorted([*cands, *added], key=lambda c: c.start) if added else cands


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
    named = {v.INSTITUTION_FORMS.get(fold(f)) for a in table.actors.values() for f in (a.name, *a.variants)}
    for actor in list(table.actors.values()):
        if actor.kind not in ("institution", "organization"):
            continue
        forms = [actor.name, *actor.variants]
        base = next((v.INSTITUTION_FORMS[fold(f)] for f in forms if fold(f) in v.INSTITUTION_FORMS), None)
        if base is None:
            base = _home_form(forms, home, named)
        if base is None and (whose := _GOVERNMENT_NAME.match(actor.name)) and (
                (land := country_of(whose.group(1))) in _GOVERNMENT_OF):
            base, by_actor[id(actor)] = "Gobierno", land  # "Gobierno de Argentina": the one government_mentions names
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


def _home_form(forms: list[str], home: str | None, named: set[str | None]) -> str | None:
    """The canonical name of a body whose form is one country's only ("Partido Colorado" is the ANR in Paraguay,
    not in Uruguay): given in that country's stories, or when the country is unclear but the text names the
    body by another of its forms too ("ANR")."""
    for f in forms:
        land, name = v.HOME_FORMS.get(fold(f), (None, None))
        if land is not None and (home == land or home is None and name in named):
            return name
    return None


# bodies named in lower case that speak ("según la presidencia", "el oficialismo sostuvo"): state bodies take the
# story's country ("Presidencia de la República del Paraguay"); the others are political groups
_STATE_BODIES = {"presidencia": "Presidencia de la República", "gobierno": "Gobierno", "ejecutivo": "Gobierno",
                 "cancilleria": "Ministerio de Relaciones Exteriores"}
_US_EMBASSY = "Embajada de Estados Unidos"
_GROUPS = {"oficialismo": "Oficialismo", "bancada opositora": "Bancada opositora", "oposicion": "Oposición"}


def body_actor(table: ActorTable, word: str, surface: str, start: int, end: int, home: str | None) -> Actor | None:
    """The actor of a body named in lower case when it speaks, created on first use (else None); a state body
    takes the story's country ``home``."""
    if word in _STATE_BODIES:
        name, kind = _STATE_BODIES[word], "institution"
        if home in _GOVERNMENT_OF:
            name = f"{name} {_GOVERNMENT_OF[home]}"
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
    alias = surface.split(" ", 1)[-1]
    if alias[:1].isupper() and alias not in actor.variants:
        actor.variants.append(alias)  # "el Ejecutivo", "la Moncloa": names of it
    table.assigned.append((Cand(start, end, alias, kind), actor))
    return actor


# the national government named in capitals ("el Gobierno", "del Ejecutivo") or by its seat ("la Moncloa ha
# mostrado su malestar", "fuentes de La Moneda"); "en la Moncloa" is the palace, a place
_GOVERNMENT = re.compile(r"\b(?:[Ee]l|del|al)\s+(?P<body>Gobierno|Ejecutivo)\b(?!\s+(?:de|del)\s|\s+[A-ZÁÉÍÓÚÑ])"
                         r"|\b(?P<seat>Moncloa|La Moneda|Casa Rosada|Casa de Nariño|Palacio de López|Miraflores)\b")
# (not "nacional", "federal", "central": "el Gobierno nacional" is the story's own government)
_WHOSE = frozenset({"espanol", "espanola", "saliente", "entrante", "anterior",
                    "provincial", "regional", "municipal", "autonomico", "vasco", "catalan", *v.DEMONYMS_ES})
_NEXT = re.compile(r"\s+(\w+)")
_BRANCHES = re.compile(r"\b(?:legislativo|judicial|poderes)\b")  # "los poderes Legislativo y Ejecutivo": a branch
_SEATS = {"moncloa": "Spain", "la moneda": "Chile", "casa rosada": "Argentina", "casa de narino": "Colombia",
          "palacio de lopez": "Paraguay", "miraflores": "Venezuela"}
_AT_PLACE = re.compile(r"\b(?:en|a|al|hacia|hasta|ante|frente a|palacio de)\s+(?:la\s+|el\s+)?$")


def government_mentions(text: str, folded: str, table: ActorTable, home: str | None, body_start: int) -> None:
    """The national government as an actor where the text writes it as one: "el Gobierno", "el Ejecutivo"
    (with no "de …" or adjective saying whose: that one is named by the chunker) and the palace it sits in
    used for it ("la Moncloa"); each is "Gobierno de <país>" for the story's country or the seat's."""
    for m in _GOVERNMENT.finditer(text, body_start):
        if m.group("seat") is not None:
            if _AT_PLACE.search(folded, max(0, m.start() - 14), m.start()):
                continue
            country = _SEATS[fold(m.group("seat"))]
            body_actor(table, "gobierno", m.group("seat"), m.start(), m.end(), country)
        elif home is not None and not _BRANCHES.search(folded, max(0, m.start() - 30), m.end() + 30) and not (
                HEAD_TITLE.search(text, max(0, m.start("body") - 20), m.start("body"))) and not (
                (nxt := _NEXT.match(folded, m.end())) and nxt.group(1) in _WHOSE):  # "el Gobierno vasco": another
            body_actor(table, "gobierno", m.group("body"), m.start("body"), m.end(), home)


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
_DATELINE_AFTER = re.compile(r",\s*(?:\d|[a-záéíóú]+\s+\d)")


_CREDIT_END = re.compile(r"\)\s*[.:—–-]")


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
            if not all(c.start < credit and text[c.start - 1:c.start] == "(" and _CREDIT_END.match(text, c.end)
                       for c in found):  # "(EFE).-", "(AFP) —"; not "Ana Ruiz (MPL) y …", a party
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
    surname, without the second); "Luis Caputo" for 'Luis "Toto" Caputo' (the name without the nickname);
    the name keeps the accents any of its forms has ("Santiago Pena" / "Peña")."""
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
                    len(long.tokens) == len(short.tokens) + 1 and (long.tokens[:len(short.tokens)] == short.tokens or (
                        long.tokens[:1] + long.tokens[2:] == short.tokens))):  # 'Luis "Toto" Caputo': a nickname
                _merge(table, long, short)
                break
    _merge_second_surnames(table)
    for person in list(table.actors.values()):
        if person.kind == "person":
            _accented(table, person)


def _merge_second_surnames(table: ActorTable) -> None:
    """ "Claudia Sheinbaum" and "Sheinbaum Pardo": both surnames of the one person whose name ends in the first
    (a Spanish name carries two); the full form "Claudia Sheinbaum Pardo" becomes the name."""
    people = [a for a in table.actors.values() if a.kind == "person" and len(a.tokens) >= 2]
    for pair in people:
        if len(pair.tokens) != 2 or pair.name not in table.actors:
            continue
        owners = [a for a in people if a is not pair and a.name in table.actors and len(a.tokens) >= 2
                  and a.tokens[-1] == pair.tokens[0] and pair.tokens[1] not in a.tokens]
        if len(owners) != 1:
            continue
        owner = owners[0]
        _merge(table, owner, pair)
        full = f"{owner.name} {pair.name.split(' ', 1)[1]}"
        if full not in table.actors:
            if owner.name not in owner.variants:
                owner.variants.append(owner.name)
            table.actors.pop(owner.name, None)
            owner.name = full
            owner.tokens = (*owner.tokens, pair.tokens[1])
            table.actors[full] = owner


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
