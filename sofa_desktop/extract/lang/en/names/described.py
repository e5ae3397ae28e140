"""Organisations introduced by a description: "the opposition coalition, known as the Unitary Platform"."""

from __future__ import annotations

import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import Cand

# lower-case head nouns of a description that makes a name an organisation ("the coalition" later refers to it)
_HEADS = (r"coalition|alliance|group|bloc|party|union|federation|confederation|movement|network|association|front|"
          r"organi[sz]ation|platform|collective|consortium|company|firm|militia|faction|caucus|committee|foundation|"
          r"syndicate|cartel|gang|subsidiary|branch|division|maker|manufacturer|producer|retailer|supplier|"
          r"conglomerate|contractor|lender|insurer|developer|startup")
# "the opposition coalition, known as the", "a network of farmers called": the name follows the trigger
_TRIGGERS = ("known as ", "referred to as ", "called ", "named ", "dubbed ")  # found with str.find: fast
_THE_NAME = re.compile(r"(?:the\s+)?(?=[A-Z])")
_TAIL = r"(?:\s+(?:of|for)\s+[^.,;:“”\"()]{1,35}?)?,?\s+(?:(?:also|better|commonly|widely|now|locally)\s+)?$"
_HEAD_BEFORE = re.compile(rf"\b({_HEADS}){_TAIL}")
# "a coalition called X", not "The coalition called Ana López a traitor": a verb unless the article is indefinite
_A_HEAD_BEFORE = re.compile(rf"\b[Aa]n?\s+(?:[\w’'-]+\s+){{0,3}}?({_HEADS}){_TAIL}")
# "Water Guardians, a network of ...", "Unitary Platform, the main opposition coalition,": no "a union leader"
_APPOSITION = re.compile(rf",\s+(?:a|an|the)\s+(?:(?!(?:of|for|in|at|from|with|and|who|to)\b)[\w’'-]+\s+){{0,3}}?"
                         rf"({_HEADS})(?=\s*[,.;:)]|\s+(?:of|that|which|whose|with|for|in|led|founded|formed|based|"
                         r"representing|backed|and|made)\b)")
_PERSONLIKE = ("person", "single")
_SPOKES = r"spokes(?:man|woman|person|people)"
_SPOKES_FOR = re.compile(rf"\b{_SPOKES}\s+for\s+$")
_SPOKES_AFTER = re.compile(rf"\s+{_SPOKES}\b")
_BUSINESS_AFTER = re.compile(r"(?:['’]s)?\s+(?:franchisees|franchises|customers|shareholders|investors|stores|"
                             r"restaurants|outlets|branches|factories|plants|headquarters|executives|employees)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
# "Rights group Amnesty International": a capitalised sentence-initial modifier of a head right before a name
_HEAD_THEN_NAME = re.compile(rf" ({_HEADS}) (?=[A-Z])")
# "the rights group Foro Penal", "an advocacy network Red Agua": a modified head right before the name
_MODIFIED_HEAD = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){{1,2}}?({_HEADS})\s+$")
_HEAD_WORDS = tuple(f"{h} " for h in _HEADS.replace("organi[sz]ation", "organization|organisation").split("|"))
_SENTENCE_END = (".", "!", "?", "”", '"', "—", ":")


def described_orgs(text: str, cands: list[Cand]) -> None:
    """Mark names given a description head ("coalition") as organisations with that ``desc``, in every mention."""
    found: dict[str, str] = {}
    by_start = {c.start: c for c in cands}
    for trigger in _TRIGGERS:
        at = text.find(trigger)
        while at >= 0:
            m = _THE_NAME.match(text, at + len(trigger))
            c = by_start.get(m.end()) if m is not None and text[at - 1:at] in (" ", ",") else None
            before = _HEAD_BEFORE if trigger[-3:] == "as " else _A_HEAD_BEFORE
            if c is not None and (h := before.search(text, max(0, at - 80), at)) is not None:
                found.setdefault(fold(c.surface), h.group(1))
            at = text.find(trigger, at + 1)
    for c in cands:
        if (text.startswith(", ", c.end) and (m := _APPOSITION.match(text, c.end)) is not None) or (
                c.role is None and c.kind in _PERSONLIKE and text.endswith(_HEAD_WORDS, 0, c.start)
                and (m := _MODIFIED_HEAD.search(text, max(0, c.start - 40), c.start)) is not None):
            found.setdefault(fold(c.surface), m.group(1))
        elif c.role is None and c.kind in _PERSONLIKE and (_SPOKES_FOR.search(text, max(0, c.start - 30), c.start) or (
                _SPOKES_AFTER.match(text, c.end) and _ARTICLE_BEFORE.search(text, max(0, c.start - 5), c.start))):
            found.setdefault(fold(c.surface), "organization")  # "a spokesman for Tesco", "a Tesco spokeswoman"
        elif c.kind == "single" and c.role is None and _BUSINESS_AFTER.match(text, c.end):
            found.setdefault(fold(c.surface), "company")  # "Subway franchisees", "Brinkley shareholders"
        elif " " not in c.surface and (m := _HEAD_THEN_NAME.match(text, c.end)) is not None and (
                (after := by_start.get(m.end())) is not None and after.role is None and _sentence_start(text, c.start)):
            c.kind, c.ctx = "title", False  # "Advocacy" in "Advocacy group X" is no organisation
            found.setdefault(fold(after.surface), m.group(1))
    if not found:
        return
    for c in cands:
        head = found.get(fold(c.surface))
        if head is None:
            continue
        c.desc = head
        if c.kind in _PERSONLIKE:
            c.kind, c.role, c.ctx = "organization", None, False


def _sentence_start(text: str, pos: int) -> bool:
    """True when ``pos`` opens a sentence, a paragraph or the text."""
    before = text[max(0, pos - 3):pos].rstrip(" ")
    return not before or before.endswith(_SENTENCE_END) or before[-1] == "\n"
