"""Actors of one document: merge name candidates into canonical actors with aliases, mentions and roles."""

from __future__ import annotations

import functools
import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import Actor
from sofa_desktop.extract.core.places import big_cities, city_country
from sofa_desktop.extract.core.types import ActorKind, ActorX, MentionX
from sofa_desktop.extract.lang.en import gazetteer as gz
from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.dates import DAY_NAMES, MONTH_NAMES
from sofa_desktop.extract.lang.en.lexicon import KNOWN_ORGS, STOP_CAPS
from sofa_desktop.extract.lang.en.names import Cand, context_role
from sofa_desktop.extract.lang.en.names.classify import speaks_for
from sofa_desktop.extract.lang.en.names.uses import competition


def _accents(s: str) -> int:
    return sum(1 for ch in s if ord(ch) > 127)


@functools.lru_cache(maxsize=50_000)  # pure, and the same surfaces recur within and across articles
def _name_tokens(surface: str) -> tuple[str, ...]:
    return tuple(t for t in fold(surface).split() if not (len(t) == 2 and t.endswith(".")))


_OF_FORM = re.compile(r"(?:the )?(department|ministry|secretariat|office|bank|court) of (?:the )?(.+)")
_DOMAIN_SYNONYMS = {"foreign affairs": "foreign", "foreign relations": "foreign", "external relations": "foreign",
                    "defence": "defense"}


def org_key(name: str) -> str:
    """Folded organisation name with one word order: "Department of State" and "State Department" share a key."""
    f = fold(name)
    if f.startswith("the "):
        f = f[4:]
    m = _OF_FORM.fullmatch(f)
    if m is not None and not gz.country_of(m.group(2)):
        f = f"{m.group(2)} {m.group(1)}"
    for long, short in _DOMAIN_SYNONYMS.items():
        if f.startswith(long + " "):
            f = short + f[len(long):]
    return f


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(1, len(longer) - n + 1))


_LOCATIVE = frozenset({"in", "to", "into", "across", "throughout", "within", "outside", "inside", "near", "around",
                       "via", "toward", "towards", "at", "all over"})
_ISSUER_BEFORE = re.compile(r"\b[Ss]tatement\s+(?:from|by)\s+(?:[A-Z][\w.’'-]*\s+){0,5}$")
_SIGN_OFF_BEFORE = re.compile(r"[—–-]+\s*$")
_LIST_WORDS = frozenset({"and", "or", "the"})


_HEADING_WORD = re.compile(r"[A-Z0-9][\w.&’'-]*|of|the|and|for|vs\.?|&")


