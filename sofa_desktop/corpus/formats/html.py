"""Web pages (saved by a browser or fetched): the article's text and metadata, with trafilatura and htmldate.

Measured on 23 real news pages from trafilatura's own evaluation set (BBC, Reuters, NYT, Guardian, CNN, El País,
Clarín, La Nación, Infobae...; scored with its gold "with"/"without" snippets): trafilatura F1 0.908
(precision 0.865, recall 0.955) against readability-lxml 0.870 and jusText 0.684; ``fast=True`` (no fallback
extractors) scored the same and runs about twice as fast (about 45-55 pages a second with metadata, pages of
310 kB on average). Dates come from htmldate (through trafilatura), preferring the original publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sofa_desktop.corpus.article import ArticleRejected
from sofa_desktop.corpus.decoding import decode_bytes
from sofa_desktop.corpus.formats.boilerplate import drop_promotions
from sofa_desktop.corpus.formats.html_meta import page_statements
from sofa_desktop.corpus.language import language_code
from sofa_desktop.corpus.metadata import Found, Metadata, found

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
MIN_WORDS = 10
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"}  # as browsers do
_NOT_AUTHORS = {"no author", "anonimo", "anónimo", "anonymous", "staff", "redacción", "redaccion", "admin"}
_FALLBACK = {
    "title": "the page's title",
    "published": "the page (found by htmldate)",
    "outlet": "the page's address",
    "author": "the page's byline",
    "url": "the page's address",
}


def decode_html(data: bytes, charset: str | None = None) -> tuple[str, list[str]]:
    """Page bytes to text: the HTTP charset, else the page's ``<meta charset>``, else UTF-8, else detected.

    Latin-1 and ASCII labels are read as Windows-1252, as browsers do (the WHATWG Encoding Standard).
    """
    for declared in (charset, _sniffed_charset(data)):
        if declared and declared.strip().lower() in _WINDOWS_1252:
            declared = "cp1252"
        if declared:
            try:
                return data.decode(declared), []
            except (LookupError, UnicodeDecodeError):
                continue
    return decode_bytes(data)


def _sniffed_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def read_html(data: bytes | str, url: str | None = None, charset: str | None = None) -> tuple[str, Metadata]:
    """The article text of a page (paragraphs separated by a blank line) and its metadata with their sources."""
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    warnings: list[str] = []
    if isinstance(data, bytes):
        data, warnings = decode_html(data, charset)
    tree = load_html(data)
    if tree is None:
        raise ArticleRejected("not a readable web page")
    statements = page_statements(tree)
    doc = bare_extraction(tree, url=url, fast=True, with_metadata=True, include_comments=False,
                          include_tables=False, include_images=False, include_links=False)
    lines = [line.strip() for line in (doc.text or "").split("\n") if line.strip()] if doc else []
    text = "\n\n".join(drop_promotions(lines))
    if len(text.split()) < MIN_WORDS:  # a login page's "Home", a consent wall's "Accept"
        raise ArticleRejected("web page without article text")
    return text, _metadata(doc, statements, url, warnings)


def _metadata(doc: Any, statements: list[tuple[str, str, str]], url: str | None, warnings: list[str]) -> Metadata:
    meta = Metadata(warnings=warnings)
    meta.title = _found("title", doc.title, statements)
    meta.published = _found_date(doc.date, statements)
    meta.outlet = _found("outlet", doc.sitename, statements)
    meta.author = _found("author", _clean_author(doc.author, doc.sitename), statements)
    meta.url = _found("url", doc.url, statements, url) or found(url, "the address it was fetched from")
    declared = next(((code, phrase) for field, value, phrase in statements
                     if field == "language" and (code := language_code(value))), None)
    meta.language = Found(*declared) if declared else None
    return meta


def _clean_author(author: str | None, outlet: str | None) -> str | None:
    """Drop "No Author", "Anónimo" and the outlet's own name from a byline ("Rob Picheta; CNN" -> "Rob Picheta")."""
    if not author:
        return None
    site = (outlet or "").casefold()
    names = [n.strip() for n in author.split(";")]
    kept = [n for n in names if n and n.casefold() not in _NOT_AUTHORS and not (site and site in n.casefold())]
    return "; ".join(kept) or None


def _found(field: str, value: str | None, statements: list[tuple[str, str, str]],
           fetched_from: str | None = None) -> Found[str] | None:
    """``value`` labelled with the first page statement that gave it; one guessed from the address is weak."""
    if not value or not value.strip():
        return None
    wanted = _squash(value)
    phrase = next((p for f, v, p in statements if f == field and _squash(v).startswith(wanted)), None)
    if phrase is None:
        phrase = next((p for f, v, p in statements if f == field and wanted in _squash(v)), None)
    if phrase is None and field == "url" and fetched_from:
        return None  # trafilatura hands back the address it was given: the caller labels it
    return found(value, phrase or _FALLBACK[field], weak=phrase is None and field == "outlet")


def _found_date(value: str | None, statements: list[tuple[str, str, str]]) -> Found[dt.date] | None:
    if not value:
        return None
    try:
        date = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    phrase = next((p for f, v, p in statements if f == "published" and v.startswith(value[:10])), None)
    return Found(date, phrase or _FALLBACK["published"])


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()
