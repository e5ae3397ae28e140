"""Near-duplicate texts (one wire story republished by several outlets) by MinHash over word shingles.

The signatures are ``corpus.fingerprint.signature``; this module groups them with locality-sensitive hashing:
two texts are candidates when one of BANDS bands of ROWS signature values agrees whole. BANDS and ROWS are the
values datasketch's ``MinHashLSH`` chooses for THRESHOLD and 128 permutations (equal weights on false positives and
negatives; a test checks them), so groups are the ones its index gave, without importing it (and SciPy) per import.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet

import numpy as np

from sofa_desktop.corpus.fingerprint import NUM_PERM, shingle_set, shingles, signature

# shingles and signature: for callers of the threads work
__all__ = ["BANDS", "ROWS", "THRESHOLD", "containment", "copy_groups", "shingle_set", "shingles", "signature"]

THRESHOLD = 0.7  # estimated Jaccard similarity of shingle sets above which two texts are copies of one story
BANDS, ROWS = 14, 9  # MinHashLSH(threshold=0.7, num_perm=128).b, .r
_VALUE = 4  # bytes per signature value
CONTAINED = 0.8  # share of the shorter text's shingles found in the longer one that makes it a copy inside a page
LOW_SIMILARITY = 0.06  # estimated Jaccard from which a pair is checked for containment (a release in a long page)
CONTAINMENT_CHECKS = 4  # most similar texts checked per text that no near-duplicate matched


def containment(a: AbstractSet[object], b: AbstractSet[object]) -> float:
    """The share of the smaller set found in the other: 1.0 for a press release reprinted whole inside a page
    with its own headline, bylines and footer, where Jaccard similarity is low."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small) if small else 0.0


class _BandIndex:
    """Texts by the bytes of each band of their signatures."""

    def __init__(self) -> None:
        self._tables: list[dict[bytes, list[int]]] = [defaultdict(list) for _ in range(BANDS)]

    @staticmethod
    def _bands(sig: bytes) -> list[bytes]:
        if len(sig) != NUM_PERM * _VALUE:
            raise ValueError("signature of another length")
        step = ROWS * _VALUE
        return [sig[i * step:(i + 1) * step] for i in range(BANDS)]

    def insert(self, key: int, sig: bytes) -> None:
        for table, band in zip(self._tables, self._bands(sig), strict=True):
            table[band].append(key)

    def query(self, sig: bytes) -> set[int]:
        found: set[int] = set()
        for table, band in zip(self._tables, self._bands(sig), strict=True):
            found.update(table.get(band, ()))
        return found


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
        # the share of equal values: counted, then divided (a mean of booleans made a float array as large as rows)
        scores = np.count_nonzero(self.rows[:len(self.keys)] == np.frombuffer(sig, dtype=np.uint32), axis=1) / NUM_PERM
        best = np.argsort(-scores, kind="stable")[:CONTAINMENT_CHECKS]
        return [self.keys[i] for i in best if scores[i] >= LOW_SIMILARITY]


def copy_groups(new: Mapping[int, bytes | None], stored: Mapping[int, tuple[bytes | None, int]],
                shingles_of: Callable[[int], AbstractSet[object]] | None = None) -> dict[int, int]:
    """The group of each new text: the group of a stored or earlier new text it copies, else its own id.

    ``new``: id -> signature; ``stored``: id -> (signature, group). Ids are source ids, so a group is named by the
    id of its first member. A text is a copy when its estimated Jaccard similarity to another passes ``THRESHOLD``,
    or, given ``shingles_of`` (id -> shingles), when most of the shorter one lies inside the other (``CONTAINED``):
    the same press release under another outlet's header and footer.
    """
    index = _BandIndex()
    pool = _Pool(len(stored) + len(new)) if shingles_of is not None else None
    group: dict[int, int] = {}
    for key, (sig, grp) in stored.items():
        group[key] = grp
        if sig is not None:
            index.insert(key, sig)
            if pool is not None:
                pool.add(key, sig)
    out: dict[int, int] = {}
    for key in sorted(new):
        sig = new[key]
        if sig is None:
            out[key] = group[key] = key
            continue
        matches = [k for k in index.query(sig) if k != key]
        if not matches and pool is not None and shingles_of is not None and (similar := pool.similar(sig)):
            own = shingles_of(key)
            matches = [k for k in similar if containment(own, shingles_of(k)) >= CONTAINED]
        out[key] = group[key] = min((group[k] for k in matches), default=key)
        index.insert(key, sig)
        if pool is not None:
            pool.add(key, sig)
    return out
