"""What the words around a Spanish capitalised phrase make of it, before actors are formed: an article ("la
Reunión de …": no person), a kind-naming noun ("el partido Revolución Ciudadana", "banco Basa"), a photo credit
or a byline, a hypothetical body ("una Asamblea Constituyente"), a given name in parentheses ("Giuzzio
(Arnaldo)"), acronyms that name bodies ("el INDH", "Óscar Salomón (FR)") and bodies named by
their head word alone ("la Fiscalía", "el Tribunal"). Each pass is one walk over the candidates or the text."""

from __future__ import annotations

import functools
import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import Cand
from sofa_desktop.extract.core.places import big_cities, capital_country
from sofa_desktop.extract.lang.en import gazetteer as gz
from sofa_desktop.extract.lang.es import vocab as v
from sofa_desktop.extract.lang.es.event_vocab import EVENT_VERBS
from sofa_desktop.extract.lang.es.names import RUN, country_of

_PERSONS = ("person", "single")


def read_around(text: str, folded: str, cands: list[Cand], body_start: int) -> list[Cand]:
    """``cands`` re-read in the light of the words around each (see the module's docstring)."""
    cands = _named_by_kind(text, folded, cands, body_start)
    cands = _drop_credits_and_hypotheticals(text, _drop_headline_case(text, cands))
    cands = _join_given_names(text, cands)
    _article_bodies(text, cands)
    _capital_metonyms(text, folded, cands)
    cands = _lone_bodies(text, _drop_common_phrases(text, cands), body_start)
    _acronym_bodies(text, cands)
    return cands


# (not a medium: "según el diario El Universo", "recogida por la agencia Télam" only relay what others said)
_INTRODUCER = re.compile(r"\b(?:partido|movimiento|agrupación|coalición|alianza|banco|sindicato|club|empresa|"
                         r"consultora|bloque|holding|compañía|aerolínea)[ \u00a0]+(?=[A-ZÁÉÍÓÚÑ])")
_ACRONYM_AFTER = re.compile(r"[ \u00a0]\(([A-ZÁÉÍÓÚÑ]{2,8})\)")


def _named_by_kind(text: str, folded: str, cands: list[Cand], body_start: int) -> list[Cand]:
    """``cands`` with the organisations a kind-naming noun introduces ("el partido Revolución Ciudadana", "el
    club Cerro Porteño", "banco Basa") and the known parties whose names hold lower-case words ("Unión por la
    Patria", "Alianza para el Progreso"), which a capitalised run cuts."""
    found: list[Cand] = []
    for m in _INTRODUCER.finditer(text, body_start):
        run = RUN.match(text, m.end())
        if run is None or country_of(run.group()) is not None or fold(run.group()) in v.PLACES_ES:
            continue
        found.append(_org(text, run.start(), run.end(), ""))
    for m in _known_phrases().finditer(folded, body_start):
        if text[m.start()].isupper():
            found.append(_org(text, m.start(), m.end(), _FULL_NAMES[m.group()]))
    if not found:
        return cands
    spans = [(c.start, c.end) for c in found]
    kept = [c for c in cands if not any(a < c.end and c.start < b for a, b in spans)]
    return sorted([*found, *kept], key=lambda c: c.start)


def _org(text: str, start: int, end: int, full: str) -> Cand:
    acro = _ACRONYM_AFTER.match(text, end)
    return Cand(start, end, text[start:end], "organization", None, None, full, acro.group(1) if acro else "")


_FULL_NAMES = {fold(n): n for n in (*v.PARTY_NAMES, *v.ACRONYMS.values()) if any(
    w[:1].islower() for w in n.split()[1:] if w not in ("de", "del", "la", "las", "los", "y", "d'Unitat"))}


