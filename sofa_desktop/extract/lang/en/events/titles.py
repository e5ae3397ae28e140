"""Event titles that say what happened in a few words ("Chamber of Deputies approved the SOFA")."""

from __future__ import annotations

import re

from sofa_desktop.extract.core.types import EventStatus

PAST = {"sign": "signed", "approve": "approved", "reject": "rejected", "vote": "voted on", "announce": "announced",
        "visit": "visited", "meet": "met", "elect": "elected", "resign": "resigned", "arrest": "arrested",
        "deploy": "deployed", "sanction": "sanctioned", "launch": "launched", "protest": "protested", "state": "said",
        "issue": "issued", "hold": "held", "testify": "testified", "file": "filed", "postpone": "postponed",
        "strike": "struck", "attack": "attacked", "win": "won", "appoint": "appointed", "dismiss": "removed",
        "convict": "convicted", "release": "released", "capture": "captured", "withdraw": "withdrew",
        "agree": "agreed", "kill": "killed", "take office": "took office", "rule": "ruled", "enact": "enacted",
        "take effect": "took effect", "stall": "stalled", "sue": "sued", "send": "sent", "pardon": "pardoned",
        "shut down": "shut down", "publish": "published", "participate": "took part in", "return": "returned",
        "die": "died", "lose": "lost", "create": "created", "dissolve": "dissolved", "merge": "merged",
        "privatize": "privatized", "nationalize": "nationalized", "resume": "resumed", "defeat": "defeated",
        "score": "scored", "report": "reported", "fall": "fell", "rise": "rose", "sell": "sold", "block": "blocked",
        "flee": "fled", "find": "found", "concede": "conceded", "survive": "survived", "fail": "failed",
        "inaugurate": "inaugurated", "debate": "debated", "review": "reviewed", "end": "ended",
        "receive": "received", "clash": "clashed", "ceasefire": "agreed a ceasefire", "try": "tried",
        "appear in court": "appeared in court", "complete": "completed", "lay off": "laid off",
        "respond": "responded to", "rob": "robbed", "declare": "declared", "appear": "appeared in"}
_BASE = {"vote": "vote on", "state": "say", "elect": "elect", "meet": "meet", "take office": "take office",
         "take effect": "take effect", "dismiss": "remove", "send": "send", "withdraw": "withdraw",
         "participate": "take part in", "appear in court": "appear in court", "complete": "close",
         "lay off": "lay off", "respond": "respond to", "appear": "appear in"}
MAX_TITLE = 100
IRREGULAR_PAST = frozenset({  # simple past forms that do not end in -ed
    "won", "lost", "beat", "held", "met", "fought", "broke", "ran", "took", "gave", "made", "struck", "fell", "rose",
    "sank", "shot", "hit", "led", "left", "stole", "sold", "bought", "went", "came", "began", "spoke", "wrote", "drew",
    "threw", "chose", "sought", "brought", "caught", "told", "found", "kept", "sent", "spent", "built", "paid", "flew",
    "sat", "stood", "fled", "overtook", "upheld", "withdrew", "swept", "split", "slid", "sped", "dealt", "bit", "hung",
    "ate", "rode", "drove", "froze", "forgave", "undertook", "oversaw", "overcame", "outran", "knocked",
})
_HEDGE_AUX = {"not": "did not", "if": "may", "to": "to", "": "may"}  # "Senate did not approve", "Law to take effect"
TRANSITIVE = frozenset({"sign", "approve", "enact", "reject", "announce", "postpone", "elect", "arrest", "deploy",
                        "sanction", "launch", "appoint", "dismiss", "convict", "sue", "release", "capture", "kill",
                        "issue", "hold", "file", "send", "attack", "pardon", "publish", "create", "dissolve",
                        "merge", "privatize", "nationalize", "defeat", "score", "report", "sell", "block", "find",
                        "lay off", "appear"})
