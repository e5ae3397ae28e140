"""Read one article file into an :class:`Article`: decoding, title line, dateline, outlet, hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from sofa_desktop.corpus.text import normalize_text

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

_DATELINE = re.compile(r"(?:^|\s)date (\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)")  # a month-only date: published unknown
_OUTLET = re.compile(
    r"\s*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]+(?:,\s*[A-Za-zÁÉÍÓÚáéíóúñÑ .'-]+)?\s*\(([A-Za-z][A-Za-z .&/-]{0,40})\)\s*[—–-]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # C0 controls except \t \n \f \r
_MAX_TITLE_CHARS = 300
_BOM_CODECS = (((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"), "utf-32"), ((b"\xff\xfe", b"\xfe\xff"), "utf-16"))
_IMPLAUSIBLE_CATEGORIES = {"Cc", "Cf", "Co", "Cn", "No", "Sm", "So", "Sk"}


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
    """Decode file bytes: UTF-8 (BOM optional), UTF-16/UTF-32 with BOM, else a detected legacy encoding (warned)."""
    warnings: list[str] = []
    if not data.strip():
        raise ArticleRejected("empty file")
    for boms, codec in _BOM_CODECS:  # UTF-32 first: its little-endian BOM starts with UTF-16's
        if data.startswith(boms):
            try:
                return data.decode(codec), warnings
            except UnicodeDecodeError as exc:
                raise ArticleRejected(f"invalid {codec.upper()} text ({exc.reason})") from None
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
    western = _decode_western(data)
    if western is not None:
        return western, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp1250", "mac_roman"]).best()
    if best is not None:
        text, encoding = str(best), best.encoding
    else:  # detection gives up on some real text (short Polish cp1250); a single-byte guess beats losing it
        encoding = "cp1252" if _decodes(data, "cp1252") else "latin_1"
        text = data.decode(encoding)
    if _looks_binary(text):
        raise ArticleRejected("binary file (control characters)")
    return text, encoding


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _decode_western(data: bytes) -> str | None:
    """cp1252 (a superset of printable latin-1) when every non-ASCII character it yields is plausible in prose.

    Detection alone picks cp1250 for short Spanish text ("señor" -> "seńor"); symbols such as "¹" or "³" that
    cp1252 yields for Central European text send it on to detection instead.
    """
    if not _decodes(data, "cp1252"):
        return None
    text = data.decode("cp1252")
    odd = {ch for ch in text if ord(ch) > 127 and unicodedata.category(ch) in _IMPLAUSIBLE_CATEGORIES}
    return None if odd else text


def _looks_binary(text: str) -> bool:
    """More than 1 % (and more than two) control characters other than newline, carriage return, tab and form feed."""
    if not _CONTROL.search(text):  # the common case: one pass in C
        return False
    return len(_CONTROL.findall(text)) > max(2, len(text) // 100)


def parse_article(name: str, raw_text: str, warnings: tuple[str, ...] = ()) -> Article:
    """Split normalised text into title, dateline date, outlet and body (offsets into the full text)."""
    text = normalize_text(raw_text)
    name = _printable_name(name)
    if not text.strip():
        raise ArticleRejected("empty file")
    if "\x00" in text:
        raise ArticleRejected("binary file (contains NUL characters)")
    if _looks_binary(text):
        raise ArticleRejected("binary file (control characters)")
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    first_line = text[:first_end]
    title: str | None = None
    published: dt.date | None = None
    body_start = 0
    match = _DATELINE.search(first_line)
    if match is None and _is_title_line(text, first_end):  # "Title\n\n date 2025-01-02 CITY (Outlet) — body"
        second = _DATELINE.match(text, first_end + len(text[first_end:]) - len(text[first_end:].lstrip()) - 1)
        if second is not None and "\n" not in text[first_end:second.end()].strip():
            title, body_start = first_line.strip(), second.end()
            published = _parse_iso(second.group(1))
    elif match and (len(match.group(1)) == 7 or (published := _parse_iso(match.group(1))) is not None):
        title = first_line[: match.start()].strip() or None
        body_start = match.end()
        if not text[body_start:first_end].strip():
            body_start = first_end
    if body_start == 0 and title is None and _is_title_line(text, first_end):
        title = first_line.strip()
        body_start = first_end
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    outlet_match = _OUTLET.match(text, body_start)
    outlet = outlet_match.group(1).strip() if outlet_match else None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(name, text, title, published, outlet, body_start, digest, tuple(warnings))


def marker_ranges(text: str, body_start: int) -> tuple[tuple[int, int], ...]:
    """Where the header before ``body_start`` holds a dateline marker (" date 2026-03-11 "): metadata the reader
    consumed, which viewers hide (code-point ranges into ``text``; line breaks around it are kept)."""
    ranges = []
    for match in _DATELINE.finditer(text, 0, body_start):
        start, end = match.start(), match.end()
        if text[start] in "\r\n":  # the line break before it stays
            start += 1
        while end < body_start and text[end] in " \t":
            end += 1
        ranges.append((start, end))
    return tuple(ranges)


def _printable_name(name: str) -> str:
    """A file name that can be stored and printed: undecodable bytes (surrogate escapes) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


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
        if not path.is_file():  # a FIFO or device would block or never end
            raise ArticleRejected("not a regular file")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # never more than the limit, even if the file grows meanwhile
    except OSError as exc:
        raise ArticleRejected(f"cannot read file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        size = max(len(data), _size_or_zero(path))
        raise ArticleRejected(f"file too large ({size:,} bytes; limit is {max_bytes:,} bytes)")
    text, warnings = decode_bytes(data)
    return parse_article(path.name, text, tuple(warnings))


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
