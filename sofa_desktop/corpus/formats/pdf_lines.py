"""Text lines of a PDF page -> paragraphs: running headers, footers and page numbers dropped, words split by a
line-end hyphen joined, lines of one paragraph joined, odd spacing and ligatures repaired.

Pure functions over :class:`Line` (no PDF library here), so the rules are tested on their own.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

_SENTENCE_END = tuple(".!?:;»”\"')")
_PAGE_NUMBER = re.compile(
    r"^\W*(?:(?:page|p[aá]gina|p[aá]g\.?|p\.)\s*)?\d{1,4}(?:\s*(?:of|de|/)\s*\d{1,4})?\W*$", re.IGNORECASE)
_HYPHENS = ("-", "\u00ad", "\u2010", "\ufffe", "\x02")  # PDFium marks a line-end soft hyphen with \x02
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st", "\u00a0": " "})
_SPACES = re.compile(r"[ \t\u2000-\u200a\u202f\u205f\u3000]+")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.;:!?)\]»”])")
_EDGE_LINES = 2  # lines at the top and bottom of a page that may be running headers or footers


@dataclass(frozen=True)
class Line:
    """One line of text on a page; PDF coordinates (y grows upwards), ``size`` the font size of its start."""

    text: str
    left: float
    right: float
    top: float
    bottom: float
    size: float = 0.0


def clean_line(text: str) -> str:
    """Ligatures unfolded, runs of spaces collapsed, no space before closing punctuation."""
    text = _SPACES.sub(" ", text.translate(_LIGATURES)).strip()
    return _SPACE_BEFORE_PUNCT.sub(r"\1", text)


def drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages without running headers and footers (the same words at the same height at the top or bottom of
    most pages, page numbers aside), without bare page numbers there, and without a letterhead or footer in type
    smaller than the text's and set apart from it (a one-page release's "Press contact: ... Page 1")."""
    counts: Counter[tuple[str, int]] = Counter()
    for lines in pages:
        counts.update({_key(line) for line in _edges(lines)})
    repeated = {key for key, n in counts.items() if len(pages) > 1 and n >= max(2, len(pages) // 2)}
    sizes = [line.size for lines in pages for line in lines if line.size]
    body = statistics.median(sizes) if sizes else 0.0
    kept = []
    for lines in pages:
        edges = {id(line) for line in _edges(lines)}
        apart = {id(line) for line in _small_print(lines, body)}
        kept.append([line for line in lines if id(line) not in apart and (
            id(line) not in edges or (_key(line) not in repeated and not _PAGE_NUMBER.match(line.text)))])
    return kept


def _small_print(lines: list[Line], body: float) -> list[Line]:
    """The lines at the top and at the bottom of a page in type smaller than ``body`` and farther from the text
    than a blank line's worth."""
    found: list[Line] = []
    if not body or len(lines) < 3:
        return found
    small = [bool(line.size) and line.size < 0.85 * body for line in lines]
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        block = []
        for i in order:
            if not small[i] or len(block) == _EDGE_LINES:
                break
            block.append(i)
        if block and len(block) < len(lines):
            inner = block[-1] + (1 if block[0] == 0 else -1)  # the first line of text beside the block
            edge, text = lines[block[-1]], lines[inner]
            gap = edge.bottom - text.top if inner > block[-1] else text.bottom - edge.top
            if gap > 1.5 * (text.top - text.bottom):
                found.extend(lines[i] for i in block)
    return found


def _key(line: Line) -> tuple[str, int]:
    return _shape(line.text), round(line.top / 4)


def _edges(lines: list[Line]) -> list[Line]:
    return lines[:_EDGE_LINES] + lines[max(_EDGE_LINES, len(lines) - _EDGE_LINES):]


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.casefold().split()))


def paragraphs(pages: list[list[Line]]) -> list[str]:
    """Paragraphs of text: a new one after a wider gap, an indented first line, or a short line ending a sentence."""
    every = [line for lines in pages for line in lines]
    if not every:
        return []
    gap, right, left = _measures(pages)
    result: list[list[str]] = []
    for lines in pages:
        previous: Line | None = None
        for line in lines:
            if previous is None:  # a page's first line goes on the paragraph unless that one was complete
                if not result or _ends_paragraph(result[-1][-1]) or line.text[:1].isupper():
                    result.append([])
            elif _breaks(previous, line, gap, right, left):
                result.append([])
            result[-1].append(line.text)
            previous = line
    return [_join(parts) for parts in result if parts]


def _measures(pages: list[list[Line]]) -> tuple[float, float, float]:
    """The usual gap between lines, the text's right edge and its left margin, over the whole document."""
    gaps = [a.bottom - b.top for lines in pages for a, b in zip(lines, lines[1:], strict=False)
            if a.bottom - b.top > -1]
    every = [line for lines in pages for line in lines]
    rights = sorted(line.right for line in every)
    lefts = Counter(round(line.left) for line in every)
    return (statistics.median(gaps) if gaps else 0.0), rights[int(len(rights) * 0.9)], lefts.most_common(1)[0][0]


def _breaks(previous: Line, line: Line, gap: float, right: float, left: float) -> bool:
    line_gap = previous.bottom - line.top
    height = max(previous.top - previous.bottom, 1.0)
    if line_gap > gap + 0.5 * height or line_gap < -height:  # a blank line's worth, or a new column
        return True
    if abs(line.size - previous.size) > 1.0 and line.size and previous.size:  # a heading and its text
        return True
    if line.left > left + 1.5 * height and abs(previous.left - left) < height:  # an indented first line
        return True
    short = previous.right < right - 4 * height
    if short and _ends_paragraph(previous.text):
        return True
    # a line ending far short of the margin without a sentence end is a heading or a label in the text's type
    # ("FOR IMMEDIATE RELEASE", a bold title): a word too long for the line leaves a smaller gap than a third
    return previous.right - left < 2 * (right - left) / 3 and not line.text[:1].islower()


def _ends_paragraph(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def _join(parts: list[str]) -> str:
    text = parts[0]
    for part in parts[1:]:
        if text.endswith(_HYPHENS) and part[:1].islower() and text[-2:-1].isalpha():
            text = text[:-1] + part  # "reemp-" + "lazará"
        elif text.endswith(_HYPHENS[1:]):
            text = text[:-1] + part
        else:
            text = f"{text} {part}"
    return text.replace("\x02", "").replace("\ufffe", "")
