"""Foundation: importing the seeds fills the store; re-import changes nothing; export offsets index the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sofa_desktop.store.export import EXPORT_SCHEMA
from sofa_desktop.store.export.document import export_document
from sofa_desktop.store.ingest.files import import_paths
from sofa_desktop.store.queries import counts

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture
def db(any_empty_db):
    """An empty store on each backend (SQLite, PostgreSQL)."""
    return any_empty_db


def test_seeds_import_then_reimport_is_unchanged(db):
    first = import_paths(db, [SEEDS])
    assert [r.status for r in first] == ["imported", "imported"]
    with db.read_session() as s:
        before = counts(s)
    second = import_paths(db, [SEEDS])
    assert [r.status for r in second] == ["unchanged", "unchanged"]
    with db.read_session() as s:
        assert counts(s) == before
    assert before.sources == 2 and before.quotes > 0 and before.actors > 0 and before.events > 0


def test_export_schema_and_offsets(db):
    import_paths(db, [SEEDS])
    with db.read_session() as s:
        doc = json.loads(json.dumps(export_document(s)))
    assert doc["schema"] == EXPORT_SCHEMA
    assert set(doc) == {"schema", "sources", "actors", "quotes", "events", "conflicts", "threads"}
    texts = {src["id"]: src["text"] for src in doc["sources"]}
    assert sorted(src["name"] for src in doc["sources"]) == sorted(p.name for p in SEEDS.glob("*.txt"))
    actor_ids = {a["id"] for a in doc["actors"]}
    for quote in doc["quotes"]:
        assert texts[quote["source"]][quote["start"] : quote["end"]] == quote["text"]
        assert set(quote["speakers"]) <= actor_ids
        assert set(quote) == {"id", "source", "start", "end", "text", "speakers", "partial", "how", "curated"}
    for actor in doc["actors"]:
        assert actor["kind"] in {"person", "organization", "institution", "country"}
        for mention in actor["mentions"]:
            assert 0 <= mention["start"] < mention["end"] <= len(texts[mention["source"]])
    for event in doc["events"]:
        assert 0 <= event["start"] < event["end"] <= len(texts[event["source"]])
        assert event["precision"] in {"day", "week", "month", "year", "unknown"}
        assert event["status"] in {"reported", "expected", "not_asserted"}
        assert event["kind"] in {"statement", "action"}
        assert (event["date_start"] is None) == (event["precision"] == "unknown")
    event_ids = {e["id"] for e in doc["events"]}
    for conflict in doc["conflicts"]:
        assert set(conflict["events"]) <= event_ids


def test_seed_metadata_parsed(db):
    import_paths(db, [SEEDS])
    with db.read_session() as s:
        sources = {src["name"]: src for src in export_document(s)["sources"]}
    ap = sources["001_ff5f581d51c26c9f.txt"]
    assert ap["published"] == "2026-03-11" and ap["outlet"] == "AP"
    first = sources["000_629c159be463d6a4.txt"]
    assert first["title"] == "Paraguay and U.S. Sign Historic Military Agreement to Combat Crime"
    assert first["published"] is None


def test_partial_extraction_warning_is_reported(db, tmp_path):
    from sofa_desktop.extract import Extraction, RuleExtractor

    class FailingStage(RuleExtractor):
        def extract(self, doc):  # type: ignore[no-untyped-def]
            return Extraction(warnings=("extraction failed: RuntimeError: boom",))

    article = tmp_path / "a.txt"
    article.write_text("Title\n\nThe minister said “hello” on Monday.", encoding="utf-8")
    (result,) = import_paths(db, [article], extractor=FailingStage())
    assert result.status == "imported"
    assert result.warnings == ("extraction failed: RuntimeError: boom",)
    assert "warning: extraction failed" in result.line()
