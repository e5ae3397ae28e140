"""Who said a Portuguese quotation: "“…”, disse X", "X afirmou que “…”", "segundo X", "de acordo com X", a speech
verb without a subject ("“…”, declarou.") for the speaker just quoted, dialogue dashes, headline quotations."""

from __future__ import annotations

import bisect
import re

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import PERSON, Actor, Ref
from sofa_desktop.extract.core.sentences import Layout
from sofa_desktop.extract.core.types import QuoteX
from sofa_desktop.extract.lang.pt.refs import opens_clause
from sofa_desktop.extract.lang.pt.vocab import DESCRIBING, ROLES, SPEECH_VERBS

_WORD = re.compile(r"[\w-]+")
# after the closing mark: ", disse X", "– afirmou o treinador", ", declarou." (the comma may sit inside the marks)
_AFTER = re.compile(r"[\s,.;:]*(?:[—–-]\s*)?(?:(?:ele|ela)\s+)?(?P<verb>[\w-]+)")
# "segundo X", "de acordo com X", "conforme X", "na visão de X", "para X,": the source of what is said
_ROLES = "|".join(re.escape(r) for r in sorted(ROLES, key=len, reverse=True))
_ACCORDING = re.compile(r"\b(?:segundo|conforme|de acordo com|na visao d[eoa]s?|na avaliacao d[eoa]s?|"
                        rf"nas palavras d[eoa]s?)\s+(?:o\s+|a\s+)?(?:(?:{_ROLES})\b[^,.;:“”\"]{{0,50}},\s*)?$")
_SPEECH_NOUN = re.compile(r"\b(?:em (?:nota|comunicado|entrevista|discurso|declaracao|publicacao|mensagem)|"
                          r"por meio de (?:nota|suas redes sociais))\b")


