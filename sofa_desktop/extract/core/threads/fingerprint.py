"""Near-duplicate texts (one wire story republished by several outlets) by MinHash over word shingles.

Behind two small functions (``signature``, ``copy_groups``) so a corpus-level fingerprint module can replace it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from sofa_desktop.extract.core.folding import fold

NUM_PERM = 128
SHINGLE = 5  # words per shingle: short enough to survive an outlet's edits, long enough to tell stories apart
THRESHOLD = 0.7  # estimated Jaccard similarity of shingle sets above which two texts are copies of one story
MIN_SHINGLES = 20  # shorter texts (a headline, a brief) are never called copies: too little to tell
CONTAINED = 0.8  # share of the shorter text's shingles found in the longer one that makes it a copy inside a page
LOW_SIMILARITY = 0.06  # estimated Jaccard from which a pair is checked for containment (a release in a long page)
CONTAINMENT_CHECKS = 4  # most similar texts checked per text that no near-duplicate matched
_WORD = re.compile(r"\w+")
_SEED = 1
_SCHEME = MinHash(num_perm=1, seed=_SEED).scheme  # stored signatures are read back with the scheme that made them


def shingles(text: str) -> set[bytes]:
    """The word shingles of ``text``, folded (case and accents do not tell copies apart)."""
    words = _WORD.findall(fold(text))
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def containment(a: set[bytes], b: set[bytes]) -> float:
    """The share of the smaller set found in the other: 1.0 for a press release reprinted whole inside a page
    with its own headline, bylines and footer, where Jaccard similarity is low."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small) if small else 0.0


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` (its body), or None when it is too short to compare."""
    shingles_ = shingles(text)
    if len(shingles_) < MIN_SHINGLES:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=_SEED)
    m.update_batch(list(shingles_))
    return m.hashvalues.astype(np.uint32).tobytes()


def _lean(sig: bytes) -> LeanMinHash:
    return LeanMinHash(seed=_SEED, hashvalues=np.frombuffer(sig, dtype=np.uint32), scheme=_SCHEME)


class _Pool:
    """Every signature seen so far as rows of one matrix, to estimate a text's similarity to all of them at once."""

    def __init__(self, size: int) -> None:
        self.rows = np.empty((max(size, 1), NUM_PERM), dtype=np.uint32)
        self.keys: list[int] = []

    def add(self, key: int, sig: bytes) -> None:
        self.rows[len(self.keys)] = np.frombuffer(sig, dtype=np.uint32)
        self.keys.append(key)

    def similar(self, sig: bytes) -> list[int]:
        """Keys of the ``CONTAINMENT_CHECKS`` most similar texts from ``LOW_SIMILARITY`` up, most similar first."""
        if not self.keys:
            return []
        scores = (self.rows[:len(self.keys)] == np.frombuffer(sig, dtype=np.uint32)).mean(axis=1)
        best = np.argsort(-scores, kind="stable")[:CONTAINMENT_CHECKS]
        return [self.keys[i] for i in best if scores[i] >= LOW_SIMILARITY]


def copy_groups(new: Mapping[int, bytes | None], stored: Mapping[int, tuple[bytes | None, int]],
                shingles_of: Callable[[int], set[bytes]] | None = None) -> dict[int, int]:
    """The group of each new text: the group of a stored or earlier new text it copies, else its own id.

    ``new``: id -> signature; ``stored``: id -> (signature, group). Ids are source ids, so a group is named by the
    id of its first member. A text is a copy when its estimated Jaccard similarity to another passes ``THRESHOLD``,
    or, given ``shingles_of`` (id -> shingles), when most of the shorter one lies inside the other (``CONTAINED``):
    the same press release under another outlet's header and footer.
    """
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    pool = _Pool(len(stored) + len(new)) if shingles_of is not None else None
    group: dict[int, int] = {}
    for key, (sig, grp) in stored.items():
        group[key] = grp
        if sig is not None:
            lsh.insert(key, _lean(sig), check_duplication=False)
            if pool is not None:
                pool.add(key, sig)
    out: dict[int, int] = {}
    for key in sorted(new):
        sig = new[key]
        if sig is None:
            out[key] = group[key] = key
            continue
        m = _lean(sig)
        matches = [k for k in lsh.query(m) if k != key]
        if not matches and pool is not None and shingles_of is not None:
            candidates = pool.similar(sig)
            if candidates:
                own = shingles_of(key)
                matches = [k for k in candidates if containment(own, shingles_of(k)) >= CONTAINED]
        out[key] = group[key] = min((group[k] for k in matches), default=key)
        lsh.insert(key, m, check_duplication=False)
        if pool is not None:
            pool.add(key, sig)
    return out
