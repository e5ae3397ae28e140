"""Text from outside (file names, reasons quoting them) made safe for "one line per file" output: control
characters, line and paragraph separators and bidirectional overrides are shown as escapes, never obeyed."""

from __future__ import annotations

import re

# C0 controls (newline, carriage return, tab, escape...), DEL, C1 controls (incl. NEL), U+2028/U+2029, and the
# bidi embedding/override/isolate marks that can make a file name read backwards on a terminal
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _SHORT:
        return _SHORT[ch]
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def one_line(text: str) -> str:
    """``text`` with every character that could break or disguise a line written as an escape (``\\n``,
    ``\\x1b``, ``\\u202e``); everything else, accents and emoji included, unchanged."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text