@functools.cache
def _known_phrases() -> re.Pattern[str]:
    names = sorted(_FULL_NAMES, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


_FUNCTION_CAPS = frozenset({"De", "Del", "La", "El", "Los", "Las", "En", "Y", "Con", "Por", "Para", "Sobre", "Al",
                            "Un", "Una", "Que", "Se", "Su", "Sus", "A"})


# a link to another story inside the text: "Lee también: …", "Te puede interesar: …"
_TEASER = re.compile(r"\s*(?:(?:Lee|Leé|Lea|Leer|Mirá|Mira|Ver|Vea)\s+(?:también|además|más)|Te puede interesar|"
                     r"Relacionad[oa]s?|Noticias relacionadas|Más noticias|Puede interesarte|Último momento)\b",
                     re.IGNORECASE)


def _drop_headline_case(text: str, cands: list[Cand]) -> list[Cand]:
    """Without what a line in headline case names ("Más Noticias Sobre Política Nacional": every word capitalised,
    function words too) or a link to another story ("Lee también: Diputados aprueban …"), unless the text names it
    elsewhere too."""
    flagged: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if w[:1].isalpha()]
        caps = sum(1 for w in words if w[0].isupper())
        if len(words) >= 3 and caps >= 0.8 * len(words) and any(w in _FUNCTION_CAPS for w in words[1:]) or (
                _TEASER.match(line)):
            flagged.append((start, start + len(line)))
        start += len(line) + 1
    if not flagged:
        return cands
    inside = [c for c in cands if any(a <= c.start < b for a, b in flagged)]
    elsewhere = {fold(c.surface) for c in cands if not any(a <= c.start < b for a, b in flagged)}
    dropped = {id(c) for c in inside if fold(c.surface) not in elsewhere}
    return [c for c in cands if id(c) not in dropped]


_SLASH_CREDIT = "/"
_CREDIT_BEFORE = re.compile(r"\b(?:Foto|Fotos|Imagen|Crédito|Créditos|Archivo|Ilustración)\s*(?::|[Pp]or|de)?\s*$"
                            r"|(?:^|\n)\s*(?:[/|]\s*)?(?:Por|Escrito por|Texto)\s*:?\s*$")  # a byline: "Por Ana Ruiz"
_INDEFINITE = re.compile(r"\b(?:un|una|unos|unas)[ \u00a0]+$")


def _drop_credits_and_hypotheticals(text: str, cands: list[Cand]) -> list[Cand]:
    """Without photo credits and bylines ("REUTERS/Mariana Nedelcu", "Foto: Ana Ruiz", "Por Luis Gómez" opening a
    line, a caption ending "(Jaime Olivos)") and
    the bodies an indefinite article makes hypothetical ("la instalación de una Asamblea Constituyente")."""
    out = []
    for c in cands:
        if _SLASH_CREDIT in (text[c.start - 1:c.start], text[c.end:c.end + 1]) or _CREDIT_BEFORE.search(
                text, max(0, c.start - 16), c.start):
            continue
        if c.kind in _PERSONS and text[c.start - 1:c.start] == "(" and text[c.end:c.end + 2] in (")\n", ")"):
            continue  # the caption's credit: "(Jaime Olivos)" closing a line
        if c.kind in ("institution", "organization") and _INDEFINITE.search(text, max(0, c.start - 6), c.start):
            continue
        out.append(c)
    return out


