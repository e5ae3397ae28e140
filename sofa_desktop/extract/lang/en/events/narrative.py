"""The act of a narrative sentence that has no event word: its main verb told in the past by an agent.

"The company reported higher sales", "Lawmakers quietly scrapped the levy", "The striker netted twice": the first
past-tense verb after the sentence's subject, when that subject is a noun phrase (not "it", not a subordinate
clause's), the verb is no speech, thought or state verb, and no passive, infinitive or reported clause follows.
One bounded scan of the sentence's first words: linear and free of backtracking.
"""

from __future__ import annotations

import re

from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.events.titles import IRREGULAR_PAST, MAX_TITLE, cap, clause_subject

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_MAX_WORDS = 18  # a news sentence's main verb comes early
_MAX_CHARS = 220
_LOOSE_PAST = frozenset({"left", "hit", "led", "met", "set", "put", "cut", "read", "let", "bit", "sat", "ran", "ate"})
# past forms that say, think, feel or are something rather than do it
_NOT_ACTS = frozenset({
    "said", "added", "noted", "explained", "stated", "told", "asked", "replied", "wrote", "believed", "thought",
    "felt", "seemed", "appeared", "looked", "sounded", "wanted", "needed", "liked", "loved", "hoped", "expected",
    "remained", "stayed", "included", "involved", "contained", "featured", "owned", "lived", "used", "knew", "saw",
    "heard", "meant", "reflected", "lacked", "called", "described", "estimated", "suggested", "argued", "claimed",
    "insisted", "acknowledged", "recalled", "considered", "viewed", "regarded", "emphasized", "stressed",
    "mentioned", "indicated", "showed", "cited", "quoted", "compared", "followed", "came", "went", "became", "got",
    "tended", "happened", "faced", "worried", "feared", "wondered", "realized", "recognized", "understood", "learned",
    "remembered", "preferred", "deserved", "proved", "dubbed", "labeled", "labelled",
    "responded", "answered", "commented", "posted", "shared", "tweeted", "urged", "warned", "praised", "criticized",
    "blamed", "accused", "questioned", "doubted", "predicted", "forecast", "projected", "planned", "intended",
    "tried", "sought", "began", "started", "continued", "declined", "refused", "failed", "managed", "decided",
    "agreed", "promised", "pledged", "vowed", "threatened", "offered", "helped", "allowed", "forced", "caused",
    "kept", "held", "gave", "made", "took", "brought", "found", "spent", "represented", "served", "marked",
    "signaled", "signalled", "echoed", "joined", "welcomed", "hailed", "touted", "celebrated",
    "acted", "worked", "operated", "ranked", "rated", "topped", "totaled", "totalled", "numbered",
    "averaged", "equaled", "exceeded", "surpassed", "outnumbered", "dominated", "led", "trailed", "amounted",
})
# objects that make a light verb an act: "made landfall", "made history", "took office", "held talks"
_ACT_OBJECT = re.compile(r"\s+(?:landfall|history|office|power|talks|an arrest|arrests|to the (?:[a-z]+ )?"
                         r"(?:arrest|apprehension|capture|rescue|discovery|seizure))\b")
# an office taken: "became full-time manager", "became the first woman president", "became prime minister"
_ROLE_AFTER = re.compile(r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:manager|coach|president|"
                         r"prime minister|chancellor|chairman|chairwoman|chair|chief executive|CEO|governor|mayor|"
                         r"leader|captain|director|minister|secretary|speaker|king|queen|pope|head)\b")
_ACCOUNTS = frozenset({"reported", "posted"})  # "reported higher sales", "posted a loss": results, not words
_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being", "am", "had", "would", "could", "should",
                      "might", "must", "will", "may", "can", "get", "gets", "got", "to", "not", "n't", "never"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
                          "some", "many", "several", "all", "both", "each", "every", "no", "two", "three", "four",
                          "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
                          "of", "and", "or", "most", "more", "fewer", "few", "other", "another", "any"})
