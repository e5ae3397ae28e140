"""Read one article file into an :class:`Article`: decoding, title line, dateline, outlet, hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from sofa_desktop.corpus.text import normalize_text

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

_DATELINE = re.compile(r"(?:^|\s)date (\d{4}-\d{2}-\d{2})(?=\s|$)")
_OUTLET = re.compile(r"\s*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]+(?:,\s*[A-Za-zÁÉÍÓÚáéíóúñÑ .'-]+)?\s*\(([A-Za-z][A-Za-z .&/-]{0,40})\)\s*[—–-]")
_MAX_TITLE_CHARS = 300


class ArticleRejected(Exception):
    """The file cannot be imported; ``str(exc)`` is a reason fit for a user."""


@dataclass(frozen=True)
class Article:
    """A decoded article. ``text`` is what every offset indexes; ``body_start`` skips title and dateline."""

    name: str
    text: str
    title: str | None
    published: dt.date | None
    outlet: str | None
    body_start: int
    sha256: str
    warnings: tuple[str, ...] = field(default=())


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode file bytes: UTF-8 (BOM optional), UTF-16 with BOM, else a detected legacy encoding."""
    warnings: list[str] = []
    if not data.strip():
        raise ArticleRejected("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), warnings
        except UnicodeDecodeError as exc:
            raise ArticleRejected(f"invalid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data:
        raise ArticleRejected("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), warnings
    except UnicodeDecodeError:
        pass
    text, encoding = _decode_legacy(data)
    warnings.append(f"not UTF-8; decoded as {encoding}")
    return text, warnings


def _decode_legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp1250", "mac_roman"]).best()
    if best is None:
        raise ArticleRejected("binary or undecodable file (no text encoding fits)")
    text = str(best)
    if _looks_binary(text):
        raise ArticleRejected("binary file (control characters)")
    return text, best.encoding


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > max(2, len(text) // 100)


def parse_article(name: str, raw_text: str, warnings: tuple[str, ...] = ()) -> Article:
    """Split normalised text into title, dateline date, outlet and body (offsets into the full text)."""
    text = normalize_text(raw_text)
    if not text.strip():
        raise ArticleRejected("empty file")
    if _looks_binary(text):
        raise ArticleRejected("binary file (control characters)")
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    first_line = text[:first_end]
    title: str | None = None
    published: dt.date | None = None
    body_start = 0
    match = _DATELINE.search(first_line)
    if match and (published := _parse_iso(match.group(1))) is not None:
        title = first_line[: match.start()].strip() or None
        body_start = match.end()
        if not text[body_start:first_end].strip():
            body_start = first_end
    elif _is_title_line(text, first_end):
        title = first_line.strip()
        body_start = first_end
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    outlet_match = _OUTLET.match(text, body_start)
    outlet = outlet_match.group(1).strip() if outlet_match else None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(name, text, title, published, outlet, body_start, digest, tuple(warnings))


def _is_title_line(text: str, first_end: int) -> bool:
    line = text[:first_end].strip()
    followed_by_blank = text[first_end : first_end + 2] == "\n\n" or first_end == len(text)
    return bool(line) and followed_by_blank and len(line) <= _MAX_TITLE_CHARS and not line.endswith((".", "”", '"'))


def _parse_iso(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def read_article(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and parse ``path``; raise :class:`ArticleRejected` with a clear reason for bad files."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleRejected(f"file too large ({size:,} bytes; limit is {max_bytes:,} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleRejected(f"cannot read file ({exc.strerror or exc})") from None
    text, warnings = decode_bytes(data)
    return parse_article(path.name, text, tuple(warnings))
