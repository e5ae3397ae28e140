"""Fast case-insensitive lookup of a fixed phrase list in text (word scan + dict), for trigger and object words."""

from __future__ import annotations

import re
from collections.abc import Iterable

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


class KeywordIndex:
    """Find the phrases of several categories in one regex pass (case-insensitive, whole words).

    At each word, every category keeps its longest phrase; a category's hits never overlap.
    """

    def __init__(self, categories: dict[str, Iterable[str]]) -> None:
        self.categories = tuple(categories)
        self._by_first: dict[str, list[tuple[str, str]]] = {}
        pairs = {(p.lower(), c) for c, phrases in categories.items() for p in phrases}
        for p, c in sorted(pairs, key=lambda pc: (-len(pc[0]), pc)):
            self._by_first.setdefault(_FIRST.match(p).group(), []).append((p, c))  # type: ignore[union-attr]
        variants = [v for f in self._by_first for v in dict.fromkeys((f, f[:1].upper() + f[1:], f.upper()))]
        # one case-sensitive trie of literal first words: far faster than one pass per category or a Python word loop
        self._first_re = re.compile(r"\b" + trie_regex(variants) + r"\b")

    def scan(self, text: str, start: int, end: int) -> dict[str, list[Hit]]:
        """Hits per category in ``text[start:end]``, in text order."""
        out: dict[str, list[Hit]] = {c: [] for c in self.categories}
        done = dict.fromkeys(self.categories, start)
        n = len(text)
        for w in self._first_re.finditer(text, start, end):
            s = w.start()
            low = None
            for p, c in self._by_first.get(w.group().lower(), ()):
                if s < done[c]:
                    continue
                e = s + len(p)
                if e > end or (e < n and text[e].isalnum()):
                    continue
                if e != w.end():
                    low = low or text[s:s + 40].lower()
                    if not low.startswith(p):
                        continue
                out[c].append(Hit(s, e, text[s:e]))
                done[c] = e
        return out
