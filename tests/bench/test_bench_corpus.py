"""The benchmark's synthetic corpus is deterministic and truthful, and bench.py runs end to end at a tiny scale."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import synth  # noqa: E402
from benchmarks.bench import TARGETS  # noqa: E402
from sofa_desktop.corpus import parse_article  # noqa: E402


def test_same_seed_same_corpus_and_varied_articles():
    first = list(synth.articles(30))
    assert [a.text for a in first] == [a.text for a in synth.articles(30)]
    assert [a.text for a in first] != [a.text for a in synth.articles(30, seed=7)]
    assert len({a.text.split("\n", 1)[0] for a in first}) > 20
    assert any(ch in "áéíóúñ" for a in first for ch in a.text)


def test_extraction_offsets_index_the_text_as_the_reader_parses_it():
    for art in synth.articles(40):
        article = parse_article(art.name, art.text)
        assert article.text == art.text
        assert article.published == art.published
        x = art.extraction
        assert x.quotes and x.events
        for q in x.quotes:
            assert art.text[q.start : q.end] == q.text
        names = {a.name: a for a in x.actors}
        for m in x.mentions:
            actor = names[m.actor]
            assert art.text[m.start : m.end] in (actor.name, *actor.aliases)
        for e in x.events:
            assert 0 <= e.start < e.end <= len(art.text)
            assert e.date.start is not None and e.date.start <= e.date.end


def test_long_article_has_the_requested_size_and_passages():
    art = synth.long_article(20_000, 120)
    x = art.extraction
    assert len(art.text) >= 20_000
    assert len(x.quotes) + len(x.events) + len(x.mentions) == 120


def test_bench_runs_at_a_tiny_scale(tmp_path):
    env = {"SOFA_BENCH_CACHE": str(tmp_path / "cache"), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--json", "--scale", "0.005",
                          "--only", "ingest,search"], capture_output=True, text=True, env=env, timeout=300, check=True)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(TARGETS) | {"scale"} <= set(figures)
    assert figures["scale"] == 0.005
    assert figures["ingest_articles_per_s"] > 0 and figures["search_speaker_p99_ms"] > 0
    assert figures["timeline_paint_ms"] is None  # not selected
    assert "| `search_text_p99_ms` |" in out.stdout
