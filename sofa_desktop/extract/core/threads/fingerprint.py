"""Near-duplicate texts (one wire story republished by several outlets) by MinHash over word shingles.

The signatures are ``corpus.fingerprint.signature``; this module groups them with locality-sensitive hashing:
two texts are candidates when one of BANDS bands of ROWS signature values agrees whole. BANDS and ROWS are the
values datasketch's ``MinHashLSH`` chooses for THRESHOLD and 128 permutations (equal weights on false positives and
negatives; a test checks them), so groups are the ones its index gave, without importing it (and SciPy) per import.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from sofa_desktop.corpus.fingerprint import NUM_PERM, signature

__all__ = ["BANDS", "ROWS", "THRESHOLD", "copy_groups", "signature"]  # signature: for callers of the threads work

THRESHOLD = 0.7  # estimated Jaccard similarity of shingle sets above which two texts are copies of one story
BANDS, ROWS = 14, 9  # MinHashLSH(threshold=0.7, num_perm=128).b, .r
_VALUE = 4  # bytes per signature value


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


def copy_groups(new: Mapping[int, bytes | None], stored: Mapping[int, tuple[bytes | None, int]]) -> dict[int, int]:
    """The group of each new text: the group of a stored or earlier new text it copies, else its own id.

    ``new``: id -> signature; ``stored``: id -> (signature, group). Ids are source ids, so a group is named by the
    id of its first member.
    """
    index = _BandIndex()
    group: dict[int, int] = {}
    for key, (sig, grp) in stored.items():
        group[key] = grp
        if sig is not None:
            index.insert(key, sig)
    out: dict[int, int] = {}
    for key in sorted(new):
        sig = new[key]
        if sig is None:
            out[key] = group[key] = key
            continue
        matches = [k for k in index.query(sig) if k != key]
        out[key] = group[key] = min((group[k] for k in matches), default=key)
        index.insert(key, sig)
    return out