_INTRANSITIVE = frozenset({"take effect", "stall", "shut down", "fall", "rise"})
_TO_VERB = re.compile(r"\s+to\s+([a-z]+(?:\s+[a-z][\w’'-]*){0,5}?)(?=\s+(?:against|on|in|at|for|by|with|from|after|"
                      r"before|over|into|under|until|if|as)\b|\s*[,.;]|$)")
_QUOTE_MARKS = re.compile(r"[“”\"‘]|’(?!\w)")
_THAT = re.compile(r"[^.;:!?“”\"]{0,70}?\bthat\s+")
_STOP = re.compile(r"[.;:!?“”\"]|,\s+(?:and|but|which|who|adding|saying|according|as|while)\b|\s(?:on|last|this|"
                   r"in a|during|at a)\s")
_OBJECT_WORDS = re.compile(r"\s+((?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*)(?=\s+(?:on|in|at|for|to|from|after|"
                           r"before|over|with|by|during|last|this|next)\b|[,.;]|$)")
_GIST_VERBS = frozenset({"urged", "condemned", "denounced", "praised", "criticized", "backed", "endorsed", "pledged",
                         "hailed", "termed", "vowed", "defended", "denied", "confirmed", "warned", "called on",
                         "rejected", "welcomed"})
_AUXILIARY = frozenset({"to", "expected", "set", "due", "scheduled", "slated", "will", "would", "could", "may",
                        "might", "must", "should", "not", "did", "does", "do", "didn't", "doesn't", "don't",
                        "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can", "cannot", "can't", "never", "still",
                        "yet", "didn’t", "doesn’t", "hasn’t", "can’t", "won’t",
                        "poised", "going", "likely", "about", "planning", "plans",
                        "planned", "promised", "vowed", "pledged"})
_CLAUSE_LEAD = re.compile(r"^(?:who|which|that|have|has|had|was|were|is|are|be|been|also|then|later|already|"
                          r"previously|reportedly|both|and|but|the)$", re.IGNORECASE)


# the deal a bare "close" tells the closing of: "Prince's purchase of Ferro Corp. is expected to close"
_DEAL = re.compile(r"\b((?i:deal|transaction|acquisition|purchase|merger|sale|takeover|buyout|offering))s?\b"
                   r"(\s+of\s+[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})?")
_DEAL_REACH = 160


def deal_before(text: str, ss: int, pos: int) -> str:
    """The last deal named in the sentence shortly before ``pos`` ("Purchase of Ferro Corp"), or ""."""
    found = list(_DEAL.finditer(text, max(ss, pos - _DEAL_REACH), pos))
    if not found:
        return ""
    return found[-1].group(1).lower().capitalize() + (found[-1].group(2) or "").rstrip(".")


# "..., port officials said": a common-noun speaker after the words it said
_TRAILING_SPEAKER = re.compile(r",\s+((?:the\s+)?(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*)\s+$")
_NOT_SPEAKERS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "and", "but", "as"})


def _trailing_speaker(text: str, ss: int, pos: int) -> str:
    """The speaker named in lower case between the last comma and a speech verb ("port officials"), or ""."""
    m = _TRAILING_SPEAKER.search(text, max(ss, pos - 60), pos)
    if m is None or any(w in _NOT_SPEAKERS for w in m.group(1).lower().split()):
        return ""
    return cap(m.group(1).removeprefix("the "))


def cap(s: str) -> str:
    """First letter upper case, the rest as written ("law" -> "Law", "SOFA" stays)."""
    return s[:1].upper() + s[1:]


