"""CLI ``export --format json|csv|timelinejs`` on the seeds, on SQLite and PostgreSQL: files, stdout, notes, JSON."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from export_formats import assert_timelinejs

from sofa_desktop import cli
from sofa_desktop.store.export import EXPORT_SCHEMA
from sofa_desktop.store.export.document import export_document
from sofa_desktop.store.export.quotes_csv import CSV_COLUMNS


@pytest.fixture
def url(any_seed_url: str) -> str:
    """The seeds on SQLite and on PostgreSQL (tests/conftest.py): every CLI export test runs on both."""
    return any_seed_url


@pytest.fixture
def store_doc(any_seed_db) -> dict:  # type: ignore[no-untyped-def]
    with any_seed_db.read_session() as s:
        return json.loads(json.dumps(export_document(s)))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_stays_the_default_and_unchanged(url, store_doc, capsys, tmp_path: Path) -> None:
    code, out, _err = run(capsys, "--db", url, "export")
    assert code == 0 and json.loads(out) == store_doc and store_doc["schema"] == EXPORT_SCHEMA
    assert run(capsys, "--db", url, "export", "--format", "json")[1] == out
    assert run(capsys, "--db", url, "export", "-o", str(tmp_path / "e.json"))[0] == 0
    assert (tmp_path / "e.json").read_text(encoding="utf-8") == out


def test_csv_file_has_every_quote_with_offsets_into_the_sources(url, store_doc, capsys, tmp_path: Path) -> None:
    target = tmp_path / "quotes.csv"
    code, out, err = run(capsys, "--db", url, "export", "--format", "csv", "-o", str(target))
    assert code == 0 and out == "" and f"exported {len(store_doc['quotes'])} quotes to {target}" in err
    raw = target.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") >= len(store_doc["quotes"]) + 1
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == len(store_doc["quotes"])
    texts = {src["name"]: src["text"] for src in store_doc["sources"]}
    quotes = {q["id"]: q for q in store_doc["quotes"]}
    for r in rows:
        q = quotes[int(r["quote_id"])]
        assert texts[r["source_name"]][int(r["start"]):int(r["end"])] == q["text"]
        assert r["quote"] in (q["text"], "'" + q["text"])
        assert r["partial"] == str(q["partial"]).lower()


def test_timelinejs_file_and_the_undated_note(url, store_doc, capsys, tmp_path: Path) -> None:
    target = tmp_path / "timeline.json"
    code, _out, err = run(capsys, "--db", url, "export", "--format", "timelinejs", "-o", str(target),
                          "--title", "SOFA: Paraguay & U.S.")
    assert code == 0, err
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert_timelinejs(doc)
    undated = sum(1 for e in store_doc["events"] if e["date_start"] is None)
    assert len(doc["events"]) + undated == len(store_doc["events"])
    assert f"note: {undated} undated event" in err and "left out" in err
    assert doc["title"]["text"]["headline"] == "SOFA: Paraguay &amp; U.S."


def test_csv_to_stdout_keeps_crlf_and_bom_when_asked(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    subprocess.run([sys.executable, "-m", "sofa_desktop", "--db", url, "import", str(seeds)], env=env,
                   capture_output=True, check=True, timeout=120)
    done = subprocess.run([sys.executable, "-m", "sofa_desktop", "--db", url, "export", "--format", "csv", "--bom"],
                          env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"\xef\xbb\xbfquote_id,") and b"\r\n" in done.stdout
    assert b"\r\r\n" not in done.stdout and b"exported" in done.stderr


def test_unknown_format_is_refused(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--db", f"sqlite:///{tmp_path / 'unused.sqlite'}", "export", "--format", "xml"])
    assert "invalid choice" in capsys.readouterr().err


def test_seed_exports_are_identical_on_sqlite_and_postgresql(seed_db, request: pytest.FixtureRequest) -> None:
    from sofa_desktop.store import open_database
    from sofa_desktop.store.export.render import render_export

    cluster = request.getfixturevalue("pg_cluster")  # skips (or fails in CI) without PostgreSQL
    name = cluster.create_database(template=request.getfixturevalue("pg_seed_template"))
    pg_db = open_database(cluster.url(name))
    try:
        for fmt in ("json", "csv", "timelinejs"):
            with seed_db.read_session() as s:
                on_sqlite = render_export(s, fmt)
            with pg_db.read_session() as s:
                on_postgresql = render_export(s, fmt)
            assert on_postgresql == on_sqlite, fmt
    finally:
        pg_db.dispose()
        cluster.drop_database(name)
