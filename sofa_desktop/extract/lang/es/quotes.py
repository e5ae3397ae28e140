"""Spanish quote attribution: «…», dijo X / X afirmó que «…» / según X / dropped subjects / colon and dash forms."""

from __future__ import annotations

import bisect
import re

from sofa_desktop.extract.core.mentions import COUNTRY, ORG, PERSON, Actor, Attribution, Ref
from sofa_desktop.extract.core.sentences import Layout, Quote
from sofa_desktop.extract.core.types import QuoteX
from sofa_desktop.extract.lang.en.actors import ActorTable
from sofa_desktop.extract.lang.es import vocab as v
from sofa_desktop.extract.lang.es.actors import body_actor
from sofa_desktop.extract.lang.es.refs import OBJECT_BEFORE
from sofa_desktop.extract.lang.es.storyday import IRREGULAR_PAST

_WORD = re.compile(r"\w+")
_SEGUN = re.compile(r"\b(?:segun|de acuerdo con|de acuerdo a|para)\s+$")
_SEGUN_ANY = re.compile(r"\b(?:segun|de acuerdo con|(?:a juicio|en opinion|en palabras|a criterio|a decir) del?)\s+")
_PARA_LEAD = re.compile(r"[\s\"“«(]*para\s+")  # "Para el senador X, «…»": X's view, at the sentence start only
_TOPIC_BEFORE = re.compile(r"\b(?:sobre|contra|con|ante|hacia|acerca de)\s+(?:el\s+|la\s+)?(?:[a-z]+\s+)?$")
# "«…?», se le preguntó a la ministra": the question is the journalist's, no actor's
_ASKED = re.compile(r"[\s,]*(?:se\s+(?:le|les)\s+)(?:pregunt|cuestion|consult|inquiri)\w*")
_DETERMINER_BEFORE = re.compile(r"\b(?:el|la|los|las|un|una|su|sus|esta|esa|dicha|dicho)\s+$")
_WEAK = frozenset({"unattributed", "continuation", "dropped-subject", "colon"})  # guesses a repeat may correct
_ADVERBIAL = re.compile(r",\s+(?:al|tras|luego de|despues de|antes de|consultad[oa]s?|preguntad[oa]s?)\s")
_POSSESSIVE = re.compile(r"\s+(?:su|sus)\s")
_ADJECTIVES = re.compile(r"(?:\s+[a-z]+){0,2}\s*")  # lower-case words after a title: "el candidato masista"
_COPULA = re.compile(r"\s+(?:es|son|fue|era|resulta|sera|seria)\b[^,.;:\"“«]{0,30}")
_MADE_KNOWN = re.compile(r"\s*(?:[,.;]\s*)?(?:(?:ha|han)\s+)?(?:hizo|hecho|hicieron|dio|dado|dieron)\s+"
                         r"(?P<verb>saber|a conocer)\b")
_POST_LEAD = re.compile(r"\s*(?:[,.;]\s*)?(?:[—–-]\s*)?(?:(?:ha|han|habia|habian)\s+)?(?P<verb>\w+)")
_LATE_VERB = re.compile(r",\s*(?:segun\s+)?(?:(?:ha|han)\s+)?(?P<verb>\w+)\s+(?=(?:el|la|los|las|un|una|[^\W\d_]+)\b)")
_COLON_NAME = re.compile(r"\s*:\s*")
_BY = re.compile(r"\s*(?:[\w,]+\s+){0,2}?por\s+")
_STOP = re.compile(r"[.;!?]\s|\n")
_WINDOW = 300
# a thing that "says" a quotation: a post, a document, a sign (no actor, and not the person in focus)
# a quotation that is a noun phrase's name: "la llamada «ley de …»", "una «entrega de soberanía»"
_LABEL_BEFORE = re.compile(r"\b(?:el|la|los|las|un|una|unos|unas|su|sus|del|al|llamad[oa]s?|denominad[oa]s?|"
                           r"conocid[oa]s? como|como|de)\s*$")
_THING_AFTER = re.compile(r"[\s,]*(?:el|la|los|las|un|una|dicho|dicha)\s+(?:\w+\s+)?(?P<thing>cuenta|publicacion|"
                          r"mensaje|texto|documento|escrito|carta|nota|tuit|posteo|video|audio|cartel|pancarta|"
                          r"resolucion|informe|estudio|encuesta|articulo|decreto|proyecto|leyenda|consigna|fallo|sentencia|dictamen)\b")