def event_title(text: str, trigger: tuple[int, int, str], action: str, word: str, subject: str | None,
                status: EventStatus, span: tuple[int, int], passive: bool = False, hedge: str = "") -> str:
    """Title of a verb event: "<subject> <verb> the <object>", or for statements "<subject> said: <gist>"."""
    (t_start, t_end, t_text), (ss, se) = trigger, span
    expected = status == EventStatus.EXPECTED
    low = t_text.lower()
    head = low.split(" ", 1)[0]
    if " " in low and low.rsplit(" ", 1)[1] in ("its", "his", "her", "their", "the", "a", "an"):
        low = head  # "lost its": the object keeps its determiner ("lost its majority")
    past = low if not expected and action != "state" and " " not in PAST[action] and (
        low.endswith("ed") or head.endswith("ed") or low in PAST.values() or head in IRREGULAR_PAST) else PAST[action]
    if action == "complete" and " " not in t_text and (deal := deal_before(text, ss, t_start)):
        closing = "expected to close" if expected else "closed" if status == EventStatus.REPORTED else "to close"
        return f"{deal} {closing}"
    if hedge == "refused":
        verb = f"refused to {_BASE.get(action, action)}"  # "Porras refused to meet the president"
    elif status == EventStatus.NOT_ASSERTED:
        aux = _HEDGE_AUX.get(hedge, hedge)
        passive_aux = "was not" if hedge == "not" else f"{aux} be"
        base = _BASE.get(action, action)
        verb = f"{passive_aux} {PAST[action]}" if passive and action in TRANSITIVE else f"{aux} {base}"
    elif passive and action in TRANSITIVE:
        part = low if " " not in low and (low.endswith("ed") or low in IRREGULAR_PAST) else PAST[action]
        were = _PLURAL_HEAD.search(clause_subject(text, ss, t_start)) is not None  # "33 bills were passed"
        verb = ("expected to be " if expected else "were " if were else "was ") + part  # "was booked", "was shot"
    else:
        verb = f"expected to {_BASE.get(action, action)}" if expected else past
    if action in ("vote", "fail") and (to := _TO_VERB.match(text, t_end, se)):
        verb, word = f"{verb.removesuffix(' on')} to {to.group(1)}", ""  # "voted to open impeachment proceedings"
    np = clause_subject(text, ss, t_start)
    if subject is not None and np and np.lower().startswith((f"{subject.lower()}'s ", f"{subject.lower()}’s ")):
        subject = np  # "Taiwan's justice minister resigned", not "Taiwan resigned"
    if subject is not None and np and not _names(np, subject):
        subject = np if not passive else subject  # the grammatical subject, not a name elsewhere in the sentence
    if passive and np:
        subject = np  # "The suspect was arrested": the clause's subject is the patient
    elif passive and action in TRANSITIVE and status == EventStatus.REPORTED:
        subject, verb = None, verb.removeprefix("was ").removeprefix("were ")  # "died after being shot": no agent
    if word and subject and fold_words(word) == fold_words(subject):
        word = ""  # "X announced X"
    if action == "announce" and not word and np and status == EventStatus.REPORTED and (
            np[:1].lower() + np[1:]) in text[ss:t_start]:
        title = f"{np} announced"  # "The sale, initially announced this month, ...": the thing announced
    elif action == "state" or (action == "announce" and not word and not passive):
        who = subject or np or _trailing_speaker(text, ss, t_start)
        title = statement_title(text, (t_start, t_end, low), se, who, status, verb) if who else ""
        if action == "announce" and title.endswith(" made a statement"):
            title = title.replace(" made a statement", " made an announcement")
    elif status == EventStatus.NOT_ASSERTED and hedge == "not" and np.lower().startswith(("no ", "nobody", "none")):
        title = f"{np} {PAST[action]}" + (f" {_the(word)}{word}" if word else "")  # "Nobody had ever scored"
    elif word and action in _INTRANSITIVE:
        title = f"{cap(word)} {verb}"  # "Law expected to take effect", "Bill stalled"
    elif subject is None and np:
        title = f"{np} {verb}" + (f" {_the(word)}{word}" if word and not (passive and action in TRANSITIVE) else "")
    elif subject is not None:
        title = f"{subject} {verb}" + (f" {_the(word)}{word}" if word and not (
            passive and action in TRANSITIVE) else "")
    elif word and status == EventStatus.NOT_ASSERTED:
        aux = "was not " if hedge == "not" else f"{_HEDGE_AUX.get(hedge, hedge)} be "
        title = f"{cap(word)} {aux}{PAST[action]}"
    elif word:
        title = f"{cap(word)} " + ("expected to be " + PAST[action] if expected else PAST[action])
    else:
        title = ""
    title = title or f"{cap(verb)}" + (f" {_the(word)}{word}" if word else "")  # never the whole sentence
    title = cap(title)
    return title if len(title) <= MAX_TITLE else title[:MAX_TITLE].rsplit(" ", 1)[0] + "…"


