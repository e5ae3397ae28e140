"""The lead's evaluation articles (not written by the extractor's authors) keep their accuracy floor."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCORE = Path(__file__).resolve().parents[1] / "data" / "heldout" / "score.py"


def test_heldout_articles_keep_speaker_and_date_accuracy():
    spec = importlib.util.spec_from_file_location("heldout_score", SCORE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    q_ok, q_all, e_ok, e_all = module.score()
    assert q_all >= 40 and e_all >= 30
    assert q_ok / q_all >= 0.9
    assert e_ok / e_all >= 0.85
