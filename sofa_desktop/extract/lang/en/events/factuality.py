"""Factuality of an event verb in English: asserted, or not asserted (negated, modal, required, purpose, condition).

The cue is read in the verb's own clause, right before the verb: "did not release", "could approve", "must still be
approved", "awaits the signature to take effect", "if the Senate approves". Linear: one bounded look-back per verb.
"""

from __future__ import annotations

import re

_LOOKBACK = 70
_CLAUSE_BREAK = re.compile(r"[,;:—–()“”\"]|\b(?:but|and then|while|whereas|although|though|because)\s")
_FILL = r"(?:(?:still|also|yet|first|ever|even|only|already|not|then|now|have|has|be|been|being|get|[a-z]+ly)\s+)"
_NEGATED = re.compile(rf"(?:\bnot|n['’]t|\bnever|\bno longer|\bcannot|\bneither|\bnor)\s+{_FILL}{{0,3}}"
                      rf"(?:[a-z]+\s+(?:to\s+)?)?{_FILL}{{0,2}}$", re.IGNORECASE)
_NO_SUBJECT = re.compile(r"\b(?:no one|nobody|none|no (?:[a-z]+\s+){0,2}?[a-z]+(?=\s+(?:has|had|have|was|were|is|are|"
                         r"will|would|could|can)\b))"
                         r"\b[^,;]*$", re.IGNORECASE)
_MODAL = re.compile(rf"\b(could|might|may|should|must|can|would)\s+{_FILL}{{0,3}}$", re.IGNORECASE)
_REQUIRED = re.compile(rf"\b(?:needs?|needed|has|have|had|required|requires|yet)\s+to\s+{_FILL}{{0,2}}$",
                       re.IGNORECASE)
_TO = re.compile(rf"\b([\w-]+)\s+((?:[\w-]+\s+){{0,4}}?)to\s+{_FILL}{{0,2}}$", re.IGNORECASE)
_BARE_TO = re.compile(rf"(?:^|\s)to\s+{_FILL}{{0,2}}$", re.IGNORECASE)
# "the first Ukrainian player to win the trophy", "the only team to beat them": the record asserts the verb
_RECORD_TO = re.compile(rf"\b(?:first|second|third|last|only|youngest|oldest)\s+(?:[\w’'-]+\s+){{0,4}}to\s+"
                        rf"{_FILL}{{0,1}}$", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|whether|in case)\b", re.IGNORECASE)
# "to" after these words announces something planned or decided, not a purpose or a wish
_PLANNED = frozenset({
    "plan", "plans", "planned", "planning", "expected", "expects", "expect", "set", "scheduled", "slated", "due",
    "going", "poised", "is", "are", "was", "were", "am", "intends", "intend", "intended", "promised", "pledged",
    "vowed", "agreed", "agrees", "decided", "decides", "ready", "about", "likely", "prepared", "preparing",
    "prepares", "announced", "will", "agreeing", "deciding", "committed", "voted", "moved", "went", "used", "began",
    "begun", "started", "continued", "continues", "came", "managed", "proceeded", "ordered", "asked", "told",
})
_GOVERNING = frozenset(w for w in _PLANNED if w.endswith(("ed", "s")) and w not in ("is", "was", "does", "has"))
# "refused to meet with him last month": the refusal is what happened, and it is dated
REFUSAL = "refused"
_REFUSING = frozenset({"refused", "refusing", "refuses", "declined", "declining", "declines", "rejected"})
_DIRECT = frozenset({"voted", "moved", "went", "used", "began", "begun", "started", "continued", "continues",
                     "came", "managed", "proceeded"})  # "voted to approve": the approval happened


_CONDITIONAL_OPENING = re.compile(r"\s*(?:If|Unless|Should|Were|Had|In case|Whether)\b")


