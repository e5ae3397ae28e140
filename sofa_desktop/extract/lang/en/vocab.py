"""Vocabulary of event verbs, event objects and nouns, and description heads, scanned in one pass per document."""

from __future__ import annotations

from sofa_desktop.extract.core.phrases import KeywordIndex
from sofa_desktop.extract.lang.en import lexicon as lx


def _verb(base: str, past: str = "", part: str = "", third: str = "", ing: str = "") -> tuple[str, ...]:
    """The inflections of a (possibly multi-word) verb phrase: "take effect" -> takes/took/taken/taking effect."""
    head, _, tail = base.partition(" ")
    tail = f" {tail}" if tail else ""
    stem = head[:-1] if head.endswith("e") and not head.endswith("ee") else head
    third = third or (head + "es" if head.endswith(("s", "sh", "ch", "x", "z", "o")) else
                      head[:-1] + "ies" if head.endswith("y") and head[-2:-1] not in "aeiou" else head + "s")
    past = past or (head + "d" if head.endswith("e") else head[:-1] + "ied" if head.endswith("y") and
                    head[-2:-1] not in "aeiou" else head + "ed")
    ing = ing or stem + "ing"
    return tuple(dict.fromkeys(w + tail for w in (head, third, past, part or past, ing)))


def _verbs(*specs: str | tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for spec in specs:
        out.extend(_verb(*spec) if isinstance(spec, tuple) else _verb(spec))
    return tuple(dict.fromkeys(out))


ACTIONS: dict[str, tuple[str, ...]] = {
    "sign": (*_verbs("sign", ("ink", "inked")), "executed"),
    "approve": (*_verbs("approve", "ratify", "adopt", ("pass", "passed")), "greenlit", "greenlighted",
                "gave their nod", "gave its nod", "gave the nod", "gave final approval", "gave their approval"),
    "enact": (*_verbs("enact", "promulgate"), "signed into law", "signs into law", "sign into law", "signing into law",
              "decreed", "decreeing"),
    "publish": _verbs("publish"),
    "participate": (*_verbs(("take part", "took", "taken"), "participate"), "participated in"),
    "return": ("returned", "returns to", "return to", "returning to", "returned to", "returned home"),
    "die": ("died", "dies", "passed away"),
    "lose": ("loses", "lose", "losing", "lost to", "lost the", "lost a", "lost its", "lost his", "lost her"),
    "reject": (*_verbs("reject", "veto", "shelve", "overturn", ("strike down", "struck", "struck")), "vetoes"),
    "vote": ("voted", "votes on", "vote", "will vote", "voting on"),
    "announce": (*_verbs("announce", "unveil"), "presented"),
    "visit": ("visit", "visits", "visited", "visiting", "traveled to", "travelled to", "arrived in", "travel to",
              "travels to", "traveling to", "flew to", "fly to", "arrives in", "arrive in", "landed in", "lands in",
              "land in", "arrived at", "landed at"),
    "postpone": (*_verbs("postpone", "suspend", "delay", "cancel", ("cancel", "canceled"), ("cancel", "cancelled"),
                         "adjourn", "reschedule"),
                 "called off"),
    "meet": ("met", "meets", "meet", "held talks", "holds talks", "hold talks", "met with", "sat down with",
             "interacted with", "spoke by phone", "spoke by telephone", "spoke with", "talked with", "talked by phone",
             "held a phone call", "held a call",
             "welcomed", "welcomes"),
    "elect": ("elect", "elected", "re-elected", "reelected", "won the election", "won the presidency",
              "won a runoff", "won the runoff"),
    "take office": ("took office", "takes office", "take office", "taking office", "sworn in", "assumed office",
                    "inaugurated", "assumed the presidency", "assumes office", "assume office"),
    "take effect": _verbs(("take effect", "took", "taken"), ("go into effect", "went", "gone", "goes"),
                          ("come into force", "came", "come"), "enter into force", "enter into effect",
                          ("kick in", "kicked")),
    "stall": _verbs("stall"),
    # founding family; bare "found", "form", "set up" are nouns or other verbs too often ("investigators found")
    # and "-ing" forms are adjectives or side effects ("founding member", "setting up a clash with Congress")
    "create": ("create", "creates", "created", "establish", "establishes", "established", "founded", "formed",
               "set up", "sets up", "re-established", "reestablished", "re-establish", "re-created", "recreated"),
    "dissolve": _verbs("dissolve", "abolish", "disband"),
    "merge": ("merge", "merged", "merges", "merging"),
    "privatize": _verbs("privatize", "privatise"),
    "nationalize": _verbs("nationalize", "nationalise"),
    "resume": _verbs("resume", "reopen", "restart"),
    "shut down": ("shut down", "shuts down", "shutting down", "closed down"),
    "rule": ("ruled", "rules that", "overruled", "rule on", "rules on", "ruling on", "upheld", "upholds", "uphold",
             "annulled", "annuls", "to rule", "will rule", "would rule", "could rule"),
    "resign": (*_verbs("resign", ("step down", "stepped down")), "quit his post", "quit her post", "quit",
               *(f"{verb} {whose} resignation" for verb in ("offered", "tendered", "submitted", "handed in",
                                                            "announced", "turned in")
                 for whose in ("his", "her", "a letter of", "their"))),
    "arrest": (*_verbs("arrest", "detain", "extradite"), "taken into custody", "booked", "placed under arrest",
               "took into custody", "apprehended"),
    "deploy": _verbs("deploy"),
    "sanction": ("sanctioned", "sanctions", "imposed sanctions", "sanctioning", "blacklisted"),
    "launch": ("launch", "begin", "start", "initiate", "initiated", "initiates", "roll out", "rolls out",
               "rolled out", "rolling out",
               "launched", "launches", "began", "begins", "started", "starts", "kicked off",
               "kicks off", "kick off", "tips off", "tipped off",
               "launching", "opened", "opens", "open"),
    "protest": ("protested", "marched", "demonstrated", "struck work", "went on strike", "walked out", "gathered",
                "took to the streets", "yelled slogans", "shouted slogans", "chanted", "booed", "jeered"),
    "clash": ("clashed", "scuffled", "scuffles broke out", "fighting broke out", "violence broke out", "brawled"),
    "attack": ("struck", "attacked", "bombed", "shelled", "raided", "shot", "fired at", "fired on", "opened fire",
               "stabbed", "assaulted", "ambushed"),
    "win": ("win", "won", "wins"),
    "appoint": (*_verbs("appoint", "nominate"), "named", "tapped"),
    "dismiss": ("fire", "dismiss", "oust", "remove", "impeach", "fired", "dismissed", "ousted", "removed", "impeached",
                "impeaches", "ousts", "dismisses", "sacked", "sacks", "axed", "parted company with",
                "parted ways with"),
    "convict": (*_verbs("convict", "indict", ("acquit", "acquitted", "", "", "acquitting")), "sentenced", "charged",
                "found guilty"),
    "sue": (*_verbs("sue", ("sue", "sued")), "filed a lawsuit", "filed suit", "files a lawsuit",
            *_verbs("challenge")),  # only with a court after it (events.py)
    "release": ("release", "free", "released", "freed", "releases", "frees"),
    "capture": ("capture", "seize", "captured", "seized"),
    "withdraw": ("withdraw", "withdrew", "withdraws", "pulled out", "withdrawn"),
    "agree": ("agree", "agreed", "agrees", "reached a deal", "reached an agreement", "struck a deal"),
    "kill": ("kill", "killed",),
    "testify": _verbs("testify"),
    "file": ("filed", "files", "submitted", "lodged", "submits"),
    "send": ("sent", "sends", "send", "sending"),
    "pardon": (*_verbs("pardon", "commute"), "granted clemency", "grants clemency"),
    "issue": ("issued", "issues", "issue", "granted", "grants"),
    "hold": ("hold", "holds", "held", "holding", "host", "hosts", "hosted", "convened", "convenes", "heard arguments",
             "hears arguments", "hear arguments", "hearing arguments", "heard oral arguments", "hear more arguments",
             "heard more arguments"),
    # sports, business, courts, police, science: the main events of those stories
    "defeat": ("beat", "beats", "beating", "beaten", "defeating", "defeated", "defeats", "routed", "edged",
               "eliminated", "knocked out", "swept", "upset", "outlasted", "clinched", "close out", "closed out",
               "closes out"),
    "score": ("scored", "scores", "poured in"),
    "report": ("reported a loss", "reported a profit", "reported a net", "reported net", "reported quarterly",
               "reported a quarterly", "reported a bigger", "reported a smaller", "reported revenue",
               "reported earnings", "reported an", "posted a loss", "posted a profit", "posted an", "posted a net",
               "posted net", "posted quarterly", "posted a quarterly", "posted revenue", "posted earnings",
               "posted a record", "reported a record", "reported a decline", "reported a drop", "posted a decline"),
    "fall": ("fell", "falls", "plunged", "plunges", "tumbled", "tumbles", "slumped", "slumps", "dropped", "drops",
             "sank", "sinks", "slid", "slides", "declined", "declines", "lost"),  # "lost": only before an amount
    "rise": ("rose", "rises", "jumped", "jumps", "soared", "soars", "climbed", "climbs", "surged", "surges",
             "gained", "gains", "rallied"),
    "sell": ("sold", "sells", "shipped", "ships", "delivered"),
    "block": (*_verbs("block", "halt", "bar", "enjoin"), "temporarily halted", "temporarily blocked"),
    "flee": ("fled", "flees", "escaped", "escapes"),
    "find": ("discovered", "discovers", "detected", "detects", "spotted", "found", "made a breakthrough",
             "made a discovery", "made a significant breakthrough", "made a major breakthrough"),
    "concede": ("conceded", "concedes", "conceding"),
    "survive": ("survived", "survives"),
    "end": ("ended", "ends", "end", "concluded", "came to an end", "wrapped up", "expire", "expires", "expired"),
    "receive": ("received approval", "won approval", "gained approval", "got approval", "received a", "received the",
                "receives a", "receives the", "secured approval", "obtained approval"),
    "fail": ("failed", "fails"),
    "lay off": ("laid off", "lays off", "lay off", "laying off"),
    # police sent to a scene: "officers were called to Main St. at 4:35 a.m. on April 26"
    "respond": ("were called to", "was called to", "were dispatched to", "was dispatched to"),
    # a deal's completion; a bare "close" counts only when a deal is the sentence's topic (finder)
    "complete": ("completed the acquisition", "completed its acquisition", "completed the purchase",
                 "completed its purchase", "completed the merger", "completed the sale", "completed the takeover",
                 "closed the deal", "closed the acquisition", "close", "closes", "closed", "closing"),
    # a defendant before a court: "appeared in court", "is due in court today", "will appear in court on March 16"
    "appear in court": ("appeared in court", "appears in court", "appear in court", "appearing in court",
                        "due in court", "appeared before a judge", "appeared before the court"),
    # before a court or a chamber ("appeared in Recorder's Court", "appears in Congress next Friday"; finder)
    "appear": ("appeared in", "appear in", "appears in", "appearing in", "appeared before", "appear before",
               "appears before"),
    "state": ("commented", "explained", "tweeted", "posted on", "wrote on",
              "said", "says", "stated", "told", "declared", "did warn", "did say",
              "argued", "arguing", "warned", "clarified", "insisted",
              "defended", "criticized", "praised", "denied", "confirmed", "acknowledged", "urged", "condemned",
              "denounced", "called on", "backed", "endorsed", "pledged", "vowed", "termed", "hailed"),
}
TRIGGER_ACTION = {w: a for a, words in ACTIONS.items() for w in words}
OBJECTS = {"agreement": ("agreement", "deal", "treaty", "accord", "pact", "SOFA", "memorandum", "convention",
                          "side letter", "letter of intent", "program", "programme", "agreements", "deals",
                          "treaties"),
            "loan": ("loan", "disbursement", "bailout", "credit line", "aid package"),
            "bill": ("bill", "law", "legislation", "measure", "reform", "overhaul", "amendment", "bills", "laws",
                     "measures", "amendments"), "budget": ("budget",),
            "sanctions": ("sanctions",), "tariffs": ("tariff", "tariffs"), "decree": ("decree", "executive order"),
            "resolution": ("resolution",), "ceasefire": ("ceasefire", "truce"), "election": ("election", "elections"),
            "license": ("license", "licence", "waiver", "permit"), "hearing": ("hearing", "hearings"),
            "meeting": ("meeting", "talks", "summit", "assembly", "news conference", "press conference",
                        "briefing"), "referendum": ("referendum", "plebiscite"),
            "strike": ("strike", "general strike"), "protest": ("protest", "protests")}
OBJECT_CLASS = {w.lower(): c for c, words in OBJECTS.items() for w in words}
NOUN_ACTION = {"strike": "strike", "general strike": "strike", "protest": "protest", "protests": "protest",
                "march": "protest", "rally": "protest", "demonstration": "protest", "election": "elect",
                "elections": "elect", "runoff": "elect", "referendum": "vote", "vote": "vote", "summit": "meet",
                "meeting": "meet", "talks": "meet", "hearing": "hold", "visit": "visit", "trip": "visit",
                "signing": "sign", "inauguration": "inaugurate", "debate": "debate", "review": "review",
                "launch": "launch", "news conference": "hold", "press conference": "hold", "truce": "ceasefire",
                "ceasefire": "ceasefire", "trial": "try", "hearing on": "hold", "shooting": "attack",
                "match": "hold", "outbreak": "outbreak", "murder": "kill", "killing": "kill", "killings": "kill",
                "robbery": "rob"}
DESC_HEADS = ("official", "minister", "president", "secretary", "senator", "congressman", "congresswoman", "lawmaker",
          "legislator",
          "spokesperson", "spokesman", "spokeswoman", "ambassador", "governor", "mayor", "chancellor", "prosecutor",
          "envoy", "leader", "diplomat", "judge", "general", "commander", "director", "chairman", "chairwoman",
          "adviser", "advisor", "premier", "lawyer", "attorney", "taoiseach", "tanaiste", "coach", "captain",
          "skipper")

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
