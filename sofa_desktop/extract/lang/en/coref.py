"""Referents for attribution: named mentions, descriptions ("Paraguay's foreign minister", "the group"), pronouns."""

from __future__ import annotations

import bisect
import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import COUNTRY, ORG, PERSON, Ref
from sofa_desktop.extract.core.phrases import Hit
from sofa_desktop.extract.core.sentences import Layout
from sofa_desktop.extract.lang.en import gazetteer as gz
from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.actors import Actor, ActorTable

_THE_BEFORE = re.compile(r"\b[Tt]he (?:[a-z-]+(?:['’]s)? )?$")  # "the ministry", "the sheriff's office"
_GOVERNMENT_OF = re.compile(r"(?:\b[Tt]he )?((?:[A-Z]\.){2,}|\b[A-Z][\w]+(?:['’]s)?) $")
_AGE_BEFORE = re.compile(r"\b[Tt]he \d{1,3}-$")
_WORD = re.compile(r"[\w.’'-]+")
_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our"})
_OFFICES = frozenset({"president", "prime minister", "vice president", "foreign minister", "secretary of state",
                      "chancellor", "governor", "mayor", "attorney general", "defense minister", "interior minister",
                      "finance minister", "economy minister", "minister", "leader", "premier", "lord mayor",
                      "chief minister", "taoiseach", "tanaiste", "first minister"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_GENERIC_ORG = frozenset({"group", "organization", "organisation", "movement", "coalition", "network", "alliance",
                          "association", "union", "bloc"})
_COUNTRY_BODIES = frozenset({"government", "administration", "presidency"})


# offices a description can name by another word ("the prosecutor" for an attorney general)
_SAME_OFFICE = {
    "prosecutor": ("attorney general", "district attorney", "state attorney", "public prosecutor", "fiscal general"),
    "attorney general": ("prosecutor", "chief prosecutor", "prosecutor general"),
    "premier": ("prime minister",),
    "prime minister": ("premier",),
    "chief executive": ("ceo", "chief executive officer"),
    "ceo": ("chief executive", "chief executive officer"),
    "monarch": ("king", "queen"),
    "pontiff": ("pope",),
}

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
            if not in_quote(c.start)]  # headline names too: "‘No one is above the law,’ says Moraes"
    named = [(r.start, r.end) for r in refs if r.kind != COUNTRY]
    named_starts = [s for s, _ in named]
    descs: list[Ref] = []
    kinds = {r.start: r.kind for r in refs}
    qualifiers: set[int] = set()  # "the Lions coach": the team's name qualifies the role, the coach is the referent
    for m in kw["desc"]:
        if in_quote(m.start()) or (ref := _person_desc(text, m, table)) is None:
            continue
        lo, hi = bisect.bisect_left(named_starts, ref.start), bisect.bisect_left(named_starts, m.start())
        inside = [a for a, b in named[lo:hi] if b <= m.start()]
        if not _overlaps(named, named_starts, ref.start, ref.end) or (inside and all(
                kinds.get(a) == ORG for a in inside) and not _overlaps(named, named_starts, m.start(), m.end())):
            descs.append(ref)
            qualifiers.update(inside)
    if qualifiers:
        refs = [r for r in refs if r.start not in qualifiers]
    if descs:
        d_spans = [(d.start, d.end) for d in descs]
        d_starts = [d.start for d in descs]
        refs = [r for r in refs if r.kind != COUNTRY or not _overlaps(d_spans, d_starts, r.start, r.start + 1)] + descs
    for g in kw["government"]:
        m = _GOVERNMENT_OF.search(text, max(body_start, g.start() - 30), g.start())
        country = gz.affiliation(m.group(1)) if m else None
        if m is not None and country is not None and not in_quote(m.start()):
            refs = [r for r in refs if not m.start() <= r.start < g.end()]
            words = g.group().lower()
            if words in _COUNTRY_BODIES:
                body = table.institution_of(country, words) or table.country(country)
            else:  # "Mexico's foreign ministry": an institution of its own, not the country
                body = table.institution(country, words, text[m.start(1):g.end()], m.start(), g.end())
            refs.append(Ref(m.start(), g.end(), "desc", ORG, body, words.rsplit(" ", 1)[-1]))
    for m in kw["orgword"]:
        the = _THE_BEFORE.search(text, max(body_start, m.start() - 25), m.start())
        if the and not in_quote(m.start()) and text[m.end():m.end() + 2] not in (" o", "'s", "’s") and not any(
                r.start <= the.start() < r.end for r in refs[-3:]):
            refs.append(Ref(the.start(), m.end(), "desc", ORG, None, m.group().lower()))
    for m in kw["age"]:  # "the 44-year-old former diplomat" stands for the last person
        the = _AGE_BEFORE.search(text, max(body_start, m.start() - 10), m.start())
        if the and not in_quote(m.start()):
            refs.append(Ref(the.start(), m.end(), "pron", PERSON, None, "age"))
    for m in kw["pronoun"]:
        w = m.group().lower()
        if not in_quote(m.start()) and (w not in ("it", "they") or _next_word(text, m.end()) in lx.SPEECH_VERBS):
            refs.append(Ref(m.start(), m.end(), "pron", ORG if w in ("it", "they") else PERSON, None, w))
    refs.sort(key=lambda r: r.start)
    refs = [r for i, r in enumerate(refs) if not (i and r.rtype != "name" and refs[i - 1].end > r.start) and not (
        r.rtype != "name" and i + 1 < len(refs) and refs[i + 1].rtype == "name" and refs[i + 1].start < r.end)]
    _resolve(text, refs, lay, _genders(text, refs, lay))
    _named_later(text, refs, lay)
    _quoted_orgs(refs, [a for a in table.actors.values() if a.kind in ("organization", "institution")])
    return [r for r in refs if not (r.word == "they" and r.actor is None)]  # people, mostly: no guessing


def _quoted_orgs(refs: list[Ref], orgs: list[Actor]) -> None:
    """ "the board said" after a quote naming "the Board of Education": a description left unresolved is the one
    organisation whose name holds its head noun, even one named only inside quotes."""
    by_word: dict[str, list[Actor]] = {}
    for a in orgs:
        for w in set(fold(a.name).split()):
            by_word.setdefault(w, []).append(a)
    for r in refs:
        if r.actor is None and r.rtype == "desc" and r.kind == ORG and r.word not in lx.STATEMENT_NOUNS and (
                r.word not in _COUNTRY_BODIES) and len(fits := by_word.get(r.word, ())) == 1:
            r.actor = fits[0]


def _next_word(text: str, pos: int) -> str:
    words = text[pos:pos + 16].split(None, 2)
    return words[0].strip(",.;:").lower() if words else ""


def _overlaps(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    """True when [a, b) overlaps one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_left(starts, b) - 1
    return i >= 0 and spans[i][1] > a


def _person_desc(text: str, m: Hit, table: ActorTable) -> Ref | None:
    if text.startswith("-", m.end()):  # "president-elect": the whole compound is the role
        tail = _WORD.match(text, m.end() + 1)
        if tail is None or lx.role_of(fold(f"{m.group()}-{tail.group()}")) is None:
            return None
        m = Hit(m.start(), tail.end(), text[m.start():tail.end()])
    after = text[m.end():m.end() + 3]
    if len(after) > 1 and after[0] == " " and after[1].isupper():
        return None  # a title in front of a name: the chunker handles it
    if fold(m.group()) in _ADJECTIVAL and after[:1] == " " and after[1:2].islower() and _next_word(
            text, m.end()) not in lx.SPEECH_VERBS:
        return None  # "the general election", "an official visit": an adjective, nobody speaks
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
    if len(rest) > 1 and rest[-1][0].isupper() and fold(head) in _SPOKES and any(
            fold(w) in _INDEFINITE for w in rest[-4:-1]):
        return Ref(m.start(), m.end(), "desc", PERSON, None, "orgrep")  # "a State Department spokesperson"
    if len(rest) > 1 and rest[-1].islower() and fold(rest[-2]) in _INDEFINITE and lx.role_of(head) is not None:
        return Ref(m.start(), m.end(), "desc", PERSON, None, "new")  # "a defense lawyer", "a government official"
    country = gz.affiliation(rest[-1])
    if country is None and fold(rest[-1]) in _INDEFINITE:
        return Ref(m.start(), m.end(), "desc", PERSON, None, "new")  # "one senior official": someone unnamed
    if country is None and len(rest) > 1 and rest[-1][:1].isupper() and fold(rest[-2]) in _DETERMINERS:
        rest = rest[:-1]  # "the Bok coach", "the Labour leader": a team's or a party's name qualifies the role
    elif country is None and fold(rest[-1]) not in _DETERMINERS:
        return None
    found = text.rfind(rest[-1], max(0, m.start() - 60), m.start())
    start = found if found >= 0 else m.start()
    actor = _match_role(table, role or head, country, m.start())
    return Ref(start, m.end(), "desc", PERSON, actor, fold(role or head), country)


def _match_role(table: ActorTable, role: str, country: str | None, pos: int) -> Actor | None:
    want = fold(role)
    found = [a for a in table.people() if a.role and _role_fits(fold(a.role), want)
             and not (country and a.country and a.country != country)]
    if not found:
        return None
    if len(found) > 1 and country:
        same = [a for a in found if a.country == country]
        found = same or found
    return max(found, key=lambda a: (max((p for p in a.positions if p < pos), default=-1), -min(a.positions)))


def _resolve(text: str, refs: list[Ref], lay: Layout, genders: dict[int, str]) -> None:
    """Fill pronouns and descriptions: he/she is the person in focus (of a compatible gender); it/they and "the
    ministry" are the organisation that is the subject of this or an earlier sentence (with the same head noun)."""
    last_subject: Actor | None = None
    last_org: Actor | None = None
    subject_org: Actor | None = None
    subject_in = -1
    cur_sentence = -1
    home = _home_country(refs)
    first_person: Actor | None = None
    has_person = False
    main_person: Actor | None = None  # the first person of the main clause, after a leading "While ..., "
    first_subject: Actor | None = None  # the first person who is no object of a preposition ("in an interview with")
    main_from = 0
    ss = 0
    for i, r in enumerate(refs):
        s = lay.sentence_at(r.start)
        if s != cur_sentence:
            if has_person:
                last_subject = main_person or first_subject or first_person
            cur_sentence, first_person, has_person, main_person, first_subject = s, None, False, None, None
            ss = lay.sentences[s][0] if lay.sentences else 0
            main_from = _main_clause(text, lay.sentences[s], refs, i) if lay.sentences else 0
        if r.kind == PERSON:
            if r.rtype == "pron":
                r.actor = _gendered(first_person if has_person else last_subject, r, refs, i, genders)
            elif r.word == "new":  # "a spokesperson for X, Carla Paz, said": the apposition names the person
                r.actor = _named_next(text, refs, i, lay) or _org_after(text, refs, i) or _added_next(text, refs, i,
                                                                                                        lay)
            elif r.word == "orgrep":  # "a State Department spokesperson": the organisation speaks
                prev = refs[i - 1] if i else None
                r.actor = prev.actor if prev is not None and prev.kind == ORG and prev.end + 1 >= r.start else None
            elif r.rtype == "desc" and r.actor is None and (r.word in _OFFICES or r.word.endswith(" minister")):
                # "the Colombian president announced": an office held by one person is the person in focus
                r.actor = _compatible(first_person if has_person else last_subject, r)
            if not (r.rtype == "name" and (_possessor(text, r) or _modifier(text, refs, i))) and not (
                    r.rtype == "desc" and _possessor(text, r)):  # "The governor's director, X, explained"
                # not a possessor ("Smith's lawyer, Ann Lee, said") nor a modifier ("Bulger trial juror Ann Lee")
                if not has_person:
                    first_person, has_person = r.actor, True
                if main_from and main_person is None and r.start >= main_from:
                    main_person = r.actor
                if first_subject is None and (r.rtype == "name" or (r.rtype == "desc" and r.actor is not None)) and (
                        not _after_preposition(text, ss, r.start)):  # "The Taoiseach confirmed he had spoken to X"
                    first_subject = r.actor
        elif r.kind in (ORG, COUNTRY):
            focus = subject_org if subject_in >= s - 1 else None  # the subject of this or the previous sentence
            if r.rtype == "desc" and r.actor is None and i + 1 < len(refs) and _KNOWN_AS.fullmatch(
                    text, r.end, refs[i + 1].start) and refs[i + 1].kind == ORG:
                r.actor = refs[i + 1].actor  # "The opposition coalition, known as the Unitary Platform"
            if r.rtype == "desc" and r.actor is None:  # "the statement said": whoever issued it
                r.actor = focus or last_org if r.word in lx.STATEMENT_NOUNS else _org_for(r.word, refs, i, focus)
                if r.actor is None and r.word in _COUNTRY_BODIES:
                    r.actor = home  # "the outgoing government said": the government of the country the story is about
            elif r.rtype == "pron":
                r.actor = _plural_org(text, focus, r, ss) if r.word == "they" else focus or last_org
            if r.actor is not None and r.kind == ORG:
                last_org = r.actor
            if r.actor is not None and subject_in != s and _subject_position(text, ss, r.start):
                subject_org, subject_in = r.actor, s  # the first one: "The union (CUT), Chile's largest, said"
    rep_org: Actor | None = None  # the organisation an unnamed spokesperson spoke for
    for i, r in enumerate(refs):  # "a spokesperson for the association": the association is resolved by now
        if r.word == "new" and r.actor is None:
            r.actor = _org_after(text, refs, i)
        if r.word in ("new", "orgrep") and r.actor is not None and r.actor.kind != "person":
            rep_org = r.actor
        elif r.kind == PERSON and r.rtype == "desc" and r.actor is None and r.word in _SPOKES:
            r.actor = rep_org  # "The spokesperson added": the one who spoke for it before


_KNOWN_AS = re.compile(r",?\s+(?:(?:also|better|commonly|widely|now)\s+)?(?:known as|referred to as|called|named|"
                       r"dubbed)\s+(?:the\s+)?")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*")
_SUBJECT_FILLER = frozenset({"the", "a", "an", "de", "del", "da", "of", "and"})
_PLURAL_PEOPLE = re.compile(r"\b(?:lawmakers|officials|members|leaders|protesters|demonstrators|workers|critics|"
                            r"residents|farmers|senators|deputies|legislators|analysts|supporters|experts|activists)\b")
_ADJECTIVAL = frozenset({"general", "official"})
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman", "official", "representative"})
_GENDER_CUE = re.compile(r"\b(?:(Mr|Ms|Mrs)\.?\s|(his|her(?= [a-z])|himself|herself)\b)")  # "remove her," no


def _home_country(refs: list[Ref]) -> Actor | None:
    """The country a story is about: named at least twice as often as any other (None when unclear)."""
    counts: dict[int, list] = {}
    for r in refs:
        if r.kind == COUNTRY and r.rtype == "name" and r.actor is not None:
            counts.setdefault(id(r.actor), [0, r.actor])[0] += 1
    ranked = sorted(counts.values(), key=lambda c: -c[0])
    if not ranked or (len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]):
        return None
    return ranked[0][1]


_SUBORDINATE = re.compile(r"[\s“\"]*(?:While|Although|Though|Whereas|As|After|Before|When|Because|Since|If|Unless|"
                          r"Once|Despite)\b")


def _main_clause(text: str, sentence: tuple[int, int], refs: list[Ref], i: int) -> int:
    """Where the main clause starts in a sentence that opens with a subordinate one ("While A and B spoke, only C
    answered"): after the last comma that a person follows; 0 for other sentences."""
    a, b = sentence
    if not _SUBORDINATE.match(text, a):
        return 0
    starts = [r.start for r in refs[i:i + 40] if r.start < b and r.kind == PERSON and r.rtype == "name"]
    best = 0
    for k, ch in enumerate(text[a:b]):
        if ch == "," and any(a + k < p <= a + k + 30 for p in starts):
            best = a + k
    return best


_PREPOSITIONS = frozenset({"with", "to", "by", "for", "from", "of", "at", "on", "about", "against", "between", "among",
                           "toward", "towards", "without", "over", "under"})


def _after_preposition(text: str, ss: int, pos: int) -> bool:
    """ "Speaking in an interview with Onua FM's Yen Sempa, ...": the name is the object of a preposition (the
    capitalised words and possessives before it skipped)."""
    lo = max(ss, pos - 60)
    cut = max(text.rfind(ch, lo, pos) for ch in ",;:(—")  # "on Friday, Mr. Obi said": the clause starts anew
    for w in reversed(_WORD.findall(text, max(lo, cut + 1), pos)):
        if w[:1].isupper() or w.endswith(("'s", "’s")):
            continue
        return w in _PREPOSITIONS
    return False


def _possessor(text: str, r: Ref) -> bool:
    """ "Smith's lawyer", "Zempilas' absence": the name owns what follows, it is not the subject."""
    return text.startswith(("'s ", "’s "), r.end) or (text[r.end - 1:r.end] == "s" and text.startswith(("' ", "’ "),
                                                                                                        r.end))


_LOWER_GAP = re.compile(r"\s+((?:[a-z-]+\s+){1,3})")


def _modifier(text: str, refs: list[Ref], i: int) -> bool:
    """A name that qualifies the title of the person named right after it: "Bulger trial juror Janet Uhlar"."""
    if i + 1 >= len(refs) or refs[i + 1].kind != PERSON or refs[i + 1].rtype != "name":
        return False
    gap = _LOWER_GAP.fullmatch(text, refs[i].end, refs[i + 1].start)
    if gap is None:
        return False
    last = gap.group(1).split()[-1]  # the title: a role, or a noun for someone who does something ("juror")
    return lx.role_of(last) is not None or (last.endswith(_AGENT_ENDINGS) and last not in lx.SPEECH_VERBS)


_AGENT_ENDINGS = ("or", "er", "ist", "ant", "ent", "man", "woman", "person")


def _subject_position(text: str, ss: int, pos: int) -> bool:
    """True when nothing but names, determiners and punctuation precede ``pos`` in its sentence."""
    return pos - ss < 90 and all(w.group() in _SUBJECT_FILLER for w in _LOWER_WORD.finditer(text, ss, pos))


def _plural_org(text: str, org: Actor | None, r: Ref, ss: int) -> Actor | None:
    """"They said": the group or party in focus, unless plural people were named since."""
    if org is None or org.kind != "organization" or _PLURAL_PEOPLE.search(text, max(0, ss), r.start):
        return None
    return org


def _org_after(text: str, refs: list[Ref], i: int) -> Actor | None:
    """"a spokesperson for the Department of State": the organisation the unnamed person speaks for."""
    nxt = refs[i + 1] if i + 1 < len(refs) else None
    if nxt is None or nxt.kind not in (ORG,) or nxt.actor is None:
        return None
    gap = text[refs[i].end:nxt.start].strip().lower()
    return nxt.actor if gap in ("for", "for the", "of", "of the", "at", "at the", "with", "with the") else None


def _genders(text: str, refs: list[Ref], lay: Layout) -> dict[int, str]:
    """A light gender per person actor id: "Ms. Jara", or the nearest name before "his"/"her" in a sentence."""
    out: dict[int, str] = {}
    names = [r for r in refs if r.rtype == "name" and r.kind == PERSON and r.actor is not None]
    if not names:
        return out
    starts = [r.start for r in names]
    for m in _GENDER_CUE.finditer(text, names[0].start - 5):
        word = (m.group(1) or m.group(2)).lower()
        g = "m" if word in ("mr", "his", "himself") else "f"
        if m.group(1):
            k = bisect.bisect_left(starts, m.end())
            if k < len(names) and names[k].start - m.end() < 3:
                out.setdefault(id(names[k].actor), g)
            continue
        k = bisect.bisect_left(starts, m.start()) - 1
        if k >= 0 and lay.sentence_at(names[k].start) == lay.sentence_at(m.start()):
            out.setdefault(id(names[k].actor), g)
    return out


def _gendered(actor: Actor | None, r: Ref, refs: list[Ref], i: int, genders: dict[int, str]) -> Actor | None:
    """``actor`` unless the text says it has the other gender, or it has none and a recent person has the right
    one ("Risch thanked Shaheen for her support. ... she said"); then the nearest earlier person who fits."""
    want = "f" if r.word == "she" else "m" if r.word == "he" else None
    known = id(actor) in genders
    if actor is None or want is None or genders.get(id(actor)) == want or (not known and want == "m"):
        return actor  # most people quoted in political news are men: only "she" overrides a focus of no known gender
    for p in reversed(refs[max(0, i - 6):i]):
        if p.kind == PERSON and p.actor is not None and p.actor is not actor and genders.get(id(p.actor)) == want:
            return p.actor
    return None if known else actor


_CATAPHORA_REACH = 400
_THE_OPENS = re.compile(r"\s*[“\"‘']?\s*$")


def _named_later(text: str, refs: list[Ref], lay: Layout) -> None:
    """ "The lead attorney for the caucus called it “shocking” ... ¶ “...,” said attorney Jerome Lee.", "The governor
    of the bank warned that it “will have to act” ... ¶ ..., Andrew Bailey said": a description no one named before
    is the next person named after it whose role fits it, or who is the first person of the next sentence when the
    description opened its own sentence (one forward look per unresolved description, bounded)."""
    for i, r in enumerate(refs):
        if r.kind != PERSON or r.rtype != "desc" or r.actor is not None or r.word == "orgrep":
            continue  # ("a hospital chief executive has said ... Nick Hulme, chief executive of ...": role fits)
        s = lay.sentence_at(r.start)
        opens = _THE_OPENS.fullmatch(text, lay.sentences[s][0], r.start) is not None if lay.sentences else False
        for nxt in refs[i + 1:]:
            if nxt.start - r.end > _CATAPHORA_REACH:
                break
            if nxt.kind != PERSON or nxt.rtype != "name" or nxt.actor is None:
                continue
            role = fold(nxt.actor.role) if nxt.actor.role else ""
            head = fold(text[r.start:r.end]).rsplit(" ", 1)[-1] if r.word == "new" else r.word
            if (role and _role_fits(role, head)) or (r.word != "new" and opens and lay.sentence_at(nxt.start) == s + 1):
                r.actor = nxt.actor
            break  # only the first person named after it


def _role_fits(role: str, word: str) -> bool:
    """Whether someone whose (folded) role is ``role`` can be called "the ``word``": the role itself, its last
    words ("deputy foreign minister" -> "minister"), or an office of the same kind ("attorney general" ->
    "the prosecutor")."""
    return role == word or role.endswith(" " + word) or any(
        role == other or role.endswith(" " + other) for other in _SAME_OFFICE.get(word, ()))


def _compatible(actor: Actor | None, desc: Ref) -> Actor | None:
    """The person in focus if "the Colombian president" can be them (any office is a "leader")."""
    if actor is None or (actor.role and desc.word != "leader" and not _role_fits(fold(actor.role), desc.word)):
        return None
    return None if desc.country and actor.country and actor.country != desc.country else actor


def _named_next(text: str, refs: list[Ref], i: int, lay: Layout) -> Actor | None:
    s = lay.sentence_at(refs[i].start)
    for r in refs[i + 1:i + 4]:
        if (r.kind == PERSON and r.rtype == "name" and r.start - refs[i].end < 70 and lay.sentence_at(r.start) == s
                and text[max(0, r.start - 4):r.start].rstrip().endswith(",")):
            return r.actor
    return None


_ADDS = re.compile(r"\s+(?:also\s+)?(?:adds|added|continues|continued|went on)\b")


def _added_next(text: str, refs: list[Ref], i: int, lay: Layout) -> Actor | None:
    """ "A defense lawyer says ... . But Jeffrey Lichtman adds ...": the unnamed speaker is the person who "adds"
    as the subject of the next sentence."""
    s = lay.sentence_at(refs[i].start)
    for r in refs[i + 1:i + 6]:
        at = lay.sentence_at(r.start)
        if at > s + 1:
            break
        if at == s + 1 and r.kind == PERSON:
            subject = _subject_position(text, lay.sentences[at][0], r.start) or text[
                lay.sentences[at][0]:r.start].strip() in ("But", "And")
            return r.actor if r.rtype == "name" and subject and _ADDS.match(text, r.end) else None
    return None


def _org_for(word: str, refs: list[Ref], i: int, subject: Actor | None = None) -> Actor | None:
    """The organisation "the ministry" or "the group" stands for: the subject in focus if its name fits the head
    noun, else the latest named organisation that fits (a generic head fits any non-state organisation)."""
    generic = word in _GENERIC_ORG

    def fits(actor: Actor) -> bool:
        return actor.kind == "organization" if generic else word in fold(actor.name)

    if subject is not None and word in subject.descs:
        return subject
    for r in reversed(refs[max(0, i - 300):i]):  # "the coalition": the one introduced as "a coalition"
        if r.actor is not None and r.kind == ORG and word in r.actor.descs:
            return r.actor
    if subject is not None and subject.kind != "country" and fits(subject):
        return subject
    for r in reversed(refs[max(0, i - 300):i]):
        if r.actor is not None and r.kind == ORG and r.actor.kind != "country" and fits(r.actor):
            return r.actor
    return None
