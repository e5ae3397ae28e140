"""Text layout for the rule extractor: paragraphs, quotation spans bounded to a paragraph, sentences."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

_PARA = re.compile(r"[^\n]+")
_MARK = re.compile(r"’’|''|[“”«»„\"]")  # two apostrophes also close a quote (“...’’ in some wire copy)
_OPENERS = "“«„"
_CLOSERS = "”»"
_SPLIT = re.compile(r"[.!?]+[\"”’»)\]]*(?=\s+[\"“”«‘(¿¡]?[A-Z0-9À-ÖØ-Þ])")
_WORD_BEFORE = re.compile(r"(\S+)$")
_ABBREVIATIONS = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "adm.", "col.", "lt.", "sgt.", "capt.", "maj.",
    "prof.", "coun.", "cllr.",
    "rev.", "st.", "ft.", "jr.", "sr.", "sra.", "gral.", "no.", "nos.", "vs.", "v.", "inc.", "corp.", "co.", "ltd.",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "e.g.", "i.e.",
    "etc.", "approx.", "dept.", "est.", "pres.", "sec.", "amb.", "u.s.", "u.n.", "u.k.", "a.m.", "p.m.", "mt.",
})
# after these abbreviations a capitalised pronoun or article still starts a new sentence
_FINAL_ABBREVIATIONS = frozenset({"u.s.", "u.n.", "u.k.", "a.m.", "p.m.", "etc.", "inc.", "corp.", "co.", "ltd.",
                                  "jr."})
_SENTENCE_STARTERS = frozenset({"He", "She", "It", "They", "We", "I", "The", "But", "This", "That", "In", "On", "At",
                                "A", "An", "His", "Her", "Its", "Their", "As", "After", "Despite", "While", "When"})


@dataclass(frozen=True)
class Quote:
    """A quotation inside one paragraph: ``start``/``end`` exclude the marks; ``open``/``close`` are mark offsets."""

    open: int
    start: int
    end: int
    close: int  # offset of the closing mark, or ``end`` when the paragraph ends the quote


@dataclass(frozen=True)
class Layout:
    """Paragraphs, quotes and sentences of a text, with lookups by offset."""

    paragraphs: tuple[tuple[int, int], ...]
    quotes: tuple[Quote, ...]
    sentences: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence containing ``pos`` (the last one starting at or before it)."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)


def paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Non-empty lines (trimmed) from ``start`` on; a line is a paragraph."""
    out = []
    for m in _PARA.finditer(text, start):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def find_quotes(text: str, p_start: int, p_end: int, continued: bool = False) -> list[Quote]:
    """Balanced quotation spans inside one paragraph.

    An unclosed opener counts (up to the paragraph end) only at the paragraph start, or when the quote is
    ``continued``: the next paragraph opens with a quotation mark, the convention for a quote that runs on.
    """
    found: list[Quote] = []
    open_at, width = -1, 1
    for m in _MARK.finditer(text, p_start, p_end):
        i, ch = m.start(), m.group()
        if len(ch) == 2:
            if open_at < 0:
                if ch == "''" and _opens_word(text, i, p_start, p_end):
                    open_at, width = i, 2  # ''Both teams needed points,'' he said: two apostrophes as quote marks
                continue  # otherwise two apostrophes only ever close
            ch = "”"
        if open_at < 0:
            if ch in _OPENERS or ch == '"' or (ch == "”" and _looks_opening(text, i, p_start, p_end)):
                open_at, width = i, 1
        elif ch in _CLOSERS or ch == '"' or _looks_closing(text, i, p_end):  # «…« closes too (broken copy)
            if i > open_at + width:
                found.append(Quote(open_at, open_at + width, i, i + len(m.group()) - 1))
            open_at = -1
        else:  # a second opener: the first one was stray
            open_at, width = i, 1
    if open_at >= 0 and (continued or not text[p_start:open_at].strip()) and p_end > open_at + width:
        found.append(Quote(open_at, open_at + width, p_end, p_end))
    if "‘" in text[p_start:p_end]:
        found = sorted(found + _single_quotes(text, p_start, p_end, found), key=lambda q: q.open)
    elif "'" in text[p_start:p_end]:  # 'typed' single quotes (headlines, British copy): apostrophes all around
        found = sorted(found + _single_quotes(text, p_start, p_end, found, "'", "'"), key=lambda q: q.open)
    return found


