"""The patterns of English event sentences: tense, modality, dates next to verbs, documents' content."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from sofa_desktop.extract.core.phrases import Hit
from sofa_desktop.extract.core.types import DateX, EventStatus, Precision
from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.dates import DateExpr, resolve

FUTURE = re.compile(r"\b(?:will|would|expected to|scheduled to|set to|plan(?:s|ned)? to|planning to|"
                     r"intend(?:s|ed)? to|expects? to|due to|aims? to|hop(?:es|ed)? to|awaits|could|may|might|"
                     r"going to|to be|"
                     r"promised to|pledged to|vowed to|seeks? to|wants? to|is to|are to|slated to|poised to)\b"
                     r"[^,.;]{0,25}$", re.IGNORECASE)
STATEMENT = re.compile(r"\bstatement\b|\bpress conference\b|\bcommuniqu|\binterview\b", re.IGNORECASE)
PASSIVE = re.compile(r"\b(?:was|were|been|be|is|are|being|got)\s+(?:[a-z]+ly\s+)?$")
FUTURE_BEFORE_DATE = re.compile(r"\b(?:scheduled|slated|set|planned|due|expected|postponed|delayed|moved|pushed back|"
                                 r"rescheduled|will|next|upcoming|until)\s+(?:to\s+\w+\s+)?(?:for|to|in|on|until|by)?\s*$")
MODAL_BEFORE = re.compile(r"\b(?:will|would|to|shall|could|can|may|might|must|should)\s+(?:not\s+)?$")
ASIDE = re.compile(r"[^,;.]*,\s+(?:who|which|whose|whom)\b[^;.]*,\s+(?:on|in|at|last|this)?\s*")
GOVERNING_PAST = re.compile(r"\b(?:won|lost|held|led|ran|fought|called|\w+ed|showed up|turned up|spoke)\s+"
                            r"(?:(?:at|to|in|during)\s+)?(?:the|a|an|its|their|his|her)\s+$")
CONDITIONAL = re.compile(r"\b(?:if|would|will|unless)\b")
AUX_AFTER = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|will)\b")
TITLE_GAP = re.compile(r"\s+(?:(?:the|former|then|[A-Z][\w.’'-]*)\s+){0,4}")
# "the press release issued by ...": a noun, then the verb's participle and its agent (a reduced passive)
REDUCED_PASSIVE = re.compile(r"\b(?i:the|a|an|its|their|his|her)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+$")
# a verb and an event noun with a preposition between: the noun, not the verb, is what a date after it times
OWNED_BY_NOUN = re.compile(r"(?:\s+[a-z]+ly)?(?:\s+(?:a|an|the|two|three|\d+)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
                           r"\s+(?:about|over|on|ahead of|before|after|for|regarding|in connection (?:to|with)|in)\s+"
                           r"(?:the|a|an|its|their|his|her|this|next|[\w’'-]+['’]s)?\s*(?:[\w-]+\s+){0,4}$")
# a relative clause on the object with a verb of its own: "a budget that looks to ...", "a law which takes effect"
OBJECT_RELATIVE = re.compile(r"\b[a-z]+\s+(?:that|which)\s+(?:[a-z]+ly\s+)?(?:[a-z]+s|will|would|is|are|was|were|has|"
                             r"had)\b")
POSSESSIVE_AFTER = re.compile(r"['’]s\s")  # "Tuesday's ruling": the day names the ruling
WHEN_BETWEEN = re.compile(r"\bwhen\s")  # "sent in ..., buried when the quake hit Saturday": the clause's own date
WHEN_CLAUSE = re.compile(r",?\s+when\s")  # "in December, when the Senate approved it": the date is the clause's
SAYING = frozenset({"announce", "state"})  # "announced a strike for October 8": the date is the strike's
# "said the talks would resume in March": a date in the reported future clause is not the day of the saying
MODAL_CLAUSE = re.compile(r"\b(?:will|would|could|might|shall|is to|are to|plans? to|intends? to)\b"
                           r"|,\s+[a-z]+ed\b[^,;.]*$")  # "the pier, closed since October,"
BUILT = re.compile(r"\s+(?:the|a|an|its|their|his|her|two|three|\d+)\s")
DATE_NOUN_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?")
ATTRIBUTIVE_YEAR = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+$", re.IGNORECASE)
LOWER_NOUN_AFTER = re.compile(r"(?:[-–/]\d\d(?:\d\d)?)?\s+[a-z]")  # "the 2018 budget", "its 2017-18 budget"
PAST_TENSE = re.compile(r"\b(?:was|were|had|did)\b")
NP_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|that|\d[\d,.]*)\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)"
                       r"(?=\s+(?:on|in|at|with|by|for|to|from|of|last|next|this|after|before|during|under|that|against|"
                       r"which|until|within|no later than|as (?:early|soon|late) as)\b"
                       r"|\s*[,.;])")
PLAIN_NP = re.compile(r"\s+(?:the|a|an|its|his|her|their|this|that)\s+((?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*)"
                       r"(?=\s+(?:on|in|at|with|by|for|to|from|of|last|next|this|after|before|during|under|that|"
                       r"which|who|until|and|but|as|early|late|over|into|against|yesterday|today|tonight|[A-Z][a-z]+day)\b"
                       r"|\s*[,.;:]|$)")
# "the 2013 attack that ...", "the 1973 Roe v. Wade decision that ...": a year naming the relative clause's antecedent
YEAR_NAMING = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+((?:1[89]|20)\d\d)\s+(?:[\w’'.-]+\s+){0,5}?"
                         r"[\w’'.-]+\s*,?\s*$")
REL_PRONOUN_BEFORE = re.compile(r"\b(?:that|which)\s+(?:[a-z]+ly\s+)?$")
PATIENT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|them|him|all|both|two|three|[A-Z\d])")
WEAPON_AFTER = re.compile(r"\s+(?:(?:a|an|the|two|three|several|multiple|more|his|her|their)\s+)?(?:[a-z]+\s+)?"
                          r"(?:gun|guns|shot|shots|rounds?|weapons?|missiles?|rockets?|bullets|volleys?|tear gas|"
                          r"warning shots|at|on|upon)\b")
NOT_A_FALL_AFTER = re.compile(r"\s+(?:to\s+[a-z]|the\s+(?:charges?|case|offer|invitation|request|idea|plan)\b|"
                              r"(?:comment|an invitation|an offer|requests?|charges)\b)")
# "declared martial law": an act, not a statement
DECLARED_ACT = re.compile(r"\s+(?:a\s+)?(?:(?:national|nationwide|local)\s+)?(?:martial law|(?:state of )?emergency|"
                          r"war|"
                          r"independence|bankruptcy|insolvency|a ceasefire|victory|a curfew|curfew)\b")
# a court or a chamber right after "appeared in/before": "appeared in Recorder's Court", "appears in Congress"
BODY_AFTER = re.compile(r"\s+(?:the\s+|a\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}?(?:[a-z]+\s+)?(court|Court|Congress|Parliament|"
                        r"Senate|Assembly|assembly|committee|Committee|tribunal|Tribunal|judge|magistrate|"
                        r"[Mm]agistrates['’]? [Cc]ourt)\b")
PAST_NOUNS = frozenset({"murder", "killing", "killings", "robbery", "shooting"})  # told only once they happened
FACILITY_AFTER = re.compile(r"\s+(?:its|their|the|a|his|her)\s+(?:[\w.,-]+\s+){0,3}?(?:plant|plants|facility|factory|"
                            r"factories|store|stores|mine|mill|office|offices|school|schools|hospital|site|branch)\b")
QUIT_AFTER = re.compile(r"\s+(?:on\s+)?(?:[A-Z][a-z]+day\b|as\b|over\b|after\b|amid\b|in protest\b|the\s+(?:cabinet|"
                        r"government|party|post|job|race|team|club|board)\b|his\s+(?:post|job)\b|her\s+(?:post|job)\b)"
                        r"|\s*[,.;]")
SCORE_AFTER = re.compile(r"\s+\d{1,3}\s*[-–]\s*\d{1,3}\b(?!\s*(?:percent|%|million|billion))")  # "lost 6-1"
AMOUNT_AFTER = re.compile(r"\s+(?:(?:about|nearly|almost|some|more than|over|roughly|another)\s+)?(?:[$€£¥]|\d)")
PERIODS = frozenset({"quarter", "year", "period", "month", "week", "season", "half", "months", "weeks"})
PERIOD_END = re.compile(r"\b(?:year|month|week|quarter|period|months|weeks|years|half)\s+(?:to|through|ended|ending)"
                         r"\s+(?:the\s+)?$")
REL_OPEN = re.compile(r",\s+(?:who|which|whose)\b[^,;.]*$")
_STATEMENT_DATE = re.compile(r"\b(?:statement|communiqu[eé]|interview|press conference|news conference|speech|"
                             r"address|post|video|letter)\s+(?:(?:released|issued|published|posted|given|made|"
                             r"sent|held)\s+)?(?:on\s+)?$")
_CLAUSE_WORDS = frozenset({"that", "was", "were", "had", "would", "will", "is", "are", "has", "have", "could", "to",
                           "before", "after", "when", "until", "by", "since"})
_OPENERS = frozenset({"on", "in", "at", "late", "early", "earlier", "later", "last", "this", "during", "asked", "soon",
                      "shortly", "moments", "minutes", "hours", "just", "right",
                      "interviewed", "addressed", "questioned"})
_SAID_PLACES = frozenset({"gathered", "assembled"})
_SAID_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:on|in|at|late|early|earlier|last|this|during|over)\s+){0,2}$")


def speaks_for_country(role: str) -> bool:
    """A president, minister or ambassador acts for the country; a judge or a sheriff does not."""
    low = role.lower()
    return low in lx.STATE_ROLES or low.endswith(("minister", "secretary", "president", "ambassador"))


def since_date(text: str, date_starts: list[int], a: int, b: int) -> bool:
    """Whether a starting point ("since 2019") stands between ``a`` and ``b``: a sentence that tells what went on
    since then takes no day from the sentences around it."""
    i = bisect.bisect_left(date_starts, a)
    while i < len(date_starts) and date_starts[i] < b:
        if text.endswith(("since ", "Since "), 0, date_starts[i]):
            return True
        i += 1
    return False


def said_on(text: str, ss: int, m: Hit, d: DateExpr) -> bool:
    """A date that tells when something was said: right after the verb ("said on Monday", "told reporters Monday"),
    right before it ("on Monday said"), or opening the sentence ("On Monday, the minister said")."""
    if d.start >= m.end():
        between = text[m.end():d.start]
        if _STATEMENT_DATE.search(text, max(m.end(), d.start - 60), d.start):
            return True  # "said ..., in a statement released days before the vote"
        words = between.split()
        return len(between) <= 60 and not any(ch in between for ch in ",;:“”\"") and not any(
            w in _CLAUSE_WORDS or (w.endswith("ed") and w not in _SAID_PLACES) for w in words)
    opening = text.find(",", ss, m.start())
    first = text[ss:ss + 20].split(" ", 1)[0].lower()
    if d.start - ss <= 12 or (opening >= 0 and d.end <= opening and (first in _OPENERS or first.endswith("ing"))):
        return True  # "On Monday, ...", "Speaking in Cali on Wednesday, the minister said"
    return bool(_SAID_GAP.fullmatch(text, d.end, m.start())) or (
        m.start() - d.end <= 40 and not any(ch in text[d.end:m.start()] for ch in ",;"))


# a subordinate clause that holds the verb: a date before it is the main clause's ("in December, after the firm
# agreed a deal in September"); a comma after the conjunction ends a phrase ("On Monday, after a debate, ...")
SUBORDINATE = re.compile(r"\b(?:after|before|because|while|although|though|until|once)\s[^,;]*$")
_DAYS_AFTER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+after\s+[^,;]*$", re.IGNORECASE)
_IT_COMES = re.compile(r"\s*(?:It|This|The move|The decision|The sacking|The announcement)\s+(?:comes|came)\b")
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_DATELINE = re.compile(r"[A-Z][\w .'’-]{1,30},\s*")


def dateline(text: str, ss: int, d: DateExpr) -> bool:
    """A dateline's day opening the copy ("Harare, Jan 28 Zimbabwe will roll out ..."): no date of an event."""
    return d.start - ss < 40 and bool(_DATELINE.fullmatch(text, ss, d.start)) and not text.startswith(",", d.end)


