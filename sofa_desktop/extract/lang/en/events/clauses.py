"""The passage of an event inside its sentence: the sentence without the neighbouring clauses that the text marks as
not having happened.

"A quake on Sunday did not cause a tsunami, officials said": the statement's passage is "officials said", so the
negated clause is never shown as part of something that happened. "The parties protested over the move to pass the
bills without referring them to committee": the protest ends before "without". A clause before the verb's own is
cut only when the verb's clause has a subject of its own ("X, who never ran for office, was elected" keeps X).
One scan of the sentence's clause breaks per event: linear in the sentence's length.
"""

from __future__ import annotations

import re
from functools import lru_cache

# where a clause ends: a comma, semicolon, colon or dash, or before a subordinating word
_BREAK = re.compile(r"[,;:]\s+|\s[—–]\s|\s(?=(?:but|while|whereas|although|though|because|unless|if)\s|"
                    r"without\s+[a-z]+ing\b)")  # "without referring them", not "without fanfare"
# what marks a clause as not having happened: a negation, a modal, a condition, a failure
_HEDGED = re.compile(r"\b(?i:not|never|no|none|nobody|cannot|could|would|might|should|must|if|unless|"
                     r"whether|fail(?:s|ed)? to|(?:has|have|had|needs?|needed) to)\b|"
                     r"\bwithout\s+[a-z]+ing\b|\bmay\b(?!\s+\d)|n['’]t\b")
# a clause that begins with its verb has its subject in the clause before: ", 48, was arrested"
_NO_SUBJECT = re.compile(r"(?i:was|were|is|are|has|have|had|will|would|did|does|do|also|then|later|and|or|who|which|"
                         r"that)\b")


_RELATIVE = re.compile(r"(?:which|who)\b")
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her)\s")
_SAID = frozenset({"said", "says", "added", "told", "wrote", "stated"})


@lru_cache(maxsize=64)
def _cuts(text: str, ss: int, se: int) -> tuple[tuple[int, int], ...]:
    """The clause breaks of a sentence, found once for all its events (a string keeps its hash: no rescan)."""
    return tuple((m.start(), m.end()) for m in _BREAK.finditer(text, ss, se))


def asserted_span(text: str, ss: int, se: int, verb: tuple[int, int]) -> tuple[int, int]:
    """The span of the event told by ``verb`` in the sentence ``ss``..``se``: the sentence minus the hedged clauses
    beyond the verb's own (and everything past them)."""
    cuts = _cuts(text, ss, se)
    if not cuts:
        return ss, se
    bounds = [ss, *(e for _, e in cuts)]  # where each clause starts
    ends = [*(s for s, _ in cuts), se]  # where each clause ends
    i = max(k for k, b in enumerate(bounds) if b <= verb[0])
    start, end = ss, se
    said_first = bounds[i] == verb[0] and text[verb[0]:verb[1]].lower() in _SAID  # "..., said Mario Casareto"
    if said_first or (bounds[i] < verb[0] and not _NO_SUBJECT.match(text, bounds[i])):
        for j in range(i - 1, -1, -1):
            if _HEDGED.search(text, bounds[j], ends[j]):
                start = bounds[j + 1]
                break
    elif i > 0 and _RELATIVE.match(text, bounds[i]) and _HEDGED.search(text, bounds[i - 1], ends[i - 1]):
        # "... will have to pass to win approval for the proposed acquisition, which is expected to close in May":
        # the relative clause's passage starts at its antecedent
        start = max((m.start() for m in _DETERMINER.finditer(text, bounds[i - 1], ends[i - 1])), default=ss)
    for j in range(i + 1, len(bounds)):
        if _HEDGED.search(text, bounds[j], ends[j]):
            end = ends[j - 1]
            break
    return start, end