def _the(word: str) -> str:
    """The article an object needs: none for a name ("Ecuador") or a phrase with its own ("two men", "its rivals")."""
    first = word.split(" ", 1)[0].lower()
    return "" if (word[:1].isupper() and not word.isupper()) or first in _OWN_DETERMINERS or first[:1].isdigit() \
        or word.lower() in _NO_ARTICLE else "the "


_NO_ARTICLE = frozenset({"martial law", "war", "independence", "bankruptcy", "insolvency", "victory", "emergency",
                         "state of emergency", "curfew"})  # "declared martial law"


_OWN_DETERMINERS = frozenset({"him", "them", "it", "us", "me", "you", "himself", "herself", "themselves", "the", "a",
                              "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
                              "some", "many", "several", "all", "both", "two", "three", "four", "five", "six", "seven",
                              "eight", "nine", "ten", "dozens", "hundreds", "thousands", "more", "no", "another", "at",
                              "nearly", "about", "almost", "roughly", "over"})


def fold_words(s: str) -> str:
    """Lower case without articles, for comparing a subject and an object."""
    return " ".join(w for w in s.lower().split() if w not in ("the", "a", "an"))


_MODIFIER_PP = re.compile(r"\s(?:of|off|in|near|from|at|outside|inside|along|across)\s")


def _names(np: str, subject: str) -> bool:
    """Whether the noun phrase ``np`` names ``subject`` (its last word, or any word of an organisation)."""
    head = _MODIFIER_PP.split(np, 1)[0]  # "A strong earthquake off the coast of Guatemala": the earthquake
    words = {w.strip(".,’'s").lower() for w in head.split()}
    parts = [w.lower() for w in subject.replace("’s", "").split() if w[:1].isupper()]
    return bool(parts) and (parts[-1] in words or any(p in words for p in parts if len(p) > 3))


# people named by their group, in lower case, who act as a subject: "investigators halted their search"
_GROUPS = frozenset({"investigators", "police", "officers", "officials", "deputies", "firefighters", "authorities",
                     "prosecutors", "researchers", "scientists", "protesters", "residents", "lawmakers", "troops",
                     "workers", "students", "detectives", "rescuers", "doctors", "voters", "senators", "regulators"})
_HEAD_ENDS = frozenset({"off", "near", "outside", "along", "across", "with"})  # a place or a feature after the head
_PLURAL_HEAD = re.compile(r"\b(?:men|women|people|children|police|[a-z]+[^su'’\W]s)$")  # "bills", not "Thomas"
_PARENTHESES = re.compile(r"\([^()]*\)")
_BREAK = re.compile(r"(?:[,;:()“”\"]|\s[—–-]\s|\s--\s|\b(?:and|but|after|when|while|as|because|before|since|though|"
                    r"although|"
                    r"that|which|who|where|if|unless|until|so|said|says|say|told|added|according to)\s)", re.IGNORECASE)
_PREPOSITIONS = frozenset({"in", "on", "at", "after", "during", "since", "for", "with", "by", "from", "of", "to",
                           "into", "over", "under", "before", "amid", "despite", "following", "about", "according"})
_SUBJECT_WORD = re.compile(r"^[\w’'.&-]+$")


