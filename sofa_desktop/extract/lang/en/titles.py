"""Event titles that say what happened in a few words ("Chamber of Deputies approved the SOFA")."""

from __future__ import annotations

import re

from sofa_desktop.extract.core.types import EventStatus

PAST = {"sign": "signed", "approve": "approved", "reject": "rejected", "vote": "voted on", "announce": "announced",
        "visit": "visited", "meet": "met", "elect": "elected", "resign": "resigned", "arrest": "arrested",
        "deploy": "deployed", "sanction": "sanctioned", "launch": "launched", "protest": "protested", "state": "said",
        "issue": "issued", "hold": "held", "testify": "testified", "file": "filed", "postpone": "postponed",
        "strike": "struck", "attack": "attacked", "win": "won", "appoint": "appointed", "dismiss": "removed",
        "convict": "convicted", "release": "released", "capture": "captured", "withdraw": "withdrew",
        "agree": "agreed", "kill": "killed", "take office": "took office", "rule": "ruled", "enact": "enacted",
        "take effect": "took effect", "stall": "stalled", "sue": "sued", "send": "sent", "pardon": "pardoned",
        "shut down": "shut down", "publish": "published", "participate": "took part in", "return": "returned",
        "die": "died", "lose": "lost", "create": "created", "dissolve": "dissolved", "merge": "merged",
        "privatize": "privatized", "nationalize": "nationalized", "resume": "resumed"}
_BASE = {"vote": "vote on", "state": "say", "elect": "elect", "meet": "meet", "take office": "take office",
         "take effect": "take effect", "dismiss": "remove", "send": "send", "withdraw": "withdraw",
         "participate": "take part in"}
MAX_TITLE = 100
TRANSITIVE = frozenset({"sign", "approve", "enact", "reject", "announce", "postpone", "elect", "arrest", "deploy",
                        "sanction", "launch", "appoint", "dismiss", "convict", "sue", "release", "capture", "kill",
                        "issue", "hold", "file", "send", "attack", "pardon", "publish", "create", "dissolve",
                        "merge", "privatize", "nationalize"})
_INTRANSITIVE = frozenset({"take effect", "stall", "shut down"})
_QUOTE_MARKS = re.compile(r"[“”\"‘]|’(?!\w)")
_THAT = re.compile(r"[^.;:!?“”\"]{0,70}?\bthat\s+")
_STOP = re.compile(r"[.;:!?“”\"]|,\s+(?:and|but|which|who|adding|saying|according|as|while)\b|\s(?:on|last|this|"
                   r"in a|during|at a)\s")
_OBJECT_WORDS = re.compile(r"\s+((?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*)(?=\s+(?:on|in|at|for|to|from|after|"
                           r"before|over|with|by|during|last|this|next)\b|[,.;]|$)")
_GIST_VERBS = frozenset({"urged", "condemned", "denounced", "praised", "criticized", "backed", "endorsed", "pledged",
                         "vowed", "defended", "denied", "confirmed", "warned", "called on", "rejected", "welcomed"})
_AUXILIARY = frozenset({"to", "expected", "set", "due", "scheduled", "slated", "will", "would", "could", "may",
                        "might", "must", "should", "not", "poised", "going", "likely", "about", "planning", "plans",
                        "planned", "promised", "vowed", "pledged"})
_CLAUSE_LEAD = re.compile(r"^(?:who|which|that|have|has|had|was|were|is|are|be|been|also|then|later|already|"
                          r"previously|reportedly|both|and|but|the)$", re.IGNORECASE)


def cap(s: str) -> str:
    """First letter upper case, the rest as written ("law" -> "Law", "SOFA" stays)."""
    return s[:1].upper() + s[1:]


def event_title(text: str, trigger: tuple[int, int, str], action: str, word: str, subject: str | None,
                status: EventStatus, span: tuple[int, int], passive: bool = False) -> str:
    """Title of a verb event: "<subject> <verb> the <object>", or for statements "<subject> said: <gist>"."""
    (t_start, t_end, t_text), (ss, se) = trigger, span
    expected = status == EventStatus.EXPECTED
    low = t_text.lower()
    past = low if not expected and action != "state" and " " not in PAST[action] and (
        low.endswith("ed") or low in PAST.values()) else PAST[action]
    if passive and action in TRANSITIVE:
        verb = ("expected to be " if expected else "was ") + PAST[action]
    else:
        verb = f"expected to {_BASE.get(action, action)}" if expected else past
    if action == "state":
        said = low if low in _GIST_VERBS else verb
        what = _gist(text, t_end, se, low in _GIST_VERBS)
        who = subject or _noun_phrase_before(text, ss, t_start)
        title = f"{who} {said}" + (f"{' ' if low in _GIST_VERBS else ': '}{what}" if what else "") if who else ""
    elif word and action in _INTRANSITIVE:
        title = f"{cap(word)} {verb}"  # "Law expected to take effect", "Bill stalled"
    elif subject is not None:
        the = "" if word[:1].isupper() and not word.isupper() else "the "  # a name takes no article
        title = f"{subject} {verb}" + (f" {the}{word}" if word and not (passive and action in TRANSITIVE) else "")
    elif word:
        title = f"{cap(word)} " + ("expected to be " + PAST[action] if expected else PAST[action])
    else:
        who = _noun_phrase_before(text, ss, t_start)
        title = f"{who} {verb}" if who else ""
    title = title or " ".join(text[ss:se].split())
    return title if len(title) <= MAX_TITLE else title[:MAX_TITLE].rsplit(" ", 1)[0] + "…"


def noun_title(noun: str, when: str, subject: str | None) -> str:
    """Title of an event named by a noun: "General Confederation of Labour: general strike October 8"."""
    when = when[4:] if when.lower().startswith("the ") else when  # "the December runoff" -> "runoff December"
    return f"{subject}: {noun} {when}" if subject else f"{cap(noun)} {when}"


def _gist(text: str, a: int, se: int, object_verb: bool) -> str:
    """What was said: the clause after "that", else the quotation, else (urged, denied ...) the object."""
    end = min(se, a + 200)
    if object_verb and (m := _OBJECT_WORDS.match(text, a, end)):
        return m.group(1)
    if m := _THAT.match(text, a, end):
        return _words(_QUOTE_MARKS.sub("", text[m.end():end]))
    q = text.find("“", a, end) if "“" in text[a:end] else text.find('"', a, end)
    return f"“{_words(text[q + 1:end], quote=True)}”" if q >= 0 else ""


def _words(rest: str, quote: bool = False) -> str:
    part = re.split(r"[”\"]", rest, maxsplit=1)[0] if quote else _STOP.split(rest, maxsplit=1)[0]
    words = part.split()
    if len(words) < 3 and not quote:
        return ""
    return " ".join(words[:9]) + ("…" if len(words) > 9 else "")


def _noun_phrase_before(text: str, ss: int, pos: int) -> str:
    """The few words right before a verb that name who acted ("Protesters who marched" -> "Protesters")."""
    words = text[ss:pos].split()
    while words and (_CLAUSE_LEAD.match(words[-1].strip(",")) or words[-1].lower() in _AUXILIARY):
        words.pop()
    out: list[str] = []
    for w in reversed(words[-3:]):
        if w.endswith((",", ".", ";", ":", "”", '"')) or _CLAUSE_LEAD.match(w):
            break
        out.insert(0, w)
    return cap(" ".join(out)) if out else ""
