"""Foundation: the CLI contract (import/export/quotes) and its exit codes, run in real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def run_cli(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "sofa_desktop", "--db", db_url, *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def test_import_export_quotes_round_trip(tmp_path, any_db_url):
    url = any_db_url
    first = run_cli(url, "import", str(SEEDS))
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("imported:") == 2
    again = run_cli(url, "import", str(SEEDS))
    assert again.returncode == 0 and again.stdout.count("unchanged:") == 2

    out = tmp_path / "export.json"
    exported = run_cli(url, "export", "--format", "json", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert len(doc["sources"]) == 2
    stdout_doc = json.loads(run_cli(url, "export", "--format", "json").stdout)
    assert stdout_doc == doc

    quotes = run_cli(url, "quotes", "--speaker", "", "--format", "json")
    assert quotes.returncode == 0
    hits = json.loads(quotes.stdout)
    texts = {s["id"]: s["text"] for s in doc["sources"]}
    for hit in hits:
        assert set(hit) == {"id", "text", "speakers", "source", "start", "end"}
        assert texts[hit["source"]][hit["start"] : hit["end"]] == hit["text"]


def test_import_with_rejected_file_exits_2_and_imports_the_rest(tmp_path, any_db_url):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("A headline\n\nThe minister said “hello” on Monday.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    result = run_cli(any_db_url, "import", str(folder), str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert "imported:" in result.stdout and "good.txt" in result.stdout
    assert result.stdout.count("rejected:") == 3
    assert "Traceback" not in result.stderr


def test_fatal_database_error_exits_1(tmp_path):
    not_a_db = tmp_path / "notes.sqlite"
    not_a_db.write_text("just some text, not a database", encoding="utf-8")
    result = run_cli(f"sqlite:///{not_a_db}", "export")
    assert result.returncode == 1
    assert "error:" in result.stderr and "Traceback" not in result.stderr
    assert not_a_db.read_text(encoding="utf-8") == "just some text, not a database"