def days_before_main(text: str, ss: int, pos: int, main: list[DateExpr], pub: dt.date | None) -> DateX | None:
    """The day of a verb in an "N days after" clause: N days before the main clause's day ("was fired on Monday,
    two days after the club lost"), or before publication when the sentence tells today's news ("It comes a day
    after West Ham sacked ..."); else None."""
    m = _DAYS_AFTER.search(text, ss, pos)
    if m is None:
        return None
    n = _COUNTS.get(m.group("n").lower()) or int(m.group("n"))
    days = [resolve(d, pub) for d in main if d.end <= m.start()] if pub is not None else []
    anchor = days[-1].start if days and days[-1].precision == Precision.DAY else (
        pub if not days and _IT_COMES.match(text, ss) else None)
    if anchor is None:
        return None
    day = anchor - dt.timedelta(days=n)
    return DateX(day, day, Precision.DAY, m.group().split(" after", 1)[0])


CARRY = 400  # characters: about the next two or three sentences
QUOTED_ACTIONS = frozenset({"sign", "approve", "vote", "visit", "meet", "announce", "hold", "deploy", "withdraw"})
RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b")
NOUN_DATE_GAP = re.compile(r",?\s*(?:(?:on|over|about|against)\s+[^,.;:\"“”]{1,40}?\s+)?"
                            r"(?:(?:is|was|are|were|will be)\s+)?(?:(?:now|still|also|currently|tentatively)\s+)?"
                            r"(?:(?:set|scheduled|slated|planned|due|expected)\s+)?"
                            r"(?:(?:will|would|could|is to|are to)\s+(?:continue|take place|go ahead|last)\s+)?"
                            r"(?:(?:on|in|for|until)\s+)?")
