"""Where a clean text's title, ` date` line, dateline and body are: the layout every format shares."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sofa_desktop.corpus.datelines import Byline, Dateline, find_byline, find_date_line, find_dateline
from sofa_desktop.corpus.titles import LOOK_AHEAD, is_label

DATE_LINE = re.compile(r"(?:^|\s)date (\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)")  # a month-only date: published unknown
OUTLET_LINE = re.compile(r"[ \t]*outlet[ \t]+(\S[^\n]{0,79}?)[ \t]*(?:\n|$)")  # " outlet Reuters" below the date
MAX_TITLE_CHARS = 300


@dataclass(frozen=True)
class Layout:
    title: str | None
    body_start: int
    published: dt.date | None  # from the project's own " date YYYY-MM-DD" line
    dateline: Dateline | None
    byline: Byline | None = None  # reporters named above the story: skipped, like the title
    header_date: dt.date | None = None  # a date on a line of its own above the story ("December 4, 2025")
    outlet: str | None = None  # from the project's own " outlet NAME" line under the ` date` line


def find_layout(text: str, title_end: int | None = None) -> Layout:
    """Title, ` date` line and dateline of normalised ``text``; ``title_end`` when the title is known (metadata)."""
    if title_end is not None:
        title, body_start, published = text[:title_end].strip() or None, title_end, None
    else:
        title, body_start, published = _title_and_date_line(text)
    outlet = None
    if published is not None and (line := OUTLET_LINE.match(text, _skip_spaces(text, body_start))):
        outlet, body_start = line.group(1), line.end()
    body_start, byline, header_date = _past_header(text, _skip_spaces(text, body_start))
    return Layout(title, body_start, published, find_dateline(text, body_start), byline, header_date, outlet)


def _past_header(text: str, pos: int) -> tuple[int, Byline | None, dt.date | None]:
    """Past the lines between title and story: a byline, and the labels a press office puts there ("PRESS
    RELEASE", "For immediate release", "December 4, 2025"), with the date one of them gives. ``pos`` itself when
    nothing would be left of the text."""
    start, byline, date = pos, None, None
    for _ in range(LOOK_AHEAD + 1):
        found = find_byline(text, pos) if byline is None else None
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if found is not None:
            byline, end = found, found.end
        elif is_label(text[pos:end]):
            date = date or find_date_line(text, pos)
        else:
            break
        pos = _skip_spaces(text, end)
    return (start, None, None) if pos >= len(text) else (pos, byline, date)


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def marker_ranges(text: str, body_start: int) -> tuple[tuple[int, int], ...]:
    """Where the header before ``body_start`` holds a ` date` marker (" date 2026-03-11 ") and the ` outlet` line
    under it: metadata the reader consumed, which viewers hide (code-point ranges into ``text``; line breaks around
    them are kept)."""
    ranges = []
    for match in DATE_LINE.finditer(text, 0, body_start):
        after = _skip_spaces(text, match.end())
        if (line := OUTLET_LINE.match(text, after)) is not None and line.end() <= body_start:
            ranges.append((text.rfind("\n", 0, after) + 1, line.end() - (text[line.end() - 1] == "\n")))
        start, end = match.start(), match.end()
        if text[start] in "\r\n":  # the line break before it stays
            start += 1
        while end < body_start and text[end] in " \t":
            end += 1
        if start > 0 and text[start - 1] not in "\r\n" and end < len(text) and text[end] not in "\r\n" \
                and text[end - 1] in " \t":
            end -= 1  # "Title date 2025-11-20 BODY" on one line: one space stays between title and body
        ranges.append((start, end))
    return tuple(ranges)


def _title_and_date_line(text: str) -> tuple[str | None, int, dt.date | None]:
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    first_line = text[:first_end]
    match = DATE_LINE.search(first_line)
    if match is not None:  # "Title date 2025-01-02 body" on one line
        published = parse_iso(match.group(1))
        if len(match.group(1)) == 10 and published is None:
            return _title_only(text, first_end)
        body_start = match.end() if text[match.end() : first_end].strip() else first_end
        return shorten_title(first_line[: match.start()]), body_start, published
    rest = text[first_end:]
    date_at = first_end + len(rest) - len(rest.lstrip()) - 1  # the blank before the next line's first character
    second = DATE_LINE.match(text, date_at) if first_line.strip() and date_at > first_end else None
    if second is not None and "\n" not in text[first_end : second.end()].strip():  # "Title\n\n date 2025-01-02"
        return shorten_title(first_line), second.end(), parse_iso(second.group(1))
    return _title_only(text, first_end)


def _title_only(text: str, first_end: int) -> tuple[str | None, int, dt.date | None]:
    if is_title_line(text, first_end):
        return text[:first_end].strip(), first_end, None
    return None, 0, None


def is_title_line(text: str, first_end: int) -> bool:
    """A first line reads like a title: followed by a blank line, has letters, no final period, not too long."""
    line = text[:first_end].strip()
    followed_by_blank = text[first_end : first_end + 2] == "\n\n" or first_end == len(text)
    return (followed_by_blank and any(ch.isalpha() for ch in line) and len(line) <= MAX_TITLE_CHARS
            and not line.endswith((".", "”", '"')))  # "47698", a folio, is no title


def shorten_title(line: str) -> str | None:
    """A title line cut at a word to at most MAX_TITLE_CHARS characters ("…" marks the cut)."""
    line = " ".join(line.split())
    if len(line) <= MAX_TITLE_CHARS:
        return line or None
    cut = line[: MAX_TITLE_CHARS - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


def parse_iso(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