def clause_subject(text: str, ss: int, pos: int) -> str:
    """The noun phrase that opens the verb's clause ("St. Tammany sheriff's deputies blocked"), or "".

    Auxiliaries, negations and adverbs before the verb are dropped; a phrase of more than six words, one opening
    with a preposition, or one with no noun-like word is no subject.
    """
    a = max(ss, pos - 160)
    window = _PARENTHESES.sub(lambda m: " " * len(m.group()), text[a:pos])  # "Oklahoma State (19-5, 5-4) rallied"
    cuts = [0, *(m.end() for m in _BREAK.finditer(window))]
    if len(cuts) > 1 and not _strip_tail(window[cuts[-1]:].split()) and window[:cuts[-1]].rstrip().endswith(
            (" that", " which", " who")) and (antecedent := _antecedent(window[:cuts[-1]].split()[-9:-1])):
        return antecedent  # "the 2013 attack that killed three people": the attack killed
    words: list[str] = []
    for k in range(len(cuts) - 1, max(-1, len(cuts) - 6), -1):  # skip asides: ", however," ", (TESS)"
        segment = window[cuts[k]:(cuts[k + 1] if k + 1 < len(cuts) else len(window))]
        words = _strip_tail([w.strip(",;:()“”\"—–") for w in segment.split()])
        words = [w for w in words if w]
        opener = window[max(0, cuts[k] - 6):cuts[k]].strip().lower()
        relative = opener.endswith(("who", "which")) or (opener.endswith("that") and not _after_verb_of_saying(
            window[:cuts[k]]))  # "a witness reported that a man had been shot": a complement, not a relative
        lead = window[:cuts[1]].strip(" ,").lower().split() if k == 1 and a == ss else []
        intro = bool(lead) and (lead[0] in _PREPOSITIONS or lead == [lead[0]] and lead[0] in _ASIDE_WORDS)
        # "In mid-July, a crane ...", "Meanwhile, a quake ...": an opening phrase, not an apposition
        if not words or (len(words) == 1 and (words[0].lower() in _ASIDE_WORDS or words[0].isdigit())) or (
                relative) or (
                opener.endswith(",") and words[0].lower() in ("a", "an") and not intro):
            continue  # an aside, a relative clause or an apposition ("the suspect, a resident of X, who ...")
        words = _cut_at_verb(words)
        break
    if len(words) > 6 and (k := next((i for i, w in enumerate(words) if i and w.lower() in _HEAD_ENDS), 0)):
        words = words[:k]  # "A strong earthquake off the coast of Guatemala killed": the earthquake killed
    if len(words) == 1 and words[0] in _GROUPS:
        return cap(words[0])  # "Earlier Wednesday, investigators halted their search"
    if not words or len(words) > 6 or words[0].lower() in _PREPOSITIONS or (words[0][:1].islower() and words[
            0].lower() not in _DETERMINERS) or (words[-1].islower() and (words[-1].endswith("ed") or len(words) > 1
                                                                        and words[-1] in _PAST_FORMS)):
        return ""
    if not all(_SUBJECT_WORD.match(w) for w in words) or words[-1].lower() in _PREPOSITIONS:
        return ""
    if len(words) > 2 and words[0].lower() in ("last", "this", "next", "earlier", "later") and words[
            1].lower().rstrip(",") in _TIME_WORDS | {"year", "month", "season", "summer", "winter", "spring", "fall"}:
        words = words[2:]  # "Last year the firm expanded": the time phrase is no part of the subject
    if words[0].lower() in ("the", "a", "an") and len(words) > 1:
        words = words[1:]
    phrase = " ".join(words)
    return cap(phrase)


_SAYING_THAT = frozenset({"said", "says", "say", "reported", "told", "added", "announced", "confirmed", "stated",
                          "noted", "believed", "found", "learned", "showed", "revealed", "alleged", "claimed",
                          "acknowledged", "admitted", "explained", "warned", "argued", "insisted", "determined"})


