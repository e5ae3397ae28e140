"""Score the extractor on the lead's evaluation articles (written apart from the extractor's own test articles).

Run: ``.venv/bin/python tests/data/heldout/score.py`` — prints every miss and the speaker / event-date accuracy.
Each ``hN.txt`` has ``hN.gold.json``: quotes as [quote prefix, [speaker names]] and events as
[two words of the evidence, date_start, date_end, precision].
"""

from __future__ import annotations

import json
from pathlib import Path

from sofa_desktop.corpus import fold, read_article
from sofa_desktop.extract import Document, extract_document

HERE = Path(__file__).resolve().parent


def _name_ok(gold: str, got: list[str]) -> bool:
    wanted = fold(gold)
    last = wanted.split()[-1]
    return any(wanted == fold(name) or last in fold(name).split() for name in got)


def score(verbose: bool = False) -> tuple[int, int, int, int]:
    """Return (right speakers, quotes, right event dates, events) over every article here."""
    q_ok = q_all = e_ok = e_all = 0
    for path in sorted(HERE.glob("h*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        article = read_article(path)
        found = extract_document(Document(article.text, article.published, article.body_start))
        for prefix, speakers in gold["quotes"]:
            quote = next((q for q in found.quotes if q.text.startswith(prefix)), None)
            got = list(quote.speakers) if quote else []
            ok = quote is not None and len(got) == len(speakers) and all(_name_ok(s, got) for s in speakers)
            q_all, q_ok = q_all + 1, q_ok + ok
            if verbose and not ok:
                print(f"quote miss {path.name}: {prefix!r} expected {speakers}, got {got}")
        for snippet, start, end, precision in gold["events"]:
            first, last = snippet.split()[0], snippet.split()[-1]
            passages = [(e, article.text[e.start : e.end]) for e in found.events]
            candidates = [e for e, passage in passages if first in passage and last in passage]
            want = (start, end, precision)
            ok = any((str(e.date.start), str(e.date.end), str(e.date.precision)) == want for e in candidates)
            e_all, e_ok = e_all + 1, e_ok + ok
            if verbose and not ok:
                print(f"event miss {path.name}: {snippet!r} expected {start}..{end} {precision}")
    return q_ok, q_all, e_ok, e_all


if __name__ == "__main__":
    q_ok, q_all, e_ok, e_all = score(verbose=True)
    print(f"speakers {q_ok}/{q_all} = {q_ok / q_all:.0%}   event dates {e_ok}/{e_all} = {e_ok / e_all:.0%}")
