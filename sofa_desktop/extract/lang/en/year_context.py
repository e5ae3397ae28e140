"""Whether a bare four-digit number is a year: only in a date context ("in 2025", "by 2030", "2025's", "the 2024
election", "2025-26"), never a count, a time or an amount ("voted 2048 to 12", "at 2045 hours", "hired 2025
workers", "a 2030-strong crowd", "No. 2019"). Used by ``dates.find_dates`` for its bare-year matches."""

from __future__ import annotations

import re

_SEASONS = "spring|summer|autumn|fall|winter"
# words right before a number that make it a year ("in 2025", "mid-2025", "fiscal 2024", "summer 2025")
_BEFORE = re.compile(
    r"(?i:\b(?:in|since|by|until|till|through|throughout|during|from|before|after|between|around|circa|"
    r"as of|ahead of|toward|towards|prior to|up to|as far back as|as early as|as late as|no later than|"
    r"no earlier than|not before|not until|starting|beginning|ending|"
    rf"early|late|mid|fiscal|fy|year|calendar|the end of|the start of|the beginning of|{_SEASONS})[\s-]*)$")
# "of 2025" only after a word of time ("the summer of 2025", "the first half of 2024", "the class of 2025")
_OF_TIME = re.compile(
    rf"(?i:\b(?:{_SEASONS}|quarter|half|end|start|beginning|middle|class|year|month|months|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|election|elections|budget)\s+of\s+)$")
# a determiner, then the number, then something that happens or is published in a year ("the 2024 election")
_DETERMINER = re.compile(r"(?i:\b(?:the|a|an|its|their|his|her|our|this|that|last|next)\s+)$")
_EVENT_NOUN = re.compile(
    r"\s+(?i:elections?|budget|campaign|census|agreement|accord|treaty|deal|law|act|constitution|coup|crisis|war|"
    r"summit|season|olympics|world cup|games|vote|referendum|report|ruling|decision|protests|uprising|reform|"
    r"reforms|plan|strategy|deadline|target|edition|survey|study|midterms|primary|primaries|race|cycle|"
    r"fiscal year|financial year|calendar|visit|talks|negotiations|round|meeting|conference|cop|general election|"
    r"presidential election|presidential race|legislative elections|amendment|judgment|verdict|memorandum|"
    r"declaration|pact|framework|review|audit|figures|data|estimate|estimates|forecast|outlook|statement|"
    r"letter|decree|resolution|bill|law's|ceasefire|truce|attack|attacks|floods|earthquake|pandemic|"
    r"drought|fires|wildfires|strike|strikes|invasion|annexation|shooting|shootings|killing|killings|murder|"
    r"murders|bombing|bombings|crash|explosion|hurricane|storm|flood|quake|massacre|riot|riots)\b")
# the number as a subject in its own right ("2025 was a hard year", "2026 will bring")
_YEAR_VERB = re.compile(
    r"\s+(?:was|is|will|has|had|saw|sees|marked|marks|brought|brings|began|begins|ended|ends|became|proved)\b")
_POSSESSIVE = re.compile(r"['’]s\b")
_RANGE_END = re.compile(r"\s*[-–/]\s*(\d{2}|\d{4})\b(?!\s*[-–/.:]?\d)")  # "2025-26", "2024–2025", "2025/26"
_AFTER_YEAR_LIST = re.compile(r"(?:\d{4})(?:\s*,\s*|\s*[-–]\s*|\s+(?:and|or|to|through|until|till|and early|"
                              r"and late)\s+)$")
# never a year: a time, a count, an amount, a tally, a size, a number ("at 2045 hours", "2048 to 12", "-strong")
_NOT_AFTER = re.compile(
    r"(?i:\s*(?:%|-?\s*strong\b|-?\s*(?:percent|per cent|hours?|hrs|h\b|gmt|utc|zulu|local time|"
    r"people|persons|men|women|children|kids|workers|employees|staff|protesters|protestors|demonstrators|"
    r"marchers|troops|soldiers|officers|police(?:men)?|agents|votes|voters|members|residents|students|families|"
    r"households|deaths|dead|cases|jobs|posts|positions|homes|houses|buildings|vehicles|cars|signatures|delegates|"
    r"seats|participants|attendees|refugees|migrants|prisoners|inmates|detainees|patients|victims|"
    r"km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|ft|tons?|tonnes?|barrels?|hectares?|acres?|"
    r"dollars?|euros?|pesos?|guaran[ií]e?s|reais|pounds?|yuan|yen|units?|pages?|words?|times|"
    r"copies|samples|pieces|items|tests|doses|beds|rooms|square|cubic|degrees?)\b|\s+to\s+\d{1,3}\b(?!\s*[-–/]?\d)))")
# a number that names something, or a price ("No. 2019", "#2025", "Flight 2045")
_NOT_BEFORE = re.compile(r"(?i:(?:\bno\.?|\bnos\.?|\bnumber|#|\bnº|\bflight|\broute|\broom|\bpage|\bpp?\.|\bcode|"
                         r"\bmodel|\bversion|\bv\.|\bUS\$|\$|€|£|¥|\bUSD|\bEUR|\bGs\.?|\bR\$)\s*)$")


def is_year(text: str, start: int, end: int) -> bool:
    """True when the four-digit number ``text[start:end]`` is a year by its context."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    if _NOT_BEFORE.search(before) or _NOT_AFTER.match(after):
        return False
    if _POSSESSIVE.match(after) or _is_range(text[start:end], after) or _BEFORE.search(before) \
            or _OF_TIME.search(before):
        return True
    if _DETERMINER.search(before) and _EVENT_NOUN.match(after):
        return True
    if _YEAR_VERB.match(after) and _subject_start(before):
        return True
    listed = _AFTER_YEAR_LIST.search(before)
    if listed is not None:  # "between 2020 and 2025", "in 2024, 2025 and 2026": as the year before it
        prev_end = max(0, start - 40) + listed.start() + 4
        return is_year(text, prev_end - 4, prev_end)
    return False


def _is_range(number: str, after: str) -> bool:
    """True for the first year of a span: "2025-26" (the next year's last digits), "2024–2027" (a later year)."""
    m = _RANGE_END.match(after)
    if m is None:
        return False
    year, tail = int(number), m.group(1)
    if len(tail) == 2:
        return int(tail) == (year + 1) % 100
    return year < int(tail) <= year + 30


def _subject_start(before: str) -> bool:
    """True when the number opens a sentence or clause ("2025 was…", "…, and 2026 will…")."""
    stripped = before.rstrip()
    return not stripped or stripped.endswith((".", "!", "?", ";", ":", "\n", "“", '"', "(")) \
        or re.search(r"(?i:\b(?:and|but|while|as|because|when|if)|,)$", stripped) is not None
