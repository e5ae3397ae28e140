"""E-mail files (.eml) with the standard library: subject as title, Date header and sender as fallbacks, the
text/plain part (hard-wrapped lines joined), else the text/html part through the web-page reader."""

from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime

from sofa_desktop.corpus.article import ArticleRejected
from sofa_desktop.corpus.formats.boilerplate import drop_newsletter_frame
from sofa_desktop.corpus.metadata import Metadata, found

_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fw|fwd|rv|tr|enc|res)\s*:\s*)+", re.IGNORECASE)
_SIGNATURE = re.compile(r"\n-- \n.*", re.DOTALL)


def read_eml(data: bytes) -> tuple[str, Metadata]:
    """The message body as paragraphs and the message's metadata."""
    message = email.message_from_bytes(data, policy=policy.default)
    if not isinstance(message, EmailMessage) or not (message.keys() or message.get_payload()):
        raise ArticleRejected("not a readable e-mail")
    text, meta = _body(message)
    meta.title = meta.title or found(_REPLY_PREFIX.sub("", str(message.get("Subject", ""))), "the e-mail's subject")
    meta.published = meta.published or found(_header_date(message), "the e-mail's Date header", weak=True)
    name, address = parseaddr(str(message.get("From", "")))
    meta.author = meta.author or found(name or None, "the e-mail's sender", weak=True)
    meta.outlet = meta.outlet or found(name or address.partition("@")[2] or None, "the e-mail's sender", weak=True)
    return text, meta


def _body(message: EmailMessage) -> tuple[str, Metadata]:
    plain = message.get_body(preferencelist=("plain",))
    if plain is not None and (text := _content(plain).strip()):
        return "\n\n".join(drop_newsletter_frame(unwrap(_SIGNATURE.sub("", text)).split("\n\n"))), Metadata()
    html = message.get_body(preferencelist=("html",))
    if html is not None and (markup := _content(html)).strip():
        from sofa_desktop.corpus.formats.html import read_html

        text, meta = read_html(markup)
        text = "\n\n".join(drop_newsletter_frame(text.split("\n\n")))
        meta.title = meta.url = None  # a newsletter's <title> and links are not this message's
        return text, meta
    raise ArticleRejected("e-mail without a text part")


def _content(part: EmailMessage) -> str:
    try:
        return str(part.get_content())
    except (LookupError, UnicodeDecodeError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload)


def unwrap(text: str) -> str:
    """Hard-wrapped lines joined into paragraphs (a blank line between paragraphs); ``>`` quoting kept."""
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines() if line.strip()) for p in paragraphs
                       if p.strip())


def _header_date(message: EmailMessage):  # noqa: ANN202 - a date or None
    value = message.get("Date")
    if not value:
        return None
    try:
        return parsedate_to_datetime(str(value)).date()
    except (TypeError, ValueError):
        return None
