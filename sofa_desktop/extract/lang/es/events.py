"""Spanish events: dated clauses and reported acts (firmó, aprobó, dio media sanción …) with agent and status."""

from __future__ import annotations

import bisect
import re

from sofa_desktop.extract.core.doc_events import DocumentEvents
from sofa_desktop.extract.core.mentions import COUNTRY
from sofa_desktop.extract.core.types import DateX, EventStatus, EventX, Precision
from sofa_desktop.extract.lang.es.dates import EsDate, days_after, resolve
from sofa_desktop.extract.lang.es.event_vocab import (
    CONDITIONS,
    EVENT_NOUNS,
    EVENT_OBJECTS,
    EVENT_VERBS,
    HEDGES,
    NEGATION,
    PLANNED,
)
from sofa_desktop.extract.lang.es.storyday import IRREGULAR_PAST, STORY_PARAGRAPHS, Draft, background, story_day
from sofa_desktop.extract.lang.es.titles import event_title, sentence_subject
from sofa_desktop.extract.lang.es.vocab import SPEECH_VERBS

_WORD = re.compile(r"\w+")
_FIRST_OF: dict[str, list[str]] = {}
for _phrase in EVENT_VERBS:
    if " " in _phrase:
        _FIRST_OF.setdefault(_phrase.split()[0], []).append(_phrase)
_FUTURE = re.compile(r"(?:ara|era|ira|aran|eran|iran|aria|eria|iria|arian|erian|irian|ar|er|ir)$")
_CLAUSE_EDGE = re.compile(r"[,;:()—“”«»\"]|\s[–-]\s|\b(?:pero|aunque|mientras|porque|y|e)\s")
_CONDITIONAL = re.compile(r"[a-zñ]+(?:ar|er|ir)ían?\b")  # "sucedería", "votarían" (written with the accent)
# "anunciaré", "firmaremos", "votarán"
_SPOKEN_FUTURE = re.compile(r"\b[a-zñ]+(?:ar|er|ir)(?:é|á|emos|án)\b", re.IGNORECASE)
_SPOKEN_FUTURE_ENDING = re.compile(r"(?:e|a|emos|an)$")
# "la llamada que vamos a tener mañana": the future a speaker gives with "ir a" + infinitive
_GOING_TO = re.compile(r"\b(?:voy|vas|va|vamos|van)\s+a\s+(?P<inf>[a-zñ]+(?:ar|er|ir))\b")
_FUTURE_TENSE = re.compile(r"[a-zñ]+(?:ar|er|ir)(?:á|án)\b")  # "abrirá", "votarán"
_SAID_IRREGULAR = frozenset({"dijo", "dijeron", "sostuvo", "sostuvieron", "expuso", "advirtio", "advirtieron",
                             "pidio", "pidieron", "sugirio", "repitio", "prosiguio"})
