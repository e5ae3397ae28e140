"""Spanish name chunking: capitalised runs split into roles, countries, institutions, parties and people."""

from __future__ import annotations

import functools
import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import Cand
from sofa_desktop.extract.lang.en import gazetteer as gz
from sofa_desktop.extract.lang.es import vocab as v

_UP = "A-ZÁÉÍÓÚÑÜÀ-ÖØ-Þ"
_TOKEN = (rf"(?:EE\.\s?UU\.?|(?:Gral|Sr|Sra|Dr|Dra|Lic|Ing|Abg|Cnel|Tte|Ej)\.|(?:[A-Z]\.){{2,}}|[A-Z]\.(?= [{_UP}])"
          rf"|[{_UP}][\w]*(?:[-'’][\w]+)*)")
_CONN = r"(?:de la|de las|de los|del|de|y|e|da|do|dos|das)"
RUN = re.compile(rf"(?<![\w’'.-]){_TOKEN}(?:[ \u00a0](?:{_CONN}[ \u00a0])?{_TOKEN})*")
_TOKENS = re.compile(r"EE\.\s?UU\.?|\S+")
_LOWER_AFTER = re.compile(r" ([a-záéíóúñ]+)\b")
_ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,8}")
_ACRONYM_AFTER = re.compile(r" \(([A-ZÁÉÍÓÚÑ][A-Za-záéíóúñ]{1,9})\)")
_CONNECTORS = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "do", "dos", "das"})
_ROLE_FIRST = frozenset(r.split()[0] for r in v.ROLES)
_ROLE_WORDS = frozenset(w for r in v.ROLES for w in r.split())
_MAX_TOKENS = 12
BODY_SPELLINGS = frozenset({"secretaría", "subsecretaría"})  # bodies whose names fold to a role ("secretaria")
_TITLE_TAILS = frozenset({"nacional", "federal", "electoral", "departamental", "municipal", "regional", "provincial"})
_PRETERITE = re.compile(r"^[A-ZÁÉÍÓÚ][a-záéíóúñ]{2,}(?:ó|ieron)$")  # a past-tense verb: "Acudió", "Dijeron"
_ORDINALS = frozenset({"primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "septima", "octava",
                       "primer", "segundo", "tercer", "tercero", "cuarto", "quinto"})
_ORDINAL_BODIES = frozenset({"sala", "seccion", "camara", "juzgado", "tribunal", "comision", "division", "brigada",
                             "flota", "fiscalia", "circunscripcion", "compania", "region"})


_ROMAN = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")  # a regnal number: "Felipe VI", "Carlos III"


def _name_like(tok: str) -> bool:
    return tok in _CONNECTORS or (len(tok) > 1 and tok[0].isupper() and not tok.isupper()) or (
        len(tok) == 2 and tok[1] == ".")


def country_of(phrase: str) -> str | None:
    """Canonical (English) country for a Spanish or English form ("EE.UU." -> "United States"), else None."""
    key = fold(phrase).replace(" ", "")
    if key in _CONTINENTS:
        return None  # "los mejores de América": in Spanish the continent, never the United States
    return _COUNTRIES.get(key) or gz.country_of(phrase)


_CONTINENTS = frozenset({"america", "lasamericas"})


def demonym(word: str) -> str | None:
    """Country of a Spanish demonym ("paraguaya" -> "Paraguay"), else None."""
    f = fold(word)
    return v.DEMONYMS_ES.get(f) or v.DEMONYMS_ES.get(f[:-1] if f.endswith("s") else "") or v.DEMONYMS_ES.get(
        f[:-2] if f.endswith("es") else "")  # plural: "Fuerzas Armadas estadounidenses"


def _spanish_countries() -> dict[str, str]:
    out = {fold(k).replace(" ", ""): c for k, c in v.COUNTRY_FORMS_ES.items()}
    try:  # ISO 3166 names in Spanish as pycountry ships them ("Federación Rusa", "Reino Unido")
        import gettext

        import pycountry

        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
        for c in pycountry.countries:
            english = getattr(c, "common_name", None) or c.name
            canonical = gz.country_of(english) or english
            spanish = tr.gettext(c.name).split(",")[0]
            out.setdefault(fold(spanish).replace(" ", ""), canonical)
    except (ImportError, OSError):  # the hand-written forms still work
        pass
    return out


