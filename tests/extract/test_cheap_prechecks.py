"""Cheap tests placed before costly patterns must never change an answer: each function is compared with its
plain definition (the patterns alone) on many generated snippets built from the words the patterns look for."""

from __future__ import annotations

import random

import pytest

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.mentions import Cand
from sofa_desktop.extract.core.threads import context
from sofa_desktop.extract.core.threads.keys import object_words
from sofa_desktop.extract.lang.en import lexicon as lx
from sofa_desktop.extract.lang.en.events import factuality
from sofa_desktop.extract.lang.en.names import around, classify, uses

_FILLER = ["the", "port", "board", "Ministry", "said", "on", "Monday", "a", "and", "it", "—", "-", "–", ",", ".",
           "\n", "  ", "\t", "'s", "’s", "Ölz", "año", "x1", "(", ")", "“", "”"]


def _snippets(words: list[str], count: int = 4000, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pool = words + _FILLER
    out = []
    for _ in range(count):
        parts = [rng.choice(pool) for _ in range(rng.randint(0, 14))]
        seps = [rng.choice((" ", " ", " ", "", "\n", "  ")) for _ in parts]
        out.append("".join(p + s for p, s in zip(parts, seps, strict=True)))
    return out


def _plain_object_mentions(text: str) -> list[tuple[int, str]]:
    """Every phrase length tried at every token, longest first (the definition)."""
    words = object_words()
    longest = max((w.count(" ") + 1 for w in words), default=1)
    tokens = [(m.start(), fold(m.group())) for m in context._WORD.finditer(text)]
    out, i = [], 0
    while i < len(tokens):
        for n in range(min(longest, len(tokens) - i), 0, -1):
            key = words.get(" ".join(t for _, t in tokens[i:i + n]))
            if key in context.TEXT_OBJECTS:
                out.append((tokens[i][0], key))
                i += n
                break
        else:
            i += 1
    return out


def test_object_mentions_match_trying_every_length_at_every_token() -> None:
    phrases = list(object_words())
    vocab = [w for phrase in phrases for w in phrase.split()] + phrases + [p.title() for p in phrases]
    vocab += [w.upper() for w in vocab[:20]] + [w.capitalize() for w in vocab[:20]]
    found = 0
    for text in _snippets(vocab):
        expected = _plain_object_mentions(text)
        assert context.object_mentions(text) == expected, text
        found += bool(expected)
    assert found > 1000  # the snippets do name texts


def test_factuality_cues_match_the_patterns_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = ["not", "NOT", "Not", "no", "nobody", "none", "never", "neither", "nor", "cannot", "don't", "didn’t",
             "could", "Might", "may", "should", "must", "can", "would", "needs", "has", "to", "TO", "To", "first",
             "only", "if", "If", "unless", "whether", "in", "case", "expected", "refused", "voted", "still", "be",
             "quickly", "been", "yet", "ſhould", "ıf", "K"]
    texts = _snippets(vocab)
    fast = [factuality.cue(t, 0, len(t)) for t in texts]
    monkeypatch.setattr(factuality, "_may", lambda low, words: True)  # every pattern searched, as before
    plain = [factuality.cue(t, 0, len(t)) for t in texts]
    assert fast == plain
    assert len(set(plain)) >= 5  # not, modals, to, planned, if ... all came up


def test_name_context_tests_match_the_patterns_alone() -> None:
    vocab = ["spokesman", "spokeswoman", "spokespeople", "for", "of", "the", "minister", "head", "AFP", "Reuters",
             "in", "to", "from", "flew", "traveled", "across", "Brazil", "France", "U.S."]
    for text in _snippets(vocab, 3000):
        for s in range(len(text) + 1):
            m = around._ROLE_OF.search(text, max(0, s - 30), s)
            assert around.role_of_before(text, s) == (m is not None and lx.role_of(m.group(1)) is not None)
            assert classify.speaks_for(text, s) == (classify._SPEAKS_FOR.search(text, max(0, s - 30), s) is not None)
            line_start = text.rfind("\n", 0, s) + 1
            e = min(len(text), s + 3)
            credit = bool(uses._CREDIT_BEFORE.search(text[max(line_start, s - 40):s])) and uses._LINE_END.match(
                text, e) is not None
            assert uses.wire_credit(text, s, e) == credit, (text, s)


def _plain_place_use(text: str, c: Cand, previous: Cand | None, previous_place: bool) -> bool:
    if text.startswith(("'s", "’s"), c.end):
        return False
    if previous is not None and previous_place and uses._LIST_LINK.fullmatch(text, previous.end, c.start):
        return True
    m = uses._CLAUSE_BEFORE.search(text, max(0, c.start - 60), c.start)
    if m is not None and any(w in uses._MOVEMENT for w in m.group(1).split()):
        return True
    w = uses._PREPOSITION_BEFORE.search(text, max(0, c.start - 20), c.start)
    return w is not None and w.group(1).lower() in uses._PLACE_PREPOSITIONS


def test_place_use_matches_the_patterns_alone() -> None:
    vocab = ["in", "to", "from", "the", "flew", "brought", "jobs", "across", "and", "or", "at", "Greece", "said"]
    rng = random.Random(3)
    for text in _snippets(vocab, 3000):
        for s in range(len(text)):
            c = Cand(s, min(len(text), s + rng.randint(1, 6)), "Xy", "country")
            previous = Cand(max(0, s - 9), max(0, s - 5), "Zq", "country") if s % 3 else None
            assert uses.place_use(text, c, previous, s % 2 == 0) == _plain_place_use(text, c, previous, s % 2 == 0)