class PortugueseQuotes:
    """Attributes every quotation of one document."""

    def __init__(self, text: str, folded: str, lay: Layout, refs: list[Ref], body_start: int) -> None:
        self.text, self.folded, self.lay, self.refs, self.body_start = text, folded, lay, refs, body_start
        self.r_starts = [r.start for r in refs]
        self.same_sentence = False  # the quotation read is in the sentence of the last attributed one

    def run(self) -> list[QuoteX]:
        """One QuoteX per quotation, in text order."""
        out: list[QuoteX] = []
        last: tuple[Actor, ...] = ()
        last_end = last_sentence = -1
        body = [q for q in self.lay.quotes if q.open >= self.body_start]
        for q in body:
            self.same_sentence = self.lay.sentence_at(q.open) == last_sentence
            speakers, how = self._attribute(q, last if self._goes_on(last, last_end, q.open) else ())
            if speakers:
                last, last_end, last_sentence = speakers, q.close, self.lay.sentence_at(q.open)
            out.append(QuoteX(q.start, q.end, self.text[q.start:q.end], tuple(a.name for a in speakers),
                              how=how if speakers else "unattributed"))
        head = [q for q in self.lay.quotes if q.open < self.body_start]
        heads = [self._headline(q, out) for q in head]
        return sorted([*heads, *out], key=lambda x: x.start)

    def _paragraph(self, pos: int) -> int:
        return bisect.bisect_right([a for a, _ in self.lay.paragraphs], pos) - 1

    def _goes_on(self, last: tuple[Actor, ...], last_end: int, pos: int) -> bool:
        """Whether the last speaker may still be speaking at ``pos``: in the same or the next paragraph, or one
        paragraph further when no other person is named in between."""
        gap = self._paragraph(pos) - self._paragraph(max(last_end, 0))
        if not last or gap > 2:
            return False
        others = [r for r in self._refs(last_end, pos) if r.kind == PERSON and r.rtype == "name"
                  and r.actor is not None and r.actor not in last]
        return gap <= 1 or not others

    def _headline(self, q, body: list[QuoteX]) -> QuoteX:  # noqa: ANN001
        """A headline quotation is said by whoever says the same words in the body, else by the speaker the
        headline names after it ("“…”, diz o governador Eduardo Leite")."""
        start, end = q.start, q.end
        words = fold(self.text[start:end]).strip(" .,")
        opening = words.split()[:3]
        same = next((x for x in body if x.speakers and (words in fold(x.text) or fold(x.text).strip(" .,") in words
                                                        or len(opening) == 3 and fold(x.text).split()[:3] == opening)),
                    None)
        speakers = same.speakers if same else ()
        after = _AFTER.match(self.folded, q.close + 1)
        if not speakers and after is not None and after.group("verb") in SPEECH_VERBS:
            who = self._subject_after(after.end("verb"), self.body_start)
            speakers = (who.name,) if who is not None else ()
        return QuoteX(start, end, self.text[start:end], speakers, how="headline" if speakers else "unattributed")

    def _refs(self, a: int, b: int) -> list[Ref]:
        return self.refs[bisect.bisect_left(self.r_starts, a):bisect.bisect_left(self.r_starts, b)]

    def _attribute(self, q, previous: tuple[Actor, ...]) -> tuple[tuple[Actor, ...], str]:  # noqa: ANN001
        s_index = self.lay.sentence_at(q.open)
        ss, se = self.lay.sentences[s_index]
        # 1. after the quotation: ", disse X" / ", declarou."
        after = _AFTER.match(self.folded, q.close + 1)
        if after is not None and after.group("verb") in SPEECH_VERBS | DESCRIBING and not self._inside_other(
                after.start("verb")):
            who = self._subject_after(after.end("verb"), se)
            if who is not None:
                return (who,), "after"
            if previous:
                return previous, "continued"
            who = self._subject_before(ss, q.open) or self._last_subject(q.open)
            if who is not None:
                return (who,), "before"
        # 2. "X afirmou (que) “…”", "segundo X, … “…”"
        lead = self.folded[ss:q.open]
        acc = self._according(ss, q.open)
        if acc is not None:
            return (acc,), "according"
        if any(w in SPEECH_VERBS for w in _WORD.findall(lead)) or _SPEECH_NOUN.search(lead):
            who = self._subject_before(ss, q.open)
            if who is not None:
                return (who,), "before"
            if not self._refs(ss, q.open) or self.same_sentence:
                return previous, "continued" if previous else "unattributed"
            return (), "unattributed"  # a speaker this text does not name ("o secretário-geral do PS diz")
        # 3. a paragraph that is a quotation, or a sentence of four words and more quoted, that goes on with the
        # speaker of the paragraph before (a short one with no speech verb is a scare quote)
        whole = q.open == self.lay.paragraphs[self._paragraph(q.open)][0] and q.close + 2 >= se
        if previous and (whole or len(self.text[q.start:q.end].split()) >= 4):
            return previous, "continued"
        return (), "unattributed"

    def _inside_other(self, pos: int) -> bool:
        return any(x.start <= pos < x.end for x in self.lay.quotes)

    def _subject_after(self, pos: int, se: int) -> Actor | None:
        """The speaker named right after the verb ("disse Luís Montenegro", "completou o governador")."""
        for r in self._refs(pos, min(se, pos + 40)):
            gap = self.folded[pos:r.start]
            if len(gap.split()) <= 2 and "," not in gap.strip(" ,")[:0] and r.actor is not None:
                return r.actor
            break
        return None

    def _subject_before(self, ss: int, pos: int) -> Actor | None:
        """The first person (else organisation) acting in the sentence before the quotation, outside quotes."""
        refs = [r for r in self._refs(ss, pos) if not self._inside_other(r.start)]
        if refs and refs[0].kind == PERSON and refs[0].actor is None:
            return None  # "o secretário-geral do PS diz": someone unnamed, not the party named in the role
        refs = [r for r in refs if r.actor is not None]
        people = [r for r in refs if r.kind == PERSON]
        pick = people[0] if people else (refs[0] if refs else None)
        return pick.actor if pick else None

    def _last_subject(self, pos: int) -> Actor | None:
        """The last person named before ``pos`` in the paragraph before it or this one ("…, declarou.")."""
        para = self._paragraph(pos)
        lo = self.lay.paragraphs[max(0, para - 1)][0]
        refs = [r for r in self._refs(max(lo, self.body_start), pos) if r.actor is not None
                and not self._inside_other(r.start)]
        people = [r for r in refs if r.kind == PERSON]
        if people:
            return people[-1].actor
        bodies = [r for r in refs if opens_clause(self.folded, r.start)]  # "o IBGE informou …. “…”, disse."
        return bodies[-1].actor if bodies else None

    def _according(self, ss: int, pos: int) -> Actor | None:
        for r in self._refs(ss, pos):
            m = _ACCORDING.search(self.folded, max(ss, r.start - 80), r.start)
            if r.actor is None or m is None:
                continue
            if "," in m.group() and not self.text.startswith(",", r.end):
                continue  # "na visão do líder do Chega, Marcelo quis…": the role is the source, the name a subject
            return r.actor
        return None