_COUNTRIES = _spanish_countries()


def classify_run(text: str, s: int, e: int) -> list[Cand]:
    """Candidates of one capitalised run (cached on the run and the word after it)."""
    after = _LOWER_AFTER.match(text, e)
    acro = _ACRONYM_AFTER.match(text, e)
    of = 0  # after "de": 1; after the title of a town's or a province's head ("intendente de"): 2
    if text[max(0, s - 4):s] in (" de ", "del "):
        of = 2 if _PLACE_HEAD_ROLE.search(text, max(0, s - 30), s) else 1
    done = _classify(text[s:e], after.group(1) if after else "", acro.group(1) if acro else "", of)
    return [Cand(s + a, s + b, c.surface, c.kind, c.role, c.country, c.stripped, c.alias, c.ctx) for a, b, c in done]


@functools.lru_cache(maxsize=50_000)
def _classify(run: str, next_word: str, acronym: str, of: int) -> tuple[tuple[int, int, Cand], ...]:
    toks = [(m.group(), m.start(), m.end()) for m in _TOKENS.finditer(run)]
    found = [part for c in _tokens(run, toks, next_word, acronym) for glued in _court_and_judge(run, c)
             for part in _unglue(run, glued, of)]
    return tuple((c.start, c.end, c) for c in found)


