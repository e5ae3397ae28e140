"""Recognising the same story in another format or another outlet's copy.

``exact_fingerprint`` hashes the folded, punctuation-free, whitespace-collapsed text: the same article saved as a
page and as a PDF (other quote marks, hyphenation, line breaks) gets the same value. ``signature`` is a MinHash
(128 permutations over the set of word 5-grams) whose ``similarity`` estimates the Jaccard overlap of two texts:
near-duplicates (a syndicated copy with another headline or a trailing "Read more") score high where exact hashes
differ. The same signature serves the same-article check at import and the copy groups of the threads.

The MinHash is datasketch's (2.x, scheme ``affine32``: SHA-1's first four bytes, the MurmurHash3 finalizer, then
``a * h + b`` modulo 2**32, seed 1) written out with numpy, value for value, so signatures stored by earlier
versions still compare; tests check it against datasketch. Written out because importing datasketch pulls SciPy
(about 0.5 s per process) and its per-shingle Python work was most of the 1 ms a signature took.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from sofa_desktop.corpus.text import fold

if TYPE_CHECKING:
    import numpy as np

    from sofa_desktop.corpus.article import Article

NUM_PERM = 128
SHINGLE_WORDS = 5  # short enough to survive an outlet's edits, long enough to tell stories apart
MIN_SHINGLES = 20  # shorter texts (a headline, a brief) get no signature: too little to tell
SEED = 1
NEAR_DUPLICATE = 0.8  # estimated Jaccard overlap from which two texts are the same story
_WORD_CHARS = re.compile(r"[^\W_]+")  # runs of letters and digits
_WORD = re.compile(r"\w+")
_MEMO_SIZE = 8192  # signatures kept by text digest: an import asks for each new text's twice (same article, copies)
_memo: dict[bytes, bytes | None] = {}


def normalized_words(text: str) -> list[str]:
    """Words of ``text`` accent- and case-folded, punctuation dropped ("«Sí», dijo" -> ["si", "dijo"])."""
    return _WORD_CHARS.findall(fold(text))


def exact_fingerprint(text: str) -> str:
    """SHA-256 of the normalised words: equal for the same text whatever its quotes, breaks and hyphenation.

    Punctuation goes before folding as well as after (symbols such as "™" fold to letters: stored fingerprints
    were made this way)."""
    return hashlib.sha256(" ".join(normalized_words(" ".join(_WORD_CHARS.findall(text)))).encode("utf-8")).hexdigest()


def with_identity(article: Article) -> Article:
    """``article`` with the content hash the store keys it by: a text file's is its text's (as ever); another
    format's also covers the format, address and outlet, so two outlets' pages with the same clean text (a
    syndicated story) are two sources, the same page saved twice is one, and a Word copy of a PDF is found by
    ``same_article`` (and said so)."""
    if (article.format or "txt") == "txt":
        return article
    key = "\x00".join((article.format, article.text, article.url or "", fold(article.outlet or "")))
    return dataclasses.replace(article, sha256=hashlib.sha256(key.encode("utf-8")).hexdigest())


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` (a body) as NUM_PERM little-endian unsigned 32-bit values, or None when
    it has fewer than MIN_SHINGLES distinct word 5-grams. Computed once per text (kept by the text's digest)."""
    key = _digest(text)
    if key in _memo:
        return _memo[key]
    found = shingles(text)
    value = _minhash(list(found)) if len(found) >= MIN_SHINGLES else None
    remember(text, value, key)
    return value


def remember(text: str, value: bytes | None, key: bytes | None = None) -> None:
    """Keep ``value`` as the signature of ``text`` (computed in another process: an import's workers)."""
    if len(_memo) >= _MEMO_SIZE:
        _memo.clear()
    _memo[key or _digest(text)] = value


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def shingles(text: str) -> set[bytes]:
    """The folded word 5-grams of ``text`` (case, accents and soft hyphens do not tell copies apart)."""
    words = _WORD.findall(fold(text.replace("\u00ad", "")))
    return set(map(str.encode, map(" ".join, zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False))))


def shingle_set(text: str) -> set[tuple[str, ...]]:
    """The word 5-grams of ``text`` as ``shingles`` makes them, as tuples of words: one tuple per shingle, so
    overlaps between two texts count the same, and they are about twice as fast to build (no joining, no bytes)."""
    words = _WORD.findall(fold(text.replace("\u00ad", "")))
    return set(zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False))


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard overlap (0..1) of the texts behind two signatures of the same length."""
    if len(a) != len(b) or not a:
        raise ValueError("signatures of different lengths")
    n = len(a) // 4
    return sum(a[i:i + 4] == b[i:i + 4] for i in range(0, len(a), 4)) / n


def same_story(a: bytes, b: bytes, threshold: float = NEAR_DUPLICATE) -> bool:
    """Whether two signatures are near-duplicates (estimated overlap at least ``threshold``)."""
    return similarity(a, b) >= threshold


def _minhash(shingles: list[bytes]) -> bytes:
    import numpy as np  # lazy for start-up time only

    sha1 = hashlib.sha1
    hashed = np.frombuffer(b"".join([sha1(s).digest()[:4] for s in shingles]), dtype="<u4").astype(np.uint32)
    mixed = _fmix32(hashed).reshape(-1, 1)
    a, b = _permutations()
    with np.errstate(over="ignore"):
        values = mixed * a  # uint32 arithmetic: wrapping is the modulo 2**32
        values += b  # in place: a second (shingles x NUM_PERM) array cost more than the arithmetic
        values = values.min(axis=0)
    return values.astype("<u4").tobytes()


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, element-wise (multiplications wrap modulo 2**32)."""
    import numpy as np

    with np.errstate(over="ignore"):
        h = h ^ (h >> np.uint32(16))
        h = h * np.uint32(0x85EBCA6B)
        h = h ^ (h >> np.uint32(13))
        h = h * np.uint32(0xC2B2AE35)
        return h ^ (h >> np.uint32(16))


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of the NUM_PERM affine permutations, drawn as datasketch draws them for SEED (a odd)."""
    import numpy as np

    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b