def _after_verb_of_saying(before: str) -> bool:
    """Whether the "that" ending ``before`` follows a verb of saying or finding ("reported that")."""
    words = before.split()
    return len(words) >= 2 and words[-2].lower() in _SAYING_THAT


def _antecedent(words: list[str]) -> str:
    """The noun phrase a relative pronoun follows: back to its determiner, at most five words, else ""."""
    words = [w.strip(",") for w in words]
    for i in range(len(words) - 1, max(-1, len(words) - 8), -1):
        if words[i].lower() in ("the", "a", "an", "his", "her", "its", "their"):
            if i >= 2 and words[i - 1].lower() in ("in", "of", "with", "from", "at") and words[i - 2][:1].islower():
                continue  # "a woman in her 40s who": the woman, described
            phrase = words[i + 1:] if words[i].lower() in ("the", "a", "an") else words[i:]
            return cap(" ".join(phrase)) if phrase and all(_SUBJECT_WORD.match(w) for w in phrase) else ""
    return ""


def _cut_at_verb(words: list[str]) -> list[str]:
    """ "Peruvian lawmakers voted overwhelmingly Monday night (to remove)": the subject ends before its verb."""
    for i in range(1, len(words)):
        w = words[i]
        if w.islower() and (w.endswith("ed") or w in _PAST_FORMS) and words[i - 1].lower() not in _DETERMINERS:
            return _strip_tail(words[:i])
    return words


def _strip_tail(words: list[str]) -> list[str]:
    """Drop auxiliaries, negations and adverbs between a subject and its verb."""
    while words and (words[-1].lower() in _AUXILIARY or _TAIL_WORDS.match(words[-1]) or words[-1].lower() in (
            "was", "were", "been", "be", "is", "are", "has", "have", "had", "being", "got", "gets", "ever", "already",
            "just",
            "reportedly", "allegedly", "then", "also", "not", "n't", "initially", "finally", "later") or (
            words[-1].endswith("ly") and words[-1].islower() and (len(words) < 2 or words[-2].lower() not in (
                _DETERMINERS)))):  # "reportedly" goes, "the assembly" stays
        words.pop()
    if len(words) > 2 and words[-2].lower() in ("last", "this", "next") and words[-1].lower() in (
            "year", "week", "month", "season", "summer", "winter", "spring", "fall", "autumn"):
        return _strip_tail(words[:-2])  # "The county board last year (failed)"
    if len(words) > 2 and words[-1].lower() in _TIME_WORDS:  # "Peru's Congress on Friday (voted)"
        words.pop()
        if words[-1].lower() in ("on", "late", "early", "last", "this", "next"):
            words.pop()
        return _strip_tail(words)  # "Government will next Monday (begin)": the auxiliary before the time words
    return words


_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                         "yesterday", "tonight", "week", "morning", "night", "evening", "afternoon"})


_TAIL_WORDS = re.compile(r"^(?:who|which|that|have|has|had|was|were|is|are|be|been|also|then|later|already|"
                         r"previously|reportedly|and|but)$", re.IGNORECASE)
_ASIDE_WORDS = frozenset({"however", "meanwhile", "though", "too", "also", "instead", "moreover", "still"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
                          "some", "many", "several", "all", "both", "each", "every", "no", "net", "two", "three",
                          "four", "five", "nobody", "no one", "none", "it", "they", "he", "she", "we", "i", "you"})
_PAST_FORMS = frozenset(PAST.values())


