"""Quote attribution: speakers after or before a quote, colon, according to, by-agent, pronouns, continuation."""

from __future__ import annotations

import bisect
import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import Attribution
from sofa_desktop.extract.core.sentences import Layout, Quote
from sofa_desktop.extract.core.types import QuoteX
from sofa_desktop.extract.lang.en import gazetteer as gz
from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.actors import Actor
from sofa_desktop.extract.lang.en.coref import COUNTRY, ORG, PERSON, Ref

_WORD = re.compile(r"[\w’'-]+")
_BY_AGENT = re.compile(r"\s*by\s+(?:both\s+)?", re.IGNORECASE)
_NAMED_PASSIVE = re.compile(r"\b(?:[Cc]alled|[Dd]escribed as|[Dd]ubbed|[Ll]abell?ed|[Tt]ermed|[Bb]randed)\s+"
                            r"(?:an?\s+|the\s+)?$")
_NOUN_BY_AGENT = re.compile(r"\s*(?:[a-z]+\s+){1,2}by\s+(?:both\s+)?")
_STATEMENT = re.compile(r"\b(?:[Ii]n|[Tt]hrough) an? (?:\w+ )?(?:statement|communiqu[eé]|release|post|letter|"
                        r"message)\b")
# "issued a statement welcoming the “verdict”": a statement put out is the subject's speech
_ISSUED = re.compile(r"\b(?:issued|released|published|put out|sent out)\s+(?:a|an|the|his|her|its|their)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:statement|press release|release|letter|communiqu[eé])\b")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'-]+\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][\w’'-]+")
_HAS_VERB = re.compile(r"\s+(?:has|have|had|remains|remained|became|becomes|sold|sells|won|wins)\b")
_TITLE_CONTEXT = re.compile(r"\b(?:released|launched|published|premiered|unveiled|titled|entitled|named|such as|"
                            r"games?|films?|movies?|books?|novels?|albums?|songs?|series|shows?|apps?|brands?|"
                            r"programs?|programmes?|operations?|campaigns?|hashtags?|themes?|slogans?|mottos?|"
                            r"banners?)\s*:?\s+(?:the\s+|a\s+|its\s+)?$")
# "told RTÉ's “Morning Ireland”", "on CNN Philippines' “The Source”": a programme or a paper of the owner named
_OWNER_BEFORE = re.compile(r"\b[A-Z][\w.]*(?:['’]s|s['’])\s+$")
# "“...,” the press release reads": a document's text, spoken by whoever issued it
_TEXT_VERBS = frozenset({"reads", "read"})
_TALKED = frozenset({"talked", "spoke", "talks", "speaks"})  # "X talked about the side's will. ¶ “...”"
_NEW_CLAUSE = re.compile(r"[,;]\s*(?:but|while|whereas|although|though|yet)\s")
_THAT_RELATIVE = re.compile(r"\b([a-z]+)\s+(?:[a-z]+\s+){0,3}?that\s+$")
_WHO_CLAUSE = re.compile(r",\s+who\s+(?:[a-z]+\s+){0,2}$")
_SO_CALLED = re.compile(r"\bso-called\s+$")
_TITLED = re.compile(r"\b(?:titled|entitled)\s+$")
_OWN_CLAIM = re.compile(r"\b(?:his|her|their)\s+$")
_POSSESSOR_OF_NOUN = re.compile(r"['’]s?\s+(?:[a-z]+\s+){0,2}(?:attorneys|lawyers|aides|allies|advisers|advisors|"
                                r"spokes(?:man|woman|person)|representatives|supporters|family|relatives|office|"
                                r"campaign|team|staff|officials|critics|lawyer|attorney|aide)\b")
_DOCUMENT_BEFORE = re.compile(r"\b(?:statement|release|communiqu[eé]|letter|post|notice)\s+$")
_TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at", "by", "from",
                                "all"})
_SOURCE_AFTER = re.compile(r"[,\s]*(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:release|statement|post|report|"
                           r"complaint|letter|affidavit|filing|document)\b")