DETERMINER = re.compile(r"\b(?:the|a|an|its|his|her|their|this|these|those|another|one)\s+$", re.IGNORECASE)
# words that are nouns as often as verbs: "the final vote", "an official visit" are no event verbs
NOUNISH = frozenset({"vote", "visit", "visits", "issue", "issues", "veto", "vetoes", "sign", "host", "hold", "meet",
                      "deploy", "visiting", "delay", "delays", "arrest", "launch", "start", "win", "fire", "release",
                      "capture", "remove", "free", "rule on", "rules on", "block", "bar", "sink", "drops",
                      "shot"})
DETERMINER_ADJ = re.compile(r"\b(?:the|a|an|its|his|her|their|this|these|those)\s+(?:[a-z\d][\w’'-]*\s+){1,3}$",
                             re.IGNORECASE)
WITH_OBJECT = frozenset({"sign", "approve", "reject", "vote", "announce", "sanction", "launch", "issue", "hold",
                          "enact", "send", "file", "stall", "take effect", "postpone"})
NEEDS_OBJECT = frozenset({"sign", "approve", "issue", "hold"})
# verbs that are an event only with a person right after them: "Lula welcomed Milei", not "welcomed the ruling"
NEEDS_PERSON = frozenset({"welcomed", "welcomes"})
# bare forms that are adjectives or nouns as often as verbs: an event only after a modal ("the bases would open")
INTO_LAW = re.compile(r"[^,.;]{1,40}?\binto law\b")
MODAL_ONLY = frozenset({"open", "close", "end"})
NAME_OBJECTS = frozenset({"assembly"})  # an event object only in lower case: "the assembly", not "National Assembly"
_DOCS = (r"(?:agreement|accord|law|decree|bill|treaty|measure|amendment|plan|program|programme|deal|pact|reform|"
         r"resolution|motion|order|text|document|proposal|legislation|constitution|memorandum|memo|rule|regulation)s?")
