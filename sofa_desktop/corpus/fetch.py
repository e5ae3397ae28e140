"""Fetching a link (stdlib urllib): timeouts, a size limit, a redirect limit, a content-type check, the charset.

Every failure is one line for the user: "HTTP 404", "timed out after 20 s", "not a web page: application/zip",
"too large: over 20 MB", "too many redirects", "cannot reach example.org (Name or service not known)".
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from sofa_desktop.corpus.article import ArticleRejected

TIMEOUT_S = 20
MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "Mozilla/5.0 (compatible; SOFA-Desktop/0.1; news research)"
CONTENT_FORMATS = {"text/html": "html", "application/xhtml+xml": "html", "application/pdf": "pdf",
                   "text/plain": "txt"}
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fetched:
    """A fetched document: the final address after redirects, its format and bytes, the declared charset."""

    url: str
    format: str
    data: bytes
    charset: str | None


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 2


def fetch(url: str, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> Fetched:
    """Download ``url`` (http or https); raise :class:`ArticleRejected` with one line saying why not."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ArticleRejected(f"not a web address: {url.strip()[:80]}")
    request = urllib.request.Request(url.strip(), headers={"User-Agent": USER_AGENT, "Accept": ", ".join(
        [*CONTENT_FORMATS, "*/*;q=0.1"])})
    opener = urllib.request.build_opener(_LimitedRedirects)
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            fmt = CONTENT_FORMATS.get(content_type)
            if fmt is None:
                raise ArticleRejected(f"not a web page: {content_type}")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ArticleRejected(_too_large(max_bytes))
            data = _read_limited(response, max_bytes)
            return Fetched(response.geturl(), fmt, data, _charset(response.headers))
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            raise ArticleRejected("too many redirects") from None
        raise ArticleRejected(f"HTTP {exc.code}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise ArticleRejected(_timed_out(timeout)) from None
        reason = getattr(exc.reason, "strerror", None) or str(exc.reason)
        raise ArticleRejected(f"cannot reach {parts.hostname} ({reason})") from None
    except TimeoutError:
        raise ArticleRejected(_timed_out(timeout)) from None
    except OSError as exc:  # connection reset, refused mid-way
        raise ArticleRejected(f"connection failed ({exc.strerror or exc})") from None


def _read_limited(response: object, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(_CHUNK):  # type: ignore[attr-defined]
        size += len(chunk)
        if size > max_bytes:
            raise ArticleRejected(_too_large(max_bytes))
        chunks.append(chunk)
    return b"".join(chunks)


def _charset(headers: Message) -> str | None:
    charset = headers.get_content_charset()
    return charset.strip() if charset else None


def _too_large(max_bytes: int) -> str:
    return f"too large: over {max_bytes // (1024 * 1024)} MB" if max_bytes >= 1024 * 1024 else (
        f"too large: over {max_bytes:,} bytes")


def _timed_out(timeout: float) -> str:
    return f"timed out after {timeout:g} s"
