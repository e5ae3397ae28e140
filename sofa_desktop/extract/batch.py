"""Read and extract an import's files in worker processes (``store.ingest`` stores what they return, in order).

A worker imports only ``corpus`` and ``extract`` (no database, no Qt): it reads a file or a link as the store would
(``corpus.document.read_source``), extracts it against the article's own date with the default rules, and computes
the body's MinHash signature the threads refresh asks for later. Texts the store already holds, extracted by the
current extractor (their hashes are listed in a file by the import), are read but not extracted again.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sofa_desktop.corpus import Article, ArticleRejected
from sofa_desktop.corpus.document import read_source
from sofa_desktop.corpus.fingerprint import signature
from sofa_desktop.corpus.language import article_language, detect_language
from sofa_desktop.extract.core.types import Document, Extraction
from sofa_desktop.extract.pipeline import RuleExtractor


@dataclass(frozen=True)
class Prepared:
    """A file as a worker left it: rejected (``reason``), read only (``extraction`` None: stored already, or the
    extraction failed with ``reason``), or read and extracted (with the body's ``signature``)."""

    article: Article | None
    extraction: Extraction | None = None
    signature: bytes | None = None
    reason: str | None = None


_known: tuple[str, frozenset[str]] = ("", frozenset())  # the listing read last, and its hashes
_extractor: RuleExtractor | None = None


def start_worker() -> None:
    """A worker's initialiser: the rules, loaded once (an import's files go to the workers in many chunks)."""
    global _extractor
    _extractor = RuleExtractor()
    gc.freeze()  # the rules' tables are long-lived: full collections need not scan them


def preload() -> None:
    """Load what every worker needs (the language model) in the process workers are forked from, once."""
    detect_language("Loading the language model before the workers start, so that each one shares it.")


def prepare_files(items: Sequence[Path | str], max_bytes: int, known: str = "") -> list[Prepared]:
    """Read and extract each of ``items`` (files or links); one bad file never stops the others. ``known``: a file
    listing (a line each) the content hashes stored by the current extractor: those texts are read only."""
    global _known
    if known != _known[0]:
        try:
            _known = (known, frozenset(Path(known).read_text(encoding="ascii").split()) if known else frozenset())
        except OSError:  # the import is over (cancelled): nothing is skipped, nothing is stored either
            _known = (known, frozenset())
    return [prepare_file(item, max_bytes) for item in items]


def prepare_file(item: Path | str, max_bytes: int) -> Prepared:
    """Read and extract one file or link (see :class:`Prepared`)."""
    try:
        article = read_source(item, max_bytes)
    except ArticleRejected as exc:
        return Prepared(None, reason=str(exc))
    if article.sha256 in _known[1]:
        return Prepared(article)
    extractor = _extractor or RuleExtractor()
    try:
        extraction = extractor.extract(Document(article.text, article.published, article.body_start,
                                                language=article_language(article)))
    except Exception as exc:  # an extractor bug must not stop the import of other files
        return Prepared(article, reason=f"extraction failed: {type(exc).__name__}: {exc}")
    return Prepared(article, extraction, signature(article.text[article.body_start or 0:]))



preload()  # at import: the forkserver imports this module once and forks every worker from it
