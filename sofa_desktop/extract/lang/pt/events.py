"""Dated events of a Portuguese text: each date of a sentence with the verb (or event noun) it dates, the
verb's status (asserted, expected, not asserted) and the actors of the sentence."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from sofa_desktop.extract.core.doc_events import DocumentEvents
from sofa_desktop.extract.core.mentions import PERSON, Ref
from sofa_desktop.extract.core.types import DateX, EventStatus, EventX
from sofa_desktop.extract.lang.pt.dates import PtDate, resolve
from sofa_desktop.extract.lang.pt.event_vocab import (
    CONDITIONS,
    DUE,
    EVENT_NOUNS,
    EVENT_OBJECTS,
    EVENT_VERBS,
    HEDGES,
    NEGATION,
    PLANNED,
    SUBJUNCTIVE,
)
from sofa_desktop.extract.lang.pt.vocab import SPEECH_VERBS

_WORD = re.compile(r"[\w-]+")
_PAST = ("ou", "eu", "iu", "aram", "eram", "iram", "ado", "ada", "ido", "ida", "ados", "adas", "idos", "idas")
_FUTURE = ("ara", "era", "ira", "arao", "erao", "irao")
_FUTURE_ACCENT = re.compile(r"[a-zç]+(?:á|ão)\b")  # "realizará", "votarão": written with the accent
_INFINITIVE = ("ar", "er", "ir")
_AUXILIARIES = frozenset({"foi", "foram", "sido", "tem", "tinha", "havia", "ha", "era", "eram", "esta", "estao",
                          "tendo", "ser", "sera", "seja", "sejam", "fosse", "teria", "tera"})
_NOT_PRETERITE = frozenset({"europeu", "museu", "judeu", "ateu", "plebeu", "apogeu", "coliseu", "liceu", "trofeu",
                            "chapeu", "pigmeu", "hebreu", "filisteu", "jubileu", "camafeu", "mausoleu", "sou"})
_PARTICIPLE = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_IRREGULAR_PARTICIPLES = frozenset({"feito", "feita", "feitos", "feitas", "aberto", "aberta", "posto", "posta",
                                    "visto", "vista", "dito", "dita", "escrito", "escrita", "aceito", "aceita",
                                    "entregue", "entregues", "pago", "paga", "ganho", "gasto", "coberto", "coberta"})
_AGAIN = frozenset({"voltou", "voltaram", "volta", "voltam", "tornou", "tornaram", "torna", "tornam"})
_AGAIN_INFINITIVE = re.compile(r" a ([a-z]+(?:ar|er|ir))\b")
_BOUNDS = frozenset({"ate", "desde", "antes"})
_CLAUSE_EDGE = re.compile(r"[,;:()—–“”«»\"]|\s-\s|\b(?:mas|embora|porque|enquanto|e)\s")
_SAID_FORMS = ("ou", "eu", "iu", "aram", "eram", "iram")


class PortugueseEvents(DocumentEvents[PtDate]):
    """Events of one Portuguese document, sentence by sentence."""

    def run(self, body_start: int) -> list[EventX]:
        """The dated events of the body, in text order."""
        out: list[EventX] = []
        last_day: dt.date | None = None
        for ss, se in self.lay.sentences:
            if se <= body_start:
                continue
            here = self.dates[bisect.bisect_left(self.d_starts, ss):bisect.bisect_left(self.d_starts, se)]
            dates = [d for d in here if not self._in_quote(d.start) and not self._bound(d)
                     and not self._in_parentheses(d.start, ss)]
            if not dates:
                continue
            verbs = self._verbs(ss, se)
            nouns = self._nouns(ss, se)
            used: set[int] = set()
            for d in dates:
                pick = self._dated(d, verbs, nouns, used)
                if pick is None:
                    continue
                pos, word, action, is_noun = pick
                used.add(pos)
                cue = self._noun_cue(pos, d.start) if is_noun else self._cue(ss, pos, word)
                if cue == "not":
                    continue
                modal = self._modal(ss, pos) if cue == "hedge" else None  # "pode vetar na sexta": one to come
                future = (cue == "planned" or d.future_word or self._target(d) or modal is not None
                          or _scheduled(word, d))
                date = resolve(d, self.pub, future, last_day)
                if date.start is not None and self.pub is not None and date.start > self.pub:
                    future = True
                if cue == "hedge" and future and modal in DUE:
                    cue = "planned"  # "deve votar na terça-feira": due on a day to come
                status = EventStatus.NOT_ASSERTED if cue == "hedge" else (
                    EventStatus.EXPECTED if future else EventStatus.REPORTED)
                if any(e.start == ss and (e.date.start, e.date.end) == (date.start, date.end) for e in out[-3:]):
                    continue  # one day named twice in a sentence: one happening
                out.append(self._event(ss, se, action, pos, word, date, status))
                if date.start is not None and date.start == date.end:
                    last_day = date.start
        return out

    def _modal(self, ss: int, pos: int) -> str | None:
        """The present or future modal right before the verb ("pode", "deve", "poderá"), if any."""
        words = self.folded[max(ss, pos - 25):pos].split()[-2:]
        return next((w for w in words if w in DUE or w in ("pode", "podem", "podera", "poderao")), None)

    def _in_parentheses(self, pos: int, ss: int) -> bool:
        """ "o projeto (1.904 de 2024)": a date inside parentheses names a document, it dates nothing."""
        head = self.text[ss:pos]
        return head.rfind("(") > head.rfind(")")

    def _target(self, d: PtDate) -> bool:
        """ "eleições para 18 de maio", "marcada para o dia 9": a date a plan aims at."""
        head = self.folded[max(0, d.start - 12):d.start].split()[-1:] + self.folded[d.start:d.end].split()[:1]
        return any(w in ("para", "marcada", "marcado") for w in head)

    def _bound(self, d: PtDate) -> bool:
        """ "desde 2011", "até 2026": a date that bounds rather than dates."""
        words = self.folded[max(0, d.start - 12):d.start + 6].split()
        return bool(words) and any(w in _BOUNDS for w in words[-3:])

    def _verbs(self, ss: int, se: int) -> list[tuple[int, str, str]]:
        """(offset, word, action) of the event, speech and other finite verbs outside quotations."""
        out = []
        for w in _WORD.finditer(self.folded, ss, se):
            word, pos = w.group(), w.start()
            if self._in_quote(pos):
                continue
            two = " ".join(self.folded[pos:pos + 30].split()[:3])
            phrase = next((p for p in (two, " ".join(two.split()[:2])) if p in EVENT_VERBS and " " in p), None)
            if phrase is not None:
                out.append((pos, phrase, EVENT_VERBS[phrase]))
            elif word in _AGAIN and (inf := _AGAIN_INFINITIVE.match(self.folded, w.end())) is not None:
                out.append((pos, word, EVENT_VERBS.get(inf.group(1), "act")))  # "voltou a vencer": won (again)
            elif word in EVENT_VERBS:
                out.append((pos, word, EVENT_VERBS[word]))
            elif word in SPEECH_VERBS and (word.endswith(_SAID_FORMS) or word in ("disse", "disseram", "diz")):
                out.append((pos, word, "state"))
            elif (word.endswith(_PARTICIPLE) or word in _IRREGULAR_PARTICIPLES) and self._after_auxiliary(pos):
                out.append((pos, word, "act"))  # "a decisão foi tomada", "será detalhada": something done
            elif len(word) > 3 and (word.endswith(("ou", "aram", "eram", "iram", "iu")) or word.endswith("eu")
                                    and word not in _NOT_PRETERITE or len(word) > 4 and word.endswith(_FUTURE)
                                    and _FUTURE_ACCENT.match(self.text, pos)):
                out.append((pos, word, "act"))
        return out

    def _after_auxiliary(self, pos: int) -> bool:
        return bool(set(self.folded[max(0, pos - 12):pos].split()[-1:]) & _AUXILIARIES)

    def _nouns(self, ss: int, se: int) -> list[tuple[int, str, str]]:
        return [(w.start(), w.group(), EVENT_NOUNS[w.group()]) for w in _WORD.finditer(self.folded, ss, se)
                if w.group() in EVENT_NOUNS and not self._in_quote(w.start())]

    def _dated(self, d: PtDate, verbs: list[tuple[int, str, str]], nouns: list[tuple[int, str, str]],
               used: set[int]) -> tuple[int, str, str, bool] | None:
        """The verb or event noun a date goes with: a noun right before it ("eleições para 18 de maio"), else the
        nearest verb not taken yet (a verb before the date wins a tie)."""
        for pos, word, action in nouns:
            gap = self.folded[pos + len(word):d.start]
            if pos not in used and pos < d.start and len(gap.split()) <= 2 and not any(c in gap for c in ",;"):
                return pos, word, action, True
        free = [v for v in verbs if v[0] not in used] or verbs
        if not free:
            near = [n for n in nouns if abs(n[0] - d.start) < 60]
            if near:
                pos, word, action = min(near, key=lambda n: abs(n[0] - d.start))
                return pos, word, action, True
            return None
        pos, word, action = min(free, key=lambda v: (abs(v[0] - d.start) - (5 if v[0] < d.start else 0)))
        return pos, word, action, False

    def _noun_cue(self, pos: int, date_pos: int) -> str | None:
        words = self.folded[min(pos, date_pos) - 20:max(pos, date_pos)].split()
        return "planned" if any(w in PLANNED for w in words) else None

    def _cue(self, ss: int, pos: int, word: str) -> str | None:
        """ "not" (negated), "hedge" (modal, condition, purpose, a bare infinitive), "planned" (future, "vai"),
        or None (asserted), read in the verb's own clause."""
        a = max(ss, pos - 60)
        edges = list(_CLAUSE_EDGE.finditer(self.folded, a, pos))
        clause = self.folded[edges[-1].end() if edges else a:pos]
        words = clause.split()
        near = words[-3:]
        if any(w in NEGATION for w in near):
            return "not"
        lead = self.folded[ss:pos].lstrip(" \n“\"-–—")
        if lead.startswith(CONDITIONS) and "," in lead:
            return "not"  # "Se o Senado aprovar em abril, a lei entra em vigor em maio": only if
        head = word.split()[0]
        if any(w in PLANNED for w in near) or head.endswith(_FUTURE) and _FUTURE_ACCENT.match(self.text, pos):
            return "planned"
        if any(w in HEDGES for w in near) or clause.lstrip().startswith(CONDITIONS):
            return "hedge"
        if head.endswith(("ria", "riam")) or head in SUBJUNCTIVE:
            return "hedge"  # a conditional ("o governo assinaria") or a subjunctive ("para que sancione")
        if head.endswith(_INFINITIVE) and not any(w in SPEECH_VERBS for w in words[-2:]):
            return "hedge"  # an infinitive reports nothing by itself ("decidiu adiar")
        return None

    def _event(self, ss: int, se: int, action: str, vpos: int, vword: str, date: DateX,
               status: EventStatus) -> EventX:
        refs = self.refs[bisect.bisect_left(self.r_starts, ss):bisect.bisect_left(self.r_starts, se)]
        refs = [r for r in refs if r.actor is not None and not self._in_quote(r.start)]
        before = [r for r in refs if r.start < vpos]
        subject = next((r for r in before if r.kind == PERSON), before[0] if before else None)
        names = tuple(dict.fromkeys([*((subject.actor.name,) if subject and subject.actor else ()),
                                     *(r.actor.name for r in refs if r.actor is not None)]))
        return EventX(ss, se, self._title(subject, vpos, se), action, self._object(vpos, se), date, status, names)

    def _title(self, subject: Ref | None, vpos: int, se: int) -> str:
        """ "Hugo Motta defendeu que seja levado ao plenário": the subject and the words from the verb on."""
        tail = re.split(r"[,;:(“\"«]", self.text[vpos:se])[0].split()[:7]
        who = subject.actor.name if subject and subject.actor else ""
        return " ".join([who, *tail]).strip(" .") or self.text[vpos:se][:60]

    def _object(self, vpos: int, se: int) -> str | None:
        for w in _WORD.finditer(self.folded, vpos, min(se, vpos + 80)):
            if w.group() in EVENT_OBJECTS:
                return EVENT_OBJECTS[w.group()]
        return None



def _scheduled(word: str, d: PtDate) -> bool:
    """ "o time volta a jogar no sábado", "a Câmara vota na terça": a present tense with a bare weekday tells
    what is scheduled, a day to come."""
    head = word.split()[0]
    return d.kind == "wd" and not d.groups.get("wnum") and not d.groups.get("fd") and (
        head in _AGAIN or head in EVENT_VERBS and head.endswith(("a", "am", "e", "em")) and not head.endswith(
            ("ada", "ida")))
