"""Score the rule extractor against the hand-annotated articles in this folder; print per-phenomenon accuracy.

Run: ``.venv/bin/python tests/data/articles/score.py [-v] [--synth]`` (``-v`` lists every miss, ``--synth`` adds the
benchmark's synthetic corpus, ``--only=18,19`` scores only articles whose names start so).
Each ``NN_name.txt`` has a ``NN_name.json`` with expected quotes (speakers), actors (kind, role, aliases),
events (action, object, date range, precision, status), optional ``absent_actors`` (phrases
that must not become actors) and, in ``conflicts.json``, cross-source conflicts.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path

from sofa_desktop.corpus import fold, read_article
from sofa_desktop.extract import Document, EventRef, Extraction, extract_document, find_conflicts

HERE = Path(__file__).resolve().parent
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "i", "you"}


def load(name: str) -> tuple[Extraction, str, dict]:
    """Extract one article and load its expectations."""
    article = read_article(HERE / f"{name}.txt")
    doc = Document(article.text, article.published, article.body_start)
    return extract_document(doc), article.text, json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))


def _names(values) -> set[str]:
    return {fold(v) for v in values}


def _actor_keys(x: Extraction) -> dict[str, set[str]]:
    return {a.name: _names((a.name, *a.aliases)) for a in x.actors}


def _same_speakers(got: tuple[str, ...], want: list[str], keys: dict[str, set[str]]) -> bool:
    """Each wanted speaker is one of the found speakers, by canonical name or alias (one to one)."""
    if len(got) != len(want):
        return False
    left = list(got)
    for w in want:
        hit = next((g for g in left if fold(w) in keys.get(g, {fold(g)})), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def score_article(name: str, tally: dict[str, list[int]], misses: list[str]) -> None:
    """Add one article's hits and totals to ``tally`` (phenomenon -> [hits, total])."""
    x, text, want = load(name)
    keys = _actor_keys(x)

    def mark(phen: str, ok: bool, what: str) -> None:
        tally[phen][0] += ok
        tally[phen][1] += 1
        if not ok:
            misses.append(f"{name}: [{phen}] {what}")

    for q in want.get("quotes", []):
        found = [g for g in x.quotes if fold(g.text.strip()).startswith(fold(q["text"]))]
        got = found[0] if found else None
        ok = got is not None and _same_speakers(got.speakers, q["speakers"], keys)
        said = got.speakers if got else "no quote"
        mark(q["phenomenon"], ok, f"quote {q['text']!r}: want {q['speakers']}, got {said}")
        mark("quote-speaker (all)", ok, "")
        if got is not None and "partial" in q:
            mark("partial flag", got.partial == q["partial"], f"quote {q['text']!r} partial={got.partial}")
    for g in x.quotes:
        mark("no pronoun/fragment speaker", all(fold(s) not in PRONOUNS and s in keys for s in g.speakers),
             f"quote {g.text[:30]!r} speakers {g.speakers}")
    for a in want.get("actors", []):
        match = next((n for n, k in keys.items() if fold(a["name"]) in k), None)
        actor = next((y for y in x.actors if y.name == match), None)
        mark("actor found", actor is not None, f"actor {a['name']} missing")
        if actor is None:
            continue
        mark("actor canonical name", fold(actor.name) == fold(a["name"]) and (actor.name == a["name"] or
             actor.name.isascii()), f"actor {a['name']} named {actor.name!r}")
        mark("actor kind", actor.kind == a["kind"], f"actor {a['name']} kind {actor.kind}")
        if "role" in a:
            mark("actor role", fold(actor.role or "") == fold(a["role"]), f"actor {a['name']} role {actor.role!r}")
        for alias in a.get("aliases", []):
            mark("actor alias", fold(alias) in keys[actor.name], f"actor {a['name']} lacks alias {alias!r}")
    for bad in want.get("absent_actors", []):
        mark("no descriptive-phrase actor", not any(fold(bad) in k for k in keys.values()), f"{bad!r} became an actor")
    for e in want.get("events", []):
        at = text.find(e["near"])
        assert at >= 0, f"{name}: 'near' text not in article: {e['near']!r}"
        cands = [g for g in x.events if g.start <= at < g.end and g.action == e["action"]]
        got = cands[0] if cands else None
        ok = got is not None and str(got.date.start) == e["start"] and str(got.date.end) == e["end"] and \
            got.date.precision == e["precision"] and got.status == e.get("status", "reported") and \
            ("object" not in e or got.object == e["object"])
        detail = f"{got.action} {got.object} {got.date.start}..{got.date.end} {got.date.precision} {got.status}" \
            if got else "no event"
        mark(e["phenomenon"], ok, f"event near {e['near']!r}: {detail}")
        mark("event date (all)", ok, "")