def _opens_word(text: str, i: int, p_start: int, p_end: int) -> bool:
    """Two apostrophes at the start of a word (after a space, a bracket or the paragraph start)."""
    return (i == p_start or text[i - 1] in " \t(—–") and i + 2 < p_end and not text[i + 2].isspace()


def _single_quotes(text: str, a: int, b: int, taken: list[Quote], opener: str = "‘", closer: str = "’") -> list[Quote]:
    """‘Single-quoted’ spans outside double quotes (British style, headlines); ’ inside a word is an apostrophe."""
    out: list[Quote] = []
    i = a
    while (o := text.find(opener, i, b)) >= 0:
        i = o + 1
        if any(q.open <= o <= q.close for q in taken) or (o > a and not (text[o - 1].isspace() or text[o - 1] in
                                                                          "(—–-\"“")) or not (
                o + 1 < b and (text[o + 1].isalpha() or text[o + 1] in "‘\"“…")):
            continue
        close = _single_close(text, o + 1, b, opener, closer)
        if close < 0:
            if not text[a:o].strip() and b - o > 40:  # ‘A quote opening a paragraph runs on into the next one
                out.append(Quote(o, o + 1, b, b))
            break
        if close > o + 1:
            out.append(Quote(o, o + 1, close, close))
        i = close + 1
    return out


def _single_close(text: str, j: int, b: int, opener: str = "‘", closer: str = "’") -> int:
    """Offset of the ’ that closes a single quote opened before ``j``, or -1."""
    nxt_open = text.find(opener, j, b) if opener != closer else -1
    limit = b if nxt_open < 0 else nxt_open
    while (c := text.find(closer, j, limit)) >= 0:
        j = c + 1
        after = text[c + 1:c + 3]
        if after[:1].isalnum():
            continue  # "country’s", "don’t"
        if text[c - 1:c] == "s" and after[:1] == " " and after[1:2].islower() and text.find(closer, c + 1, limit) >= 0:
            continue  # "the workers’ rights": a plural possessive while a later mark can close
        return c
    return -1


def _looks_opening(text: str, i: int, p_start: int, p_end: int) -> bool:
    before = text[i - 1] if i > p_start else " "
    after = text[i + 1] if i + 1 < p_end else " "
    return (before.isspace() or before in "(—–-") and after.isalnum()


def _looks_closing(text: str, i: int, p_end: int) -> bool:
    """An opening mark written where a closer belongs: glued to the word before, nothing word-like after."""
    before = text[i - 1]
    after = text[i + 1] if i + 1 < p_end else " "
    return (before.isalnum() or before in ".!?…") and not after.isalnum()


def _inside(quotes: list[Quote], opens: list[int], pos: int) -> bool:
    i = bisect.bisect_left(opens, pos) - 1
    return i >= 0 and pos < quotes[i].close