def _tokens(run: str, toks: list[tuple[str, int, int]], next_word: str, acronym: str) -> list[Cand]:
    role: str | None = None
    while toks:  # "El", "Según", "Fiscal", "Gral." in front: dropped, a title becomes the role
        f = fold(toks[0][0])
        if f in ("fuentes", "fuente") and len(toks) > 2 and fold(toks[1][0]) in ("de", "del"):
            toks = toks[1:]  # "Fuentes del Ministerio de Salud", "Fuentes de Vox": sources, not Ms Fuentes
            continue
        if f in v.STOP_CAPS and not (f == "la" and len(toks) > 1 and fold(run) in v.KNOWN_ORGS) and not (
                len(toks) == 1 and len(toks[0][0]) > 2 and toks[0][0].isupper()) and not (
                f in v.MONTHS and len(toks) > 1 and _name_like(toks[1][0]) and toks[1][0] not in _CONNECTORS) or (
                len(toks) > 1 and _PRETERITE.search(toks[0][0])):  # "Acudió Tomás Ibarra": the verb opens; but
            # "Julio César Cáceres": a month's name before a name is a given name
            toks = toks[1:]
            continue
        r, k = _role_at(toks)
        if r is not None and toks[0][0].lower() in BODY_SPELLINGS:
            r, k = None, 0  # "Secretaría de Infraestructura": the body, not "secretaria" (a role)
        if r is not None and k == len(toks):
            return []  # "El Secretario de Estado" alone: a title, no name
        if r is not None and k < len(toks) and (_name_like(toks[k][0]) or toks[k][0].endswith(".")):
            role, toks = r, toks[k:]
            continue
        break
    while toks and toks[-1][0] in _CONNECTORS:
        toks = toks[:-1]
    if not toks or len(toks) > _MAX_TOKENS:
        return []
    a, b = toks[0][1], toks[-1][2]
    surface = run[a:b]
    f = fold(surface)
    last = b == len(run)
    country = country_of(surface)
    if country is not None:
        return [Cand(a, b, surface, "country", None, country)]
    if f in v.KNOWN_ORGS or f in v.INSTITUTION_FORMS:
        kind = v.KNOWN_ORGS.get(f) or ("organization" if fold(v.INSTITUTION_FORMS[f]).startswith(
            ("asociacion", "partido")) else "institution")
        return [Cand(a, b, surface, kind, None, demonym(next_word) if last else None, v.ACRONYMS.get(surface, ""),
                     alias=acronym if last else "")]  # "PSOE": one actor with "Partido Socialista Obrero Español"
    words = [t for t, _, _ in toks]
    if ("y" in words or "e" in words) and (fold(words[0]) not in v.INSTITUTION_HEADS | v.ORGANIZATION_HEADS
                                           or _names_another(words)):
        j = words.index("y") if "y" in words else words.index("e")  # "Estados Unidos y Paraguay", "A y B"
        return _tokens(run, toks[:j], "", "") + _tokens(run, toks[j + 1:], next_word, acronym)
    head = fold(words[0])
    numbered = head in _ORDINALS and len(toks) > 1 and fold(words[1]) in _ORDINAL_BODIES
    if numbered:
        head = fold(words[1])  # "Tercera Sala Penal": a chamber of a court, numbered
    if f in v.PLACES_ES or gz.is_place(surface):
        return [] if len(toks) > 1 else [Cand(a, b, surface, "single")]  # "Quito" may be José Quito
    if head == "pleno" and len(toks) > 2 and toks[1][0] in ("de", "del"):
        return _tokens(run, toks[2:], next_word, acronym)  # "Pleno del Congreso": the Congress sitting
    if head in v.INSTITUTION_HEADS or head in v.ORGANIZATION_HEADS  or numbered:
        if len(toks) == 1 and head not in v.KNOWN_ORGS:
            return []  # a lone "Gobierno", "Frente": a common noun at a sentence start
        if (split := _government_of(run, toks, next_word, acronym)) is not None:
            return split
        kind = "organization" if head in v.ORGANIZATION_HEADS else "institution"
        country = (demonym(next_word) if last else None) or _country_in(words)
        return [Cand(a, b, surface, kind, None, country, alias=acronym if last else "")]
    if head in v.DOMAIN_HEADS:  # "(ministro de) Defensa Nacional", "(jueza de) Conocimiento de Bogotá"
        return _after_domain(run, toks, next_word, acronym)  # "(exministro del) Interior Jorge Fernández Díaz"
    if head in v.PLACE_HEADS or any(fold(w) in v.DOCUMENT_WORDS for w in words):
        return []  # "Museo del Holocausto", "(Status of) Forces Agreement"
    if head in v.NON_ACTOR_HEADS:  # "Estatuto de las Fuerzas" is no actor; "(secretario de) Estado Marco Rubio" is
        if len(toks) > 2 and words[1] not in _CONNECTORS and not fold(words[1]).endswith(_ADJECTIVE_ENDINGS) and (
                head in v.DOMAINS or head in _TITLE_TAILS):
            return _tokens(run, toks[1:], next_word, acronym)
        return []  # "Carta Orgánica Municipal", "Operativo Garantía de Paz": the thing's own name, no person
    if len(toks) == 1 and _ACRONYM.fullmatch(surface):
        if surface in v.ACRONYMS:
            return [Cand(a, b, surface, "organization", None, None, v.ACRONYMS[surface])]
        return [Cand(a, b, surface, "acronym")]
    if len(toks) > 2 and len(glued := _unglue(run, Cand(a, b, surface, "person"), 0)) > 1:
        return glued  # "(ex número dos del) PP María Dolores de Cospedal": the party, then the person
    if (cut := _affiliation_at(words)) is not None:  # "Martín Lousteau de la UCR": the person, then the party
        return _tokens(run, toks[:cut[0]], "", "") + _tokens(run, toks[cut[1]:], next_word, acronym)
    if not all(_name_like(w) or k and _ROMAN.fullmatch(w) for k, w in enumerate(words)) or any(
            w[0].isupper() and fold(w) in v.STOP_CAPS for w in words[1:]):
        return _split_at_stop(run, toks, next_word, acronym, role)
    kind = "person" if len(toks) > 1 else "single"
    return [Cand(a, b, surface, kind, role, None, ctx=role is None)]


def _names_another(words: list[str]) -> bool:
    """ "Coalición Canaria y UPN": the words after the "y" are another body (an acronym, a known party or body, a
    body's head word), not the rest of one name ("Ministerio de Industria y Comercio")."""
    j = words.index("y") if "y" in words else words.index("e")
    rest = words[j + 1:]
    if not rest:
        return False
    return (len(rest) == 1 and bool(_ACRONYM.fullmatch(rest[0]))) or fold(" ".join(rest)) in v.KNOWN_ORGS or fold(
        rest[0]) in v.INSTITUTION_HEADS | v.ORGANIZATION_HEADS


