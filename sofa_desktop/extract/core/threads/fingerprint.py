"""Near-duplicate texts (one wire story republished by several outlets) by MinHash over word shingles.

Behind two small functions (``signature``, ``copy_groups``) so a corpus-level fingerprint module can replace it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from sofa_desktop.extract.core.folding import fold

NUM_PERM = 128
SHINGLE = 5  # words per shingle: short enough to survive an outlet's edits, long enough to tell stories apart
THRESHOLD = 0.7  # estimated Jaccard similarity of shingle sets above which two texts are copies of one story
MIN_SHINGLES = 20  # shorter texts (a headline, a brief) are never called copies: too little to tell
_WORD = re.compile(r"\w+")
_SEED = 1
_SCHEME = MinHash(num_perm=1, seed=_SEED).scheme  # stored signatures are read back with the scheme that made them


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` (its body), or None when it is too short to compare."""
    words = _WORD.findall(fold(text))
    shingles = {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    if len(shingles) < MIN_SHINGLES:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=_SEED)
    m.update_batch(list(shingles))
    return m.hashvalues.astype(np.uint32).tobytes()


def _lean(sig: bytes) -> LeanMinHash:
    return LeanMinHash(seed=_SEED, hashvalues=np.frombuffer(sig, dtype=np.uint32), scheme=_SCHEME)


def copy_groups(new: Mapping[int, bytes | None], stored: Mapping[int, tuple[bytes | None, int]]) -> dict[int, int]:
    """The group of each new text: the group of a stored or earlier new text it copies, else its own id.

    ``new``: id -> signature; ``stored``: id -> (signature, group). Ids are source ids, so a group is named by the
    id of its first member.
    """
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    group: dict[int, int] = {}
    for key, (sig, grp) in stored.items():
        group[key] = grp
        if sig is not None:
            lsh.insert(key, _lean(sig), check_duplication=False)
    out: dict[int, int] = {}
    for key in sorted(new):
        sig = new[key]
        if sig is None:
            out[key] = group[key] = key
            continue
        m = _lean(sig)
        matches = [k for k in lsh.query(m) if k != key]
        out[key] = group[key] = min((group[k] for k in matches), default=key)
        lsh.insert(key, m, check_duplication=False)
    return out
