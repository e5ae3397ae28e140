"""An event's passage is its own clause: a negated clause beside a real statement never travels with the statement,
and an act the text says failed is exported as not asserted."""

from __future__ import annotations

from pathlib import Path

from sofa_desktop.store.export.document import export_document
from sofa_desktop.store.ingest.files import import_paths


def test_passages_and_status_reach_the_export(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    art = tmp_path / "storm.txt"
    art.write_text("Storm report\n\n date 2026-03-11\n\nA storm over the bay on Monday did not flood the harbour, "
                   "port officials said. The county board last year failed to pass an ordinance on sea walls.\n",
                   encoding="utf-8")
    import_paths(empty_db, [art])
    with empty_db.read_session() as s:
        doc = export_document(s)
    text = doc["sources"][0]["text"]
    events = doc["events"]
    shown = [e for e in events if e["status"] in ("reported", "expected")]
    assert shown and all("did not flood" not in text[e["start"]:e["end"]] for e in shown)
    assert any(e["status"] == "not_asserted" and "approve" in e["title"] for e in events)