_ASIDE = re.compile(r"\s[-—–(][^-—–()\n]{3,160}[-—–)]")  # " -director de …, la hidroeléctrica …-"
_PREPOSITION_LISTS = [["por"], ["de"], ["del"], ["con"], ["para"], ["contra"], ["sobre"], ["entre"], ["ante"]]
_PREPOSITIONS = frozenset({"a", "al", "de", "del", "en", "ante", "frente", "con", "por", "para", "sobre", "contra",
                           "desde", "hacia", "entre", "tras"})
# a sentence that points back at the quotation before it: "Con esas palabras, …", "Así lo expresó …"
_BACK_REFERENCE = re.compile(r"(?:con (?:esas|estas|esos|estos|dichas) (?:palabras|terminos|frases|declaraciones)|"
                             r"asi (?:lo |se )?(?P<verb>\w+)|de (?:esta|esa) (?:manera|forma)|"
                             r"en (?:esos|estos) terminos)"
                             r"\b[\s,]*")
# a quotation named as someone's words: "«…», fue la reacción de X", "«…», fue la respuesta del ministro"
_REACTION_OF = re.compile(r"[\s,]*(?:fue|era|ha sido|sera)\s+(?:la|el|su)\s+(?:\w+\s+)?(?:reaccion|respuesta|replica|"
                          r"conclusion|mensaje|comentario|sentencia|definicion|advertencia|critica|descargo|"
                          r"valoracion|diagnostico|frase|consigna|pedido|reclamo)\s+(?:de\s+|del\s+|de la\s+)?")
_OF_BODY = re.compile(r"\s+(?:de|del)\s+(?:la\s+|los\s+|las\s+)?")
_GERUND = re.compile(r"\b\w{3,}(?:ando|iendo)\b")
# "dijo una fuente de la Moncloa", "según fuentes del Gobierno": an unnamed source speaks, no actor
_UNNAMED_SOURCE = re.compile(r"[\s,]*(?:una|un|las|los|otras?|otros?|varias|diversas|dos|tres)?\s*"
                             r"(?:fuentes?|portavoz anonimo|vocero anonimo|allegados?|cercanos?)\b")
_SOURCES_OF = re.compile(r"\b(?:fuentes|una fuente|un portavoz anonimo)\s+(?:de|del|cercanas? a|proximas? a)\s")
# a speech verb in the infinitive after a modal is what someone may say, not who said the quotation
_MODAL_BEFORE = re.compile(r"\b(?:podria|podrian|puede|pueden|podra|podran|debe|deben|deberia|deberian|quiere|"
                           r"quieren|va a|van a|iba a|piensa|planea)\s+$")
# a recording or a document that carries someone's words: "según un audio que difundió la radio X"
_RECORDING = re.compile(r"(?:un|una|el|la|los|las)\s+(?:audio|audios|video|videos|grabacion|grabaciones|"
                        r"registro|filmacion|transcripcion)\b")
# verbs that open or close a speaker's turn right after a quotation ("«…», arrancó el entrenador su monólogo")
_TURN_VERBS = frozenset({"arranco", "cerro", "remato", "sumo", "continuo", "siguio", "completo", "solto", "espeto",
                         "disparo", "inicio", "abrio", "finalizo", "zanjo", "empezo", "comenzo", "definio",
                         "describio", "grafico", "sintetizo", "ejemplifico"})
_AND_BEFORE = re.compile(r"(?:,\s*)?\b(?:y|e)\s+(?:(?:ademas|tambien|luego|hoy)\s+)?(?:(?:ha|han|habia)\s+)?$")


def _finite(text: str, w: re.Match[str]) -> bool:
    """A finite verb in the past (a preterite "celebró", "firmaron", or any speech verb)."""
    word = w.group()
    return len(word) > 3 and (text[w.end() - 1] == "ó" or word.endswith(("aron", "ieron")) or word in v.SPEECH_VERBS)