_NO_AGENT = frozenset({"it", "this", "that", "there", "which", "who", "what", "these", "those", "such", "one"})
# what follows the verb and makes it no act of its own: a reported clause, an infinitive, a passive agent
_NOT_AN_ACT_AFTER = re.compile(r"\s+(?:that|to|by|as|if|whether|how|why|what|in favor|in favour)\b")
_PARTICLE = re.compile(r"\s+(down|up|out|off|back|away|over)\b")
_OBJECT = re.compile(r"(?:\s+(?:today|yesterday|tonight|also|then|now|quickly|swiftly)\b)?"
                     r"\s+((?:[\w’'$%-]+(?:[.,]\d+)?\s+){0,5}?[\w’'$%-]*\w)"
                     r"(?=\s+(?:on|in|at|with|by|for|to|from|of|last|next|this|after|before|during|under|that|which|"
                     r"who|until|and|but|as|over|into|while|when|amid|despite|since|because|earlier|later|near|around|across|"
                     r"outside|inside|through|against|toward|towards|behind|along|without|within|including|following|"
                     r"yesterday|today|tonight|[A-Z][a-z]+day)\b|\s*[,.;:(—–]|$)")
_NO_OBJECT_FIRST = frozenset({"on", "in", "at", "to", "for", "with", "by", "of", "that", "which", "who", "whether",
                              "if", "how", "why", "what", "as", "it", "he", "she", "they", "we", "i", "you", "up",
                              "down", "out", "off", "back", "away", "over", "about", "into", "after", "before", "when",
                              "while", "during", "since", "amid", "following", "because", "despite", "under",
                              "against", "near", "through", "than", "then", "but", "and", "or", "so", "not", "late",
                              "early", "overnight", "earlier", "later", "today", "yesterday", "tonight", "last", "next",
                              "south", "north", "east", "west", "southwest", "southeast",
                              "northwest", "northeast", "offshore", "inland", "nearby"})


def main_past_verb(text: str, ss: int, se: int) -> tuple[int, int, str] | None:
    """The span of the sentence's main verb in the simple past (or present perfect) and its subject, else None."""
    if _IF.search(text, ss, se):
        return None  # "lost two games and, if they win, would end ...": a sentence with a condition is left alone
    prev, prev_end = "", ss
    for k, w in enumerate(_WORD.finditer(text, ss, min(se, ss + _MAX_CHARS))):
        if prev in _DETERMINERS and _FIGURE.search(text, prev_end, w.start()) and _PLACE_OR_TIME.match(
                text, w.end(), se):
            prev = ""  # "a quake with a magnitude of 7.4 occurred south of ...": the figure ends the noun phrase
        prev_end = w.end()
        if k >= _MAX_WORDS:
            return None
        word = w.group()
        if not (_past(word) or (word in _LOOSE_PAST and _ACT_OBJECT.match(text, w.end(), se)) or (
                word == "became" and _ROLE_AFTER.match(text, w.end(), se))):
            prev = word.lower()
            if prev in _CLAUSE_OPENERS or prev in _OTHER_VERB and not _next_is_past(text, w.end(), se):
                return None  # the main verb is another ("had been", "will"), or a subordinate clause begins
            continue
        if prev in _PASSIVE:
            return None  # "was sacked", "had scrapped", "to be named": not the simple past of an act
        if prev in _DETERMINERS or prev.endswith(("'s", "’s")):
            prev = word.lower()
            continue  # "the embattled mayor", "two armed men", "the survey's updated figures": an adjective
        acts = _ACT_OBJECT.match(text, w.end(), se) is not None or (  # "made landfall", "led to the arrest of"
            word == "became" and _ROLE_AFTER.match(text, w.end(), se) is not None)  # "became full-time manager"
        if (word in _NOT_ACTS and not acts) or (word in lx.SPEECH_VERBS and word not in _ACCOUNTS) or (
                _NOT_AN_ACT_AFTER.match(text, w.end(), se) and not acts):
            return None
        subject = clause_subject(text, ss, w.start()).lstrip("-–—•* ")
        first = subject.split(" ", 1)[0].lower() if subject else ""
        if not subject or first in _NO_AGENT or subject.lower().split()[-1] in _DETERMINERS:
            return None
        return w.start(), w.end(), subject
    return None


