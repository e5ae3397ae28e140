"""Fast case-insensitive lookup of a fixed phrase list in text (word scan + dict), for trigger and object words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_FIRST = re.compile(r"[a-z]+")


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored by common prefixes (much faster than a flat alternation)."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _build(trie)


def _build(node: dict[str, dict]) -> str:
    if list(node) == [""]:
        return ""
    alts = [re.escape(ch) + _build(child) for ch, child in sorted(node.items()) if ch]
    body = "(?:" + "|".join(alts) + ")" if len(alts) > 1 or "" in node else alts[0]
    return body + "?" if "" in node else body


class Hit:
    """A found phrase, shaped like a regex match (``start()``, ``end()``, ``group()``)."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        """Offset of the first character."""
        return self._start

    def end(self) -> int:
        """Offset after the last character."""
        return self._end

    def group(self) -> str:
        """The phrase as written."""
        return self._text


class PhraseFinder:
    """Find any of ``phrases`` (case-insensitive, whole words), longest first at each word."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._by_first: dict[str, list[str]] = {}
        for p in sorted({p.lower() for p in phrases}, key=len, reverse=True):
            self._by_first.setdefault(_FIRST.match(p).group(), []).append(p)  # type: ignore[union-attr]
        firsts = sorted(self._by_first, key=len, reverse=True)
        variants = [v for f in firsts for v in dict.fromkeys((f, f[:1].upper() + f[1:], f.upper()))]
        # a case-sensitive alternation of literal first words is far faster than scanning every word in Python
        self._first_re = re.compile(r"\b" + trie_regex(variants) + r"\b")

    def finditer(self, text: str, start: int, end: int) -> Iterator[Hit]:
        """Hits in ``text[start:end]`` in order, not overlapping."""
        done = start
        for w in self._first_re.finditer(text, start, end):
            s = w.start()
            if s < done:
                continue
            for p in self._by_first.get(w.group().lower(), ()):
                e = s + len(p)
                if e <= end and text[s:e].lower() == p and (e == len(text) or not text[e].isalnum()):
                    yield Hit(s, e, text[s:e])
                    done = e
                    break
