"""Spanish event titles as a reporter writes them: the subject as the article names it, the verb as written, the
object's first words; no date words, no dangling preposition or article at the end."""

from __future__ import annotations

import re

from sofa_desktop.extract.core.mentions import Ref
from sofa_desktop.extract.lang.en.events.titles import MAX_TITLE
from sofa_desktop.extract.lang.es.dates import find_dates

TAIL_WORDS = 6
SUBJECT_WORDS = 6
_FUNCTION_WORDS = frozenset((
    "a", "al", "ante", "con", "de", "del", "desde", "el", "en", "entre", "hacia", "la", "las", "lo", "los", "para",
    "por", "que", "se", "sin", "sobre", "su", "sus", "tras", "un", "una", "unos", "unas", "y", "e", "o", "u", "ni",
    "como",
))
_PREPOSITIONS = frozenset(("a", "al", "ante", "con", "de", "del", "desde", "en", "entre", "hacia", "hasta", "para",
                           "por", "sin", "sobre", "tras"))
_ASIDE_WORDS = [[w] for w in ("quien", "quienes", "que", "cuyo", "cuya", "donde", "tras", "luego", "después", "según",
                               "mientras", "aunque", "como")]
_AUXILIARY_BEFORE = re.compile(r"\b((?:ha|han|había|habían|fue|fueron|ha sido|han sido|será|serán)\s+)"
                               r"(?:(?:ya|no|también|finalmente)\s+)?$")
_NOUN_SUBJECT = re.compile(r"(?:^|[.;:,\n]\s*|\b(?:que|y)\s+)((?:[Ee]l|[Ll]a|[Ll]os|[Ll]as)\s+[a-záéíóúñ]\w+"
                           r"(?:\s+[a-záéíóúñ]\w+)?)\s*,?\s*(?:que\s+)?(?:(?:ya|no|también|finalmente)\s+)?"
                           r"(?:(?:ha|han|había|habían|fue|fueron|será|serán)\s+)?(?:(?:ya|no)\s+)?$")
_CLAUSE_END = re.compile(r"[,;:()«»“”\"—–]|\s(?:que|quien|cuyo|cuya|donde|mientras|aunque|porque)\s")


def event_title(text: str, folded: str, subject: Ref | None, vpos: int, vword: str, se: int) -> str:
    """The title of the act told by the verb ``vword`` at ``vpos`` in the sentence ending at ``se``."""
    start = vpos
    if (aux := _AUXILIARY_BEFORE.search(text, max(0, vpos - 30), vpos)) is not None:
        start = aux.start(1)  # "fue aprobado", "había recibido": the auxiliary belongs to the verb
    verb = text[start:vpos + len(vword)]
    who = _subject(text, subject, start) or _noun_subject(text, start)
    title = " ".join(x for x in (who, verb, _tail(text, folded, vpos + len(vword), se)) if x)
    if len(title) > MAX_TITLE:
        title = title[:MAX_TITLE].rsplit(" ", 1)[0] + "…"
    return title[:1].upper() + title[1:]


def sentence_subject(text: str, refs: list[Ref], vpos: int, country: str) -> Ref | None:
    """The verb's subject among the sentence's resolved ``refs``: the last one before it that is not a country
    (``country`` is the kind), not after a preposition ("llegó desde Lima") and not inside an aside between commas
    ("Vidal, quien viajó a Chile, firmó"); else the first one before the verb."""
    before = [r for r in refs if r.start < vpos]
    if _noun_subject(text, vpos):
        return None  # "el acuerdo, que ya había recibido …": a thing is the verb's subject, no actor
    for r in reversed(before):
        if r.kind == country or _after_preposition(text, r.start) or _in_aside(text, r.end, vpos):
            continue
        return r
    return before[0] if before else None


def _noun_subject(text: str, vpos: int) -> str:
    """ "el acuerdo" in "…, el acuerdo, que ya había recibido …" or "la ley fue aprobada": a determiner and a
    lower-case noun right before the verb (a relative "que" and an adverb between at most) as written; else ""."""
    m = _NOUN_SUBJECT.search(text, max(0, vpos - 60), vpos)
    return " ".join(m.group(1).split()) if m is not None else ""


def _after_preposition(text: str, start: int) -> bool:
    previous = text[max(0, start - 12):start].split()[-1:]
    return bool(previous) and previous[0].lower() in _PREPOSITIONS


def _in_aside(text: str, end: int, vpos: int) -> bool:
    """ "…, quien viajó a Chile, firmó": the words from ``end`` to the verb close an aside the ref sits in."""
    between = text[end:vpos]
    if between.count(",") != 1 or not between.rstrip().endswith(","):
        return False
    lead = text[max(0, end - 80):end]
    opening = lead.rfind(",")
    return opening >= 0 and lead[opening + 1:].split()[:1] in _ASIDE_WORDS


def _subject(text: str, subject: Ref | None, vpos: int) -> str:
    """ "Estados Unidos y Paraguay" as written when the subject's words run up to the verb; else the actor's name."""
    if subject is None or subject.actor is None:
        return ""
    written = " ".join(text[subject.start:vpos].split())
    if (subject.rtype == "name" and written and len(written.split()) <= SUBJECT_WORDS
            and not _CLAUSE_END.search(f" {written} ")):
        return written
    return subject.actor.name


def _tail(text: str, folded: str, start: int, se: int) -> str:
    """The object's first words after the verb, date expressions left out, up to the clause's end."""
    end = min(se, start + 160)
    if (edge := _CLAUSE_END.search(text, start, end)) is not None:
        end = edge.start()
    pieces, at = [], start
    for d in find_dates(text, folded, start, end):
        pieces.append(text[at:d.start])
        at = d.end
    pieces.append(text[at:end])
    words = " ".join(pieces).split()[:TAIL_WORDS]
    while words and words[-1].lower().strip(".,;:") in _FUNCTION_WORDS:
        words.pop()
    return " ".join(words).rstrip(",.;:")