def _affiliation_at(words: list[str]) -> tuple[int, int] | None:
    """Where "de (la)" + a party's acronym or known name ends a name (the connector's and the party's first index)."""
    for j in range(1, len(words) - 1):
        if words[j] in ("de", "del"):
            k = j + 2 if words[j + 1] in ("la", "las", "los") and j + 2 < len(words) else j + 1
            rest = words[k:]
            if len(rest) == 1 and _ACRONYM.fullmatch(rest[0]) or fold(" ".join(rest)) in v.KNOWN_ORGS:
                return j, k
    return None


def _after_domain(run: str, toks: list[tuple[str, int, int]], next_word: str, acronym: str) -> list[Cand]:
    """The name after a ministry's domain that ends a title: "Interior Jorge Fernández Díaz" -> the person."""
    for k in range(min(3, len(toks) - 2), 0, -1):
        if " ".join(fold(t) for t, _, _ in toks[:k]) in v.DOMAINS and toks[k][0] not in _CONNECTORS:
            rest = _tokens(run, toks[k:], next_word, acronym)
            return [c for c in rest if c.kind == "person"]
    return []


# "Gobierno de Mario Abdo Benítez", "Partido de Evo Morales": the person
_GOVERNMENT = frozenset({"gobierno", "ejecutivo", "administracion", "partido", "govern"})


def _government_of(run: str, toks: list[tuple[str, int, int]], next_word: str, acronym: str) -> list[Cand] | None:
    """ "Ministerio del Interior del Gobierno de Mariano Rajoy": the ministry, and the person whose government it
    is; "Gobierno de Mario Abdo Benítez": the person. None when the run is no such phrase."""
    words = [fold(t) for t, _, _ in toks]
    for j in range(len(words) - 2):
        if words[j] in _GOVERNMENT and words[j + 1] == "de" and (j == 0 or words[j - 1] in ("del", "de")):
            person = _tokens(run, toks[j + 2:], next_word, acronym)
            if len(person) != 1 or person[0].kind not in ("person", "single"):
                return None
            return (_tokens(run, toks[:j - 1], "", "") if j > 1 else []) + person
    return None


def _split_at_stop(run: str, toks: list[tuple[str, int, int]], next_word: str, acronym: str,
                   role: str | None) -> list[Cand]:
    """ "Washington El Acuerdo": a function word inside a run starts a new phrase."""
    for j in range(1, len(toks)):
        if toks[j][0][0].isupper() and fold(toks[j][0]) in v.STOP_CAPS:
            return _tokens(run, toks[:j], "", "") + _tokens(run, toks[j:], next_word, acronym)
    return []


def _role_at(toks: list[tuple[str, int, int]]) -> tuple[str | None, int]:
    if fold(toks[0][0]) not in _ROLE_FIRST:
        return None, 0
    for k in range(min(5, len(toks)), 0, -1):
        r = v.ROLES.get(" ".join(fold(t) for t, _, _ in toks[:k]))
        if r is not None:
            return r, k
    return None, 0


def _country_in(words: list[str]) -> str | None:
    """ "Cámara de Diputados de Paraguay": the country a body's name ends with."""
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1] in ("de", "del") and (c := country_of(" ".join(words[i:]))) is not None:
            return c
    return None


_LOWER_BEFORE = re.compile(r"(?:^|\s)((?:[a-záéíóúñ]+\s+){1,3})$")


# a name after a lower-case place noun is that place's ("la avenida Mariscal López casi República Dominicana", "la
# mina El Teniente", "la localidad de San Juan"): no actor
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:avenida|av\.|calle|ruta|pasaje|bulevar|boulevard|esquina|casi|plaza|barrio|"
                                r"mina|yacimiento|localidad|poblado|pueblo|aldea|vereda|corregimiento|paraje|"
                                r"estadio|puerto|cerro|río|rio|lago)(?:\s+(?:de|del|de la))?"
                                r"(?:\s+(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as))?\s+$")
