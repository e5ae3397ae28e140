"""Capitalised phrases of a Portuguese text, classified: people, institutions, parties, countries; places and
things (laws, operations, streets) left out."""

from __future__ import annotations

import functools
import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import Cand
from sofa_desktop.extract.core.places import big_cities, city_country, multiword_places
from sofa_desktop.extract.lang.en import gazetteer as gz
from sofa_desktop.extract.lang.pt import vocab as v

_UP = "A-ZÁÀÂÃÉÊÍÓÔÕÚÇ"
_TOKEN = rf"(?:[{_UP}][\wáàâãéêíóôõúüçÁÀÂÃÉÊÍÓÔÕÚÇ'’]*(?:-(?![A-Z]{{2}}\b)[\wáàâãéêíóôõúçÁÉÍÓÚÂÊÔÃÕÇ]+)*)"
_CONN = r"(?:de|da|do|das|dos|d['’]|e|ao|aos|à|às)"
_CONNECTORS = ("de", "da", "do", "das", "dos", "e", "ao", "aos", "a", "as")  # folded
RUN = re.compile(rf"(?<![\w’'.-]){_TOKEN}(?:[ \u00a0](?:{_CONN}[ \u00a0])?{_TOKEN})*")
_ACRONYM = re.compile(rf"[{_UP}][{_UP}a-z]*[{_UP}]+(?:-[{_UP}]+)?|[{_UP}]{{2,8}}")
_ALIAS_AFTER = re.compile(rf"[ \u00a0]\(([{_UP}][\w{_UP}-]{{1,9}})\)")
_NUMBER_AFTER = re.compile(r"[ \u00a0]+\d")  # "PL 2628/2022", "MP 894": a document's number
_ARTICLE_BEFORE = re.compile(r"\b(?:[oa]s?|d[oa]s?|n[oa]s?|pel[oa]s?|ao|à)\s$", re.IGNORECASE)
_FEDERAL_GOVERNMENT = re.compile(r"\b[Gg]overno [Ff]ederal\b")
_AT_PLACE = re.compile(r"\b(?:em|[nN][oa]s?)\s$")
_ROLE_DOMAIN = re.compile(r"\b(?:diretor|diretora|secretário|secretária|gerente|superintendente|coordenador|"
                          r"coordenadora|chefe)\s+(?:de|da|do|das|dos)\s+(?:[^\s,.;]+\s+){0,3}$")
_ACTS_AFTER = re.compile(r" (?:[a-zç]+(?:ou|eu|iu|aram|eram|iram)|disse|diz|afirma|informa|anuncia)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n]\s*|[“\"«]\s*)$")
_ROMAN = re.compile(r"[IVXL]+")  # "IV Recenseamento", "XIII Congresso": an ordinal, not a name
_VENUE_TAILS = frozenset({"arena", "stadium", "park"})  # "Neo Química Arena"
_SPLIT_HEADS = frozenset({"governo", "gabinete", "presidencia", "administracao"})  # "Governo de João Lourenço"
_PARTY_STATE = re.compile(rf"\(([{_UP}][\w{_UP} ]{{1,20}}?)-[A-Z]{{2}}\)")  # "(PT-SP)", "(Republicanos-PB)"


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Folded Portuguese names of countries (hand forms, then ISO 3166 as pycountry ships them in pt_BR and pt)
    -> the English rules' canonical name."""
    out = {fold(k): c for k, c in v.COUNTRY_FORMS.items()}
    try:
        import gettext

        import pycountry

        for language in ("pt_BR", "pt"):
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
            for c in pycountry.countries:
                english = getattr(c, "common_name", None) or c.name
                canonical = gz.country_of(english) or english
                out.setdefault(fold(tr.gettext(c.name).split(",")[0]), canonical)
    except (ImportError, OSError):  # the hand forms still work
        pass
    return out


def country_of(phrase: str) -> str | None:
    """The country a Portuguese name or demonym stands for ("Estados Unidos", "EUA", "angolano"), else None."""
    f = fold(phrase)
    return countries().get(f) or v.DEMONYMS.get(f)


def _place(folded: str) -> bool:
    return folded in multiword_places() or folded in big_cities() or city_country(folded) is not None