_WORDS_THEN_COMMA = re.compile(r"[a-z][\w’'-]*\s*,")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")
_NOUN_PHRASE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s+(?:[a-z][\w-]*\s+)?$")
_STATEMENT_HEADING = re.compile(r"(?:[A-Z]+:\s*)?(?:Joint\s+|Full\s+|Media\s+)?[Ss]tatement\s+(?:from|by|of)\s+")
_WITH_BEFORE = re.compile(r"\bwith\s+[^,;:“”\"]{1,40}$")
# "the Minister of Information, Mr Ade Obi, said": a description, then the name in apposition
_APPOSED = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:and\s+)?[A-Z][\w’'&-]*){0,4})?,\s+"
                      r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")
_NOUN_SUBJECT_AFTER = re.compile(r"[,!?]?\s*(?:the|a|an|one|another|some|several|many|two|three)\s+(?:[\w-]+\s+){0,2}?"
                                 r"([\w-]+)\s+(?:said|says|stated|states|added|wrote|told|continued|replied|read|"
                                 r"reads)\b")
_TITLES_JOINED = re.compile(r"\s+(?:and|&)\s+|,\s+")
_MAX_GAP = 90
_WINDOW = 400  # how far around a quote attribution looks: keeps odd, quote-dense text linear
# between an organisation and the person who speaks for it: "Coast Guard Capt. Robert Haines",
# "White House press secretary Karen Leavitt", "Supreme Court Justice Mónica Gómez"
# (also after a possessive: "the USDP's acting chairman Htay Oo")
_ADJACENT = re.compile(r"(?:['’]s|/[A-Z]{2,8})?\s+(?:(?!and\b|or\b|with\b)[a-z]+\s+){0,3}(?:[A-Z][a-z]+\.?\s+){0,2}")
_APPOSITION_END = re.compile(r"[^,.;:“”\"]{0,40},\s*(?:[a-z]+\s+){0,2}")
_AFTER_PREPOSITION = re.compile(r"\b(?:on|of|at|for|from|in|with|to|by|about|over|against|between|into|across|"
                                r"among|under|within)\s+(?!which\b|whom\b)(?:(?:the|a|an|[A-Z][\w.]*['’]s)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_MEMBERS_OF = re.compile(r"\b(?:analysts|economists|lawmakers|legislators|members|officials|leaders|researchers|"
                         r"experts|spokespeople|representatives|deputies|senators)\s+(?:at|from|of|for|in)\s+"
                         r"(?:the\s+)?$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our)\s+$", re.IGNORECASE)
_AND_BEFORE_VERB = re.compile(r"\s(?:and|but)\s+(?:also\s+)?$")
_PARTICIPLE = re.compile(r",\s*(?:saying|adding|calling|arguing|noting|warning|insisting|describing|claiming|"
                         r"maintaining|stressing|explaining|stating)\b")
_OTHER_SUBJECT = re.compile(r"\b(?:what|which|whom|as)\s+(?:[a-z]+\s+){1,3}$")
_COORDINATED = re.compile(r"[\s,]*(?:and|but)\s+(?:then\s+|also\s+|later\s+)?")
_CLAUSE_VERB = re.compile(r"\s+(?:would|will|was|were|is|are|had|has|have|could|should|must|did|can|may|might)\b")
_INVERSION = frozenset({
    "said", "says", "added", "adds", "stated", "wrote", "writes", "noted", "notes", "explained", "continued",
    "insisted", "argued", "declared", "recalled", "observed", "remarked", "replied", "responded", "answered",
    "warned", "tweeted", "posted", "concluded", "asked", "acknowledged", "admitted", "conceded", "countered",
    "cautioned", "predicted", "according", "stressed", "emphasized", "claimed", "quipped", "joked", "asserted",
    "affirmed", "maintained", "complained", "lamented", "shouted", "reiterated", "confirmed", "detailed", "pointed",
    "underlined", "underscored", "mentioned", "revealed", "specified", "indicated", "summarized"})
_OUTCRIES = r"cried|yelled|chanted|screamed|exclaimed|retorted|snapped|roared|interjected|heckled"
# "“...,” cried some MPs": an inverted speech verb after the quote, its subject a group of people we cannot name
_VERB_AFTER = re.compile(rf"[,!?]?\s*(?:{_OUTCRIES}|{'|'.join(sorted(_INVERSION - {'according'}))})\s+(?:some|several|"
                         r"many|a few|dozens|hundreds|scores|other|opposition|the crowd|protesters|fans|supporters|"
                         r"critics|members|residents|one of)\b")
_JUDGING_REACH = 80
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|be|being|got|gets)\s+(?:[a-z]+ly\s+)?$")
_JUDGING = re.compile(r"\b(?:accus(?:ed|es|ing)|su(?:e|es|ed|ing)|charg(?:ed|es|ing)|complain(?:ed|s|ing)|"
                      r"criticiz(?:ed|es|ing)|criticis(?:ed|es|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing)|blam(?:ed|es|ing)|"
                      r"fault(?:ed|s)|slamm?(?:ed|s|ing)|call(?:ed|s|ing)|describ(?:ed|es|ing)|label(?:l?ed|s)|"
                      r"brand(?:ed|s)|dubb?(?:ed|s)|term(?:ed|s)|complaint|lawsuit|suit|apologi[sz](?:e|es|ed|ing))\b")
_SPEAKING = re.compile(r"\b(?:sa(?:y|ys|id|ying)|sp(?:oke|eaks?|eaking)|talk(?:s|ed|ing)?|told|tells?|explain(?:s|ed)|"
                       r"comment(?:s|ed)|remarks?|words|add(?:s|ed)|answer(?:s|ed)|respond(?:s|ed)|repl(?:y|ies|ied)|"
                       r"address(?:es|ed)?|statement|quotes?|quoted)\b", re.IGNORECASE)
_SAID_THAT = re.compile(r"\b([a-z]+)\s+that\s+$")
_PARTNER_GAP = re.compile(r",?\s+(?:and|or)\s+(?:\b[A-Z][a-z]{0,3}\.|[^.;,:“”\"]){0,40}")  # "and Republican Sen. "
# "told reporters in Washington on Wednesday that": a reporting verb, its object and adverbials, then its clause
_THAT_AFTER = re.compile(r"(?:,?\s+[\w.’'-]+){0,6}?,?\s+that\b")
_NO_CLAUSE = frozenset({"according", "post", "posted", "call", "calls", "called", "calling", "term", "termed", "dub",
                        "dubbed", "label", "labeled", "labelled", "brand", "branded", "describe", "described",
                        "describing", "reports", "reported", "praise", "praised", "praising", "urge", "urged",
                        "urging", "accuse", "accused", "denounce", "denounced", "criticize", "criticized"})


# "said the top seed", "added the Serb", "the veteran said": a description of someone already speaking
_DESCRIBED = re.compile(r"[\s,]*the\s+((?:[\w-]+\s+){0,2}?)([\w-]+)"
                       r"(?=\s*(?:[,.;]|$|\s+who\b|\s+(?:from|of|for|in|at)\s+(?:the\s+)?[A-Z]))")
_DESCRIBED_BEFORE = re.compile(r"[\s,]*the\s+((?:[\w-]+\s+){0,2}?)([\w-]+)\s+$")
# nationality nouns with no adjective of the same form ("the Serb", "the Briton", "the Spaniard", "the Frenchman")
_NATIONALITY_NOUN = re.compile(r"Serb|Croat|Scot|Briton|Swede|Dane|Pole|Turk|Finn|Spaniard|[A-Z][a-z]+(?:man|woman)")
_PERSON_NOUNS = frozenset({
    "seed", "champion", "winner", "veteran", "star", "player", "coach", "manager", "captain", "striker", "forward",
    "midfielder", "defender", "goalkeeper", "rookie", "teenager", "youngster", "skipper", "runner-up", "finalist",
    "challenger", "incumbent", "candidate", "nominee", "founder", "owner", "businessman", "businesswoman",
    "actor", "actress", "singer", "author", "writer", "scientist", "researcher", "economist", "lawyer", "attorney",
    "activist", "victim", "survivor", "defendant", "mother", "father", "woman", "man"})


_HEADING_END = frozenset(".!?:;”’\"")
_HEADING_BEFORE = re.compile(r"(?:[A-Z][\w.]*\s+){0,3}")  # "Dr. ", "Head Coach "
_HEADING_AFTER = re.compile(r"\s*(?:$|[,(–—-])")  # the name alone, or a description after it
_UNRESOLVED = Attribution((), "unattributed")  # a speaker slot we cannot fill ("the official said"): no guessing


# a quoted word inside a verb phrase ("vowed to “reclaim”", "could “restore”"): the words of the verb's subject
_IN_VERB_PHRASE = re.compile(r"\b(?:to|could|would|will|can|may|might|must|should|not)\s*$")


_CROWD = re.compile(r"\b(?:exclamations|chants|cries|shouts|slogans?|signs?|banners?|placards?|graffiti|t-shirts?)"
                    r"\s+(?:of|reading|saying|that read|with the words)\s*$", re.IGNORECASE)
_WHO_BEFORE = re.compile(r",\s+who\s+(?:also\s+|later\s+|then\s+|had\s+|has\s+)?$")


# speech verbs that are also nouns or adjectives: "state BJP spokesman", "state media", "post office"
_HOMOGRAPHS = frozenset({"state", "states", "post", "comment", "comments", "remark", "remarks", "note", "notes", "call",
                         "calls", "counter", "detail", "details", "term", "label", "brand", "praise", "promise",
                         "pledge", "vow", "hope", "warning", "reports"})
_NOUN_FORMS = _HOMOGRAPHS | {"recall", "recalls", "claim", "claims", "reply", "replies", "answer", "answers", "tweet",
                             "tweets", "report", "stress", "vows", "pledges", "promises"}
_NOUN_AFTER = re.compile(r"media|television|tv|news|broadcaster|agency|officials?|department|government|"
                         r"authorities|prosecutors?|police|radio|newspaper|outlet|spokes(?:man|woman|person)",
                         re.IGNORECASE)


def _repeated(out: list[QuoteX], done: list[tuple[Quote, Attribution]]) -> list[QuoteX]:
    """A pull quote or standfirst that repeats words quoted (and attributed) elsewhere in the article has the same
    speaker: one dictionary of the attributed quotes' folded openings, one lookup per unattributed quote."""
    said: dict[str, tuple[tuple[str, ...], Attribution]] = {}
    for x, (_, att) in zip(out, done, strict=True):
        key = _opening(x.text)
        if x.speakers and key:
            said.setdefault(key, (x.speakers, att))
    if not said:
        return out
    fixed = []
    for k, x in enumerate(out):
        hit = said.get(_opening(x.text)) if not x.speakers and not x.partial else None
        if hit is not None:
            x = QuoteX(x.start, x.end, x.text, hit[0], x.partial, "repeated")
            done[k] = (done[k][0], Attribution(hit[1].speakers, "repeated"))
        fixed.append(x)
    return fixed


def _headline_echo(out: list[QuoteX], done: list[tuple[Quote, Attribution]], lay: Layout) -> list[QuoteX]:
    """ "Pride taken in wins but 'still stuff to work on'": a headline's quoted words (three or more) that an
    attributed quote of the body contains are that speaker's (one pass over the few headline quotes)."""
    if not lay.paragraphs:
        return out
    head_end = lay.paragraphs[0][1]
    for k, x in enumerate(out):
        if x.start >= head_end:
            break
        words = _WORD.findall(fold(x.text))
        if x.speakers or len(words) < 2:
            continue
        needle = " ".join(words)
        hit = next((j for j, y in enumerate(out) if y.speakers and y.start > head_end
                    and needle in " ".join(_WORD.findall(fold(y.text)))), None)
        if hit is not None:
            out[k] = QuoteX(x.start, x.end, x.text, out[hit].speakers, x.partial, "repeated")
            done[k] = (done[k][0], Attribution(done[hit][1].speakers, "repeated"))
    return out


def _run_back(out: list[QuoteX], done: list[tuple[Quote, Attribution]], lay: Layout) -> list[QuoteX]:
    """ "“We thank the churches. ¶ “We also thank the press,” he said.": a quote left open at its paragraph's end
    runs into the next paragraph's quote, and has that quote's speaker (one backward pass)."""
    starts = [a for a, _ in lay.paragraphs]
    for k in range(len(out) - 2, -1, -1):
        x, nxt = out[k], out[k + 1]
        q, q2 = done[k][0], done[k + 1][0]
        if x.speakers or x.partial or not nxt.speakers:
            continue
        p = bisect.bisect_right(starts, q.open)
        if p < len(starts) and starts[p] == q2.open and q.close >= lay.paragraphs[p - 1][1]:  # left open
            out[k] = QuoteX(x.start, x.end, x.text, nxt.speakers, x.partial, "continuation")
            done[k] = (q, Attribution(done[k + 1][1].speakers, "continuation"))
    return out


def _opening(quoted: str) -> str:
    """The first eight words of a quote, folded ("" for a quote shorter than six words)."""
    words = _WORD.findall(fold(quoted))
    return " ".join(words[:8]) if len(words) >= 6 else ""


def _speech_word(word: str) -> bool:
    """A speech verb, or its -ing form ("maintaining that", "stressing"): the verb of a reported clause."""
    return word in lx.SPEECH_VERBS or (word.endswith("ing") and len(word) > 5 and (
        word[:-3] in lx.SPEECH_VERBS or word[:-3] + "e" in lx.SPEECH_VERBS))


def _noun_use(w: re.Match[str], after: list[re.Match[str]]) -> bool:
    """ "state BJP spokesman X told", "state party spokesman", "state media said": the word qualifies a noun (the
    next word is capitalised, or one of the next two is a role or a noun of the press or the state)."""
    if w.group().lower() not in _HOMOGRAPHS or not after:
        return False
    return after[0].group()[0].isupper() or any(
        _NOUN_AFTER.fullmatch(n.group()) is not None or lx.role_of(fold(n.group())) is not None for n in after)


class QuoteAttributor:
    """Attribute every quote of a document, in text order (continuations need the previous speaker)."""

    def __init__(self, text: str, lay: Layout, refs: list[Ref]) -> None:
        self.text, self.lay, self.refs = text, lay, refs
        self.ref_starts = [r.start for r in refs]
        self.para_starts = [p for p, _ in lay.paragraphs]
        self.quote_opens = [q.open for q in lay.quotes]
        self._prev: tuple[Quote, Attribution] | None = None  # the last attributed quote before the one at hand
        self.issuers = self._statement_headings()

    def run(self) -> tuple[list[QuoteX], list[tuple[Quote, Attribution]]]:
        """Return frozen quotes and, for the event finder, each quote's attribution."""
        out: list[QuoteX] = []
        done: list[tuple[Quote, Attribution]] = []
        prev: tuple[Quote, Attribution] | None = None
        quotes = self.lay.quotes
        for i, q in enumerate(quotes):
            self._prev = prev
            s_idx = self.lay.sentence_at(q.open)
            ss, se = self.lay.sentences[s_idx]
            pre_start = ss
            if i and ss <= quotes[i - 1].close < q.open:
                pre_start = quotes[i - 1].close + 1
            post_end = min(se, quotes[i + 1].open) if i + 1 < len(quotes) and quotes[i + 1].open < se else se
            post_end = max(post_end, q.close + 1)
            if se <= q.close + 2 and self.text[q.end - 1:q.end] in "?!" and self._asked_after(q, s_idx):
                post_end = self.lay.sentences[s_idx + 1][1]  # "“Can we?” Ms Ruiz asked.": the question ended a sentence
            said_that = _SAID_THAT.search(self.text, max(pre_start, q.open - 30), q.open)
            if said_that is not None and said_that.group(1).lower() in lx.SPEECH_VERBS:
                # "Mourinho acknowledged that “City were the best” in the league, telling ...": the verb's subject
                att = self._pre(q, pre_start) or self._post(q, post_end) or self._earlier(q, ss)
            else:
                att = self._post(q, post_end) or self._pre(q, pre_start) or self._earlier(q, ss)
                if att is not None and _SOURCE_AFTER.match(self.text, q.close + 1) and (
                        inner := self._pre(q, pre_start)) is not None and inner.speakers and all(
                        a.kind == "person" for a in inner.speakers):
                    att = inner  # `Ruiz told police “he had a gun,” the release states`: Ruiz's words, quoted
            partial = self._partial(q, pre_start)
            if att is None and (_VERB_AFTER.match(self.text, q.close + 1) or self._someone_else(q)):
                pass  # "“Ginger!” cried some MPs", "“...,” the petition stated": someone we cannot name
            elif att is None and not partial:
                att = self._colon_paragraph(q) or self._name_heading(q) or (
                    None if self._after_unattributed(i, done) else self._continuation(q, prev, ss)
                ) or self._paraphrased(q) or self._issued_by(q, prev)
            if att is None:
                att = self._runs_on(q, prev, ss)
            if _CROWD.search(self.text, max(pre_start, q.open - 40), q.open) or self._nickname(q) or self._title(
                    q, pre_start):
                att = None  # "exclamations of “Yes, we could!”", "signs reading “...”": a crowd, no speaker
            elif att is None and partial and _IN_VERB_PHRASE.search(self.text, max(pre_start, q.open - 30), q.open):
                att = self._subject_before(q.open, pre_start, "partial")  # "moved to “suspend” the talks"
            elif att is None and partial and (judged := self._judging_verb(q, pre_start)) is not None:
                att = self._subject_before(judged, pre_start, "partial")  # "accused her of “dereliction”"
            if att is not None and att.speakers and att.how != "continuation" and _STATEMENT.search(
                    self.text, max(ss, q.open - _WINDOW), min(se, q.close + _WINDOW)) and all(
                    a.kind != "person" for a in att.speakers):
                att = Attribution(att.speakers, "statement")
            att = att or Attribution((), "unattributed")
            if not att.speakers:
                att = Attribution((), "unattributed")
            names = tuple(dict.fromkeys(a.name for a in att.speakers))
            out.append(QuoteX(q.start, q.end, self.text[q.start:q.end], names, partial, att.how))
            done.append((q, att))
            if att.speakers:
                prev = (q, att)
        return _run_back(_headline_echo(_repeated(out, done), done, self.lay), done, self.lay), done

    # --- attribution strategies -------------------------------------------------------------------------
    def _post(self, q: Quote, end: int) -> Attribution | None:
        text, a = self.text, q.close + 1
        if a >= end:
            return None
        m = _BY_AGENT.match(text, a, end)
        if m is None and _NAMED_PASSIVE.search(text, max(0, q.open - 30), q.open):
            m = _NOUN_BY_AGENT.match(text, a, end)  # "Called a “status quo” budget by the city manager"
        if m:
            group = self._refs_until_clause_end(m.end(), end)
            if group:
                return Attribution(group, "by-agent")
        words = list(_WORD.finditer(text, a, min(end, a + 200)))
        if not words:
            return None
        first = words[0].group().lower()
        if text[a:words[0].start()].strip(" ,—–-\u00a0") == "":
            if first == "according" and len(words) > 1 and words[1].group().lower() == "to":
                return self._after_verb(words[1].end(), end, "according-to")
            if first in _INVERSION:
                return self._after_verb(words[0].end(), end, "said-after") or self._described(
                    _DESCRIBED.match(self.text, words[0].end(), end), q)
        for j, w in enumerate(words[:22]):
            if (w.group().lower() in lx.SPEECH_VERBS or (w.group() in _TEXT_VERBS and _DOCUMENT_BEFORE.search(
                    text, a, w.start()))) and w.group()[0].islower() and not _noun_use(w, words[j + 1:j + 3]):
                if re.search(r"[;!?]", text[a:w.start()]):
                    return None
                if _COORDINATED.fullmatch(text, a, w.start()):
                    return None  # `called them “...” and said Caracas would`: the subject stands before the quote
                if _WHO_CLAUSE.search(text, a, w.start()):
                    return None  # "“...” on himself and Teo, who first revealed": a relative clause's own verb
                if "," in text[a:w.start()] and _PARTICIPLE.match(text, text.rfind(",", a, w.start()), w.end()):
                    return None  # `told of her “shock” at X's news, saying`: the main clause's subject speaks
                between = self._refs_in(a, w.start())
                k = next((k for k, r in enumerate(between) if r.kind != COUNTRY or not text[r.end:w.start()].strip()),
                         None)
                first = None
                if k is not None:
                    while k + 1 < len(between) and (_ADJACENT.fullmatch(text, between[k].end, between[k + 1].start)
                                                    or self._title_between(between[k].end, between[k + 1].start)
                                                    or (between[k].rtype == "desc" and between[k + 1].rtype == "name"
                                                        and between[k + 1].kind == PERSON and _APPOSED.fullmatch(
                                                            text, between[k].end, between[k + 1].start))):
                        k += 1  # "Coast Guard Capt. Robert Haines": the last of adjacent names is the speaker
                    first = between[k]
                if first is not None:
                    if first.actor is None:  # "“...,” the skipper said": the person who spoke last, if described so
                        return (first.rtype == "desc" and fold(text[first.start:first.end]).rsplit(" ", 1)[-1] in (
                            _PERSON_NOUNS) and self._described(_DESCRIBED_BEFORE.fullmatch(text, a, w.start()), q)
                                ) or _UNRESOLVED  # (not "the official": someone unnamed)
                    how = "pronoun" if first.rtype == "pron" else "said-after"
                    return Attribution(tuple(self._with_partners(first, w.start())), how)
                if w.group().lower() not in _INVERSION:
                    return None  # after "urged", "told", "called" comes the object, not the speaker
                # "“...,” said Rubio" inverts; "“...,” the veteran said": someone already speaking
                return self._after_verb(w.end(), end, "said-after") or self._described(
                    _DESCRIBED_BEFORE.fullmatch(text, a, w.start()), q)
        return None

    def _pre(self, q: Quote, start: int) -> Attribution | None:
        text = self.text
        words = list(_WORD.finditer(text, max(start, q.open - 200), q.open))
        for w in reversed(words[-7:]):
            lw = w.group().lower()
            if lw == "to" and words.index(w) > 0 and words[words.index(w) - 1].group().lower() == "according":
                return self._after_verb(w.end(), q.open, "according-to")
            if lw in lx.SPEECH_VERBS and w.group()[0].islower() and not _DETERMINER_BEFORE.search(
                    text, max(start, w.start() - 5), w.start()) and not (lw.endswith("ed") and _PASSIVE_BEFORE.search(
                    text, max(start, w.start() - 20), w.start())):  # (not "the post required", "was accused of")
                gap = text[w.end():q.open]
                if len(gap) > 45 or any(ch in gap for ch in ".;!?"):
                    return None
                g = gap.strip().lower()
                how = "colon" if g.endswith(":") else "said-before" if g in ("", ",") or g.endswith(
                    (",", "that", "that,")) else "partial"
                if lw.endswith("ing") and text[w.start() - 2:w.start()] == ", ":  # "X criticized “A” ..., stating"
                    start = min(start, self.lay.sentences[self.lay.sentence_at(w.start())][0])
                return self._reporter(w.start(), start, how)
        return None

    def _earlier(self, q: Quote, start: int) -> Attribution | None:
        """A speech verb earlier in the sentence (`calling it a “historic agreement”`, `arguing ... “terrorism”`)."""
        for w in reversed(list(_WORD.finditer(self.text, max(start, q.open - _WINDOW), q.open))):
            lw = w.group().lower()
            if _speech_word(lw) and lw not in ("according", "post", "state", "states", "call", "calls") and not (
                    lw in _NOUN_FORMS and _NOUN_PHRASE_BEFORE.search(self.text, max(start, w.start() - 30), w.start())
            ) and not (lw.endswith("ed") and _PASSIVE_BEFORE.search(self.text, max(start, w.start() - 20), w.start())):
                return self._reporter(w.start(), start, "partial")  # (not "the product recall": a noun)
            if lw in _NOUN_FORMS and _OWN_CLAIM.search(self.text, max(start, w.start() - 12), w.start()) and (
                    _THAT_AFTER.match(self.text, w.end(), q.open)):
                return self._subject_before(w.start(), start, "partial")  # "X stood by her claims that Y “...”"
        if (source := _ACCORDING_TO.search(self.text, max(start, q.open - _WINDOW), q.open)) is not None:
            return self._after_verb(source.end(), q.open, "according-to")  # "according to X's complaint, ... “...”"
        issued = max(_ISSUED.finditer(self.text, max(start, q.open - _WINDOW), q.open), key=lambda m: m.start(),
                     default=None)
        return self._subject_before(issued.start(), start, "partial") if issued is not None else None

    def _reporter(self, verb: int, start: int, how: str) -> Attribution | None:
        """The subject of the speech verb at ``verb``, or of the verb whose "that"-clause holds it: in "Lima told
        reporters that Brazil had warned of “damage”" Lima speaks, not Brazil. A full quote right after the inner
        verb is the inner speaker's ("Peña said that Lula told him: “We will pay”")."""
        for w in reversed(list(_WORD.finditer(self.text, max(start, verb - 160), verb)) if how == "partial" else ()):
            lw = w.group()
            if lw in lx.SPEECH_VERBS and lw not in _NO_CLAUSE and _THAT_AFTER.match(self.text, w.end(), verb):
                outer = self._subject_before(w.start(), start, how)
                if outer is not None:
                    return outer
                break
        return self._subject_before(verb, start, how)

    def _judging_verb(self, q: Quote, start: int) -> int | None:
        """Where a verb that judges or names sits before a partial quote in its clause ("accused the mayor of
        “…”", "filed a complaint against her for “…”", "called the plan “…”"); None without one."""
        window = max(start, q.open - _JUDGING_REACH)
        found = max(_JUDGING.finditer(self.text, window, q.open), key=lambda m: m.start(), default=None)
        if found is None or any(c in self.text[found.end():q.open] for c in ";:“”\""):  # (dots: "Inc. for")
            return None
        if _PASSIVE_BEFORE.search(self.text, max(window - 20, found.start() - 20), found.start()):
            return None  # "has been accused of a “blunder”": the subject is the accused; the accuser is not named
        return found.start()

    def _colon_paragraph(self, q: Quote) -> Attribution | None:
        """A quote that opens a paragraph after one ending "..., Rubio said:" belongs to that speaker."""
        p = bisect.bisect_right(self.para_starts, q.open) - 1
        if p < 1 or self.text[self.para_starts[p]:q.open].strip():
            return None
        prev_start, prev_end = self.lay.paragraphs[p - 1]
        if not self.text[prev_start:prev_end].endswith(":"):
            return None
        s_start = self.lay.sentences[self.lay.sentence_at(prev_end - 1)][0]
        fake = Quote(prev_end, prev_end, prev_end, prev_end)
        return self._pre(fake, s_start) or self._introducer(s_start, prev_end)

    def _name_heading(self, q: Quote) -> Attribution | None:
        """ "Ana Ruiz ¶ “We played well ...”", "Dr. Ana Ruiz, Director of Health ¶ “...”": a quote opening its
        paragraph under a line that holds only a person's name (a title before it, a description after a comma)
        is that person's: the layout of reaction round-ups and broadcast transcripts."""
        p = bisect.bisect_right(self.para_starts, q.open) - 1
        if p < 1 or self.text[self.para_starts[p]:q.open].strip():
            return None
        a, b = self.lay.paragraphs[p - 1]
        if b - a > 100 or self.text[b - 1] in _HEADING_END or any(ch in self.text[a:b] for ch in "“\""):
            return None
        who = next((r for r in self._refs_in(a, b) if r.kind == PERSON and r.rtype == "name"), None)
        if who is None or who.actor is None or not _HEADING_BEFORE.fullmatch(self.text, a, who.start) or not (
                _HEADING_AFTER.match(self.text, who.end, b)):
            return None
        return Attribution((who.actor,), "heading")

    def _introducer(self, start: int, end: int) -> Attribution | None:
        """ "Here is what Ruiz had to say:", "Ruiz also spoke about the budget:": an introducing sentence with a
        word of speaking and one person named in it (or one pronoun that resolved to a person)."""
        if not _SPEAKING.search(self.text, start, end):
            return None
        people = {r.actor.name: r.actor for r in self._refs_in(start, end) if r.kind == PERSON and r.actor is not None}
        return Attribution((next(iter(people.values())),), "colon") if len(people) == 1 else None

    def _continuation(self, q: Quote, prev: tuple[Quote, Attribution] | None, ss: int) -> Attribution | None:
        if prev is None or self.text[max(ss, q.open - _WINDOW):q.open].strip():
            return None
        p_prev = bisect.bisect_right(self.para_starts, prev[0].open)
        p_cur = bisect.bisect_right(self.para_starts, q.open)
        if p_cur - p_prev > 1 and not (p_cur - p_prev <= 3 and prev[0].close >= self.lay.paragraphs[p_prev - 1][1]
                                       and not any(
                r.kind == PERSON for r in self._refs_in(self.lay.paragraphs[p_prev][0], q.open))):
            return None  # (a quote left open at its paragraph's end may run on through unmarked paragraphs)
        # people named in the previous quote's own sentence ("..., repeating one of Milei's phrases") are mentions,
        # not speakers: only a person named in a later sentence can take the continuation over
        prev_end = max(prev[0].close, self.lay.sentences[self.lay.sentence_at(prev[0].close)][1])
        between = [r for r in self._refs_in(prev_end, q.open) if r.kind == PERSON and r.actor is not None
                   and not self.text.startswith(("'s", "’s"), r.end)]
        if between:  # the subject of the last sentence naming someone: "Ruiz objected and held Paz to account."
            last = self.lay.sentence_at(between[-1].start)
            subject = next(r for r in between if self.lay.sentence_at(r.start) == last)
            return Attribution((subject.actor,), "continuation") if subject.rtype != "pron" else Attribution(
                prev[1].speakers, "continuation")
        return Attribution(prev[1].speakers, "continuation")

    def _paraphrased(self, q: Quote) -> Attribution | None:
        """ "Ruiz said the plan would fail. ¶ “It is a disaster.”": a paragraph that is only a quote, after a
        paragraph with no quote that reports what someone said, is that person's."""
        p = bisect.bisect_right(self.para_starts, q.open) - 1
        if p < 1 or self.text[self.para_starts[p]:q.open].strip():
            return None
        a, b = self.lay.paragraphs[p - 1]
        if p >= 2 and self._crosshead(a, b):
            a, b = self.lay.paragraphs[p - 2]  # "Ruiz said ... ¶ Budget cuts ¶ “...”": a crosshead between
        quoted = self.lay.quotes[bisect.bisect_left(self.quote_opens, a):bisect.bisect_left(self.quote_opens, b)]
        if any(len(_WORD.findall(self.text, x.start, x.end)) > 4 for x in quoted):
            return None  # the paragraph quotes someone: a continuation of that quote is handled apart (a title is no
            # quote of anyone's: "speaking on the theme ‘Health for All’, said")
        verbs = [w for w in _WORD.finditer(self.text, a, b)
                 if (w.group() in lx.SPEECH_VERBS or w.group() in _TALKED) and w.group() != "according"]
        if not verbs:
            return None
        found = self._subject_before(verbs[-1].start(), self.lay.sentences[self.lay.sentence_at(verbs[-1].start())][0],
                                     "continuation")
        return found if found is not None and found.speakers and all(
            a.kind == "person" for a in found.speakers) else None

    def _asked_after(self, q: Quote, s_idx: int) -> bool:
        """The sentence after a quoted question or exclamation opens with a name and a speech verb ("Ms Ruiz
        asked."), within its first five words."""
        if s_idx + 1 >= len(self.lay.sentences) or self.lay.sentences[s_idx + 1][0] > q.close + 3:
            return False
        ns, ne = self.lay.sentences[s_idx + 1]
        words = _WORD.findall(self.text, ns, min(ne, ns + 60))[:5]
        return bool(words) and words[0][:1].isupper() and any(
            w in lx.SPEECH_VERBS for w in words[1:]) and not any(ch in self.text[ns:ne] for ch in "“\"")

    def _crosshead(self, a: int, b: int) -> bool:
        """A subheading between paragraphs: a few words, no closing punctuation, no quote, no one speaking."""
        words = _WORD.findall(self.text, a, b)
        return 0 < len(words) <= 6 and self.text[b - 1] not in _HEADING_END and not any(
            ch in self.text[a:b] for ch in "“”\"") and not any(w in lx.SPEECH_VERBS for w in words)

    def _statement_headings(self) -> list[tuple[int, Actor]]:
        """Headings such as "Statement by Ontario NDP Leader Ana Ruiz on the budget": where each ends, and the
        person who issued the statement (the first person named after "by"/"from")."""
        out: list[tuple[int, Actor]] = []
        for a, b in self.lay.paragraphs:
            if b - a > 200 or self.text[b - 1] in ".!?" or (m := _STATEMENT_HEADING.match(self.text, a, b)) is None:
                continue
            who = next((r.actor for r in self._refs_in(m.end(), b) if r.kind == PERSON and r.rtype == "name"
                        and r.actor is not None), None)
            if who is not None:
                out.append((b, who))
        return out

    def _issued_by(self, q: Quote, prev: tuple[Quote, Attribution] | None) -> Attribution | None:
        """A quote opening a paragraph after a "Statement by X" heading, with no one quoted since, is X's."""
        k = bisect.bisect_left(self.issuers, (q.open,)) - 1 if self.issuers else -1
        if k < 0 or self.text[self.para_starts[bisect.bisect_right(self.para_starts, q.open) - 1]:q.open].strip():
            return None
        end, who = self.issuers[k]
        if prev is not None and prev[0].open > end:
            return None
        return Attribution((who,), "statement")

    def _someone_else(self, q: Quote) -> bool:
        """ "“...,” the petition stated", "“...,” one other member said": the quote's own sentence names a speaker
        who is no person we know (a thing or an unnamed someone), so no earlier speaker goes on."""
        m = _NOUN_SUBJECT_AFTER.match(self.text, q.close + 1)
        if m is None:
            return False
        head = fold(m.group(1))
        return not (head in _PERSON_NOUNS or "year-old" in head or lx.role_of(head) is not None
                    or gz.demonym_country(m.group(1)) is not None or _NATIONALITY_NOUN.fullmatch(m.group(1)))

    def _after_unattributed(self, i: int, done: list[tuple[Quote, Attribution]]) -> bool:
        """The quote just before this one (in this or the previous paragraph) has no speaker: a run of quotes does
        not skip over it to an earlier speaker."""
        if not i or not done:
            return False
        q0, att0 = done[-1]
        gap = bisect.bisect_right(self.para_starts, self.lay.quotes[i].open) - bisect.bisect_right(
            self.para_starts, q0.open)
        return not att0.speakers and gap <= 1 and not self.text[q0.start:q0.end][:1].islower() and len(
            _WORD.findall(self.text, q0.start, q0.end)) > 3

    def _nickname(self, q: Quote) -> bool:
        """ "Joaquín “El Chapo” Guzmán": a quoted nickname between a first name and a surname, said by no one."""
        words = self.text[q.start:q.end].split()
        return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) and bool(
            _NAME_BEFORE.search(self.text, max(0, q.open - 30), q.open)) and bool(
            _NAME_AFTER.match(self.text, q.close + 1))

    def _title(self, q: Quote, start: int) -> bool:
        """A quoted title or name ("released “Battlefield V,”", "said “FIFA” has remained"): words in title case (or
        one acronym) after a verb of publishing or a word for a work, or the subject of the clause that follows."""
        words = self.text[q.start:q.end].rstrip(".,").split()
        if _SO_CALLED.search(self.text, max(start, q.open - 12), q.open) or (
                len(words) <= 12 and _TITLED.search(self.text, max(start, q.open - 12), q.open)):
            return True  # "the so-called “Oxley Road saga”", "an e-book titled “The Battle Over ...”"
        if not 0 < len(words) <= 4 or any(ch in self.text[q.start:q.end].rstrip(".,") for ch in ".,;:!?"):
            return False
        if len(words) == 1 and not (words[0].isupper() and len(words[0]) > 1):
            return False
        if not all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL_WORDS for w in words):
            return False
        if _CLAUSE_VERB.match(self.text, q.close + 1) or _HAS_VERB.match(self.text, q.close + 1):
            return True
        return _TITLE_CONTEXT.search(self.text, max(start, q.open - 30), q.open) is not None or (
            _OWNER_BEFORE.search(self.text, max(start, q.open - 30), q.open) is not None)

    def _runs_on(self, q: Quote, prev: tuple[Quote, Attribution] | None, ss: int) -> Attribution | None:
        """ "“...,” said Ruiz. Among the problems are “rising costs and ...”": a longer quote in a sentence with no
        speech verb nor anyone else named, right after a quote of the same paragraph, goes on with its speaker."""
        if prev is None or len(_WORD.findall(self.text, q.start, q.end)) < 5:
            return None
        if bisect.bisect_right(self.para_starts, prev[0].open) != bisect.bisect_right(self.para_starts, q.open):
            return None
        if self.lay.sentence_at(prev[0].close) == self.lay.sentence_at(q.open):
            return None
        words = _WORD.findall(self.text, ss, q.open)
        if any(w.lower() in lx.SPEECH_VERBS for w in words) or any(
                r.kind == PERSON and r.rtype == "name" and r.actor not in prev[1].speakers
                for r in self._refs_in(ss, q.open)):
            return None
        return Attribution(prev[1].speakers, "continuation")

    # --- helpers ------------------------------------------------------------------------------------------
    def _refs_in(self, a: int, b: int) -> list[Ref]:
        i = bisect.bisect_left(self.ref_starts, a)
        j = bisect.bisect_left(self.ref_starts, b)
        return self.refs[i:j]

    def _after_verb(self, a: int, end: int, how: str) -> Attribution | None:
        refs = self._refs_in(a, min(end, a + _MAX_GAP))
        for k, r in enumerate(refs):
            if r.kind == COUNTRY and self.text[a:r.start].strip(" ,"):
                continue
            if _WORDS_THEN_COMMA.search(self.text, a, r.start):
                return None  # "cried some MPs, their name for Zulu": the subject ended before the comma
            while k + 1 < len(refs) and self.text[r.end:refs[k + 1].start] in ("/", " / "):
                k += 1  # "said CNA/NNU Executive Director X": two bodies written as one, then the person
                r = refs[k]
            while k + 1 < len(refs) and refs[k + 1].kind == PERSON and (
                    (r.kind != PERSON and _ADJACENT.fullmatch(self.text, r.end, refs[k + 1].start))
                    or self._title_between(r.end, refs[k + 1].start)):
                k += 1  # "said Supreme Court Justice Mónica Gómez", "said Acme CEO Ana Ruiz": the person
                r = refs[k]
            if _CLAUSE_VERB.match(self.text, r.end):
                return None  # "said Caracas would take ...": the subject of what was said, not the speaker
            if r.actor is None:
                return _UNRESOLVED
            return Attribution(tuple(self._with_partners(r, end)), "pronoun" if r.rtype == "pron" else how)
        return None

    def _described(self, m: re.Match[str] | None, q: Quote) -> Attribution | None:
        """A person described, not named ("the top seed", "the Serb", "the 38-year-old"): the person who spoke last,
        within the previous two paragraphs, unless the description's nationality is not theirs."""
        if m is None:
            return None
        head = m.group(2)
        phrase = fold(m.group(1) + head)
        country = gz.demonym_country(head) if head[0].isupper() else None
        if not (country or _NATIONALITY_NOUN.fullmatch(head) or "year-old" in phrase or fold(head) in _PERSON_NOUNS
                or lx.role_of(fold(head)) is not None):
            return None  # "the former minister", "the Labour MP for Leeds", "the Serb": a person described
        who = self._subject_since_last_quote(q)
        if who is None:
            if self._prev is None or len(self._prev[1].speakers) != 1:
                return None
            para = bisect.bisect_right
            if para(self.para_starts, q.open) - para(self.para_starts, self._prev[0].open) > 2:
                return None
            who = self._prev[1].speakers[0]
        if who.kind != "person" or (country and who.country and country != who.country):
            return None
        return Attribution((who,), "description")

    def _subject_since_last_quote(self, q: Quote) -> Actor | None:
        """The person named as the subject of the nearest sentence between the previous quote and ``q``, within
        the paragraph before: "Ruiz said in a statement that ... ¶ “...,” said the former minister"."""
        p = bisect.bisect_right(self.para_starts, q.open) - 1
        lo = self.para_starts[p - 1] if p >= 1 else 0
        if self._prev is not None:
            lo = max(lo, self._prev[0].close + 1)
        people = [r for r in self._refs_in(lo, q.open) if r.kind == PERSON and r.rtype == "name" and r.actor
                  and not self.text.startswith(("'s", "’s"), r.end)]
        if not people:
            return None
        last_sentence = self.lay.sentence_at(people[-1].start)
        return next(r.actor for r in people if self.lay.sentence_at(r.start) == last_sentence)

    def _title_between(self, a: int, b: int) -> bool:
        """Only titles stand between two names: "Acme CEO Ana Ruiz", "Acme chairman and CEO Ana Ruiz" (the first
        name is her employer)."""
        gap = self.text[a:b].strip()
        return 0 < len(gap) < 40 and all(lx.role_of(fold(part)) is not None for part in _TITLES_JOINED.split(gap))

    def _with_partners(self, r: Ref, end: int) -> list[Actor]:
        group = [r.actor] if r.actor else []
        i = bisect.bisect_left(self.ref_starts, r.start)
        while i + 1 < len(self.refs) and self.refs[i + 1].start < end:
            nxt = self.refs[i + 1]
            if not _PARTNER_GAP.fullmatch(self.text, self.refs[i].end, nxt.start) or nxt.actor is None:
                break
            group.append(nxt.actor)
            i += 1
        return group

    def _subject_before(self, verb: int, start: int, how: str = "said-after") -> Attribution | None:
        if (rel := _THAT_RELATIVE.search(self.text, max(start, verb - 30), verb)) is not None and not (
                rel.group(1) in lx.SPEECH_VERBS or rel.group(1) in _PERSON_NOUNS or lx.role_of(rel.group(1))):
            return None  # "a distant voice in the background that said:": the voice, no one named
        if self.text.startswith("saying", verb) and (w := _WITH_BEFORE.search(self.text, max(start, verb - 50), verb)):
            inner = [r for r in self._refs_in(w.start(), verb) if r.actor is not None]
            if inner:  # "..., with the premier saying:": the subject of the absolute clause
                return Attribution((inner[-1].actor,), "pronoun" if inner[-1].rtype == "pron" else how)
        if (other := _OTHER_SUBJECT.search(self.text, max(start, verb - 40), verb)) is not None:
            inner = [r for r in self._refs_in(other.start(), verb) if r.kind == PERSON and r.actor is not None]
            if len(inner) == 1:  # "vowed what he described as a “...”", "prices, which she said cause “...”"
                return Attribution((inner[0].actor,), "pronoun" if inner[0].rtype == "pron" else how)
            return None  # "what aides call ...": the verb has a subject that is no actor
        if (who := _WHO_BEFORE.search(self.text, max(start, verb - 30), verb)) is not None:
            people = [r for r in self._refs_in(start, who.start()) if r.kind == PERSON and r.actor is not None
                      and r.rtype == "name"]
            if people:  # "Ricardo Monreal, coordinator of the caucus, who described it as ...": Monreal
                return Attribution((people[-1].actor,), how)  # type: ignore[arg-type]
        cands = [r for r in self._refs_in(start, verb) if r.actor is not None or r.rtype != "name"]
        cands = [r for r in cands if not (r.rtype == "pron" and r.kind == ORG and self.text[r.end:verb].strip(" ,")
                                          and self.text[start:r.start].strip())]  # "They said ... and called"
        # "the top Democrat on the Intelligence Committee", "a spokesperson for Rogers": objects of a preposition
        # (not the subject of a relative clause: "an interview in which the president called him a “...”")
        kept = [r for r in cands if r.rtype == "pron" or not _AFTER_PREPOSITION.search(
            self.text, max(start, r.start - 40), r.start)]
        if not kept:  # "Analysts at the Institute of International Finance said": the institute speaks
            org = next((r for r in cands if r.kind == ORG and r.actor is not None and _MEMBERS_OF.search(
                self.text, max(start, r.start - 40), r.start)), None)
            return Attribution((org.actor,), how) if org is not None else None  # type: ignore[arg-type]
        cands = kept
        if _PARTICIPLE.search(self.text, max(start, verb - 3), verb + 12) and cands[0].kind != COUNTRY:
            cands = cands[:1]  # "X canceled a contract with Y, saying ...": the subject of the main clause
        best = next((r for r in reversed(cands) if r.kind != COUNTRY or not self.text[r.end:verb].strip()), None)
        while best is not None and cands.index(best) > 0 and self._in_apposition(cands[cands.index(best) - 1], best,
                                                                                 verb):
            best = cands[cands.index(best) - 1]  # "X, of the Y movement, said": Y is not the speaker
        if best is None:
            return None
        if _AND_BEFORE_VERB.search(self.text, best.end, verb):  # "X said Johnson lacked ... and warned that"
            earlier = [w for w in _WORD.finditer(self.text, start, best.start)
                       if w.group() in lx.SPEECH_VERBS and w.group()[0].islower()]
            if earlier and earlier[-1].start() > start and not _NEW_CLAUSE.search(self.text, earlier[-1].end(),
                                                                                   best.start):
                return self._subject_before(earlier[-1].start(), start, how)  # (not after ", but the coach")
            if not earlier and best is not cands[0] and cands[0].kind == PERSON and cands[0].rtype == "name" and not (
                    _NEW_CLAUSE.search(self.text, cands[0].end, best.start)):
                best = cands[0]  # "X called out Y for ... and reminded MPs": the first subject goes on
        if best.actor is None or (best.rtype == "name" and _POSSESSOR_OF_NOUN.match(self.text, best.end)):
            return _UNRESOLVED  # "Bulger's attorneys urged ...": the attorneys speak, unnamed
        group = [best.actor]
        i = cands.index(best)
        while i > 0 and _PARTNER_GAP.fullmatch(self.text, cands[i - 1].end, cands[i].start) and cands[i - 1].actor:
            group.insert(0, cands[i - 1].actor)
            i -= 1
        return Attribution(tuple(group), "pronoun" if best.rtype == "pron" else how)

    def _in_apposition(self, prev: Ref, ref: Ref, verb: int) -> bool:
        """``ref`` sits in a comma-delimited aside after ``prev`` that ends right before the verb."""
        if prev.kind != PERSON and ref.kind == PERSON:
            return False
        closing = self.text[ref.end:verb]
        between = self.text[prev.end:ref.start]
        if between[:2] in ("'s", "’s"):
            return False  # "Boluarte's lawyer, Juan Carlos Portugal, said": the possessor does not speak
        return _APPOSITION_END.fullmatch(closing) is not None and "," in between and len(between) < 60 and not any(
            ch in between for ch in ".;:“”\"")

    def _refs_until_clause_end(self, a: int, end: int) -> tuple[Actor, ...]:
        stop = end
        for ch in ",;.":
            k = self.text.find(ch, a, end)
            if k >= 0:
                stop = min(stop, k)
        group: list[Actor] = []
        refs = self._refs_in(a, stop)
        if refs and refs[0].start - a > 4 and not self._title_between(a, refs[0].start):
            return ()  # "by legislating on labor matters without Congress": no agent right after "by"
        for r in refs:
            if r.actor is not None and r.actor not in group:
                group.append(r.actor)
        return tuple(group)

    def _partial(self, q: Quote, pre_start: int) -> bool:
        quoted = self.text[q.start:q.end].lstrip(" .…'‘\"")
        pre = self.text[max(pre_start, q.open - _WINDOW):q.open].rstrip()
        if quoted[:1].islower():  # also the second half of a split quote (“...,” he said, “and ...”)
            return True
        if not pre or pre.endswith(":"):
            return False
        if pre.endswith(","):
            words = _WORD.findall(pre[-40:])
            return not (words and words[-1].lower() in lx.SPEECH_VERBS)
        return True