def score_conflicts(tally: dict[str, list[int]], misses: list[str]) -> None:
    """Run the conflict finder over all articles' events and compare with ``conflicts.json``."""
    spec = HERE / "conflicts.json"
    if not spec.exists():
        return
    refs: list[EventRef] = []
    index: dict[int, tuple[str, int]] = {}
    for source_id, path in enumerate(sorted(HERE.glob("*.txt")), start=1):
        x, _, _ = load(path.stem)
        for k, ev in enumerate(x.events):
            eid = len(refs) + 1
            index[eid] = (path.stem, k)
            refs.append(EventRef(eid, source_id, ev.action, ev.object, frozenset(ev.actors), ev.date.start,
                                 ev.date.end, ev.date.precision, ev.status))
    conflicts = find_conflicts(refs)
    want = json.loads(spec.read_text(encoding="utf-8"))
    for c in want["expected"]:
        ok = any({index[i][0] for i in got.event_ids} >= set(c["sources"]) and got.topic == c["topic"]
                 for got in conflicts)
        mark_ok(tally, misses, "conflict found", ok, f"conflict {c}")
    mark_ok(tally, misses, "no spurious conflict", len(conflicts) <= len(want["expected"]),
            f"{len(conflicts)} conflicts: {[(c.topic, c.detail) for c in conflicts]}")


def mark_ok(tally: dict[str, list[int]], misses: list[str], phen: str, ok: bool, what: str) -> None:
    """Count one check."""
    tally[phen][0] += ok
    tally[phen][1] += 1
    if not ok:
        misses.append(f"[{phen}] {what}")


def score_all(only: tuple[str, ...] = ()) -> tuple[dict[str, list[int]], list[str]]:
    """Score every annotated article (or those whose name starts with one of ``only``); return tally and misses."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for path in sorted(HERE.glob("*.json")):
        if path.stem != "conflicts" and (not only or path.stem.startswith(only)):
            score_article(path.stem, tally, misses)
    if not only:
        score_conflicts(tally, misses)
    return tally, misses


def score_synthetic(n: int = 300) -> str:
    """Speakers and event dates against the benchmark generator's own truth (benchmarks/synth.py), if present.

    Its pronoun truth is random (the antecedent may come later in the text), so pronoun quotes are listed apart.
    """
    sys.path.insert(0, str(HERE.parents[2]))
    try:
        from benchmarks import synth
    except ImportError:
        return "benchmarks/synth.py not available"
    from sofa_desktop.corpus import parse_article

    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for art in synth.articles(n):
        a = parse_article(art.name, art.text)
        x = extract_document(Document(a.text, a.published, a.body_start))
        for q in art.extraction.quotes:
            got = next((g for g in x.quotes if g.start <= q.start < g.end or q.start <= g.start < q.end), None)
            key = "synthetic quotes (pronoun)" if q.how == "pronoun" else "synthetic quotes (other)"
            hits[key][0] += got is not None and _names(got.speakers) == _names(q.speakers)
            hits[key][1] += 1
        for e in art.extraction.events:
            same = [f for f in x.events if f.start <= e.start < f.end or e.start <= f.start < e.end]
            hits["synthetic event dates"][0] += any((f.date.start, f.date.end, f.date.precision) ==
                                                    (e.date.start, e.date.end, e.date.precision) for f in same)
            hits["synthetic event dates"][1] += 1
    return "\n".join(f"{k:32s} {h:4d}/{t:<4d} {h / t:6.1%}" for k, (h, t) in sorted(hits.items()))


def main() -> None:
    """Print the per-phenomenon table (and misses with ``-v``; the synthetic benchmark corpus with ``--synth``)."""
    only = next((tuple(a.split("=", 1)[1].split(",")) for a in sys.argv if a.startswith("--only=")), ())
    tally, misses = score_all(only)
    for phen in sorted(tally):
        hits, total = tally[phen]
        print(f"{phen:32s} {hits:4d}/{total:<4d} {hits / total:6.1%}")
    if "-v" in sys.argv:
        print("\n".join(m for m in misses if m.split("] ", 1)[-1]))
    if "--synth" in sys.argv:
        print(score_synthetic())
    print(f"(scored {dt.date.today()})")


if __name__ == "__main__":
    main()