def chunk(text: str, body_start: int) -> list[Cand]:
    """Every capitalised phrase of ``text`` classified (the headline too: the actor table keeps body names)."""
    out: list[Cand] = []
    for m in RUN.finditer(text):
        out.extend(_classify(text, m.start(), m.end()))
    for m in _PARTY_STATE.finditer(text):  # the party in "Hugo Motta (Republicanos-PB)"
        name = m.group(1)
        if fold(name) in v.KNOWN_ORGS:
            out.append(Cand(m.start(1), m.start(1) + len(name), name, "organization"))
    for m in _FEDERAL_GOVERNMENT.finditer(text, body_start):
        out.append(Cand(m.start(), m.end(), m.group(), "institution"))
    _bodies_with_articles(text, out, body_start)
    out.sort(key=lambda c: c.start)
    return out


def _bodies_with_articles(text: str, cands: list[Cand], body_start: int) -> None:
    """A name the text writes with an article, twice or once as the subject of a verb ("o Palmeiras", "a
    Petrobras informou", "a Metalúrgica Boa Vista anunciou"), and that names no person elsewhere without one: a
    club, a company, a body (Portuguese news gives people no article)."""
    with_article: dict[str, int] = {}
    bare: set[str] = set()  # words of names written without an article: people's
    for c in cands:
        if c.kind not in ("single", "person"):
            continue
        if _ARTICLE_BEFORE.search(text, max(0, c.start - 6), c.start):
            acts = _ACTS_AFTER.match(text, c.end) is not None
            with_article[c.surface] = with_article.get(c.surface, 0) + (2 if acts else 1)
        elif c.start >= body_start and not _SENTENCE_START.search(text, max(0, c.start - 3), c.start):
            bare.update(fold(t) for t in c.surface.split())  # not the headline's nor a sentence's first word
    for c in cands:
        if c.kind in ("single", "person") and with_article.get(c.surface, 0) >= 2 and not (
                {fold(t) for t in c.surface.split()} & bare) and c.surface.replace("-", "").replace(" ", "").isalpha():
            c.kind = "organization"


def _classify(text: str, s: int, e: int) -> list[Cand]:
    words = text[s:e].split()
    if words and len(words[-1]) > 3 and words[-1].endswith(".") and words[-1][-2] != ".":
        words[-1] = words[-1][:-1]  # "do Estadão.": the sentence's full stop
    # function words and sentence-opening words before the name ("Em Luanda", "Segundo Pacheco"), and capitalised
    # words that end a lower-case role ("secretário de Estado Mike Pompeo")
    while words and (fold(words[0]) in v.STOP_CAPS or fold(words[0]) in _CONNECTORS or len(words) > 1 and (
            _completes_role(text, s, words[0]) or _ROMAN.fullmatch(words[0]))):
        s = text.index(words[0], s) + len(words[0])
        s += len(text[s:e]) - len(text[s:e].lstrip())
        words.pop(0)
    if len(words) == 2 and len(words[1]) == 1 and words[1].isupper():
        return []  # "Grupo A", "Série B": a group or a division
    while words and fold(words[-1]) in _CONNECTORS:
        words.pop()
    if not words:
        return []
    first = fold(words[0])
    if len(words) > 2 and fold(words[1]) in _CONNECTORS and (first in v.ROLES or first in _SPLIT_HEADS):
        # "Presidente da Assembleia Nacional": the body; "Governo de João Lourenço": the body and the person
        tail = s + text[s:e].index(words[2])
        rest = _classify(text, tail, e)
        if first in v.ROLES:
            return [c for c in rest if c.kind in ("institution", "organization", "country")]
        if rest and rest[0].kind in ("person", "single"):
            head = s + len(words[0])
            return [Cand(s, head, text[s:head], "institution"), *rest]
    if len(words) > 2 and fold(words[0]) in v.KNOWN_ORGS and words[0].isupper():
        # "o ministro do STF Flávio Dino": the court, then the person
        head = s + len(words[0])
        rest = _classify(text, s + text[s:e].index(words[1], len(words[0])), e)
        if rest and rest[0].kind in ("person", "single"):
            return [Cand(s, head, words[0], v.KNOWN_ORGS[fold(words[0])]), *rest]
    if len(words) > 1 and first in v.ROLES and fold(words[1]) not in _CONNECTORS:
        # "Presidente Joao Lourenço", "General Heleno": a capitalised title before the name
        rest = _classify(text, s + text[s:e].index(words[1]), e)
        for c in rest:
            if c.kind in ("person", "single"):
                c.role = c.role or v.ROLES[first]
        return rest
    surface = " ".join(words)
    e = s + len(surface) if text.startswith(surface, s) else e
    surface = text[s:e]
    folded = fold(surface)
    alias = _ALIAS_AFTER.match(text, e)
    acro = alias.group(1) if alias and not re.search(r"-[A-Z]{2}$", alias.group(1)) else ""  # not "(PSD-MG)"
    if " e " in f" {folded} " and not any(fold(w) in v.INSTITUTION_HEADS | v.ORGANIZATION_HEADS for w in words[:1]):
        # "Lisboa e Porto", "Marcelo Rebelo de Sousa e António Costa": two names
        cut = surface.find(" e ")
        return _classify(text, s, s + cut) + _classify(text, s + cut + 3, e)
    kind = _kind(folded, words, text, s)
    if kind is None or kind == "person" and _domain_of_role(text, s):
        return []  # "o diretor de Refino e Gás Natural": the domain of a role, not a person
    place = kind == "country" and _AT_PLACE.search(text, max(0, s - 8), s) is not None  # "no Brasil": a place
    return [Cand(s, e, surface, kind, alias=acro, country=country_of(surface) if kind == "country" else None,
                 place=place)]