# the acronym of a law, a plan or another thing ("Ley de Responsabilidad Fiscal (LRF)"): no actor either
_THING_ACRONYM = re.compile(r"(?:^|\b(?:el|la|los|las|del|al|de|en|un|una|su)\s+)(?:" + "|".join(
    sorted(v.NON_ACTOR_HEADS)) + r")\b(?:\s+\w+){0,6}\s*\($")  # the thing's head opens the name


def _broadcaster(text: str, c: Cand) -> None:
    """Retype a "person" named with a media word ("Venezolana de Televisión", "La Razón Radio"): a
    broadcaster."""
    if c.kind in ("person", "single") and any(fold(w).lower() in _MEDIA_WORDS for w in c.surface.split()):
        c.kind = "organization"
        if text[max(0, c.start - 3):c.start] in ("La ", "El "):  # "La Razón Radio": the article is the name's
            c.start -= 3
            c.surface = text[c.start:c.end]


_MEDIA_WORDS = frozenset({"television", "televisora", "emisora", "radio", "tv", "noticias", "diario", "periodico",
                          "canal", "agencia"})


def _adverb(c: Cand) -> bool:
    """ "Lamentablemente", "Actualmente": an adverb opening a sentence or a quotation is no name (a name ending
    in -mente is short: "Clemente")."""
    return c.kind in ("person", "single") and " " not in c.surface and len(c.surface) >= 10 and c.surface.endswith(
        "mente")


def chunk(text: str, body_start: int = 0) -> list[Cand]:
    """All candidates of ``text`` in text order."""
    out: list[Cand] = []
    for m in RUN.finditer(text):
        s, role = _role_across(text, m.start(), m.end())
        found = classify_run(text, s, m.end())
        if role is None and (d := _DOMAIN_OF_ROLE.search(text, max(0, m.start() - 30), m.start())) and fold(
                d.group(1)) in _DOMAIN_ROLES:
            found = [c for c in found if c.kind not in ("person", "single") or c.start > m.start() and text[
                c.start - 3:c.start] not in (" y ", " e ")]  # "juez de Delitos Económicos", "ministro de Transportes
            # y Movilidad Sostenible"; but "exministro del Interior Jorge Fernández": the name after the domain stays
        found = [c for c in found if not _adverb(c) and not _PLACE_NOUN_BEFORE.search(text, max(0, c.start - 30),
                                                                                      c.start)]
        for c in found:
            _broadcaster(text, c)
        if role is not None:
            for c in found:
                if c.kind in ("person", "single") and c.role is None:
                    c.role, c.ctx = role, False
        out.extend(found)
    return out


_NICK = re.compile(r"[ \u00a0]([«“\"'‘])([A-ZÁÉÍÓÚÑ][\w.]*(?:[ \u00a0][A-ZÁÉÍÓÚÑ][\w.]*)?)([»”\"'’])[ \u00a0]")


def drop_quoted_labels(text: str, cands: list[Cand]) -> list[Cand]:
    """ "la cumbre “Democracia Siempre”": a name that is a whole quotation of its own is a label (an event, a
    programme, a nickname said alone), not a person."""
    return [c for c in cands if not (c.kind in ("person", "single") and c.start > 0 and text[c.start - 1] in _OPENING
                                     and text[c.end:c.end + 1] in _CLOSING)]


def drop_thing_acronyms(text: str, cands: list[Cand]) -> list[Cand]:
    """ "la Ley de Responsabilidad Fiscal (LRF)": the acronym of a law, a plan or another thing names no actor,
    wherever the text uses it ("… establecido en la LRF")."""
    things = {m.group(1) for m in _ACRONYM_DEFINED.finditer(text)
              if _THING_ACRONYM.search(fold(text[max(0, m.start() - 90):m.start() + 1]).lower())}
    return [c for c in cands if c.surface not in things] if things else cands


_ACRONYM_DEFINED = re.compile(r"\(([A-ZÁÉÍÓÚÑ]{2,8})\)")
_OPENING, _CLOSING = frozenset("«“\"'‘"), frozenset("»”\"'’")


