"""An event's object from its context, when its own clause names none.

News tells an act on a text in pieces: the headline or first sentence names the agreement, and a later sentence says
"it was signed in Washington on Monday" or "Firmado el 15 de diciembre". Such an event acts on the text the article
is about: the object named in its own passage, else the last one named before it (headline included). Only acts on a
text (sign, approve, enact, reject, take effect) borrow an object; a meeting or an arrest never does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.threads.keys import action_key, object_words
from sofa_desktop.extract.core.types import EventX

TEXT_ACTIONS = frozenset({"sign", "approve", "enact", "reject", "take effect"})
"""Action families that act on a text (an agreement, a bill): their reports need its object to be threaded."""
TEXT_OBJECTS = frozenset({"agreement", "bill", "budget", "ceasefire"})
"""Object keys that name a text an act can be done to."""
_WORD = re.compile(r"\w+")


def object_mentions(text: str) -> list[tuple[int, str]]:
    """(offset, object key) of each word or phrase of ``text`` that names a text ("the SOFA", "el acuerdo"), in
    order; the longest phrase wins where phrases overlap ("status of forces agreement")."""
    words = object_words()
    longest = _longest_from(words)
    tokens = [(m.start(), fold(m.group())) for m in _WORD.finditer(text)]
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(tokens):
        for n in range(min(longest.get(tokens[i][1].partition(" ")[0], 0), len(tokens) - i), 0, -1):
            key = words.get(" ".join(t for _, t in tokens[i:i + n]))
            if key in TEXT_OBJECTS:
                out.append((tokens[i][0], key))
                i += n
                break
        else:
            i += 1
    return out


_longest: tuple[dict[str, str], dict[str, int]] | None = None


def _longest_from(words: dict[str, str]) -> dict[str, int]:
    """First word -> the most words of a phrase of ``words`` starting with it: a token that starts none is passed
    over at once, and no phrase is tried longer than its first word allows (the same phrases are found)."""
    global _longest
    if _longest is None or _longest[0] is not words:
        most: dict[str, int] = {}
        for phrase in words:
            first, n = phrase.split(" ", 1)[0], phrase.count(" ") + 1
            most[first] = max(most.get(first, 0), n)
        _longest = (words, most)
    return _longest[1]


def with_context_objects(text: str, events: Sequence[EventX]) -> tuple[EventX, ...]:
    """``events`` where each act on a text that names no object gets the one its context names (module docstring);
    other events are returned unchanged."""
    if not any(ev.object is None and action_key(ev.action) in TEXT_ACTIONS for ev in events):
        return tuple(events)
    mentions = object_mentions(text)
    out = []
    for ev in events:
        if ev.object is None and action_key(ev.action) in TEXT_ACTIONS:
            inside = [key for pos, key in mentions if ev.start <= pos < ev.end]
            before = [key for pos, key in mentions if pos < ev.start]
            found = inside[0] if inside else before[-1] if before else None
            if found is not None:
                ev = replace(ev, object=found)
        out.append(ev)
    return tuple(out)