def conditional_opening(text: str, ss: int, pos: int) -> bool:
    """True when the sentence opens with a condition ("If ...", "Should it agree ...") whose clause holds ``pos``
    (the caller checks that no other event verb comes first)."""
    return _CONDITIONAL_OPENING.match(text, ss) is not None and ";" not in text[ss:pos]


_UNSAID = re.compile(r"(?:\bnot|n['’]t|\bnever|\bdeclined to|\brefused to)\s+(?:say|disclose|confirm|reveal|specify|"
                     r"explain|comment on)\s+(?:when|whether|if|how|what|where|why|which)\b[^;:.]*$", re.IGNORECASE)
_IF = re.compile(r"\b(?:if|unless|provided that)\b", re.IGNORECASE)


def unsaid(text: str, clause_start: int, pos: int) -> bool:
    """ "GM wouldn't say when the new workers will start": what was not said is not asserted."""
    return _UNSAID.search(text, max(clause_start, pos - 120), pos) is not None


_REPORTED_IF = re.compile(r"\b(?:that|said|says|added|argued|warned)\s+(?:even\s+)?(?:if|unless)\b", re.IGNORECASE)


def reported_condition(text: str, ss: int, pos: int) -> bool:
    """ "He added that if the jury believed ..., it could have been the bullet that killed her": a verb after a
    reported condition belongs to a hypothetical."""
    return _REPORTED_IF.search(text, ss, pos) is not None


def conditioned(text: str, ss: int, se: int) -> bool:
    """Whether the sentence sets a condition ("if approved ..., will free up funds"): its future is hypothetical."""
    return _IF.search(text, ss, se) is not None


def cue(text: str, clause_start: int, pos: int) -> str | None:
    """The cue that keeps the verb at ``pos`` from being asserted, as a short word for titles, else None.

    Returns "not" (negated), a modal ("could", "must", "would" ...), "to" (purpose, wish, requirement), "if"
    (condition), "planned" when a plan word governs the verb ("expected to sign"), or ``REFUSAL`` when a refusal
    does ("refused to meet"): the caller dates those two (a refusal is a happening of its own).
    """
    a = max(clause_start, pos - _LOOKBACK)
    window = text[a:pos]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    low = window.lower() if window.isascii() else None  # for the word tests that spare most searches
    if _may(low, _NEGATION_WORDS) and (_NEGATED.search(window) or _NO_SUBJECT.search(window)):
        return "not"
    if _may(low, _MODAL_WORDS) and (m := _MODAL.search(window)) is not None:
        return m.group(1).lower()
    if not _may(low, ("to",)):
        return "if" if _may(low, _CONDITION_WORDS) and _CONDITION.search(window) else None
    if _REQUIRED.search(window):
        return "must"
    if _RECORD_TO.search(window):
        return None
    if (m := _TO.search(window)) is not None or _BARE_TO.search(window):
        words = [*m.group(2).lower().split()[::-1], m.group(1).lower()] if m is not None else []
        for word in ([words[0]] if words else []) + [w for w in words[1:] if w in _DIRECT or w in _GOVERNING]:
            if word in _REFUSING:
                return REFUSAL
            if word in _DIRECT:  # "voted overwhelmingly on Monday to remove": the removal happened
                return None
            if word in _PLANNED:
                return "planned"
        return "to"
    if _CONDITION.search(window):
        return "if"
    return None


# words without which a pattern above cannot match (IGNORECASE on ASCII text is lower-casing; other text is searched)
_NEGATION_WORDS = ("no", "n't", "never", "neither")  # "not", "nor", "no longer", "cannot", "nobody" hold "no"
_MODAL_WORDS = ("could", "might", "may", "should", "must", "can", "would")
_CONDITION_WORDS = ("if", "unless", "whether", "in case")


def _may(low: str | None, words: tuple[str, ...]) -> bool:
    """False when the lower-cased ASCII window ``low`` holds none of ``words`` (None: not ASCII, not known)."""
    return low is None or any(w in low for w in words)
