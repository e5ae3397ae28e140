"""Passwords out of any text shown or logged (messages, tracebacks, window titles): database URLs and libpq
``password=`` settings."""

from __future__ import annotations

import re
from urllib.parse import unquote

# user:password@ in anything shaped like a URL (greedy to the last @ of the token: passwords may hold '@', ':', '/')
_USERINFO = re.compile(r"(://[^\s:/@'\"]*:)[^\s'\"]*@")
_KEYWORD = re.compile(r"(?i)(\bpassword\s*=\s*)('[^']*'|\"[^\"]*\"|[^\s&;,)]+)")
_MASK = "***"


def redact(text: str, url: str | None = None) -> str:
    """``text`` with every URL password, ``password=...`` value and (when ``url`` is given) that URL's password,
    raw or percent-decoded, replaced by ``***``."""
    text = _USERINFO.sub(rf"\g<1>{_MASK}@", text)
    text = _KEYWORD.sub(rf"\g<1>{_MASK}", text)
    for secret in _secrets_of(url):
        text = text.replace(secret, _MASK)
    return text


def _secrets_of(url: str | None) -> list[str]:
    """The password of ``url`` as written and decoded, even in a URL too broken to parse (3 characters or more:
    shorter ones would mask ordinary text and are masked where they stand in a URL)."""
    if not url or "://" not in url:
        return []
    rest = url.split("://", 1)[1]
    userinfo = rest.rsplit("@", 1)[0] if "@" in rest else ""
    if ":" not in userinfo:
        return []
    password = userinfo.split(":", 1)[1]
    found = {password, unquote(password)}
    return sorted((s for s in found if len(s) >= 3), key=len, reverse=True)