class SpanishQuotes:
    """Attribute the quotes of one Spanish document in text order (dropped subjects need the previous speaker)."""

    def __init__(self, text: str, folded: str, lay: Layout, refs: list[Ref], table: ActorTable | None = None,
                 home: str | None = None, headline: Actor | None = None) -> None:
        self.text, self.folded, self.lay, self.refs, self.table = text, folded, lay, refs, table
        self.home = home  # the story's country: a state body named in lower case is its
        self.headline = headline  # the person the headline quotes ("Gallardo: «…»"), the speaker by default
        self.starts = [r.start for r in refs]
        self.para_starts = [p for p, _ in lay.paragraphs]
        self.q_opens = [q.open for q in lay.quotes]
        self.said: dict[int, tuple[Actor, ...]] = {}  # sentence -> the speakers of a quote in it

    def run(self) -> tuple[list[QuoteX], list[tuple[Quote, Attribution]]]:
        """Frozen quotes and each quote's attribution (for the event finder)."""
        out: list[QuoteX] = []
        done: list[tuple[Quote, Attribution]] = []
        prev: tuple[Actor, ...] = ()
        quotes = self.lay.quotes
        for i, q in enumerate(quotes):
            ss, se = self.lay.sentences[self.lay.sentence_at(q.open)]
            if q.close > se:
                se = self.lay.sentences[self.lay.sentence_at(q.close)][1]
            pre_start = max(ss, quotes[i - 1].close + 1) if i and quotes[i - 1].close < q.open else ss
            post_end = min(se, quotes[i + 1].open) if i + 1 < len(quotes) and quotes[i + 1].open < se else se
            if self.headline is not None and q.open < self.text.find("\n"):
                speakers, how = [self.headline], "headline"  # the headline's own quotation
            else:
                speakers, how = self._post(q, max(post_end, q.close + 1), prev)
            if not speakers and how != "none":
                speakers, how = self._pre(q, pre_start, prev)
            if not speakers and how != "none":
                speakers, how = self._segun(ss, se, q)
            if not speakers and how != "none":
                speakers, how = self._continuation(q, pre_start, prev)
            if not speakers and i and done[-1][1].speakers and quotes[i - 1].close >= ss and not self._verb_in(
                    quotes[i - 1].close, q.open):  # `diciendo que “…”, cuando en realidad “…”`: the same speaker
                speakers, how = list(done[-1][1].speakers), "same-sentence"
            if not speakers and not self.text[ss:q.open].strip():
                speakers, how = self._previous_sentence(ss)
            if not speakers and not self.text[ss:q.open].strip():
                speakers, how = self._next_sentence(q)
            if not speakers and how != "none":
                speakers, how = self._clause_subject(ss, se, q)
            done.append((q, Attribution(tuple(speakers), how if speakers else "unattributed")))
            if speakers:
                prev = tuple(speakers)
                self.said[self.lay.sentence_at(q.open)] = prev
        self._share_backwards(done)
        self._echoes(done)
        for q, att in done:
            partial = self.text[q.start:q.end].lstrip(" .…'\"(")[:1].islower()
            names = tuple(dict.fromkeys(a.name for a in att.speakers))
            out.append(QuoteX(q.start, q.end, self.text[q.start:q.end], names, partial, att.how))
        return out, done

    def _share_backwards(self, done: list[tuple[Quote, Attribution]]) -> None:
        """ "X era «perfecto conocedor» de que … «ni en la nómina …», afirman los magistrados": a quotation with no
        speaker takes the one named after the next quotation of its sentence (no speech verb between them)."""
        for i in range(len(done) - 2, -1, -1):
            (q, att), (nxt, natt) = done[i], done[i + 1]
            if att.speakers or att.how == "none" or not natt.speakers or self.lay.sentence_at(
                    q.open) != self.lay.sentence_at(nxt.open):
                continue
            clause = len(self.text[q.start:q.end].split()) > 3
            if not (natt.how in ("said-after", "according-to", "same-sentence-after") and not self._verb_in(
                    q.close, nxt.open) or natt.how == "said-before" and clause and any(
                    r.actor in natt.speakers for r in self._refs(q.close, nxt.open))):
                continue  # "dado que «…», el fiscal ha asegurado que «…»": the subject after both speaks both
            done[i] = (q, Attribution(natt.speakers, "same-sentence-after"))

    def _echoes(self, done: list[tuple[Quote, Attribution]]) -> None:
        """A headline or a subhead that quotes words the body quotes again ("«Pone en jaque la democracia»" above
        "…, sostuvo que «es una decisión que pone en jaque la democracia …»"): the body's speaker said them."""
        for i, (q, att) in enumerate(done):
            if att.how not in _WEAK or not self._heading(q):
                continue
            key = {w for w in _WORD.findall(self.folded, q.start, q.end) if len(w) > 3}
            if len(key) < 2:
                continue
            for nq, natt in done[i + 1:]:
                if natt.speakers and natt.how not in ("continuation", "colon") and key <= set(
                        _WORD.findall(self.folded, nq.start, nq.end)):
                    done[i] = (q, Attribution(natt.speakers, "echo"))
                    break

    def _heading(self, q: Quote) -> bool:
        """A quotation on a line with no final stop: the headline or a subhead."""
        line_end = self.text.find("\n", q.close)
        line = self.text[q.close + 1:line_end if line_end >= 0 else len(self.text)]
        return not line.strip(" \"”»'’") or line.rstrip(" \"”»'’")[-1:] not in ".!?…"

    # ----------------------------------------------------------------------------------------------------------
    def _post(self, q: Quote, end: int, prev: tuple[Actor, ...]) -> tuple[list[Actor], str]:
        f, a = self.folded, q.close + 1
        if a >= end:
            return [], ""
        if _ASKED.match(f, a, end):
            return [], "none"
        if (m := _COLON_NAME.match(f, a, end)) and f[m.end():m.end() + 1] != "" and self.text[
                m.end():m.end() + 1].isalpha():  # subhead "“…”: jueza Heredia"
            refs = self._refs(m.end(), min(end, m.end() + 60))
            if refs and refs[0].actor is not None:
                return [refs[0].actor], "colon"
        if (said := _REACTION_OF.match(f, a, end)) is not None:  # "«Lamentable», fue la reacción de X"
            got = self._first_actor(said.end(), end)
            if got:
                return got, "said-after"
        seg = _SEGUN_ANY.match(f, a + len(f[a:end]) - len(f[a:end].lstrip(" ,")))
        if seg is not None and _RECORDING.match(f, seg.end()):
            return [], ""  # "«…», según un audio que divulgó la emisora X": the station is no speaker
        if seg is not None:
            got = self._first_actor(seg.end(), end)
            return (got, "according-to") if got else ([], "")
        m = _MADE_KNOWN.match(f, a, end) or _POST_LEAD.match(f, a, end)  # "«…», ha hecho saber Saab"
        if m is None or m.group("verb") not in v.SPEECH_VERBS and m.group("verb") not in _TURN_VERBS and (
                m.re is not _MADE_KNOWN):
            m = _LATE_VERB.search(f, a, end)  # `… "un marco claro" del personal …, informó el Departamento de Estado.`
        if m is None or m.group("verb") not in v.SPEECH_VERBS and not (m.start() - a < 4 and m.group(
                "verb") in _TURN_VERBS) and m.re is not _MADE_KNOWN:
            if (b := _BY.match(f, a, end)) is not None and b.end() - a < 30:  # calificado como «…» por X
                got = self._group(b.end(), end)
                if got:
                    return got, "by-agent"
            return [], ""
        stop = _STOP.search(f, m.end(), end)
        limit = min(stop.start() if stop else end, m.end() + 110)
        if _UNNAMED_SOURCE.match(f, m.end(), limit):
            return [], "none"  # "«…», resume una fuente de Moncloa": a source the text does not name
        if (lead := _THING_AFTER.match(f, m.end(), limit)) is not None and not any(
                r.start <= lead.start("thing") for r in self._refs(m.end(), limit)):
            if (of := _OF_BODY.match(f, lead.end(), limit)) is not None and (
                    owner := self._first_actor(of.start(), limit)):
                return owner[:1], "said-after"  # "«…», dice el fallo de los jueces X …": the court's ruling
            return [], "none"  # "«…», señala la mencionada cuenta": a speaker that is no actor
        got = self._group(m.end(), limit, skip_words=8)
        if got:
            return got, "said-after"
        after = self._refs(m.end(), limit)
        if self.headline is not None and after and after[0].rtype == "desc" and after[0].kind == PERSON and (
                after[0].actor is None) and after[0].start - m.end() < 3:
            return [self.headline], "headline"  # "«…», arrancó el entrenador": the coach the headline names
        if self._verb_before(q):
            return [], ""  # "El Presidente, al ser consultado …, afirmó que «…», afirmó.": the verb before names him
        return self._dropped(q.open, prev, m.group("verb"))  # "«…», señaló." -> the speaker in focus

    def _pre(self, q: Quote, start: int, prev: tuple[Actor, ...]) -> tuple[list[Actor], str]:
        f = self.folded
        lo = max(start, q.open - _WINDOW)
        words = list(_WORD.finditer(f, lo, q.open))
        for w in reversed(words):
            lw = w.group()
            if lw not in v.SPEECH_VERBS and lw not in v.DESCRIBING or _DETERMINER_BEFORE.search(
                    f, max(lo, w.start() - 6), w.start()):
                continue  # "en donde la sentencia «…»": a noun spelt like a speech verb
            if lw.startswith("mostr") and not f.endswith("se ", max(lo, w.start() - 3), w.start()):
                continue  # "se mostró «contento»" is the subject's word; "mostró «compromiso»" is a description
            if lw == "informe" or lw.endswith(("ar", "er", "ir")) and _MODAL_BEFORE.search(
                    f, max(lo, w.start() - 12), w.start()):
                continue  # "dijo que Trump podría anunciar un «compromiso»": the one who said it, not Trump
            if lw == "segun" and _POSSESSIVE.match(f, w.end()):
                return self._dropped(q.open, prev, "")  # "según su concepción …": the speaker in focus
            if f[max(lo, w.start() - 6):w.start()].endswith("segun "):
                got = self._group(w.end(), q.open, skip_words=8)  # "según afirmó el ministro X, «…»"
                if got:
                    return got, "according-to"
            ss = self.lay.sentences[self.lay.sentence_at(q.open)][0]
            subject = self._coordinated(min(ss, start), w.start()) or self._subject(
                lo if start == lo else start, w.start())
            if subject and self._sources_speak(max(lo, w.start() - 80), w.start()):
                return [], "none"  # "Fuentes de Junts han confirmado que «…»": sources the text does not name
            if subject:
                return subject, "said-before"
            que = self.folded.find(" que ", w.end(), q.open)
            after = self._refs(w.end(), q.open if que < 0 else que)  # "afirmó el canciller que «…»"
            after = [r for r in after if r.actor is not None and r.kind != COUNTRY and len(
                f[w.end():r.start].split()) <= 3]  # not "destacó el rol del presidente X, quien …": an object
            if after:
                return [after[0].actor], "said-before"  # type: ignore[list-item]
            if (got := self._coordinated(start, w.start())):
                return got, "said-before"  # "X celebró el triunfo y afirmó que «…»": X
            return self._dropped(q.open, prev, lw)
        if self.text[start:q.open].rstrip().endswith(":"):  # "La alegría de Diego Santilli no se hizo esperar: “…”"
            named = [r for r in self._refs(start, q.open) if r.actor is not None and not _TOPIC_BEFORE.search(
                self.folded, max(start, r.start - 30), r.start)]  # "El PP, sobre Sánchez: «…»": a topic
            persons = [r for r in named if r.kind == PERSON]
            if len(persons) == 1:
                return [persons[0].actor], "colon"  # type: ignore[list-item]
            if not persons and named and named[0].kind == ORG and not self.text[start:named[0].start].strip(
                    " \n"):  # "El PP, sobre Sánchez: «…»": the body that opens the line
                return [named[0].actor], "colon"  # type: ignore[list-item]
        return [], ""

    def _verb_before(self, q: Quote) -> bool:
        """A speech verb before ``q`` in its sentence (after any quotation before it there)."""
        lo = self.lay.sentences[self.lay.sentence_at(q.open)][0]
        j = bisect.bisect_left(self.q_opens, q.open) - 1
        if j >= 0:
            lo = max(lo, self.lay.quotes[j].close + 1)
        return self._verb_in(lo, q.open)

    def _sources_speak(self, a: int, verb: int) -> bool:
        """Whether unnamed sources ("fuentes de X", "una fuente del Gobierno") are the subject of the verb at ``verb``
        (in the same sentence)."""
        m = _SOURCES_OF.search(self.folded, a, verb)
        return m is not None and not _STOP.search(self.folded, m.end(), verb)

    def _segun(self, ss: int, se: int, q: Quote) -> tuple[list[Actor], str]:
        for m in _SEGUN_ANY.finditer(self.folded, ss, se):
            if q.open <= m.start() < q.close:
                continue
            if _UNNAMED_SOURCE.match(self.folded, m.end(), se):
                return [], "none"  # "según fuentes del Ejecutivo, «…»"
            if m.start() > q.close and self._verb_in(q.close, m.start()):
                continue  # "«…» y recordó que, según la carta del condado, …": the source of another clause
            got = self._first_actor(m.end(), min(se, m.end() + 80))
            if got:
                return got, "according-to"
        if (m := _PARA_LEAD.match(self.folded, ss, q.open)) is not None and q.open - m.end() < 70:
            comma = self.text.find(",", m.end(), q.open)
            stop = comma if comma > 0 else q.open  # "Para el ministro «es evidente que …»": no comma needed
            named = [r for r in self._refs(m.end(), stop) if r.kind != COUNTRY and self._actor(r) is not None]
            if named and (_ADJECTIVES.fullmatch(self.folded, named[-1].end, stop) or comma < 0 and _COPULA.fullmatch(
                    self.folded, named[-1].end, stop)):  # "Para el candidato masista, …", "Para X es algo «…»"
                return [named[-1].actor], "according-to"  # type: ignore[list-item]
        return [], ""

    def _continuation(self, q: Quote, pre_start: int, prev: tuple[Actor, ...]) -> tuple[list[Actor], str]:
        """A quote that opens its paragraph (or follows "…:" at the end of the previous one) with no verb."""
        if not prev or self.text[pre_start:q.open].strip():
            return [], ""
        p = bisect.bisect_right(self.para_starts, q.open) - 1
        if p < 1:
            return [], ""
        prev_start, prev_end = self.lay.paragraphs[p - 1]
        prev_text = self.text[prev_start:prev_end]
        if prev_text.endswith(":"):
            s_start = self.lay.sentences[self.lay.sentence_at(prev_end - 1)][0]
            got = self._subject(s_start, prev_end)
            if got:
                return got, "colon"
        if len(self.text[q.start:q.end].split()) < 6:
            return [], ""  # a short phrase in quotes alone: a heading or a name, not a statement
        return list(prev), "continuation"

    def _coordinated(self, start: int, verb: int) -> list[Actor]:
        """ "X celebró el triunfo de Y y afirmó que …": the subject of the first of two coordinated verbs."""
        f = self.folded
        if not _AND_BEFORE.search(f, start, verb):
            return []
        for w in _WORD.finditer(f, start, verb):
            if _finite(self.text, w):
                return self._subject(start, w.start()) if w.end() < verb - 3 else []
        return []

    def _dropped(self, pos: int, prev: tuple[Actor, ...], verb: str) -> tuple[list[Actor], str]:
        """The speaker of a verb with no subject: the latest sentence before ``pos`` (three at most) that has a
        speaker, a speech verb's subject or a person as its subject; else the previous quote's speaker. A plural
        verb ("sostienen que") looks for a group or a body ("según el equipo de la presidencia, …")."""
        plural = verb.endswith("n")
        k = self.lay.sentence_at(pos)
        spans = [(j, *self.lay.sentences[j]) for j in range(k - 1, max(-1, k - 4), -1)]
        own = self.lay.sentences[k][0]
        if self.text[own:pos].rstrip()[-1:] in (".", "!", "?", "…"):  # "… la réplica. «¿Amnistía?», ha dicho."
            spans.insert(0, (k, own, own + len(self.text[own:pos].rstrip())))
        for j, ss, se in spans:
            if self.text[se - 1] not in ".!?…»”\"":
                break  # a heading between: the focus before it is unknown
            if plural:
                if len(self.said.get(j, ())) > 1:
                    return list(self.said[j]), "dropped-subject"
                body = next((r for r in self._refs(ss, se) if r.kind == ORG), None)
                if body is not None and (actor := self._actor(body)) is not None:
                    return [actor], "dropped-subject"
                continue
            if j in self.said:
                return list(self.said[j]), "dropped-subject"
            for w in _WORD.finditer(self.folded, ss, se):
                if w.group() in v.SPEECH_VERBS and not w.group().endswith(("ando", "iendo")) and not \
                        self._inside_quote(w.start()):
                    got = self._subject(ss, w.start()) or self._group(w.end(), se, skip_words=4)
                    if got:
                        return got, "dropped-subject"
                    break
            first = next((r for r in self._refs(ss, se) if r.actor is not None), None)
            verb_at = next((w for w in _WORD.finditer(self.folded, ss, se) if _finite(self.text, w)), None)
            if first is not None and first.kind == PERSON and (first.start < verb_at.start() if verb_at else len(
                    self.text[ss:first.start].split()) < 6):  # not "…, incluido el alcalde X." at a sentence's end
                return [first.actor], "dropped-subject"  # type: ignore[list-item]
        if plural:
            return [], ""
        if prev:
            return list(prev), "dropped-subject"
        return ([self.headline], "headline") if self.headline is not None else ([], "")

    def _actor(self, ref: Ref) -> Actor | None:
        """The actor of ``ref``; a body named in lower case ("la presidencia", "el oficialismo") becomes one."""
        if ref.actor is None and ref.rtype == "desc" and ref.kind == ORG and self.table is not None:
            ref.actor = body_actor(self.table, ref.word, self.text[ref.start:ref.end], ref.start, ref.end, self.home)
        return ref.actor

    def _inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_opens, pos) - 1
        return i >= 0 and self.lay.quotes[i].open < pos < self.lay.quotes[i].close

    def _verb_in(self, a: int, b: int) -> bool:
        return any(w.group() in v.SPEECH_VERBS and not _DETERMINER_BEFORE.search(
            self.folded, max(a, w.start() - 6), w.start()) for w in _WORD.finditer(self.folded, a, b))

    def _previous_sentence(self, ss: int) -> tuple[list[Actor], str]:
        """A quotation that is a sentence of its own after "X reconoció … el triunfo de Kast.": X speaks."""
        k = self.lay.sentence_at(ss)
        if k < 1:
            return [], ""
        ps, pe = self.lay.sentences[k - 1]
        if self.lay.sentence_at(pe - 1) != k - 1 or "\n" in self.text[pe:ss]:
            return [], ""
        for w in _WORD.finditer(self.folded, ps, pe):
            if w.group() in v.SPEECH_VERBS:
                got = self._subject(ps, w.start())
                return (got, "previous-sentence") if got else ([], "")
        return [], ""

    def _clause_subject(self, ss: int, se: int, q: Quote) -> tuple[list[Actor], str]:
        """ "El fiscal X dispuso abrir una causa contra Y, «en relación a audios que …»": words quoted inside a
        sentence with no speech verb are its subject's (a clause of four words or more, not a name or a label)."""
        if not self.text[q.start:q.start + 1].islower() or len(self.text[q.start:q.end].split()) < 4 or (
                _LABEL_BEFORE.search(self.folded, max(ss, q.open - 25), q.open)) or any(
                w.group() in v.SPEECH_VERBS and not self._inside_quote(w.start())
                for w in _WORD.finditer(self.folded, ss, se)):
            return [], ""
        verb = next((w for w in _WORD.finditer(self.folded, ss, q.open)
                     if _finite(self.text, w) or w.group() in IRREGULAR_PAST), None)
        if verb is None:
            return [], ""
        got = self._subject(ss, verb.start())
        return (got, "clause-subject") if got else ([], "")

    def _next_sentence(self, q: Quote) -> tuple[list[Actor], str]:
        """ "«…». Con esas palabras, el presidente X defendió el convenio.": the next sentence names the speaker."""
        k = self.lay.sentence_at(q.close)
        if k + 1 >= len(self.lay.sentences) or self.text[q.close + 1:self.lay.sentences[k][1]].strip(" .…"):
            return [], ""
        ns, ne = self.lay.sentences[k + 1]
        m = _BACK_REFERENCE.match(self.folded, ns, ne)
        if m is None or (m.group("verb") and m.group("verb") not in v.SPEECH_VERBS):
            return [], ""
        for r in self._refs(m.end(), ne):
            before = self.folded[max(ns, r.start - 8):r.start].split()[-2:]
            if r.kind == COUNTRY or any(w in _PREPOSITIONS for w in before[-1:]) or (
                    before[-1:] in (["el"], ["la"]) and before[:1] and before[0] in _PREPOSITIONS):
                continue
            return ([r.actor], "next-sentence") if self._actor(r) is not None else ([], "")  # type: ignore[list-item]
        return [], ""

    # ----------------------------------------------------------------------------------------------------------
    def _refs(self, a: int, b: int) -> list[Ref]:
        return self.refs[bisect.bisect_left(self.starts, a):bisect.bisect_left(self.starts, b)]

    def _first_actor(self, a: int, b: int) -> list[Actor]:
        refs = self._refs(a, b)
        if refs and refs[0].start - a < 40 and self._actor(refs[0]) is not None:
            return self._with_partners(refs, 0, b)
        return []

    def _group(self, a: int, b: int, skip_words: int = 3) -> list[Actor]:
        """The actor right after a verb ("dijo Milei", "afirmó el canciller", "dijo a una radio local Peña")."""
        for k, r in enumerate(self._refs(a, b)):
            if len(self.text[a:r.start].split()) > skip_words or _GERUND.search(self.folded, a, r.start):
                return []  # "anunció replicando el lema de Trump": Trump is not the subject
            if self.folded[max(a, r.start - 6):r.start].split()[-1:] in _PREPOSITION_LISTS and r.kind != COUNTRY:
                return []  # "… por Milei": an agent or an object, not the speaker
            if r.kind == COUNTRY and self.text[a:r.start].strip(" ,"):
                continue
            if self._actor(r) is None:
                return []
            return self._with_partners(self._refs(a, b), k, b)
        return []

    def _with_partners(self, refs: list[Ref], k: int, b: int) -> list[Actor]:
        group = [refs[k].actor]  # type: ignore[list-item]
        while k + 1 < len(refs) and refs[k + 1].start < b and refs[k + 1].actor is not None and re.fullmatch(
                r",?\s+(?:y|e)\s+(?:el|la|los|las)?\s*", self.text[refs[k].end:refs[k + 1].start]) and refs[
                k + 1].kind == refs[k].kind:
            k += 1
            group.append(refs[k].actor)  # type: ignore[arg-type]
        return [a for a in group if a is not None]

    def _subject(self, start: int, verb: int) -> list[Actor]:
        """The subject of a verb: the nearest actor before it in its clause (appositions skipped; an adverbial
        clause between commas right before the verb skipped too: "El Presidente, al ser consultado sobre …, afirmó")."""
        if (aside := _ADVERBIAL.search(self.folded, start, verb)) is not None and self.text[
                :verb].rstrip().endswith(",") and self._refs(start, aside.start()):
            verb = aside.start()
        refs = [r for r in self._refs(start, verb)
                if r.actor is not None or (r.rtype == "desc" and r.word != "comunicado")]  # "en un comunicado"
        asides = [(m.start(), m.end()) for m in _ASIDE.finditer(self.text, start, verb)]
        refs = [r for r in refs if not any(a < r.start < b for a, b in asides) and not OBJECT_BEFORE.search(
            self.folded, max(start, r.start - 45), r.start) and not (r.rtype == "desc" and self.folded.startswith(
                ("al ", "del "), r.start))]  # "-director de la Entidad X-", "a Aquino", "al oficialismo": no subject
        if not refs:
            return []
        # "Según el Ministerio …, este acuerdo «…»" is handled apart; here the subject precedes the verb
        persons = [r for r in refs if r.kind == PERSON]
        best = refs[-1]
        if len(refs) > 1 and refs[-2].rtype == "desc" and refs[-2].kind == PERSON and (
                _OF_BODY.fullmatch(self.folded, refs[-2].end, best.start) or self.folded.startswith(
                    "del ", best.start) and not self.folded[refs[-2].end:best.start].strip()):
            best = refs[-2]  # "el técnico de Boca Juniors destacó", "el abogado de X afirmó": the role speaks
        if best.kind == COUNTRY and persons:
            best = persons[-1]
        if best.kind != PERSON and persons and (self._apposition(persons[-1], best) or self._affiliation(best)):
            best = persons[-1]
        between = self.folded[best.end:verb]
        if _SEGUN.search(self.folded, max(start, best.start - 20), best.start):
            return []  # "según X, Y dijo": X is a source, not this verb's subject
        ss = self.lay.sentences[self.lay.sentence_at(best.start)][0]
        opens = not any(r.actor is not None and r.actor is not best.actor  # the sentence's first actor
                        for r in self._refs(ss, best.start))
        if len(between.split()) > (40 if opens else 12) or any(ch in between for ch in ";"):
            return []
        if self._actor(best) is None:
            return []
        k = refs.index(best)
        group = [best.actor]
        while k > 0 and refs[k - 1].actor is not None and re.fullmatch(
                r",?\s+(?:y|e)\s+(?:el|la|los|las)?\s*", self.text[refs[k - 1].end:refs[k].start]) and refs[
                k - 1].kind == best.kind:
            k -= 1
            group.insert(0, refs[k].actor)
        return group  # type: ignore[return-value]

    def _affiliation(self, ref: Ref) -> bool:
        """ "El senador Líder Amarilla (PLRA) expresó": a party in parentheses after a name is not the subject."""
        return self.text[:ref.start].rstrip().endswith("(") and self.text[ref.end:].lstrip().startswith(")")

    def _apposition(self, person: Ref, other: Ref) -> bool:
        """ "Rubén Ramírez Lezcano, canciller de Paraguay, afirmó": the body after a comma describes the person."""
        return person.end <= other.start and "," in self.text[person.end:other.start] and other.start - person.end < 60