_IF = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d")
_PLACE_OR_TIME = re.compile(r"\s+(?:on|in|at|near|off|south|north|east|west|early|late|overnight|shortly)\b")
# "..., buried when the magnitude-7.6 quake hit late Saturday morning": a when-clause's act, dated in the clause
_WHEN_ACT = re.compile(r"\bwhen\s+((?:the|a|an|its|their|his|her)\s+(?:[\w’'.-]+\s+){0,4}?)([a-z]+)\s+"
                       r"(?=(?:early|late|on|in|last|this|at|overnight|shortly)?\s*[A-Z0-9]|(?:early|late|last)\b)")
_CLAUSE_OPENERS = frozenset({"when", "while", "after", "before", "because", "since", "who", "which", "whose", "whom",
                             "where", "although", "though", "until", "unless", "whether", "if", "once"})
_OTHER_VERB = frozenset({"was", "were", "is", "are", "had", "has", "have", "will", "would", "could", "did", "does",
                         "do", "can", "may", "might", "must", "should", "says", "say", "said", "told"})
_NEXT_WORD = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z][\w’'-]*)")


def when_clause_verb(text: str, ss: int, se: int) -> tuple[int, int, str] | None:
    """The span and subject of a past verb opening a when-clause right before a time word ("when the quake hit
    late Saturday morning"), else None: the clause's own happening, told with its own date."""
    m = _WHEN_ACT.search(text, ss, se)
    if m is None or not (_past(m.group(2)) or m.group(2) in _LOOSE_PAST) or m.group(2) in _NOT_ACTS:
        return None
    return m.start(2), m.end(2), m.group(1).strip()


_REPORTED_ACT = re.compile(r"\b(?:said|says|confirmed|reported|told reporters)\s+(?:that\s+)?"
                           r"(?=(?:the|a|an|its|their|his|her)\s)")


def reported_clause_verb(text: str, ss: int, se: int) -> tuple[int, int, str] | None:
    """The span and subject of the past verb of a reported clause ("Natural Resources Canada said the tremor
    occurred the night of Nov. 7"), else None: what the source says happened, told with the clause's own date."""
    m = _REPORTED_ACT.search(text, ss, se)
    if m is None:
        return None
    for k, w in enumerate(_WORD.finditer(text, m.end(), min(se, m.end() + 80))):
        word = w.group()
        if k > 5 or word in _OTHER_VERB or word in _CLAUSE_OPENERS:
            return None
        if k and _past(word):
            if word in _NOT_ACTS or word in lx.SPEECH_VERBS:
                return None
            return w.start(), w.end(), text[m.end():w.start()].strip()
    return None


def _next_is_past(text: str, a: int, se: int) -> bool:
    """ "has sacked", "has quietly dropped": a past form follows the auxiliary."""
    m = _NEXT_WORD.match(text, a, se)
    return m is not None and _past(m.group(1))


def _past(word: str) -> bool:
    """A lower-case simple past form ("scrapped", "struck"), not an "-eed" noun nor a short ambiguous form."""
    if not word.islower():
        return False
    if word.endswith("ed"):
        return len(word) >= 5 and not word.endswith("eed")
    return word in IRREGULAR_PAST and word not in _LOOSE_PAST


def narrative_title(text: str, verb: tuple[int, int], se: int, subject: str) -> tuple[str, str]:
    """ "<Subject> <verb> <object>" as the reporter wrote them, and the verb (with its particle) for the action."""
    a, b = verb
    said = text[a:b]
    if p := _PARTICLE.match(text, b, se):
        said, b = f"{said} {p.group(1)}", p.end()
    title = cap(" ".join(w for w in (subject, said, object_phrase(text, b, se)) if w))
    return (title if len(title) <= MAX_TITLE else title[:MAX_TITLE].rsplit(" ", 1)[0] + "…"), said.lower()


def object_phrase(text: str, b: int, se: int) -> str:
    """The object written right after a verb ending at ``b`` ("two men", "its rivals 3-1"), up to its first
    preposition, conjunction or punctuation, else ""."""
    o = _OBJECT.match(text, b, se)
    return o.group(1) if o is not None and (o.group(1).split()[0].lower() not in _NO_OBJECT_FIRST or o.group(
        1).lower().startswith(("at least ", "more than "))) else ""  # "killed at least 48 people"
