"""Roles written around a name: "independent congressman X", "X, Paraguay's foreign minister,"."""

from __future__ import annotations

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import Cand
from sofa_desktop.extract.lang.en import gazetteer as gz
from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.names.affiliations import label_prefix
from sofa_desktop.extract.lang.en.names.tokens import ROLE_WORDS, WORDS


def role_before(text: str, pos: int) -> tuple[str | None, str | None]:
    """Role (and affiliation) written in lower case right before ``pos``: "independent congressman Raul ..."."""
    window = text[max(0, pos - 60):pos]
    if "\n" in window:
        window = window[window.rfind("\n") + 1:]
    words = WORDS.findall(window)[-6:]
    if words and fold(words[-1]) in lx.HONORIFICS and len(words) > 1 and words[-2][-1:].isalpha():
        words = words[:-1]  # "The Taoiseach, Mr Ahern": the office, then the honorific before the name
    folded = [fold(w) for w in words]
    if not any(f in ROLE_WORDS for f in folded):
        return (_role_then_of(WORDS.findall(window)[-9:], reverse=True) if window.rstrip().endswith(",")
                else (None, None))
    for k in range(min(lx.MAX_ROLE_TOKENS, len(words)), 0, -1):
        role = lx.role_of(" ".join(folded[-k:]))
        if role:
            rest = words[:-k]
            while rest and fold(rest[-1]) in lx.ROLE_MODIFIERS:
                rest.pop()
            country = gz.affiliation(rest[-1]) if rest else None
            if country is None and len(rest) >= 2:
                country = gz.affiliation(" ".join(rest[-2:]))
            return role, country
    if window.rstrip().endswith(","):  # "a spokesperson for the Chamber of Deputies, Marcela Choque"
        return _role_then_of(WORDS.findall(window)[-9:], reverse=True)
    return None, None


_OF = frozenset({"of", "for", "at", "in", "with", "from", "to"})


def _role_then_of(words: list[str], reverse: bool = False) -> tuple[str | None, str | None]:
    """A role phrase followed by "of/for/at ..." somewhere in ``words`` (searched from the end if ``reverse``)."""
    order = range(len(words) - 1, -1, -1) if reverse else range(len(words))
    for i in order:
        for k in (3, 2, 1):
            role = lx.role_of(fold(" ".join(words[i:i + k]))) if i + k < len(words) else None
            if role and fold(words[i + k]) in _OF and (i == 0 or fold(words[i - 1]) in {"a", "an", "the"}
                                                       or gz.affiliation(words[i - 1])):
                return role, gz.affiliation(words[i - 1]) if i else None
    return None, None


def role_after(text: str, pos: int) -> tuple[str | None, str | None]:
    """Appositive role right after a name: ", Paraguay's foreign minister," -> role and affiliation."""
    if not text.startswith(", ", pos):
        return None, None
    clause = text[pos + 2:pos + 90].split(",", 2)
    if clause[0].strip().isdigit() and len(clause) > 1:  # "Evaristo Mamani, 54, a leader of ..."
        clause = clause[1:]
    words = WORDS.findall(clause[0])[:8]
    while words and fold(words[0]) in {"the", "a", "an", "who", "is", "was", "as"}:
        words.pop(0)
    country = None
    if words and (country := gz.affiliation(words[0])) is not None:
        words.pop(0)
    label = label_prefix(words)
    while words:
        for k in range(min(lx.MAX_ROLE_TOKENS, len(words)), 0, -1):
            role = lx.role_of(fold(" ".join(words[:k])))
            if role and (k == len(words) or fold(words[k]) in _OF):
                return role, country
        if fold(words[0]) in lx.PARTY_LABELS:  # "the Libertarian leader": the label qualifies the role
            words.pop(0)
            continue
        if fold(words[0]) not in lx.ROLE_MODIFIERS and (c := gz.affiliation(words[0])) is None:
            return label, country  # "a Florida Democrat who ...": the description itself, if nothing better
        country = country or (c if fold(words[0]) not in lx.ROLE_MODIFIERS else None)
        words.pop(0)  # "the outgoing chief justice", "a former Nicaraguan ambassador": the role comes after
    return (label, country) if label else (None, None)


def context_role(text: str, c: Cand) -> None:
    """Fill ``c.role`` (and affiliation) from the words around the name; done lazily, only when an actor needs it."""
    if not c.ctx:
        return
    c.ctx = False
    role, country = role_before(text, c.start)
    if role is None and c.kind == "person":  # "Twitter, the president of ...": a lone word takes no apposition
        role, country = role_after(text, c.end)
    if role is not None:
        c.role, c.country = role, c.country or country