def join_nicknames(text: str, cands: list[Cand]) -> tuple[list[Cand], set[int]]:
    """ "Carlos «Kalé» Galaverna": one person named with the nickname (so "Kalé Galaverna" and "Galaverna" find
    him later); returns the candidates and the offsets of the nicknames' opening marks (no quotations)."""
    out: list[Cand] = []
    marks: set[int] = set()
    i = 0
    while i < len(cands):
        c = cands[i]
        j = i + 1
        while j < len(cands) and cands[j].start < c.end + 40 and text[cands[j].start - 1] in "«“\"'‘":
            j += 1  # the nickname itself, read as a name of its own
        m = _NICK.match(text, c.end)
        nxt = cands[j] if j < len(cands) else None
        if m is not None and nxt is not None and nxt.start == m.end() and c.kind in ("person", "single") and (
                nxt.kind in ("person", "single")) and m.group(1) + m.group(3) in _NICK_PAIRS:
            surface = f"{c.surface} {m.group(2)} {nxt.surface}"
            out.append(Cand(c.start, nxt.end, surface, "person", c.role or nxt.role, None, ctx=c.ctx and nxt.ctx))
            marks.add(m.start(1))
            i = j + 1
            continue
        out.append(c)
        i += 1
    return out, marks


_NICK_PAIRS = frozenset({"«»", "“”", '""', "''", "‘’", "'’"})


_DOMAIN_OF_ROLE = re.compile(r"\b([a-záéíóúñ]+) (?:de|del|de la) $")
# roles whose "de …" names a court, a unit or a portfolio, never a person ("el juez de Delitos Económicos")
_DOMAIN_ROLES = frozenset({"juez", "jueza", "fiscal", "fiscala", "ministro", "ministra", "viceministro",
                           "viceministra", "secretario", "secretaria", "subsecretario", "subsecretaria", "director",
                           "directora", "jefe", "jefa", "comisario", "comisaria", "titular", "tribunal", "juzgado",
                           "unidad", "sala", "comision", "exministro", "exministra", "ministerio", "ministerios",
                           "cartera", "carteras", "ministros", "ministras"})


def _role_across(text: str, s: int, e: int) -> tuple[int, str | None]:
    """ "el ministro de Defensa Óscar González": a role begun in lower case ends in the run's first words."""
    space = text.rfind(" ", max(0, s - 30), s - 1)
    if space < 0 or fold(text[space + 1:s - 1]) not in _ROLE_WORDS:
        return s, None
    before = _LOWER_BEFORE.search(text, max(0, s - 40), s)
    if before is None:
        return s, None
    lead = fold(before.group(1)).split()
    toks = [(m.group(), m.start(), m.end()) for m in _TOKENS.finditer(text, s, e)]
    for k in (2, 1):
        for j in range(len(lead)):
            if len(toks) > k + 1 and (role := v.ROLES.get(" ".join([*lead[j:], *(fold(t) for t, _, _ in toks[:k])]))):
                return toks[k][1], role
    return s, None


# one-word bodies that a title's holder may follow in one run ("del Senado Basilio Núñez")
_SOLE_BODIES = frozenset({"gobierno", "ejecutivo", "fiscalia", "policia", "ejercito", "gabinete", "parlamento",
                          "asamblea", "presidencia", "defensoria", "contraloria", "procuraduria", "municipalidad",
                          "gobernacion", "tribunal", "audiencia", "camara", "ministerio", "intendencia", "alcaldia"})


_PLACE_HEAD_ROLE = re.compile(r"\b(?:ex)?(?:intendent[ea]|alcalde|alcaldesa|gobernador|gobernadora|concejal|concejala"
                              r"|jefe comunal) del? $")
# words that continue a body's name ("Tribunal Oral Federal", "Tribunal Superior de Justicia"), never a given name
# (a list, not endings: "María", "Mónica", "Federico", "Cristóbal" end like adjectives)
_BODY_ADJECTIVES = frozenset(fold(w) for w in (
    "Superior", "Supremo", "Suprema", "Mayor", "Menor", "Interior", "Exterior", "Permanente", "Civil", "Mixta",
    "Mixto", "Pleno", "Plena", "Europeo", "Europea", "Especial", "Nacional", "Federal", "Oral", "General",
    "Electoral", "Constitucional", "Provincial", "Municipal", "Regional", "Departamental", "Central", "Penal",
    "Judicial", "Legislativo", "Legislativa", "Ejecutivo", "Ejecutiva", "Plurinacional", "Militar", "Policial",
    "Fiscal", "Administrativo", "Administrativa", "Económico", "Económica", "Público", "Pública", "Político",
    "Política", "Interamericano", "Interamericana", "Internacional", "Mundial", "Social", "Laboral", "Contencioso",
    "Anticorrupción", "Especializada", "Especializado", "Metropolitana", "Metropolitano", "Distrital", "Estatal",
))