_FINITE_ENDINGS = ("aron", "ieron", "aba", "aban", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_DETERMINERS = frozenset({"la", "el", "las", "los", "una", "un", "su", "sus"})
# an infinitive of purpose or intent: "para (que) …", "a fin de …", "su intención de presentarse"
_PURPOSE = re.compile(r"\b(?:para(?:\s+que)?|a fin de|con el fin de|con el objetivo de|(?:intencion|idea|plan|"
                      r"objetivo|proposito|pedido|solicitud) de)\s+(?:(?:le|les|se|lo|la)\s+)?[a-z]+(?:ar|er|ir|"
                      r"arse|erse|irse|a|e|an|en)\b")
# irregular preterites of doing and being somewhere ("estuvo este jueves en Sauce"); not "fue", a copula
_NOT_BEFORE_PARTICIPLE = frozenset({"el", "la", "los", "las", "un", "una", "del", "al", "su", "sus", "en", "de", "a",
                                    "con", "por", "para", "y", "e", "o", "que", "como", "ante", "sin"})
_PUNCT = re.compile(r"[,;:.()«»“”\"]")
_IRREGULAR_ACTS = frozenset(IRREGULAR_PAST - {"fue", "fueron"})
_PAREN = re.compile(r"\([^()]{0,30}\)")
_PLAIN_O = frozenset({"hizo", "detuvo", "impuso", "dispuso", "puso", "tuvo", "electo", "dijo", "produjo",
                      "condujo", "trajo", "quiso", "pudo", "vino", "supo"})
_PARTICIPLE = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_AUXILIARIES = frozenset({"fue", "fueron", "ha", "han", "habia", "habian", "sido", "sera", "seran", "quedo",
                          "quedaron", "resulto", "resultaron", "es", "son", "esta", "estan", "hubiera", "habria",
                          "haber", "hemos", "he", "hubo"})
_AFTER_QUOTE = re.compile(r"[”»\"«]\s*[,.;]?\s*(?:[—–-]\s*)?(?:(?:ha|han)\s+)?$")
# auxiliaries and clitics between a negation and its verb
_BEFORE_VERB = frozenset({"ha", "han", "habia", "habian", "he", "hemos", "haya", "hayan", "hubo", "fue", "fueron",
                          "sido", "se", "lo", "la", "le", "les", "los", "las", "todavia", "aun", "ya"})
_BOUNDS = frozenset({"desde", "hasta", "para", "antes", "partir"})  # "a partir del 1 de noviembre"
_CONDITION_FIRST = re.compile(r"(?:[^;:()]{0,40}\(\w+\)\.?-\s*)?(?:si(?! bien)|en caso de que|siempre que|"
                              r"a menos que)\s")  # "si bien" is "although"
_STRONG = frozenset({"sign", "approve", "enact", "reject", "vote", "take office", "convict", "arrest", "elect",
                     "dismiss", "resign", "meet", "rule", "complete"})


class SpanishEvents(DocumentEvents[EsDate]):
    """Events of one Spanish document, sentence by sentence."""

    def run(self, body_start: int) -> list[EventX]:
        """All events of the body in text order."""
        drafts: list[Draft] = []
        parens = [(m.start(), m.end()) for m in _PAREN.finditer(self.text, body_start)]
        last_day: DateX | None = None
        lead_end = next((b for a, b in self.lay.paragraphs if b > body_start), body_start)
        story = [b for a, b in self.lay.paragraphs if b > body_start][:STORY_PARAGRAPHS]
        story_end = story[-1] if story else body_start
        for ss, se in self.lay.sentences:
            if se <= body_start:
                continue
            verbs = self._verbs(ss, se)
            here = self.dates[bisect.bisect_left(self.d_starts, ss):bisect.bisect_left(self.d_starts, se)]
            dates = [d for d in here if not self._in_quote(d.start) and not any(a <= d.start < b for a, b in parens)
                     and not self._bound(d)]
            drafts.extend(self._promised(ss, se, [d for d in here if self._in_quote(d.start)]))
            used: set[int] = set()
            first = len(drafts)
            dated_verbs = [w for w in verbs if not self._bare_participle(w[0], w[1]) or self._dated_participle(
                w, dates)] if dates else []
            for d in dates:
                # "citado … como imputado": a bare participle dates nothing; two dates, two happenings
                free = [w for w in dated_verbs if w[0] not in used] or dated_verbs
                free = [w for w in free if not self._reports_clause(w, d.start) and not self._dates_infinitive(
                    w[0], d.start)]
                verb = min(free, key=lambda w: abs(w[0] - d.start), default=None)
                noun = self._noun(ss, se, d.start)
                if noun is not None and self._called_off(noun[0]):
                    noun = None  # "votaron posponer las elecciones de este año": they will not be held this year
                if noun is not None and verb is not None and noun[0] not in used and _dates_noun(noun[0], verb[0],
                                                                                               d.start):
                    verb = None  # "viajó a Lima y su regreso se prevé este domingo": the return is on Sunday
                if verb is None and noun is None:
                    continue
                action, vpos, vword = (verb[2], verb[0], verb[1]) if verb else (noun[1], noun[0], noun[2])
                used.add(verb[0] if verb is not None else noun[0])  # type: ignore[index]
                cue = self._cue(ss, vpos, vword) if verb is not None else self._noun_cue(vpos, d.start)
                if cue == "not":
                    continue  # "no aprobó el acuerdo en marzo": nothing happened in March
                future = cue == "planned" or d.future_word
                if d.follows:
                    date = days_after(last_day, d.days_after_previous, d.text) if last_day else DateX(
                        None, None, Precision.UNKNOWN, d.text)
                else:
                    date = resolve(d, self.pub, future)
                if date.start is not None and self.pub is not None and date.start > self.pub:
                    future = True
                if cue == "hedge" and future:
                    cue = "planned"  # "deberá ratificarlo el próximo martes": due on a day to come
                status = EventStatus.NOT_ASSERTED if cue == "hedge" else (
                    EventStatus.EXPECTED if future else EventStatus.REPORTED)
                if any(x.event.start == ss and (x.event.date.start, x.event.date.end) == (date.start, date.end)
                       and date.start is not None for x in drafts[-3:]):
                    continue  # the same day named twice in a sentence ("el martes, 17 de junio"): one happening
                drafts.append(Draft(self._event(ss, se, action, vpos, vword, date, status, d.end),
                                    vpos if verb else -1, vword))
                if verb is not None and future and cue is None and _finite_past(vword) and action != "act" and (
                        not vword.endswith(_PARTICIPLE) or not self._bare_participle(vpos, vword)):
                    # "ha citado a declarar el próximo 30 de octubre": the summons is done, the hearing expected
                    undated = DateX(None, None, Precision.UNKNOWN, None)
                    drafts.append(Draft(self._event(ss, se, action, vpos, vword, undated, EventStatus.REPORTED,
                                                    d.end), vpos, vword))
                if date.precision == Precision.DAY and status != EventStatus.NOT_ASSERTED:
                    last_day = date
            heading = self.text[se - 1] not in ".!?…»”\")"  # a subhead restates the story; its day is unknown
            if heading or dates and ss >= lead_end:
                continue  # a dated sentence past the lead tells its happenings by their dates
            taken = {d.event.action for d in drafts[first:]}  # "se reunió el lunes": told already
            for pos, word, action in verbs:
                if pos in used or action == "act" or action in taken or self._bare_participle(pos, word):
                    continue
                cue = self._cue(ss, pos, word)
                if cue in ("not", "hedge"):
                    continue  # neither happened nor planned: nothing to draw
                status = EventStatus.EXPECTED if cue == "planned" else EventStatus.REPORTED
                weak = action not in _STRONG
                if status == EventStatus.REPORTED and weak and (not _finite_past(word) or ss >= story_end or (
                        action == "state" and ss >= lead_end)):
                    continue  # only the story's day could date it, and it cannot reach here
                date = DateX(None, None, Precision.UNKNOWN, None)  # dated below when it is the story's
                drafts.append(Draft(self._event(ss, se, action, pos, word, date, status, pos), pos, word,
                                    bool(dates) or weak and status == EventStatus.REPORTED))
                break
        story_day(self.text, self.folded, drafts, self.pub, self.lay.paragraphs, body_start)
        return [d.event for d in drafts if d.event.date.start is not None or not (
            d.event.action == "state" or d.only_if_dated or background(self.folded, d))]

    def _verbs(self, ss: int, se: int) -> list[tuple[int, str, str]]:
        """Event verbs, statements and other finite verbs of a sentence outside quotations: (offset, word, action)."""
        out = []
        f, text = self.folded, self.text
        k = bisect.bisect_right(self.q_opens, se)  # the last quotation opened before the sentence ends
        quoted = k > 0 and self.quotes[k - 1][1] > ss  # quotations never overlap: only that one may reach in
        for w in _WORD.finditer(f, ss, se):
            word = w.group()
            n, end = len(word), w.end()
            known = word in EVENT_VERBS or word in SPEECH_VERBS or word in _FIRST_OF or word in _IRREGULAR_ACTS
            if not known and (n < 4 or not (text[end - 1] == "ó" or word.endswith(_FINITE_ENDINGS) or n > 5 and (
                    "í" in text[end - 3:end] or "á" in text[end - 2:end]))):
                continue  # cheap test first: most words are no verb
            if quoted and self._in_quote(w.start()) or f[max(0, w.start() - 6):w.start()] == "segun ":
                continue  # "según informó La Nación": the source of the news, not news of its own
            if word in _FIRST_OF:
                for phrase in _FIRST_OF[word]:
                    if f.startswith(phrase, w.start()):
                        out.append((w.start(), phrase, EVENT_VERBS[phrase]))
            if word in EVENT_VERBS and not self._not_a_verb(w):
                out.append((w.start(), word, EVENT_VERBS[word]))
            elif word in SPEECH_VERBS and self._said(w):
                out.append((w.start(), word, "state"))  # "dijo en la víspera", "ha afirmado que …"
            elif word in EVENT_VERBS:
                continue  # a noun spelt like a verb
            elif n > 3 and (text[end - 1] == "ó" or word.endswith(("aron", "ieron")) or word in _IRREGULAR_ACTS):
                out.append((w.start(), word, "act"))  # any other preterite ("trató", "lograron", "estuvo")
            elif word.endswith(_PARTICIPLE) and n > 5 and (f.endswith(("fue ", "fueron "), max(0, w.start() - 8), (
                    w.start())) or self._date_after(end) and self._modifier(w)):
                out.append((w.start(), word, "act"))  # "fue inaugurada anoche"; "organizado el último martes"
                # (not "el abogado"; a bare participle dates only what its own date follows: _dated_participle)
            elif n > 5 and (self._perfect(w) or word.endswith(("aba", "aban")) or _CONDITIONAL.match(
                    text, w.start(), end) or _FUTURE_TENSE.match(text, w.start(), end)):
                out.append((w.start(), word, "act"))  # "ha interactuado", "llevaban", "sucedería", "abrirá"
        return out

    def _modifier(self, w: re.Match[str]) -> bool:
        """A participle after its noun ("la carta enviada …"), not a noun spelt like one ("en Diputados", "una
        medida que …", "el abogado")."""
        before = self.folded[max(0, w.start() - 12):w.start()].split()[-1:]
        return not (before and before[0] in _NOT_BEFORE_PARTICIPLE) and not self.folded.startswith(" que ", w.end())

    def _date_after(self, end: int) -> bool:
        """A date begins within a short phrase after ``end``, with no punctuation between."""
        i = bisect.bisect_left(self.d_starts, end)
        return i < len(self.dates) and self.dates[i].start - end <= 30 and not _PUNCT.search(
            self.text, end, self.dates[i].start)

    def _promised(self, ss: int, se: int, dates: list[EsDate]) -> list[Draft]:
        """What a speaker says will be done on a day ("«… que anunciaré el próximo domingo»", "«… la llamada que
        vamos a tener mañana»"): an expected event for a verb in the future (or "ir a" + infinitive) right before
        a date inside the same quotation."""
        out = []
        for d in dates:
            i = bisect.bisect_right(self.q_opens, d.start) - 1
            lo = max(self.quotes[i][0], d.start - 80, ss)
            said = sorted([*_SPOKEN_FUTURE.finditer(self.text, lo, d.start),
                           *_GOING_TO.finditer(self.folded, lo, d.start)], key=lambda m: m.start())
            if not said or d.follows or any(ch in self.text[said[-1].end():d.start] for ch in ",;:()"):
                continue  # "vamos a tener mañana, digo, si hacen un anuncio el día de hoy": today's is no plan
            verb = said[-1]
            word = self.folded[verb.start():verb.end()]
            stem = verb.group("inf") if verb.re is _GOING_TO else _SPOKEN_FUTURE_ENDING.sub("", word)
            action = EVENT_VERBS.get(stem) or ("state" if stem in SPEECH_VERBS else "act")
            date = resolve(d, self.pub, True)
            out.append(Draft(self._event(ss, se, action, verb.start(), word, date, EventStatus.EXPECTED), -1, word))
        return out

    def _called_off(self, noun: int) -> bool:
        """ "posponer las elecciones", "suspendió la sesión", "canceló la visita": the event named is not held."""
        words = self.folded[max(0, noun - 30):noun].split()[-3:]
        return any(EVENT_VERBS.get(w) == "suspend" or w.startswith(("cancel", "anul", "frustr")) for w in words)

    def _dates_infinitive(self, verb: int, date: int) -> bool:
        """ "pidió … para que le permita exponer este sábado", "expresó su intención de presentarse este sábado":
        a date after an infinitive of purpose or intent dates what is asked or meant, not the verb before it."""
        return verb < date and _PURPOSE.search(self.folded, verb, date) is not None

    def _reports_clause(self, verb: tuple[int, str, str], date: int) -> bool:
        """ "El INE informó que la inflación, de diciembre de 2021 a noviembre de 2022, es …": a date in what a
        speech verb reports dates the report's content, not the report."""
        return verb[2] in ("state", "announce") and verb[0] < date and " que " in self.folded[verb[0]:date]

    def _bound(self, d: EsDate) -> bool:
        """A date that bounds or targets rather than dates: "desde 2011", "hasta noviembre de 2026", "antes de
        julio", "su pronóstico para este año"; "prevista para el martes" still dates the planned session."""
        head = (self.folded[max(0, d.start - 30):d.start] + self.folded[d.start:d.start + 7]).split()
        k = next((i for i in range(len(head) - 1, -1, -1) if head[i] in _BOUNDS), None)
        if k is None or len(head) - k > (4 if head[k] == "partir" else 3) or any(
                w in _DETERMINERS - {"el", "la"} for w in head[k + 1:-1]):
            return False
        return head[k] != "para" or not (k and (head[k - 1] in PLANNED or head[k - 1].endswith(("ado", "ada"))))

    def _perfect(self, w: re.Match[str]) -> bool:
        """ "ha interactuado", "se ha traducido", "había recibido": a participle after "ha", "han", "había(n)"."""
        return w.group().endswith(_PARTICIPLE) and (self.folded[max(0, w.start() - 4):w.start()] in (
            " ha ", "han ") or self.folded[max(0, w.start() - 7):w.start()].endswith(("habia ", "habian ")))

    def _said(self, w: re.Match[str]) -> bool:
        """A speech verb in the preterite or the present perfect outside a quotation ("dijo", "ha afirmado")."""
        word = w.group()
        if _AFTER_QUOTE.search(self.text, max(0, w.start() - 12), w.start()):
            return False  # "«…», ha concluido X": the attribution of a quotation, not news of its own
        return (self.text[w.end() - 1] == "ó" or word.endswith(("aron", "ieron")) or word in _SAID_IRREGULAR
                or self._perfect(w))

    def _not_a_verb(self, w: re.Match[str]) -> bool:
        """ "el fallo", "su voto", "su rechazo": a noun spelt like a preterite without its accent (falló, votó);
        or a speech verb attributing a quotation ("”, ha concluido Pigott", "concluyó que …")."""
        word, end = w.group(), w.end()
        if self.folded[max(0, w.start() - 5):w.start()].split()[-1:] in (["la"], ["el"], ["su"], ["una"], ["un"]):
            return True  # "la firma", "el voto", "su rechazo": a noun
        if word.endswith("o") and self.text[end - 1] != "ó" and not word.endswith(("ado", "ido")) and (
                word not in _PLAIN_O):
            return True
        return word in SPEECH_VERBS and (bool(_AFTER_QUOTE.search(self.text, max(0, w.start() - 12), w.start()))
                                         or self.folded.startswith(" que ", end))

    def _noun(self, ss: int, se: int, near: int) -> tuple[int, str, str] | None:
        """The event noun of the sentence nearest to ``near`` ("la elección de este domingo")."""
        found = [(w.start(), EVENT_NOUNS[w.group()], w.group()) for w in _WORD.finditer(self.folded, ss, se)
                 if w.group() in EVENT_NOUNS and not self._in_quote(w.start())]
        return min(found, key=lambda n: abs(n[0] - near), default=None)

    def _noun_cue(self, pos: int, date_pos: int) -> str | None:
        """ "su retorno se prevé este domingo": a plan word between an event noun and its date."""
        words = self.folded[min(pos, date_pos):max(pos, date_pos)].split()
        return "planned" if any(w in PLANNED for w in words) else None

    def _dated_participle(self, verb: tuple[int, str, str], dates: list[EsDate]) -> bool:
        """ "una carta enviada este miércoles", "la condena dictada contra ella en 2022": a participle with its
        date a short phrase after it (no comma between) tells when that was done."""
        end = verb[0] + len(verb[1])
        return any(0 <= d.start - end <= 30 and not _PUNCT.search(self.text, end, d.start) for d in dates)

    def _bare_participle(self, pos: int, word: str) -> bool:
        """ "el acuerdo firmado", "firmado en Washington por …", "el presidente electo": a participle with no
        auxiliary describes a thing; on its own it dates nothing."""
        if not word.endswith(_PARTICIPLE) and word not in ("electo", "electa"):
            return False
        before = self.folded[max(0, pos - 30):pos].split()[-2:]
        return not any(b in _AUXILIARIES for b in before)

    def _cue(self, ss: int, pos: int, word: str) -> str | None:
        """What keeps the verb at ``pos`` from being reported as done, read in its own clause: "not" (negated),
        "hedge" (modal, wish, requirement, purpose, condition, a bare infinitive) or "planned" (future tense,
        "va a", "está previsto"); None when it is asserted."""
        f = self.folded
        a = max(ss, pos - 60)
        edges = list(_CLAUSE_EDGE.finditer(f, a, pos))
        clause = f[edges[-1].end() if edges else a:pos]
        words = clause.split()
        lead = list(words)
        while lead and lead[-1] in _BEFORE_VERB:
            lead.pop()  # "no ha firmado", "no se lo ha dado", "nunca fue aprobado": the negation before them
        if lead and lead[-1] in NEGATION:
            return "not"
        if (cond := _CONDITION_FIRST.match(f, ss, pos)) is not None and "," in f[cond.end():pos]:
            return "not"  # "Si el Senado aprueba el texto, la ley entrará en vigor en marzo": only if, not planned
        head = word.split()[0]
        near = [w for k, w in enumerate(words[-4:]) if not (k and words[-4:][k - 1] in _DETERMINERS)]  # "la espera"
        end = pos + len(head)
        if any(w in PLANNED for w in near) or self.text[end - 1:end] == "á" or self.text[end - 2:end] == "án":
            return "planned"  # "tiene previsto aprobar", "firmará", "votarán"
        if any(w in HEDGES for w in near) or (edges or ss == a) and clause.lstrip().startswith(CONDITIONS):
            return "hedge"

        if head.endswith(("ria", "rian")):
            return "hedge"  # a conditional: "el Gobierno firmaría otro"
        if _FUTURE.search(head) and not head.endswith(("ar", "er", "ir")):
            return "hedge"  # a subjunctive: "si el Senado rechazara el texto"
        if head.endswith(("ar", "er", "ir")):
            return "hedge"  # an infinitive reports nothing by itself ("acordaron tratar", "decidió postergar")
        return None

    def _event(self, ss: int, se: int, action: str, vpos: int, vword: str, date: DateX,
               status: EventStatus, keep: int | None = None) -> EventX:
        """The event of the verb at ``vpos``; with ``keep`` (the end of its date, or the verb), its passage stops
        before a purpose clause after both ("presentó un proyecto para asegurar …": the aim is no happening)."""
        if keep is not None and (aim := _PURPOSE.search(self.folded, max(keep, vpos + len(vword)), se)) is not None:
            se = len(self.text[ss:aim.start()].rstrip(" ,")) + ss
        refs = self.refs[bisect.bisect_left(self.r_starts, ss):bisect.bisect_left(self.r_starts, se)]
        refs = [r for r in refs if r.actor is not None and not self._in_quote(r.start)]
        subject = sentence_subject(self.text, refs, vpos, COUNTRY)
        names = tuple(dict.fromkeys([*(a.name for a in ([subject.actor] if subject else [])),  # type: ignore[union-attr]
                                     *(r.actor.name for r in refs)]))  # type: ignore[union-attr]
        obj = self._object(vpos, se)
        title = event_title(self.text, self.folded, subject, vpos, vword, se)
        return EventX(ss, se, title, action, obj, date, status, names)

    def _object(self, vpos: int, se: int) -> str | None:
        for w in _WORD.finditer(self.folded, vpos, min(se, vpos + 80)):
            if w.group() in EVENT_OBJECTS:
                return EVENT_OBJECTS[w.group()]
        return None


def _dates_noun(noun: int, verb: int, date: int) -> bool:
    """Whether a date goes with an event noun rather than the verb: a date follows what it dates ("su regreso se
    prevé este domingo", "recibió media sanción en diciembre, tras una sesión …"), so the nearer one before it."""
    if noun < date:
        return verb > date or noun > verb
    return verb > date and noun - date < verb - date


def _finite_past(word: str) -> bool:
    """A preterite or a participle ("firmó", "aprobaron", "fue aprobado", "sancionó")."""
    head = word.split()[0]
    return head.endswith(("o", "aron", "ieron", "ado", "ada", "ido", "ida")) and not head.endswith(("ando", "iendo"))
