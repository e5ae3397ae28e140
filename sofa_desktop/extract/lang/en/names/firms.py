"""Names that the words around them show to be companies or teams: what a firm does in business copy ("Gateway beat
estimates", "Tekelec's shares", "shares of Verizon"), and the two sides of a score line ("Arsenal 4-1
Norwich City"). Each test reads a few characters at the name's edges: no rescans."""

from __future__ import annotations

import re

from sofa_desktop.extract.core.mentions import Cand

_MARKET_WORDS = (r"(?:analysts['’]?|Wall\s+Street['’]?s?|consensus|average|mean|the|its\s+own|revenue|earnings|"
                 r"profit|sales)")
_FIRM_AFTER = re.compile(
    rf"(?:\s+(?:beat|beats|missed|misses|met|meets|topped|tops|exceeded|matched|fell\s+short\s+of)\s+"
    rf"(?:{_MARKET_WORDS}\s+){{0,3}}(?:estimates?|expectations|forecasts?|guidance)\b"
    r"|['’]s\s+(?:shares|stock|share\s+price|stock\s+price|quarterly|revenues?|earnings|net\s+income|market\s+value|"
    r"shareholders|stockholders|investors)\b"
    r"|\s+(?:shares|stock)\s+(?:rose|fell|jumped|dropped|climbed|slid|gained|lost|tumbled|surged|plunged|sank|"
    r"closed|traded|ended|finished)\b"
    r"|\s+(?:reported|posted|reports|posts)\s+(?:a\s+)?(?:quarterly|first-quarter|second-quarter|third-quarter|"
    r"fourth-quarter|full-year|annual|fiscal|net|record|revenues?|earnings|profits?|sales|losses?)\b)")
_DEAL_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:signed\s+an?\s+(?:definitive\s+|merger\s+)?(?:agreement|deal)|agreed\s+to\s+"
    r"(?:buy|acquire|sell|merge)|(?:will|is\s+to)\s+acquire)\b"
    r"|\s+announced\b[^.]{0,40}?\bit\s+(?:has|had|will|would|is)\s+(?:signed|agreed|acquire|buy|sell|cut|raise)")
_FIRM_BEFORE = re.compile(r"\b(?:[Ss]hares\s+(?:of|in)|to\s+acquire|takeover\s+of|merger\s+with|stake\s+in|"
                          r"(?:winning\s+|low\s+|lowest\s+|second\s+)?bids?\s+from|contract\s+with)\s+$")
_FIRM_BEFORE_ENDS = ("of ", "in ", "acquire ", "from ", "with ")  # the words _FIRM_BEFORE ends with: a cheap test
_SCORE_AFTER = re.compile(r" \d{1,3}\s?[-–]\s?\d{1,3} [A-Z]")
_SCORE_BEFORE = re.compile(r"[A-Za-z.] \d{1,3}\s?[-–]\s?\d{1,3} $")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def firm_context(text: str, s: int, e: int) -> bool:
    """Whether the name at ``s:e`` does what only a company does here: beats or misses estimates, has shares or
    quarterly revenue, is bought as stock or whole ("shares of X", "to acquire X"), bids for a contract ("the
    winning bid from X")."""
    return _FIRM_AFTER.match(text, e) is not None or (text.endswith(_FIRM_BEFORE_ENDS, 0, s) and _FIRM_BEFORE.search(
        text, max(0, s - 20), s) is not None)


def score_line_side(text: str, s: int, e: int) -> bool:
    """Whether the name at ``s:e`` is a side of a result line ("Arsenal 4-1 Norwich City"): a team."""
    if _SCORE_AFTER.match(text, e):
        return s == 0 or text[s - 1] == "\n"
    return text[s - 2:s - 1].isdigit() and _SCORE_BEFORE.search(text, max(0, s - 12), s) is not None and (
        _LINE_END.match(text, e) is not None)


def company_run(text: str, s: int, e: int, found: list[Cand]) -> bool:
    """Whether the run at ``s:e``, read as ``found`` (no one with a title, no body, maybe nothing: "Amazon" is also a
    river), is a company or a team by what the words around it say; a deal signed or agreed makes a firm of one
    word only ("Merck has signed", not "Elon Musk agreed to buy")."""
    return all(c.kind in ("single", "person") and c.role is None for c in found) and (
        firm_context(text, s, e) or score_line_side(text, s, e) or (
            all(c.kind == "single" for c in found) and " " not in text[s:e] and _DEAL_AFTER.match(text, e) is not None))