_PARTY_FULL_NAMES = frozenset(fold(n) for n in v.PARTY_ACRONYMS.values())


def _unglue(run: str, c: Cand, of: int) -> list[Cand]:
    """A body, a party or (after "de") a place written with the name of its holder in one run: "Senado Basilio
    Núñez", "Vox Rocío de Meer", "(alcalde de) Lima Rafael López Aliaga", "(exintendente de) Empedrado Juan Manuel
    Faraone": the body (the place is dropped) and the person; any other candidate unchanged."""
    words = c.surface.split(" ")
    if c.kind not in ("institution", "organization", "person") or c.role is not None or len(words) < 3 or (
            fold(c.surface) in _PARTY_FULL_NAMES):  # "Partido Socialista Obrero Español": one party
        return [c]
    for j in range(1, min(4, len(words) - 1)):
        left, right = " ".join(words[:j]), words[j:]
        first = fold(right[0])
        if right[0] in _CONNECTORS or first in v.STOP_CAPS or first in v.NON_ACTOR_HEADS or first in (
                _BODY_ADJECTIVES) or demonym(right[0]) or "y" in right or "e" in right or first in (
                v.INSTITUTION_HEADS | v.ORGANIZATION_HEADS | v.DOMAIN_HEADS) or not all(_name_like(w) for w in right):
            continue
        f = fold(left)
        party = v.KNOWN_ORGS.get(f) == "organization" and not left.isupper()  # "Morena" is a given name too
        body = (f in v.KNOWN_ORGS and (of or not party)) or f in v.INSTITUTION_FORMS or f in _SOLE_BODIES
        place = of and c.start == 0 and (of == 2 and j == 1 or f in v.PLACES_ES or gz.is_place(left) or (
            country_of(left) is not None))
        if not (body or place):
            continue
        cut = c.start + len(left)
        person = Cand(cut + 1, c.end, run[cut + 1:c.end], "person", None, None, ctx=True)
        if place:
            return [person]
        kind = v.KNOWN_ORGS.get(f) or ("organization" if f in v.KNOWN_ORGS else "institution")
        return [Cand(c.start, cut, left, kind, None, None, v.ACRONYMS.get(left, "")), person]
    return [c]


# bodies whose name a judge's or an official's name may follow in one run ("Audiencia Nacional Manuel García")
_COURT_HEADS = frozenset({"audiencia", "corte", "tribunal", "juzgado", "fiscalia", "camara", "sala", "consejo"})
_ADJECTIVE_ENDINGS = ("al", "ar", "or", "ivo", "iva", "ico", "ica", "ista", "ense", "ario", "aria", "ano")


def _court_and_judge(run: str, c: Cand) -> list[Cand]:
    """ "Audiencia Nacional Manuel García Castellón" read as one name: the court, then the person after the
    court's adjective ("Nacional", "Suprema", "Electoral"); any other candidate unchanged."""
    words = c.surface.split(" ")
    if c.kind not in ("institution", "person") or fold(words[0]) not in _COURT_HEADS or c.role is not None:
        return [c]
    offset = c.start
    for j in range(2, len(words) - 1):
        prev, first = fold(words[j - 1]), words[j]
        if prev.endswith(_ADJECTIVE_ENDINGS) and not fold(first).endswith(_ADJECTIVE_ENDINGS) and all(
                _name_like(w) and w not in _CONNECTORS for w in words[j:j + 2]) and fold(first) not in v.STOP_CAPS:
            cut = offset + len(" ".join(words[:j]))
            start = cut + 1
            return [Cand(c.start, cut, run[c.start:cut], "institution", None, c.country),
                    Cand(start, c.end, run[start:c.end], "person", None, None, ctx=True)]
    return [c]
