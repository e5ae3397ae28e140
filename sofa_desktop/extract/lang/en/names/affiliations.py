"""Capitalised descriptions of a person ("a Florida Democrat", "the Peronist"): affiliations, never names."""

from __future__ import annotations

import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.lang.en import gazetteer as gz
from sofa_desktop.extract.lang.en import lexicon as lx

_ROLE_AFTER = re.compile(r" (?:lawmaker|legislator|deputy|senator|congressman|congresswoman|politician|leader|mp|"
                         r"member|candidate|official|minister|spokesman|spokeswoman|spokesperson|activist|party)\b")


def qualifies_title(text: str, surface: str, end: int) -> bool:
    """True for a capitalised word that qualifies a title rather than names someone: "Labour lawmaker X",
    "Democratic Sen. X" (a party adjective, or any word followed by a lower-case title)."""
    return fold(surface) in lx.PARTY_ADJECTIVES or _ROLE_AFTER.match(text, end) is not None


def label_prefix(words: list[str]) -> str | None:
    """The leading capitalised description ending in a party label ("North Carolina Republican"), else None."""
    for j in range(min(len(words), 4)):
        if not words[j][:1].isupper():
            return None
        if fold(words[j]) in lx.PARTY_LABELS and described_affiliation(words[:j + 1]):
            return " ".join(words[:j + 1])
    return None


def described_affiliation(words: list[str]) -> bool:
    """True for a capitalised description, not a name: a party label ("Democrat", "Florida Democrat") or a place
    or demonym before a capitalised role ("Texas Lawmaker"); plain names ("Mark Judge") are no description."""
    last = fold(words[-1])
    label = last in lx.PARTY_LABELS
    if not label and lx.role_of(last) is None:
        return False
    head = words[:-1]
    if not head:
        return label
    phrase = " ".join(head)
    return gz.is_place(phrase) or gz.country_of(phrase) is not None or all(
        gz.demonym_country(p) or fold(p) in lx.PARTY_LABELS for w in head for p in w.split("-"))


def affiliation_kind(words: list[str]) -> str | None:
    """ "title" for a description of one person ("a Florida Democrat"), "organization" for the group a plural label
    names ("Florida Democrats", "Peronists"), None for anything else."""
    if described_affiliation(words):
        return "title"
    last = words[-1]
    single = last[:-3] + "y" if last.endswith("ies") else last[:-1]  # "Tories" -> "Tory"
    if len(last) > 3 and last.endswith("s") and fold(single) in lx.PARTY_LABELS and (
            len(words) == 1 or described_affiliation([*words[:-1], single])):
        return "organization"
    if len(words) == 1 and fold(last) in lx.PARTY_NAMES:
        return "organization"  # "Labour has warned", "Likud said": a party named by one word
    return None
