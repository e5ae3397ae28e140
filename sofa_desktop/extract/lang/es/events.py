"""Spanish events: dated clauses and reported acts (firmó, aprobó, dio media sanción …) with agent and status."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from sofa_desktop.extract.core.mentions import COUNTRY, Ref
from sofa_desktop.extract.core.sentences import Layout
from sofa_desktop.extract.core.types import DateX, EventStatus, EventX, Precision
from sofa_desktop.extract.lang.es.dates import EsDate, days_after, resolve
from sofa_desktop.extract.lang.es.event_vocab import EVENT_NOUNS, EVENT_OBJECTS, EVENT_VERBS, MODALS, NEGATION
from sofa_desktop.extract.lang.es.titles import event_title, sentence_subject
from sofa_desktop.extract.lang.es.vocab import SPEECH_VERBS

_WORD = re.compile(r"\w+")
_FIRST_OF: dict[str, list[str]] = {}
for _phrase in EVENT_VERBS:
    if " " in _phrase:
        _FIRST_OF.setdefault(_phrase.split()[0], []).append(_phrase)
_FUTURE = re.compile(r"(?:ara|era|ira|aran|eran|iran|aria|eria|iria|arian|erian|irian|ar|er|ir)$")
_PREDICTIVE = frozenset({"proxima", "proximo", "previsto", "prevista", "programada", "programado", "convocadas",
                         "convocada", "fijada", "fijado", "espera", "esperan", "prevé", "preve"})
_PAREN = re.compile(r"\([^()]{0,30}\)")
_PLAIN_O = frozenset({"hizo", "detuvo", "impuso", "dispuso", "puso", "tuvo", "electo", "dijo", "produjo",
                      "condujo", "trajo", "quiso", "pudo", "vino", "supo"})
_PARTICIPLE = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_AUXILIARIES = frozenset({"fue", "fueron", "ha", "han", "habia", "habian", "sido", "sera", "seran", "quedo",
                          "quedaron", "resulto", "resultaron", "es", "son", "esta", "estan", "hubiera", "habria",
                          "haber", "hemos", "he", "hubo"})
_AFTER_QUOTE = re.compile(r"[”»\"«]\s*[,.;]?\s*(?:[—–-]\s*)?(?:(?:ha|han)\s+)?$")
_STRONG = frozenset({"sign", "approve", "enact", "reject", "vote", "take office", "convict", "arrest", "elect",
                     "dismiss", "resign", "meet", "rule", "complete"})


class SpanishEvents:
    """Events of one Spanish document, sentence by sentence."""

    def __init__(self, text: str, folded: str, lay: Layout, refs: list[Ref], dates: list[EsDate],
                 pub: dt.date | None, quotes: list[tuple[int, int]]) -> None:
        self.text, self.folded, self.lay, self.refs, self.dates, self.pub = text, folded, lay, refs, dates, pub
        self.quotes = quotes
        self.q_opens = [a for a, _ in quotes]
        self.r_starts = [r.start for r in refs]
        self.d_starts = [d.start for d in dates]

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_opens, pos) - 1
        return i >= 0 and self.quotes[i][0] <= pos < self.quotes[i][1]

    def run(self, body_start: int) -> list[EventX]:
        """All events of the body in text order."""
        out: list[EventX] = []
        parens = [(m.start(), m.end()) for m in _PAREN.finditer(self.text, body_start)]
        last_day: DateX | None = None
        for ss, se in self.lay.sentences:
            if se <= body_start:
                continue
            verbs = self._verbs(ss, se)
            dates = [d for d in self.dates[bisect.bisect_left(self.d_starts, ss):bisect.bisect_left(self.d_starts, se)]
                     if not self._in_quote(d.start) and not any(a <= d.start < b for a, b in parens)]
            used: set[int] = set()
            for d in dates:
                verb = min(verbs, key=lambda w: abs(w[0] - d.start), default=None)
                if verb is None and (noun := self._noun(ss, se)) is None:
                    continue
                action, vpos, vword = (verb[2], verb[0], verb[1]) if verb else (noun[1], noun[0], noun[2])
                if verb is not None:
                    used.add(verb[0])
                future = self._future(vpos, vword) or d.future_word
                if d.days_after_previous:
                    date = days_after(last_day, d.days_after_previous, d.text) if last_day else DateX(
                        None, None, Precision.UNKNOWN, d.text)
                else:
                    date = resolve(d, self.pub, future)
                if date.start is not None and self.pub is not None and date.start > self.pub:
                    future = True
                if self._negated(vpos):
                    continue
                out.append(self._event(ss, se, action, vpos, vword, date, future))
                if date.precision == Precision.DAY and not future:
                    last_day = date
            heading = self.text[se - 1] not in ".!?…»”\")"  # a subhead restates the story; its day is unknown
            for pos, word, action in verbs:
                if pos in used or dates or action not in _STRONG or self._negated(pos) or heading or (
                        self._bare_participle(pos, word)):
                    continue
                future = self._future(pos, word)
                date = DateX(None, None, Precision.UNKNOWN, None)
                if not future and self.pub is not None and _finite_past(word):
                    date = DateX(self.pub, self.pub, Precision.DAY, None)  # implicit: the publication day
                out.append(self._event(ss, se, action, pos, word, date, future))
                break
        return out

    def _verbs(self, ss: int, se: int) -> list[tuple[int, str, str]]:
        out = []
        f = self.folded
        for w in _WORD.finditer(f, ss, se):
            word = w.group()
            if self._in_quote(w.start()):
                continue
            if word in _FIRST_OF:
                for phrase in _FIRST_OF[word]:
                    if f.startswith(phrase, w.start()):
                        out.append((w.start(), phrase, EVENT_VERBS[phrase]))
            if word in EVENT_VERBS:
                if self._not_a_verb(w):
                    continue
                out.append((w.start(), word, EVENT_VERBS[word]))
            elif len(word) > 3 and (self.text[w.end() - 1] == "ó" or word.endswith(("aron", "ieron"))):
                out.append((w.start(), word, "act"))  # any other preterite ("trató", "lograron"): something done
        return out

    def _not_a_verb(self, w: re.Match[str]) -> bool:
        """ "el fallo", "su voto", "su rechazo": a noun spelt like a preterite without its accent (falló, votó);
        or a speech verb attributing a quotation ("”, ha concluido Pigott", "concluyó que …")."""
        word, end = w.group(), w.end()
        if word.endswith("o") and self.text[end - 1] != "ó" and not word.endswith(("ado", "ido")) and (
                word not in _PLAIN_O):
            return True
        return word in SPEECH_VERBS and (bool(_AFTER_QUOTE.search(self.text, max(0, w.start() - 12), w.start()))
                                         or self.folded.startswith(" que ", end))

    def _noun(self, ss: int, se: int) -> tuple[int, str, str] | None:
        for w in _WORD.finditer(self.folded, ss, se):
            if w.group() in EVENT_NOUNS and not self._in_quote(w.start()):
                return w.start(), EVENT_NOUNS[w.group()], w.group()
        return None

    def _bare_participle(self, pos: int, word: str) -> bool:
        """ "el acuerdo firmado", "firmado en Washington por …", "el presidente electo": a participle with no
        auxiliary describes a thing; on its own it dates nothing."""
        if not word.endswith(_PARTICIPLE) and word not in ("electo", "electa"):
            return False
        before = self.folded[max(0, pos - 30):pos].split()[-2:]
        return not any(b in _AUXILIARIES for b in before)

    def _negated(self, pos: int) -> bool:
        before = self.folded[max(0, pos - 12):pos].split()
        return bool(before) and before[-1] in NEGATION

    def _future(self, pos: int, word: str) -> bool:
        before = self.folded[max(0, pos - 40):pos].split()[-3:]
        head = word.split()[0]
        return bool(_FUTURE.search(head)) and not head.endswith(("aba",)) or any(
            b in MODALS - {"a", "de", "que", "para", "sin", "si"} or b in _PREDICTIVE for b in before) or (
            bool(before) and before[-1] in ("para", "a") and head.endswith(("ar", "er", "ir")))

    def _event(self, ss: int, se: int, action: str, vpos: int, vword: str, date: DateX, future: bool) -> EventX:
        refs = self.refs[bisect.bisect_left(self.r_starts, ss):bisect.bisect_left(self.r_starts, se)]
        refs = [r for r in refs if r.actor is not None and not self._in_quote(r.start)]
        subject = sentence_subject(self.text, refs, vpos, COUNTRY)
        names = tuple(dict.fromkeys([*(a.name for a in ([subject.actor] if subject else [])),  # type: ignore[union-attr]
                                     *(r.actor.name for r in refs)]))  # type: ignore[union-attr]
        obj = self._object(vpos, se)
        title = event_title(self.text, self.folded, subject, vpos, vword, se)
        status = EventStatus.EXPECTED if future else EventStatus.REPORTED
        return EventX(ss, se, title, action, obj, date, status, names)

    def _object(self, vpos: int, se: int) -> str | None:
        for w in _WORD.finditer(self.folded, vpos, min(se, vpos + 80)):
            if w.group() in EVENT_OBJECTS:
                return EVENT_OBJECTS[w.group()]
        return None


def _finite_past(word: str) -> bool:
    """A preterite or a participle ("firmó", "aprobaron", "fue aprobado", "sancionó")."""
    head = word.split()[0]
    return head.endswith(("o", "aron", "ieron", "ado", "ada", "ido", "ida")) and not head.endswith(("ando", "iendo"))
