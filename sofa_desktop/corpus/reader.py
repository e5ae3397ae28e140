"""Read one plain-text article file into an :class:`Article`: decoding, title line, ` date` line, dateline, hash.

Other formats go through :func:`sofa_desktop.corpus.document.read_document`, which calls this for ``.txt``.
"""

from __future__ import annotations

from pathlib import Path

from sofa_desktop.corpus.article import Article, ArticleRejected
from sofa_desktop.corpus.compose import compose_article
from sofa_desktop.corpus.decoding import decode_bytes
from sofa_desktop.corpus.decoding import looks_binary as _looks_binary

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

__all__ = ["DEFAULT_MAX_BYTES", "Article", "ArticleRejected", "_looks_binary", "decode_bytes", "parse_article",
           "read_article", "read_limited"]


def parse_article(name: str, raw_text: str, warnings: tuple[str, ...] = ()) -> Article:
    """Split normalised text into title, ` date` line date, dateline (place, date, outlet) and body."""
    return compose_article(name, "txt", raw_text, None, warnings)


def read_article(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and parse the text file ``path``; raise :class:`ArticleRejected` with a clear reason for bad files."""
    path = Path(path)
    text, warnings = decode_bytes(read_limited(path, max_bytes))
    return parse_article(path.name, text, tuple(warnings))


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of regular file ``path``, refused over ``max_bytes`` (never reading more than the limit)."""
    try:
        if not path.is_file():  # a FIFO or device would block or never end
            raise ArticleRejected("not a regular file")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # never more than the limit, even if the file grows meanwhile
    except OSError as exc:
        raise ArticleRejected(f"cannot read file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        size = max(len(data), _size_or_zero(path))
        raise ArticleRejected(f"file too large ({size:,} bytes; limit is {max_bytes:,} bytes)")
    return data


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
