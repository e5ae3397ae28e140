"""Threads in the exports and the CLI: export@1 ``threads`` (additive), CSV threads table, TimelineJS slides per
thread, ``python -m sofa_desktop threads``."""

from __future__ import annotations

import csv
import io
import json

from sofa_desktop.cli import main
from sofa_desktop.store.export import export_document, render_export


def test_json_threads_cover_every_event_once(seed_db):
    with seed_db.read_session() as s:
        doc = export_document(s)
    events = [e for t in doc["threads"] for e in t["events"]]
    assert sorted(events) == sorted(e["id"] for e in doc["events"])
    for t in doc["threads"]:
        assert {"id", "title", "events", "date_start", "date_end", "precision", "conflicting_events"} <= set(t)
        assert set(t["conflicting_events"]) <= set(t["events"])
    (signing,) = [t for t in doc["threads"] if t["conflicting_events"]]
    assert signing["date_start"] == "2025-12-01" and signing["precision"] == "month"
    assert {"id", "topic", "events", "detail", "curated", "resolved", "resolution_note"} <= set(doc["conflicts"][0])


def test_csv_threads_and_timelinejs_threads(seed_db):
    with seed_db.read_session() as s:
        rows = list(csv.DictReader(io.StringIO(render_export(s, "csv", table="threads").text)))
        timeline = json.loads(render_export(s, "timelinejs", threads=True).text)
    assert any(r["conflicting_events"] and "4 Mar 2024" in r["disagreement"] for r in rows)
    slides = timeline["events"]
    assert slides and all(x["unique_id"].startswith("thread-") for x in slides)
    assert any("(disagrees)" in x["text"]["text"] for x in slides)


def test_cli_threads(seed_db, capsys):
    assert main(["--db", str(seed_db.url), "threads", "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert any(t["disagreement"] and t["conflicting_events"] for t in payload)
    assert main(["--db", str(seed_db.url), "threads"]) == 0
    assert "December 2025" in capsys.readouterr().out
    assert main(["--db", str(seed_db.url), "export", "--format", "csv", "--table", "threads"]) == 0
    assert capsys.readouterr().out.startswith("thread_id,title")
