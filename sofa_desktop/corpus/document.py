"""The one entry point for reading a source: a file of any supported format, or bytes fetched from a link."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from sofa_desktop.corpus.article import Article, ArticleRejected
from sofa_desktop.corpus.compose import compose_article
from sofa_desktop.corpus.metadata import Metadata
from sofa_desktop.corpus.reader import DEFAULT_MAX_BYTES, read_article, read_limited

Reader = Callable[[bytes], tuple[str, Metadata]]

SUFFIX_FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf",
                  ".docx": "docx", ".eml": "eml"}
DEFAULT_MAX_DOCUMENT_BYTES = 50 * 1024 * 1024  # PDFs and Word files with images are larger than text


def supported_suffixes() -> frozenset[str]:
    """Lower-case file suffixes a folder import should read; anything else is skipped with its reason."""
    return frozenset(SUFFIX_FORMATS)


def unsupported_reason(path: str | Path) -> str | None:
    """Why ``path`` will not be read ("unsupported file type .xlsx"), or None when its type is supported."""
    suffix = Path(path).suffix.lower()
    if suffix in SUFFIX_FORMATS:
        return None
    return f"unsupported file type {suffix}" if suffix else "unsupported file type (no extension)"


def read_document(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read ``path`` by its suffix (.txt .html .htm .pdf .docx .eml); :class:`ArticleRejected` says why not.

    ``max_bytes`` limits text and HTML files; PDF and Word files may be up to ten times larger.
    """
    path = Path(path)
    reason = unsupported_reason(path)
    if reason is not None:
        raise ArticleRejected(reason)
    fmt = SUFFIX_FORMATS[path.suffix.lower()]
    if fmt == "txt":
        return read_article(path, max_bytes)
    limit = max_bytes if fmt in ("html", "eml") else max(max_bytes, min(10 * max_bytes, DEFAULT_MAX_DOCUMENT_BYTES))
    return read_bytes(read_limited(path, limit), path.name, fmt)


NAME_CHARS = 512  # a link's name is its address, cut to what the store keeps (source.name: VARCHAR(512))


def read_source(item: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read an import's item: a file by its type, or a link (a ``str``) fetched; either keyed by
    ``fingerprint.with_identity``. :class:`ArticleRejected` says why not. A file named on its own whose type is not
    supported is read as text when it is text (``notes.md``), as before formats were known."""
    from sofa_desktop.corpus.fingerprint import with_identity

    if isinstance(item, str):
        article = read_url(item)
        return with_identity(dataclasses.replace(article, name=article.name[:NAME_CHARS]))
    if unsupported_reason(item) is None:
        return with_identity(read_document(item, max_bytes))
    try:
        return read_article(item, max_bytes)
    except ArticleRejected as exc:
        if str(exc).startswith("binary file"):
            raise ArticleRejected(unsupported_reason(item) or str(exc)) from None
        raise


def read_bytes(data: bytes, name: str, fmt: str, url: str | None = None, charset: str | None = None) -> Article:
    """An article from the bytes of a ``fmt`` document (``url`` and ``charset`` when it was fetched)."""
    if fmt == "txt":
        from sofa_desktop.corpus.decoding import decode_bytes
        from sofa_desktop.corpus.metadata import found

        text, warnings = decode_bytes(data) if charset is None else _decode_declared(data, charset)
        meta = Metadata(url=found(url, "the address it was fetched from"), warnings=warnings)
        return compose_article(name, "txt", text, meta)
    text, meta = _read(fmt, data, url, charset)
    return compose_article(name, fmt, text, meta)


def read_url(url: str) -> Article:
    """Fetch ``url`` and read it (web page, PDF or plain text); the final address is its URL unless the page
    names a canonical one. :class:`ArticleRejected` says in one line why a link cannot be imported."""
    from sofa_desktop.corpus.fetch import fetch

    fetched = fetch(url)
    return read_bytes(fetched.data, fetched.url, fetched.format, fetched.url, fetched.charset)


def _decode_declared(data: bytes, charset: str) -> tuple[str, list[str]]:
    from sofa_desktop.corpus.decoding import decode_bytes

    try:
        return data.decode(charset), []
    except (LookupError, UnicodeDecodeError):
        return decode_bytes(data)


def _read(fmt: str, data: bytes, url: str | None, charset: str | None) -> tuple[str, Metadata]:
    if not data.strip():
        raise ArticleRejected("empty file")
    if fmt == "html":
        from sofa_desktop.corpus.formats.html import read_html

        return read_html(data, url, charset)
    if fmt == "pdf":
        from sofa_desktop.corpus.formats.pdf import read_pdf

        text, meta = read_pdf(data)
    elif fmt == "docx":
        from sofa_desktop.corpus.formats.docx import read_docx

        text, meta = read_docx(data)
    elif fmt == "eml":
        from sofa_desktop.corpus.formats.eml import read_eml

        text, meta = read_eml(data)
    else:
        raise ArticleRejected(f"unsupported format {fmt}")
    if url and meta.url is None:
        from sofa_desktop.corpus.metadata import found

        meta.url = found(url, "the address it was fetched from")
    return text, meta