_PRONOUN_SUBJECTS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that", "there", "who", "which"})
_STATEMENT_FRAMES = (
    (re.compile(r"\b(?:news|press) conference\b|\bbriefing\b", re.IGNORECASE), "held a news conference"),
    (re.compile(r"\bin an interview\b|\binterview with\b", re.IGNORECASE), "gave an interview"),
    (re.compile(r"\bin a joint statement\b|\bjoint statement (?:released|issued)\b", re.IGNORECASE),
     "issued a joint statement"),
    (re.compile(r"\bin a (?:written )?statement\b|\bstatement (?:released|issued)\b|\bcommuniqu",
                re.IGNORECASE), "issued a statement"),
    (re.compile(r"\bin a speech\b|\baddress(?:ing)? (?:to )?the\b", re.IGNORECASE), "gave a speech"),
    (re.compile(r"\btold reporters\b", re.IGNORECASE), "spoke to reporters"),
    (re.compile(r"\bon (?:X|Twitter|Facebook|social media|Instagram|Truth Social)\b|\bin a post\b"),
     "posted on social media"),
)


def statement_title(text: str, trigger: tuple[int, int, str], se: int, who: str, status: EventStatus,
                    verb: str) -> str:
    """A statement titled by what was done ("Mayor Linda Park held a news conference") or by the short clause
    that was said ("Minister Ana Ruiz said the budget is balanced"), never by the first words of a quotation."""
    t_start, t_end, low = trigger
    if status == EventStatus.REPORTED:
        sentence = text[max(0, t_start - 80):se]
        for pattern, done in _STATEMENT_FRAMES:
            if pattern.search(sentence):
                return f"{who} {done}"
    if low in _GIST_VERBS and (m := _OBJECT_WORDS.match(text, t_end, min(se, t_end + 200))):
        return f"{who} {low} {m.group(1)}"
    clause = _reported_clause(text, t_end, se)
    if clause:
        said = verb if status != EventStatus.REPORTED else low if low in ("said", "says") else "said"
        return f"{who} {said} {clause}"
    return f"{who} made a statement" if status == EventStatus.REPORTED else f"{who} {verb}"


_REPORTED = re.compile(r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)\b)?\s+(?:that\s+)?"
                       r"((?:the|a|an|its|his|her|their|it|he|she|they|[A-Z][\w’'-]*)\b[^.;:!?“”\"]{3,90}?)"
                       r"\s*(?:[.;!?]|$)")


_HEDGED = re.compile(r"\b(?:should|could|would|might|may|must|not|never|if)\b|n['’]t\b")


def _reported_clause(text: str, a: int, se: int) -> str:
    """A short complete clause right after a speech verb ("said the bridge is closed"), else ""."""
    m = _REPORTED.match(text, a, se)
    if m is None or "," in m.group(1) or len(m.group(1).split()) > 12 or _HEDGED.search(m.group(1)):
        return ""  # "said he should go to prison": what was said is no happening; the title says a statement
    return m.group(1)


def noun_title(noun: str, when: str, subject: str | None) -> str:
    """Title of an event named by a noun: "General Confederation of Labour: general strike October 8"."""
    when = when[4:] if when.lower().startswith("the ") else when  # "the December runoff" -> "runoff December"
    return f"{subject}: {noun} {when}" if subject else f"{cap(noun)} {when}"


def _gist(text: str, a: int, se: int, object_verb: bool) -> str:
    """What was said: the clause after "that", else the quotation, else (urged, denied ...) the object."""
    end = min(se, a + 200)
    if object_verb and (m := _OBJECT_WORDS.match(text, a, end)):
        return m.group(1)
    if m := _THAT.match(text, a, end):
        return _words(_QUOTE_MARKS.sub("", text[m.end():end]))
    q = text.find("“", a, end) if "“" in text[a:end] else text.find('"', a, end)
    return f"“{_words(text[q + 1:end], quote=True)}”" if q >= 0 else ""


def _words(rest: str, quote: bool = False) -> str:
    part = re.split(r"[”\"]", rest, maxsplit=1)[0] if quote else _STOP.split(rest, maxsplit=1)[0]
    words = part.split()
    if len(words) < 3 and not quote:
        return ""
    return " ".join(words[:9]) + ("…" if len(words) > 9 else "")