def split_sentences(text: str, p_start: int, p_end: int, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Sentences of one paragraph; no split inside a quotation or after an abbreviation."""
    opens = [q.open for q in quotes]
    out = []
    s = p_start
    for m in _SPLIT.finditer(text, p_start, p_end):
        e = m.end()
        if _inside(quotes, opens, m.start()) and _inside(quotes, opens, e - 1):
            continue
        if not _is_boundary(text, m.start(), e, p_start):
            continue
        out.append((s, e))
        s = e
        while s < p_end and text[s].isspace():
            s += 1
    if s < p_end:
        out.append((s, p_end))
    return [piece for a, b in out for piece in _bounded(text, a, b)]


MAX_SENTENCE = 3000  # no prose sentence is longer; a one-line dump without stops is cut here, so that every
# per-sentence scan of the extractor is bounded (a 5 MB line made quote attribution quadratic: hours)


def _bounded(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``[a, b)`` cut into pieces of at most MAX_SENTENCE characters, at the last space of each when there is one."""
    pieces = []
    while b - a > MAX_SENTENCE:  # each turn moves on by at least MAX_SENTENCE / 2
        cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
        cut = cut + 1 if cut > 0 else a + MAX_SENTENCE
        pieces.append((a, cut))
        a = cut
    pieces.append((a, b))
    return pieces


def _is_boundary(text: str, dot: int, end: int, p_start: int) -> bool:
    if text[dot] != ".":
        return True
    w = _WORD_BEFORE.search(text, max(p_start, dot - 12), dot + 1)
    if w is None:
        return True
    word = w.group(1).lower().lstrip("(\"“")
    if len(word) == 2 and word[0].isalpha() and not (word == "x." and text.endswith(" on X.", 0, dot + 1)):
        return False  # an initial such as "F." (but "posted on X." ends a sentence)
    if word in _ABBREVIATIONS:
        if word not in _FINAL_ABBREVIATIONS:
            return False
        nxt = text[end:end + 12].split(None, 1)
        return bool(nxt) and nxt[0].strip("“\"") in _SENTENCE_STARTERS
    return True


_DASHES = "—–"
_INCISO = re.compile(r"\s[—–]\s?(?=[^\W\d_])")  # " —dijo X" / " – dijo X": the narrator's aside opens
_INCISO_HYPHEN = re.compile(r"\s(?:[—–]\s?|-\s)(?=[^\W\d_])")  # also " - disse X" (hyphens as dashes)
_WORD_AT = re.compile(r"\w+")


def dash_quotes(text: str, p_start: int, p_end: int, speech: frozenset[str], hyphens: bool = False) -> list[Quote]:
    """Dialogue lines ("—No cederemos —dijo X—. Seguiremos."): the speech around the narrator's aside.

    Only a paragraph that opens with a dash and has no quotation marks of its own, and only when the aside opens
    with a dash and one of the ``speech`` verbs (lower case, no accents); it closes at the next dash. With
    ``hyphens`` (a press that types dialogue dashes as "- ", as Brazil's does), a hyphen between spaces is one too.
    """
    opens = text[p_start] in _DASHES or hyphens and text.startswith("- ", p_start)
    if not opens or _MARK.search(text, p_start, p_end):
        return []
    inciso = _INCISO_HYPHEN if hyphens else _INCISO
    start = p_start + 1 + (text[p_start + 1:p_start + 2] == " ")
    aside = inciso.search(text, start, p_end)
    while aside is not None and _folded_word(text, aside.end()) not in speech:
        aside = inciso.search(text, aside.end(), p_end)
    if aside is None or aside.start() - start < 2:
        return []
    out = [Quote(p_start, start, aside.start(), aside.start() + 1)]
    back = next((i for i in range(aside.end(), p_end) if text[i] in _DASHES), -1)
    rest = back + 1
    while rest < p_end and text[rest] in " .,;":
        rest += 1
    if back > 0 and p_end - rest > 1:
        out.append(Quote(back, rest, p_end, p_end))
    return out


def _folded_word(text: str, pos: int) -> str:
    m = _WORD_AT.match(text, pos)
    return unicodedata.normalize("NFKD", m.group().lower()).encode("ascii", "ignore").decode() if m else ""


def layout(text: str, body_start: int = 0, dialogue: frozenset[str] = frozenset(), hyphens: bool = False) -> Layout:
    """Paragraphs, quotes and sentences of the whole text (the headline is one paragraph of its own); with the
    ``dialogue`` speech verbs of a language that writes dialogue with dashes, :func:`dash_quotes` too (``hyphens``:
    "- " counts as a dash)."""
    paras = paragraphs(text, 0)
    quotes: list[Quote] = []
    sentences: list[tuple[int, int]] = []
    for k, (p_start, p_end) in enumerate(paras):
        # headline and body may share one line
        parts = ((p_start, body_start), (body_start, p_end)) if p_start < body_start < p_end else ((p_start, p_end),)
        continued = k + 1 < len(paras) and text[paras[k + 1][0]] in "“\"«"
        for a, b in parts:
            q = find_quotes(text, a, b, continued)
            if dialogue and not q and a >= body_start:
                q = dash_quotes(text, a, b, dialogue, hyphens)
            quotes.extend(q)
            sentences.extend(split_sentences(text, a, b, q))
    return Layout(tuple(paras), tuple(quotes), tuple(sentences), tuple(s for s, _ in sentences))