def heading_end(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` closes a title-case line that other capitalised words open (a heading), with no
    sentence around it."""
    line_start = text.rfind("\n", 0, start) + 1
    if start == line_start or not text.startswith("\n", end) and end != len(text.rstrip()):
        return False
    words = text[line_start:start].split()
    return len(words) <= 8 and all(_HEADING_WORD.fullmatch(w) for w in words)


def locative(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a place after a preposition of place, alone or in a list ("business in
    France, Greece and Italy", "jobs to the U.S."), not a possessor ("in Lima, Peru's president"): one bounded walk
    back over at most eight words."""
    if text.startswith(("'s", "’s"), end):
        return False
    words = text[max(0, start - 80):start].split()[-8:]
    listed = False
    for w in reversed(words):
        low = w.lower()
        if low in _LOCATIVE:
            return True
        if low in _LIST_WORDS:
            listed = listed or low != "the"
            continue
        if listed and w[:1].isupper() or w.endswith(",") and w[:1].isupper():
            listed = True  # an earlier item of the list
            continue
        return False
    return False


class ActorTable:
    """Canonical actors of a document and the candidate -> actor assignment."""

    def __init__(self, text: str, cands: list[Cand], body_start: int, speech_adjacent: set[int]) -> None:
        self._text = text
        self.body_start = body_start
        self.actors: dict[str, Actor] = {}
        self.assigned: list[tuple[Cand, Actor]] = []
        self._persons: list[Actor] = []
        self._orgs: dict[tuple[str, str], Actor] = {}
        self._acronyms: dict[str, Actor] = {}
        self._by_token: dict[str, list[Actor]] = {}
        self._build(cands, body_start, speech_adjacent)

    def _build(self, cands: list[Cand], body_start: int, speech_adjacent: set[int]) -> None:
        by_key: dict[tuple[str, ...], Actor] = {}
        persons = [c for c in cands if c.kind == "person" and (c.start >= body_start or _ISSUER_BEFORE.search(
            self._text, max(0, c.start - 60), c.start))]  # the body, and the issuer in "Statement by Ana Ruiz"
        by_last: dict[str, list[Actor]] = {}
        for c in sorted(persons, key=lambda c: -len(_name_tokens(c.surface))):
            toks = _name_tokens(c.surface)
            if not toks:
                continue
            actor = by_key.get(toks) or next((a for a in by_last.get(toks[-1], ()) if _contains(a.tokens, toks)),
                                             None)
            if actor is None and len(toks) == 1 and len(named := by_last.get(toks[0], ())) == 1:
                actor = named[0]  # "Mr Leong" after "Leong Mun Wai", "Mr Teo": the one person with that name
            if actor is None:
                actor = by_key[toks] = Actor(c.surface, "person", tokens=toks)
                for t in set(toks):
                    by_last.setdefault(t, []).append(actor)
            elif _accents(c.surface) > _accents(actor.name) and len(_name_tokens(c.surface)) == len(actor.tokens):
                actor.name = c.surface
        self._persons = list(by_key.values())
        for a in self._persons:
            self._index(a)
        self._acting = {c.country for c in cands if c.kind == "country" and not locative(self._text, c.start, c.end)}
        singles: list[Cand] = []
        for c in cands:
            actor = self._assign(c, c.start >= body_start or (c.kind == "person" and _ISSUER_BEFORE.search(
                self._text, max(0, c.start - 60), c.start) is not None), c.start in speech_adjacent)
            if actor is not None:
                actor.add(c)
                self.assigned.append((c, actor))
            elif c.kind == "single" and c.start >= body_start and not c.place:
                singles.append(c)
        self._named_bodies(singles)
        for a in self._persons:
            if a.positions:
                self.actors.setdefault(a.name, a)
        for org in list(self._orgs.values()):
            self._qualify(org)
        self._merge_generic_bodies()
        self._merge_short_names()
        places = {id(a) for c, a in self.assigned if c.place} - {id(a) for c, a in self.assigned if not c.place}
        self._drop(places | {id(a) for a in self._orgs.values() if competition(self._text, a.name)}
                   | self._heading_words())

    def _heading_words(self) -> set[int]:
        """Ids of the would-be people named once, at the end of a heading line after other capitalised words
        ("Harlow Freight Inc. Results Sheet"): words of the heading, no one's name."""
        seen: dict[int, int] = {}
        for c, a in self.assigned:
            seen[id(a)] = seen.get(id(a), 0) + (c.start >= self.body_start)  # the outlet line does not count
        return {id(a) for c, a in self.assigned if a.kind == "person" and seen[id(a)] == 1 and a.role is None
                and heading_end(self._text, c.start, c.end)}

    def _named_bodies(self, singles: list[Cand]) -> None:
        """One capitalised word that no person bears, used twice or more inside sentences ("after Labor slashed
        ...", "announced by the Coalition", "Although Amgen received"), is a body's name: a party, a company,
        a club; not a place, a country, a demonym nor a common word."""
        inside: dict[str, list[Cand]] = {}
        for c in singles:
            after = _WORD_AFTER.match(self._text, c.end)
            if after is not None and (after.group(1) in _MEMBER_NOUNS or after.group(1) in lx.ORG_DESCRIPTIONS
                                      or lx.role_of(after.group(1)) is not None):
                continue  # "the Bok coach", "the Trump administration": the word qualifies a person, a body, a thing
            if not _SENTENCE_START.search(self._text, max(0, c.start - 4), c.start):
                inside.setdefault(c.surface, []).append(c)
        for surface, found in inside.items():
            if len(found) < 2 or not _BODY_WORD.fullmatch(surface) or _common_or_place(surface) or (
                    surface + "s" in inside or surface[:-1] in inside) or not any(
                    _THE_BEFORE.search(self._text, max(0, c.start - 5), c.start) or _ITS_AFTER.match(
                        self._text, c.end) for c in found):
                continue  # ("Test" and "Tests": a common noun; no "the Coalition", no "Acme ... its": no cue)
            actor = self._org(Cand(found[0].start, found[0].end, surface, "organization"), True)
            if actor is None:
                continue
            for c in (c for c in singles if c.surface == surface):
                actor.add(c)
                self.assigned.append((c, actor))

    def _drop(self, gone: set[int]) -> None:
        """Forget the actors whose ids are in ``gone``: countries only ever named as places ("sales in France and
        Italy"), competitions ("the Premier League title")."""
        if not gone:
            return
        self.assigned[:] = [(c, a) for c, a in self.assigned if id(a) not in gone]
        for table in (self.actors, self._orgs, self._acronyms):
            for key, a in list(table.items()):
                if id(a) in gone:
                    del table[key]

    def _merge_generic_bodies(self) -> None:
        """A one-word body ("Police", "Ministry") is the one named body of the text that has that word
        ("Springdale Police Department"), when there is exactly one."""
        for key, bare in list(self._orgs.items()):
            word = fold(bare.name)
            if " " in word or bare.kind != "institution" or bare.name not in self.actors:
                continue
            full = {id(a): a for a in self._orgs.values() if a is not bare and word in fold(a.name).split()}
            if len(full) != 1:
                continue
            (keep,) = full.values()
            self._absorb(bare, keep)
            self._orgs[key] = keep

    def _absorb(self, short: Actor, keep: Actor) -> None:
        """Merge actor ``short`` into ``keep``: its names become aliases, its mentions ``keep``'s."""
        for v in [*short.variants, short.name]:
            if v not in keep.variants and v != keep.name:
                keep.variants.append(v)
        keep.positions.extend(short.positions)
        self.assigned[:] = [(c, keep if a is short else a) for c, a in self.assigned]
        self.actors.pop(short.name, None)
        for table in (self._orgs, self._acronyms):
            for k, a in list(table.items()):
                if a is short:
                    table[k] = keep

    def _merge_short_names(self) -> None:
        """An organisation named by the first or last words of exactly one other ("Pheu Thai" and "Pheu Thai
        Party", "Versum" and "Versum Materials", "Celtics" and "Boston Celtics"), or by its words run together
        ("ExxonMobil", "Exxon Mobil Corporation"), is that one: its short name becomes an alias."""
        orgs = [a for a in self.actors.values() if a.kind in ("organization", "institution")]
        if len(orgs) < 2:
            return
        words = {id(a): tuple(fold(a.name).removeprefix("the ").replace(".", "").split()) for a in orgs}
        for short in sorted(orgs, key=lambda a: len(words[id(a)])):
            w = words[id(short)]
            longer = [a for a in orgs if a is not short and a.name in self.actors and len(words[id(a)]) > len(w)
                      and a.kind == short.kind and (words[id(a)][:len(w)] == w or words[id(a)][-len(w):] == w or (
                          len(w) == 1 and w[0] in _run_together(words[id(a)])))]
            if len(longer) == 1 and short.name in self.actors:
                self._absorb(short, longer[0])

    def _qualify(self, org: Actor) -> None:
        """A state body whose country the text gives ("Paraguay's Senate") or implies ("the State Department") is
        named with it ("Paraguayan Senate", "U.S. State Department"); the bare name stays an alias. This keeps
        Paraguay's and the US Senate apart when sources are merged."""
        us_only = org_key(org.name) in _US_ONLY
        if org.kind != "institution" or (fold(org.name) in KNOWN_ORGS and not us_only) or _names_country(org.name):
            return
        country = org.country or (_US if us_only else None)
        if country is not None and org.name in self.actors:
            if org.name not in org.variants:
                org.variants.append(org.name)
            org.country = country
            self._rename(org, f"{gz.adjective(country)} {org.name[4:] if org.name.startswith('the ') else org.name}")

    def _assign(self, c: Cand, in_body: bool, adjacent: bool) -> Actor | None:
        if _SIGN_OFF_BEFORE.search(self._text, max(0, c.start - 6), c.start) and not self._text[c.end:].strip():
            return None  # "... in 2018. — AFP": the wire's sign-off closing the text
        if c.kind == "country":
            assert c.country is not None
            if not in_body and c.country not in self.actors:
                return None  # "Washington judge halts ..." in the headline: a place, unless the body names it
            if c.country not in self._acting:
                return None  # "sales in the U.S. or China": a market, a place, never an actor in this text
            return self._get(c.country, "country")
        if c.kind in ("organization", "institution"):
            short = c.surface.isupper() and " " not in c.surface
            actor = (short and (self._acronyms.get(c.surface) or self._by_initials(c.surface))) or self._org(c, in_body)
            if actor is not None and c.alias:
                self._acronyms[c.alias] = actor
            return actor
        if c.kind == "acronym":
            known = self._acronyms.get(c.surface) or self._by_initials(c.surface)
            if known is None and in_body and (fold(c.surface) in KNOWN_ORGS or _AFFILIATE_BEFORE.search(
                    self._text, max(0, c.start - 20), c.start) or _TOLD_THE.search(
                    self._text, max(0, c.start - 30), c.start) or (_THE_BEFORE.search(
                    self._text, max(0, c.start - 5), c.start) and (_REPORTS_AFTER.match(
                    self._text, c.end) or _BODY_NOUN_AFTER.match(self._text, c.end))) or _MEDIA_AFTER.match(
                    self._text, c.end) or _OWNS_AFTER.match(
                    self._text, c.end) or _REPORTS_AFTER.match(self._text, c.end)):
                # "told the BBC", "the NRA said": an organisation; not "the GDP was", "the DNA"
                kind = KNOWN_ORGS.get(fold(c.surface), "organization")
                known = self._acronyms[c.surface] = self._get(c.surface, kind)
            return known
        if c.kind == "surname":
            return self._person(c)  # "Park said": Linda Park, if she was named
        if c.kind in ("person", "single"):
            person = self._person(c)
            if person is None or person.role is None:
                context_role(self._text, c)
            if person is None and in_body and c.kind == "single" and (speaks_for(self._text, c.start) or (
                    _THE_BEFORE.search(self._text, max(0, c.start - 5), c.start) and not _common_or_place(c.surface)
                    and (_REPORTS_AFTER.match(self._text, c.end) or _MEDIA_AFTER.match(self._text, c.end)))):
                # "a spokesman for Tesco"; "The Guardian reported", "the Clarion newspaper": an outlet
                return self._get(c.surface, "organization")  # "a spokesman for Tesco", no person of that name
            if person is None and in_body and c.kind == "single" and (c.role or (adjacent and not gz.region_name(
                    c.surface))):  # "Ruiz said", not "Manitoba said": a province speaks for no one
                person = Actor(c.surface, "person", tokens=_name_tokens(c.surface))
                self._persons.append(person)
                self._index(person)
            return person
        return None

    def _index(self, person: Actor) -> None:
        for t in set(person.tokens):
            self._by_token.setdefault(t, []).append(person)

    def _person(self, c: Cand) -> Actor | None:
        toks = _name_tokens(c.surface)
        if not toks:
            return None
        pool = self._by_token.get(toks[-1], ())
        exact = [a for a in pool if a.tokens == toks]
        if exact:
            return exact[0]
        found = [a for a in pool if _contains(a.tokens, toks)]
        if not found:
            first = [a for a in pool if len(toks) == 1 and len(a.tokens) > 1 and a.tokens[0] == toks[0]]
            return first[0] if len(first) == 1 else None  # "Rohit" for Rohit Sharma, the one person so named
        last = [a for a in found if a.tokens[-1] == toks[-1]]
        if last and len(toks) == 1:  # "Paz" is Rodrigo Paz rather than the Jaime Paz Zamora just mentioned
            found = last
        return max(found, key=lambda a: (max((p for p in a.positions if p < c.start), default=-1), -len(a.tokens)))

    def _org(self, c: Cand, in_body: bool) -> Actor | None:
        stripped = org_key(c.stripped or c.surface)
        key = (c.country or "", stripped)
        actor = self._orgs.get(key)
        if actor is None and not c.country:
            same = [a for (k, s), a in self._orgs.items() if s == stripped]
            actor = same[-1] if same else None
        if actor is None:
            for (k, s), a in list(self._orgs.items()):
                if s == stripped and not k and c.country:  # a bare name seen first gains its country
                    actor = a
                    self._orgs[key] = a
        if actor is None:
            if not in_body:
                return None
            actor = Actor(c.surface, c.kind)
            self._orgs[key] = actor
            self.actors.setdefault(c.surface, actor)
        if len(c.surface) > len(actor.name) and fold(c.surface).endswith(fold(actor.name)):
            self._rename(actor, c.surface)
        return actor

    def _by_initials(self, acronym: str) -> Actor | None:
        """The organisation or person whose initials spell ``acronym`` ("IMF", "AMLO")."""
        for actor in [*self._orgs.values(), *(p for p in self._persons if len(p.tokens) > 2)]:
            initials = "".join(w[0] for w in actor.name.split() if w[0].isupper() and fold(w) not in _SMALL_WORDS)
            if initials == acronym:
                self._acronyms[acronym] = actor
                return actor
        for actor in list(self._orgs.values()):  # "General Assembly of the Organization of American States": OAS
            tail = actor.name.partition(" of the ")[2]
            if tail and "".join(w[0] for w in tail.split() if fold(w) not in _SMALL_WORDS) == acronym:
                org = self._orgs.setdefault(("", org_key(tail)), self._get(tail, "organization"))
                self._acronyms[acronym] = org
                return org
        return None

    def _rename(self, actor: Actor, new: str) -> None:
        self.actors.pop(actor.name, None)
        actor.name = new
        self.actors[new] = actor

    def _get(self, name: str, kind: str) -> Actor:
        actor = self.actors.get(name)
        if actor is None:
            actor = self.actors[name] = Actor(name, kind)
        return actor

    def institution(self, country: str, words: str, surface: str, start: int, end: int) -> Actor:
        """The institution of ``country`` written in lower case ("Mexico's foreign ministry"), created if new.

        Its canonical name is country-qualified and title-cased ("Mexican Foreign Ministry"); the text is an alias.
        """
        key = (country, org_key(words))
        actor = self._orgs.get(key) or self.institution_of(country, words)
        if actor is None:
            actor = Actor(f"{gz.adjective(country)} {words.title()}", "institution", country=country)
            self._orgs[key] = actor
            self.actors.setdefault(actor.name, actor)
        cand = Cand(start, end, surface, "institution", None, country)
        actor.add(cand)
        self.assigned.append((cand, actor))
        return actor

    def institution_of(self, country: str, words: str) -> Actor | None:
        """The named institution of ``country`` whose name ends like ``words`` ("foreign ministry"), if any."""
        head = fold(words).split()[-1]
        for (k, _s), actor in self._orgs.items():
            if k == country and fold(actor.name).endswith(head):
                return actor
        return None

    @property
    def text(self) -> str:
        """The document's text."""
        return self._text

    def country(self, name: str) -> Actor:
        """The country actor ``name``, created if the text only used a demonym."""
        return self._get(name, "country")

    def people(self) -> list[Actor]:
        """Person actors that were mentioned."""
        return [a for a in self.actors.values() if a.kind == "person"]

    def headline_person(self, c: Cand, create: bool) -> Actor | None:
        """The person a headline opens with ("Marcelo Gallardo: «…»"): the one the body names, else (when
        ``create``) a new actor: a speaker the body only calls by a title ("arrancó el entrenador")."""
        person = self._person(c)
        if person is None and not create:
            return None
        if person is None:
            person = Actor(c.surface, "person", tokens=_name_tokens(c.surface))
            self._persons.append(person)
            self._index(person)
            self.actors.setdefault(person.name, person)
        person.add(c)
        self.assigned.append((c, person))
        return person

    def export(self) -> tuple[tuple[ActorX, ...], tuple[MentionX, ...]]:
        """Frozen actors (canonical name, kind, role, aliases) and mentions."""
        actors = []
        for a in self.actors.values():
            aliases = tuple(v for v in a.variants
                            if v != a.name and not (a.kind == "country" and fold(v) in _METONYM_KEYS))
            actors.append(ActorX(a.name, ActorKind(a.kind), a.role, aliases))
        mentions = tuple(MentionX(a.name, c.start, c.end) for c, a in self.assigned)
        return tuple(actors), mentions


_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s*[“\"‘']?\s*|\n\s*[“\"‘']?)$")
_BODY_WORD = re.compile(r"[A-Z][a-z]{2,}")
_WORD_AFTER = re.compile(r" ([a-z]+)")
_MEMBER_NOUNS = frozenset({"team", "side", "squad", "players", "fans", "jersey", "jerseys", "women", "men",
                           "supporters", "allies", "camp", "campaign", "era", "family", "presidency", "years"})
_ITS_AFTER = re.compile(r"[^.;:!?“”\"]{0,80}?\b(?:its|itself)\b")  # "Acme said its profit": a body
_PEOPLE_ENDINGS = ("ian", "ians", "ans", "ese", "ish", "al")  # "Sahelian", "Ontarians", "Aboriginal"


def _month_or_day(word: str) -> bool:
    f = fold(word)
    return any(f == m.lower() or f == m.lower()[:3] for m in (*MONTH_NAMES, *DAY_NAMES))


def _common_or_place(word: str) -> bool:
    """A capitalised word that starts sentences, or names a place, a country, a city or a people."""
    f = fold(word)
    return f in STOP_CAPS or f.endswith(_PEOPLE_ENDINGS) or _month_or_day(word) or city_country(word) is not None or (
        gz.region_name(word)) or gz.is_place(word) or gz.country_of(word) is not None or gz.demonym_country(
        word) is not None or gz.demonym_plural(word) is not None or f in big_cities() or f in gz.METONYMS


_US = "United States"


def _run_together(words: tuple[str, ...]) -> set[str]:
    """The first two or three words of a name written as one ("exxon mobil corporation" -> "exxonmobil")."""
    return {"".join(words[:k]) for k in (2, 3) if len(words) >= k}
_US_ONLY = frozenset({"state department", "treasury department", "justice department", "defense department",
                      "commerce department", "homeland security department", "war department", "labor department"})


def _names_country(name: str) -> bool:
    """True when an organisation's name already says its country ("U.S. Senate", "Central Bank of Brazil")."""
    words = name.replace("’", "'").split()
    return any(gz.affiliation(w.strip(",()")) for w in words if w[:1].isupper()) or any(
        gz.country_of(" ".join(words[i:i + 2])) for i in range(len(words) - 1))


_THE_BEFORE = re.compile(r"\b[Tt]he $")
_MEDIA_AFTER = re.compile(r" (?:newspaper|daily|magazine|tabloid|broadsheet|website|news agency|broadcaster)\b")
_AFFILIATE_BEFORE = re.compile(r"\b(?:affiliate|station|channel|broadcaster|network)\s+$")  # "CNN affiliate KARK"
_TOLD_THE = re.compile(r"\b(?:told|telling|tells|interview with|speaking to|spoke to|said to) the $")
# "ISL's website", "RTÉ's Prime Time": an acronym that owns something is a body's; "the RTÉ board": a body's organ
_OWNS_AFTER = re.compile(r"['’]s (?:[a-z]+|[A-Z][a-z]+ [A-Z][a-z]+)\b")
_MEDIA_AFTER = re.compile(r" (?:newspaper|daily|magazine|radio|television|channel|news agency)\b")  # "TODAY newspaper"
_BODY_NOUN_AFTER = re.compile(r" (?:board|chairman|chairwoman|chair|executive|executives|spokesman|spokeswoman|"
                              r"spokesperson|website|headquarters|staff|officials|members|leadership)\b")
_REPORTS_AFTER = re.compile(r",? (?:said|says|reported|reports|told|announced|confirmed|quoted|cited)\b")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "del", "la", "y"})
_METONYM_KEYS = frozenset({"washington", "brasilia", "beijing", "moscow", "havana", "caracas", "asuncion", "bogota"})
