"""Seeded generators of awkward corpora for the liveness tests: our own sentences, shaped like wire copy."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sofa_desktop.corpus.reader import DEFAULT_MAX_BYTES

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SUBJECTS = ["The council", "The senate", "The ministry", "The commission", "The assembly", "The court",
            "The central bank", "The union", "The governor", "The mayor"]
VERBS = ["approved the plan", "signed the accord", "rejected the bill", "announced the reform", "voted on the budget",
         "opened the inquiry", "ratified the treaty", "suspended the talks"]
UNDATED = ["{s} {v} after a long debate.", "{s} {v}, officials said.", "{s} is expected to have {v2} soon."]
CJK = ["李明", "王芳", "東京都議会", "서울시의회", "中央委員会"]
RTL = ["وزير الخارجية", "مجلس النواب", "שר האוצר", "הכנסת"]
CJK_PARA = "这是一个测试段落，没有空格也没有拉丁字母。委员会在会议上讨论了预算和改革方案，并决定继续协商。"
RTL_PARA = "قال المتحدث إن المجلس سيواصل مناقشة الميزانية في الأسابيع المقبلة. המועצה תמשיך לדון בתקציב."


def when(day: dt.date) -> str:
    """An English date the extractor reads, with the year written in four digits (0001 ... 9999)."""
    return f"on {MONTHS[day.month - 1]} {day.day}, {day.year:04d}"


def random_day(rnd: random.Random) -> dt.date:
    """Any day from year 1 to 9999 (a third of them near today, as real coverage mostly is)."""
    if rnd.random() < 0.33:
        return dt.date(2026, 1, 1) + dt.timedelta(days=rnd.randrange(-800, 800))
    return dt.date.fromordinal(rnd.randrange(dt.date(1, 1, 1).toordinal(), dt.date(9999, 12, 1).toordinal()))


def article(rnd: random.Random, k: int, dated: int, undated: int, extra: str = "") -> str:
    """One article: a title, a dateline, ``dated`` events anywhere in the calendar, ``undated`` events without a
    date and a quote; CJK and right-to-left names now and then."""
    lines = []
    for _ in range(dated):
        who = rnd.choice(SUBJECTS + CJK + RTL)
        lines.append(f"{who} {rnd.choice(VERBS)} {when(random_day(rnd))}.")
    for _ in range(undated):
        verb = rnd.choice(VERBS)
        lines.append(rnd.choice(UNDATED).format(s=rnd.choice(SUBJECTS), v=verb, v2=verb.split()[0]))
    lines.append(f"“We will keep working on this,” said Minister Ana Pérez {k}.")
    rnd.shuffle(lines)
    paras = ["\n".join(lines[i:i + 3]).replace("\n", " ") for i in range(0, len(lines), 3)]
    head = f"Report number {k} on the council\n\nCAPITAL CITY (Wire) — March 11, 2026 — "
    return head + "\n\n".join(paras + ([extra] if extra else [])) + "\n"


def write_mixed_corpus(folder: Path, seed: int, sources: int = 64) -> None:
    """``sources`` articles (60+ lanes) with dates from year 1 to 9999, hundreds of undated events, CJK and
    right-to-left paragraphs, and one article with forty events on one day. (The undated acts of a story's lead
    paragraphs take its dateline's day, so each article has six or more undated lines.)"""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(sources):
        extra = rnd.choice(["", CJK_PARA, RTL_PARA])
        (folder / f"article_{k:03d}.txt").write_text(article(rnd, k, rnd.randrange(1, 5), rnd.randrange(6, 12), extra),
                                                     encoding="utf-8")
    write_one_day(folder / "one_day.txt", rnd, 40)


def write_one_day(path: Path, rnd: random.Random, count: int, day: dt.date = dt.date(2026, 3, 11)) -> None:
    """One article (one lane) with ``count`` different events on the same day."""
    body = " ".join(f"{rnd.choice(SUBJECTS)} of district {i} {rnd.choice(VERBS)} {when(day)}." for i in range(count))
    path.write_text(f"Busy day in the districts\n\nCAPITAL CITY (Wire) — {body}\n", encoding="utf-8")


def write_wide_span(folder: Path, years: tuple[int, ...]) -> None:
    """One article per year given, each with one dated event: the span Fit All has to frame."""
    folder.mkdir(parents=True, exist_ok=True)
    for y in years:
        (folder / f"year_{y:04d}.txt").write_text(
            f"The accord of {y:04d}\n\nThe assembly ratified the treaty {when(dt.date(y, 6, 15))}.\n", encoding="utf-8")


def write_long_lines(folder: Path, seed: int, size: int = DEFAULT_MAX_BYTES, prose_share: float = 0.2) -> list[Path]:
    """A spaceless one-line file just under ``size`` bytes (what PDF extraction gives), a spaceless CJK line and a
    one-line prose file of ``prose_share`` of that (prose is what the extractor works hardest on)."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    head = "Extracted document\n\n"
    spaceless = folder / "spaceless.txt"
    body = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789.,;-") for _ in range(size - len(head) - 64))
    spaceless.write_text(head + body, encoding="utf-8")
    cjk = folder / "cjk_line.txt"
    cjk.write_text(head + CJK_PARA * ((size // 3 - 64) // len(CJK_PARA)), encoding="utf-8")
    prose = folder / "one_line_prose.txt"
    sentences: list[str] = []
    total = 0
    while total < size * prose_share - 200:
        s = f"{rnd.choice(SUBJECTS)} {rnd.choice(VERBS)} {when(random_day(rnd))} and the talks went on"
        sentences.append(s)
        total += len(s) + 2
    prose.write_text(head + ", ".join(sentences) + ".", encoding="utf-8")  # one line, no full stop until the end
    return [spaceless, cjk, prose]
