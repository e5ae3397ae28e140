"""Score the extractor on the hand-annotated articles in tests/data/articles and hold per-phenomenon floors."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SCORE = Path(__file__).resolve().parents[1] / "data" / "articles" / "score.py"
_spec = importlib.util.spec_from_file_location("articles_score", _SCORE)
assert _spec is not None and _spec.loader is not None
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def test_per_phenomenon_accuracy(capsys) -> None:
    tally, misses = score.score_all()
    with capsys.disabled():
        print()
        for phen in sorted(tally):
            hits, total = tally[phen]
            print(f"  {phen:32s} {hits:3d}/{total:<3d} {hits / total:6.1%}")
    rate = {phen: hits / total for phen, (hits, total) in tally.items()}
    assert sum(t for _, t in tally.values()) > 0
    assert rate["quote-speaker (all)"] >= 0.9, misses
    assert rate["event date (all)"] >= 0.8, misses
    assert rate["no pronoun/fragment speaker"] == 1.0, misses
    assert rate["conflict found"] == 1.0, misses
    assert rate["no spurious conflict"] == 1.0, misses
    for phen in ("actor found", "actor kind", "actor role", "partial flag"):
        assert rate[phen] >= 0.85, (phen, misses)


def test_enough_annotations() -> None:
    tally, _ = score.score_all()
    assert tally["quote-speaker (all)"][1] >= 60
    assert len(list(_SCORE.parent.glob("*.txt"))) >= 8
