"""Vocabulary of event verbs, event objects and nouns, and description heads, scanned in one pass per document."""

from __future__ import annotations

from sofa_desktop.extract import lexicon as lx
from sofa_desktop.extract.phrases import KeywordIndex

ACTIONS: dict[str, tuple[str, ...]] = {
    "sign": ("sign", "signs", "signed", "signing", "inked", "inks", "executed"),
    "approve": ("approve", "approves", "approved", "approving", "ratify", "ratifies", "ratified", "ratifying", "passed",
                "passes", "adopted"),
    "reject": ("reject", "rejects", "rejected", "rejecting", "vetoed", "vetoes", "veto", "shelved"),
    "vote": ("voted", "votes on", "vote"),
    "announce": ("announce", "announces", "announced", "announcing", "unveiled", "unveils"),
    "visit": ("visit", "visits", "visited", "visiting", "traveled to", "travelled to", "arrived in", "travel to",
              "travels to", "traveling to", "flew to", "fly to"),
    "postpone": ("postpone", "suspend", "suspends", "delay", "delays", "postponed", "postpones", "delayed",
                 "suspended", "called off"),
    "meet": ("met", "meets", "meet", "held talks"),
    "elect": ("elect", "elected", "re-elected", "won the election"),
    "take office": ("took office", "takes office", "take office", "sworn in", "assumed office", "inaugurated"),
    "rule": ("ruled", "rules"),
    "resign": ("resign", "resigned", "resigns", "stepped down"),
    "arrest": ("arrest", "arrested", "detained", "extradited"),
    "deploy": ("deployed", "deploys", "deploy"),
    "sanction": ("sanctioned", "imposed sanctions"),
    "launch": ("launch", "begin", "start", "launched", "launches", "began", "begins", "started", "starts"),
    "protest": ("protested", "marched", "rallied"),
    "attack": ("struck", "attacked", "bombed", "shelled", "raided"),
    "win": ("win", "won", "wins"),
    "appoint": ("appoint", "appointed", "appoints", "nominated", "nominates", "named"),
    "dismiss": ("fire", "dismiss", "oust", "remove", "impeach", "fired", "dismissed", "ousted", "removed", "impeached"),
    "convict": ("convict", "convicted", "sentenced", "indicted", "charged"),
    "release": ("release", "free", "released", "freed"),
    "capture": ("capture", "seize", "captured", "seized"),
    "withdraw": ("withdraw", "withdrew", "withdraws", "pulled out"),
    "agree": ("agree", "agreed", "agrees", "reached a deal", "reached an agreement"),
    "kill": ("kill", "killed",),
    "testify": ("testify", "testifies", "testified"),
    "file": ("filed", "files", "submitted", "lodged"),
    "issue": ("issued", "issues", "issue", "granted", "grants"),
    "hold": ("hold", "holds", "held", "holding", "host", "hosts", "hosted", "convened"),
    "state": ("said", "says", "stated", "told", "declared", "argued", "arguing", "warned", "clarified", "insisted",
              "defended", "criticized", "praised", "denied", "confirmed", "acknowledged"),
}
TRIGGER_ACTION = {w: a for a, words in ACTIONS.items() for w in words}
OBJECTS = {"agreement": ("agreement", "deal", "treaty", "accord", "pact", "SOFA", "memorandum", "convention",
                          "side letter", "letter of intent", "program", "programme"),
            "loan": ("loan", "disbursement", "bailout", "credit line", "aid package"),
            "bill": ("bill", "law", "legislation", "measure", "reform", "overhaul", "amendment"), "budget": ("budget",),
            "sanctions": ("sanctions",), "tariffs": ("tariff", "tariffs"), "decree": ("decree", "executive order"),
            "resolution": ("resolution",), "ceasefire": ("ceasefire", "truce"), "election": ("election", "elections"),
            "license": ("license", "licence", "waiver", "permit"), "hearing": ("hearing", "hearings"),
            "meeting": ("meeting", "talks", "summit"), "referendum": ("referendum", "plebiscite"),
            "strike": ("strike", "general strike"), "protest": ("protest", "protests")}
OBJECT_CLASS = {w.lower(): c for c, words in OBJECTS.items() for w in words}
NOUN_ACTION = {"strike": "strike", "general strike": "strike", "protest": "protest", "protests": "protest",
                "march": "protest", "rally": "protest", "demonstration": "protest", "election": "elect",
                "elections": "elect", "runoff": "elect", "referendum": "vote", "vote": "vote", "summit": "meet",
                "meeting": "meet", "talks": "meet", "hearing": "hold", "visit": "visit", "trip": "visit",
                "signing": "sign", "inauguration": "inaugurate", "debate": "debate", "review": "review"}
DESC_HEADS = ("official", "minister", "president", "secretary", "senator", "congressman", "congresswoman", "lawmaker",
          "legislator",
          "spokesperson", "spokesman", "spokeswoman", "ambassador", "governor", "mayor", "chancellor", "prosecutor",
          "envoy", "leader", "diplomat", "judge", "general", "commander", "director", "chairman", "chairwoman",
          "adviser", "advisor")

KEYWORDS = KeywordIndex({
    "trigger": TRIGGER_ACTION,
    "object": OBJECT_CLASS,
    "noun": NOUN_ACTION,
    "desc": (*DESC_HEADS, "secretary of state", "secretary of defense", "secretary of the treasury", "head of state",
             "head of government"),
    "orgword": lx.ORG_DESCRIPTIONS,
    "government": ("government", "administration", "foreign ministry", "foreign office", "presidency", "embassy",
                   "defense ministry", "interior ministry", "economy ministry"),
    "pronoun": ("he", "she", "it", "they"),
    "age": ("year-old",),
})