def _kind(folded: str, words: list[str], text: str, s: int) -> str | None:
    first = fold(words[0])
    if folded in v.ROLES or first in v.ROLES and len(words) > 1 and fold(words[1]) in ("da", "do", "de", "das"):
        return "title"  # "Presidente da República", "Chefe de Estado": a role written with capitals
    if country_of(folded) and folded not in v.DEMONYMS:
        return "country"
    if folded in v.KNOWN_ORGS and _NUMBER_AFTER.match(text, s + len(" ".join(words))):
        return None  # "PL 2628", "PEC 45": a bill, not the party
    if folded in v.KNOWN_ORGS:
        return v.KNOWN_ORGS[folded] if folded not in v.PARTY_WORDS or _party_context(text, s) else None
    if first in v.NON_ACTOR_HEADS or first in v.DOMAIN_HEADS or fold(words[-1]) in _VENUE_TAILS or (
            first in v.PLACE_HEADS and len(words) > 1):
        return None
    if first in v.INSTITUTION_HEADS or folded in v.INSTITUTION_HEADS:
        return "institution"
    if first in v.ORGANIZATION_HEADS:
        return "organization"
    if _ACRONYM.fullmatch(words[0]) and len(words) == 1:
        if _NUMBER_AFTER.match(text, s + len(words[0])):
            return None
        # "o IBGE informou", "a CBF foi": an acronym with an article is a body
        return "organization" if len(words[0]) > 2 and _ARTICLE_BEFORE.search(text, max(0, s - 6), s) else "acronym"
    if _place(folded):
        return None
    if len(words) == 1:
        return "single"
    return "person"


def _domain_of_role(text: str, s: int) -> bool:
    """Whether the name at ``s`` follows "<role> de …" (a department), not a whole role ("secretário de Estado")."""
    m = _ROLE_DOMAIN.search(text, max(0, s - 40), s)
    return m is not None and " ".join(fold(m.group()).split()) not in v.ROLES


def _completes_role(text: str, s: int, word: str) -> bool:
    """Whether ``word`` ends a role begun in lower case before it ("secretário de Estado", "ministro da Fazenda")."""
    before = fold(text[max(0, s - 30):s]).split()[-3:]
    return any(" ".join([*before[k:], fold(word)]) in v.ROLES for k in range(len(before)))


def _party_context(text: str, s: int) -> bool:
    """A party whose name is also a word ("Podemos", "Novo", "Chega") is a party only in a party's places: in
    parentheses, after "do"/"da"/"o partido", never opening a sentence."""
    before = text[max(0, s - 12):s]
    return before.endswith(("(", "do ", "da ", "partido ", "Partido ", "o ", ", ")) and not before.endswith(". ")