# a document's content in the present: "the agreement allows for ...", "This accord establishes ...",
# "a law that opens water concessions"; "The bill returns to the House" is a happening of the document itself
CONTENT = re.compile(r"(?:(?:^|[,;:]\s+|\b(?:and|but)\s+)(?:it|this|(?:the|this|that|its|a|an)\s+(?:[\w-]+\s+){0,3}?"
                      + _DOCS + r")|\b(?:the|this|that|its|a|an)\s+(?:[\w-]+\s+){0,3}?" + _DOCS
                      + r"\s+(?:\w+\s+){0,4}?(?:that|which))(?:,[^,;.]{1,80},)?\s+"
                      r"(?:also\s+|now\s+|further\s+)?(?!(?:takes|returns|goes|enters|expires|heads|moves|passes|faces|"
                      r"awaits|needs|lapses|dies|stalls|clears|reaches|wins|loses|fails|survives|becomes|remains|comes|"
                      r"was|has|is|does)\b)[a-z]+[^s\W]s\b", re.IGNORECASE)


@dataclass
class Draft:
    start: int
    end: int
    action: str
    obj: str | None
    date: DateX
    status: EventStatus
    actors: tuple[str, ...]
    title: str
    relev: DateExpr | None
    verb: tuple[int, int] | None = None  # the event verb's span, for a draft made from a verb
    narrative: bool = False  # made from a sentence's main past verb (no event word): kept only when dated


def present_tense(trigger: str) -> bool:
    """ "takes effect", "begins", "holds": a third-person present that, with a date, reports a schedule."""
    head = trigger.split(" ", 1)[0].lower()
    return head.endswith("s") and not head.endswith(("ss", "us")) and head not in ("was", "has", "is")
