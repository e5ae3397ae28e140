"""English words for thread keys: which action family and which object an event's action and object stand for.

Owned by the English language bundle: keys are the language-neutral names the threads engine compares
("sign", "approve", "agreement"); the words are what English events store or write (extractor classes and verbs).
"""

from __future__ import annotations

# family -> the extractor's action classes and English verb forms that report a happening of that family
ACTIONS: dict[str, tuple[str, ...]] = {
    "sign": ("sign", "signed", "signs", "signing", "ink", "inked", "execute", "executed"),
    # a chamber that votes on a text approves (or rejects) it: one happening, reported either way
    "approve": ("approve", "approved", "approves", "ratify", "ratified", "adopt", "adopted", "pass", "passed",
                "vote", "voted", "greenlight", "greenlit", "green light", "gave the green light"),
    "enact": ("enact", "enacted", "promulgate", "promulgated", "signed into law", "decree", "decreed"),
    # a body choosing someone for an office: "was elected prime minister", "was named the new prime minister"
    "elect": ("elect", "elected", "elects", "appoint", "appointed", "appoints"),
    "meet": ("meet", "met", "held talks", "hold talks", "talks", "summit"),
    "announce": ("announce", "announced", "unveil", "unveiled"),
    "arrest": ("arrest", "arrested", "detain", "detained", "taken into custody"),
    "rule": ("rule", "ruled", "upheld", "annulled", "overruled"),
    "win": ("win", "won", "wins"),
    # an election "held", a post "held": with an election or an office as object these are the choice itself
    "hold": ("hold", "held", "holds"),
    "take office": ("take office", "took office", "takes office", "sworn in", "swear in", "swear", "sworn",
                    "inaugurate", "inaugurated", "inauguration", "assume office", "assumed office",
                    "take the oath", "took the oath", "take oath"),
    "take effect": ("take effect", "took effect", "enter into force", "entered into force", "came into force"),
    "reject": ("reject", "rejected", "veto", "vetoed", "overturn", "overturned"),
    "state": ("state", "said", "stated", "declared"),
    "resign": ("resign", "resigned", "resigns", "step down", "stepped down", "quit"),
    # happenings of their own that share a day and people with an election or an investiture: listed so that they
    # are never taken for a vague telling of one (engine rule 7)
    "concede": ("concede", "conceded", "concedes"),
    "visit": ("visit", "visited", "visits", "travel", "traveled", "travelled"),
    "attack": ("attack", "attacked", "attacks", "bombed"),
    "kill": ("kill", "killed", "kills"),
    "protest": ("protest", "protested", "protests", "marched"),
    "sue": ("sue", "sued", "sues"),
    "pardon": ("pardon", "pardoned", "pardons"),
    "dismiss": ("dismiss", "dismissed", "fire", "fired", "oust", "ousted", "impeach", "impeached"),
}

# the extractor's other action classes that name a happening of their own: threaded by their own verb, never taken
# for a vague telling of an election or an investiture (engine rule 7); what is left unlisted is vague: "act" (any
# other past tense), "launch" (began, opened), "end", "defeat", "lose", "participate", "govern", "complete", "fail",
# "convict" (Spanish "impuso": a sentence, but also the sash put on a new president, or "se impuso", won) and the
# verbs the extractor keeps as written ("garnered", "secured")
OTHER_HAPPENINGS: tuple[str, ...] = ("agree", "appear in court", "block", "capture", "clash", "create", "debate",
                                     "deploy", "die", "dissolve", "fall", "file", "find", "flee", "issue", "merge",
                                     "nationalize",
                                     "postpone", "privatize", "publish", "release", "report", "resume", "return",
                                     "rise", "sanction", "score", "sell", "send", "serve", "shut down", "stall",
                                     "survive", "suspend", "testify", "withdraw")

# object key -> the extractor's object classes and English nouns that name it
OBJECTS: dict[str, tuple[str, ...]] = {
    "agreement": ("agreement", "deal", "treaty", "accord", "pact", "sofa", "status of forces agreement",
                  "memorandum", "convention"),
    "bill": ("bill", "law", "legislation", "measure"),
    "budget": ("budget",),
    "meeting": ("meeting", "talks", "summit"),
    "election": ("election", "elections", "runoff", "ballot", "run-off", "race"),
    "office": ("office", "post", "position", "premiership", "presidency", "prime minister", "prime ministership",
               "leadership", "seat"),
    "ceasefire": ("ceasefire", "truce"),
}

# bare verbs (no object) that tell someone chosen for an office: "was voted in" (a bare "won" is as often a
# party race or one chamber's round: left to its object)
CHOSEN_WITHOUT_OBJECT: tuple[str, ...] = ("vote", "voted", "voted in")

# nouns that name a kind of thing, not one thing: reports naming only these must share a participant to be one
# happening ("a pact was signed" is any pact); names such as "SOFA" or "the Kyoto Protocol" are specific
GENERIC_OBJECTS: tuple[str, ...] = ("agreement", "deal", "treaty", "accord", "pact", "memorandum", "convention",
                                    "bill", "law", "legislation", "measure", "budget", "meeting", "talks",
                                    "summit", "election", "elections", "runoff", "ballot", "run-off", "race",
                                    "office", "post", "position", "premiership", "presidency", "prime minister",
                                    "prime ministership", "leadership", "seat", "ceasefire", "truce", "loan", "tariffs",
                                    "statement", "plan", "proposal", "contract", "decision")

# words a headline never starts with: a title beginning with one lost its subject when the sentence was cut
PRONOUNS: tuple[str, ...] = ("he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "who", "which")