def _join_given_names(text: str, cands: list[Cand]) -> list[Cand]:
    """ "Giuzzio (Arnaldo)": a surname with the given name in parentheses is one person, "Arnaldo Giuzzio"; a
    longer capitalised phrase in parentheses after a name is a portfolio or an aside ("Harold Burbano
    (Desarrollo Humano)"), no person."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and c.kind in _PERSONS and prev.kind in _PERSONS and text[prev.end:c.start] == " (" and (
                text[c.end:c.end + 1] == ")"):
            if c.kind == "person":
                continue
            if prev.kind == "single" and not place_name(c.surface) and fold(c.surface) not in v.ROLE_AFTER:
                out[-1] = Cand(prev.start, c.end + 1, f"{c.surface} {prev.surface}", "person", prev.role, None,
                               ctx=prev.ctx)
                continue
        out.append(c)
    return out


def place_name(word: str) -> bool:
    """Whether ``word`` names a place (a city, a province, a country) rather than a person or a body."""
    f = fold(word)
    return f in v.PLACES_ES or f in big_cities() or gz.is_place(word) or country_of(word) is not None


_VERB_AFTER = re.compile(r"\s*,?\s*(?:(?:lo|la|le|les|los|las|se|ya|no|también)\s+)?([a-záéíóúñ]+)")
# the seat of a union of countries, not of its host's government ("Bruselas pidió …")
_SEATS = frozenset({"bruselas", "brussels"})


def _capital_metonyms(text: str, folded: str, cands: list[Cand]) -> None:
    """A capital that speaks or acts is its country's government ("Moscú respondió", "Washington advirtió"), unless
    a person of the text bears the word ("Santiago Peña")."""
    names = {t for c in cands if c.kind == "person" for t in fold(c.surface).split()}
    for c in cands:
        if c.kind != "single" or fold(c.surface) in names:
            continue
        verb = _VERB_AFTER.match(folded, c.end)
        if not verb or verb.group(1) not in v.SPEECH_VERBS and verb.group(1) not in EVENT_VERBS:
            continue
        if (capital := capital_country(c.surface)) is not None:
            if fold(c.surface) in _SEATS:
                c.kind = "place"  # the seat of a union, not its host's government; no person either
            else:
                c.kind, c.country = "country", country_of(capital) or capital


_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(?:el|la|los|las|del|al|un|una|El|La|Los|Las|Un|Una)\s+$")
# "en el Zócalo" (a place), "el presidente de la República" (a title): neither names a body that acts
_WHERE_OR_TITLE = re.compile(r"\b(?:en|desde|hasta|hacia|frente a|junto a|[a-záéíóúñ]+(?:ente|enta|ario|aria|ular|"
                             r"efe|efa|ro|ra|or|ora) (?:de|del|de la))[ \u00a0]+(?:el |la )?$")
_BODY_ARTICLE = re.compile(r"(?:^|[^\w])(?:el|la|del|al|El|La)\s+$")


def _article_bodies(text: str, cands: list[Cand]) -> None:
    """A lone capitalised word that takes an article and recurs is a body or a club, not a person ("la Seprelad …
    usaron Seprelad", "el Palmeiras")."""
    for c in cands:
        if c.kind == "single" and c.role is None and _BODY_ARTICLE.search(text, max(0, c.start - 5), c.start) and (
                not _WHERE_OR_TITLE.search(text, max(0, c.start - 30), c.start)) and len(re.findall(
                rf"(?<!\w){re.escape(c.surface)}(?!\w)", text)) > 1 and not place_name(c.surface):
            c.kind = "organization"


def _drop_common_phrases(text: str, cands: list[Cand]) -> list[Cand]:
    """Without the capitalised phrases that an article opens ("la Reunión de Política Monetaria", "los Derechos
    Humanos", "La Sección Tercera"): a person's name takes no article in news prose; a role between them does
    ("el diputado Juan Pérez"), and a role keeps the name. Nor a party named by a word that opens a sentence as a
    verb ("Podemos decir que …")."""
    return [c for c in cands if not (
        c.kind in ("person", "single") and c.role is None and _ARTICLE_BEFORE.search(text, max(0, c.start - 6), c.start)
        or fold(c.surface) in v.PARTY_WORDS and _SENTENCE_START.search(text, max(0, c.start - 4), c.start)
        and _LOWER_NEXT.match(text, c.end))]


_SENTENCE_START = re.compile(r"(?:^|[.!?:«“\"—]\s*|\n)$")
_LOWER_NEXT = re.compile(r" (?!(?:dijo|afirmó|señaló|indicó|sostuvo|anunció|aseguró|votó|rechazó|pidió)\b)[a-záéíóúñ]")
# bodies named by their head word alone after an article ("la Fiscalía", "el Tribunal"; the government, "el
# Gobierno", "la Moncloa", is actors.government_mentions')
_LONE_BODY = re.compile(r"\b(?:el|la|del|al|El|La|Del|Al)[ \u00a0]+(?P<body>Fiscalía|Policía|"
                        r"Ejército|Gabinete|Parlamento|Asamblea|Presidencia|Defensoría|Contraloría|Procuraduría|"
                        r"Municipalidad|Gobernación|Generalitat|Xunta|Ayuntamiento|Iglesia|Tribunal|Audiencia|Cámara|"
                        r"Junta|Comisión)\b(?![ \u00a0]+(?:[A-ZÁÉÍÓÚÑ]|de |del ))")
_OFFICE_SOUGHT = re.compile(r"\b(?:a|para|hacia) la[ \u00a0]+$|\bal[ \u00a0]+$")
HEAD_TITLE = re.compile(r"\b(?:presidente|presidenta|vicepresidente|vicepresidenta|titular|jefe|jefa|portavoz)"
                        r"[ \u00a0]+(?:del|de la)[ \u00a0]+$")


def _lone_bodies(text: str, cands: list[Cand], body_start: int) -> list[Cand]:
    """``cands`` with the bodies named by their head word alone ("la Fiscalía imputó", "el Tribunal resolvió"),
    unless two named bodies share that head ("Cámara de Diputados", "Cámara de Senadores": "la Cámara" is
    either), the office is sought ("candidato a la Presidencia") or the body only names a title ("el presidente
    del Tribunal")."""
    heads: dict[str, set[str]] = {}
    for c in cands:
        if c.kind in ("institution", "organization") and " " in c.surface:
            heads.setdefault(c.surface.split(" ", 1)[0], set()).add(fold(c.surface))
    found = []
    for m in _LONE_BODY.finditer(text, body_start):
        word, start = m.group("body"), m.start("body")
        if len(heads.get(word, ())) > 1 or word == "Presidencia" and _OFFICE_SOUGHT.search(
                text, max(0, m.start() - 12), start) or HEAD_TITLE.search(text, max(0, m.start() - 20), start):
            continue
        found.append(Cand(start, start + len(word), word, "institution"))
    if not found:
        return cands
    taken = {c.start for c in found}
    return sorted([*found, *(c for c in cands if c.start not in taken)], key=lambda c: c.start)


_DETERMINER_BEFORE = re.compile(r"\b(?:el|la|los|las|del|al)[ \u00a0]+$")
_AFFILIATION = re.compile(r"[ \u00a0]\((?:[A-ZÁÉÍÓÚÑ]{2,8}, )*")
# acronyms of things, not bodies, that the press writes after an article ("el PIB", "el IVA")
_THING_ACRONYMS = frozenset({
    "PIB", "PBI", "IVA", "IRPF", "DNI", "ONG", "IPC", "SMS", "GPS", "TV", "ADN", "VIH", "SIDA", "COVID", "UCI", "CEO",
    "PYME", "RUC", "CI", "TAC", "IA", "CV", "FM", "AM", "PDF", "ERE", "ERTE", "OPA", "IBEX", "SA", "SL", "SRL", "TIC",
    "USD", "EUR", "ARS", "PYG", "MXN", "CLP", "COP", "PEN", "UVA", "VAR", "MVP", "NBA", "TC", "AFP", "ISR", "IGV",
    "DT", "CFO", "CUIT", "RUT", "CURP", "NIE", "NIF", "CIF", "BOE", "PGE", "URL", "WEB", "OK", "GNL", "GLP", "KM",
})


def _acronym_bodies(text: str, cands: list[Cand]) -> None:
    """Unknown acronyms that name a body: after an article ("el INDH", "la AET") or as a person's affiliation in
    parentheses ("Óscar Salomón (FR)", "(ANR, HC)"); not the acronyms of things ("el PIB"). (Acronyms listed with
    parties, "PP, Vox, UPN y CC", are actors.party_names'.)"""
    last_person_end = -1
    for c in cands:
        if c.kind == "acronym" and c.surface not in _THING_ACRONYMS and (_DETERMINER_BEFORE.search(
                text, max(0, c.start - 5), c.start) or _AFFILIATION.fullmatch(text, last_person_end, c.start)):
            c.kind = "organization"
        if c.kind in _PERSONS:
            last_person_end = c.end
