"""Not-asserted events and statement/action kinds travel from extraction to the JSON and TimelineJS exports."""

from __future__ import annotations

from pathlib import Path

from sofa_desktop.store.export.document import export_document
from sofa_desktop.store.export.timelinejs import timeline_document
from sofa_desktop.store.ingest.files import import_paths


def test_status_and_kind_are_exported(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    art = tmp_path / "port.txt"
    art.write_text("Port deal\n\n date 2026-03-11\n\nThe harbour board did not approve the tariff on Monday. "
                   "Mayor Ana Ruiz said in a statement on Tuesday that the port stays open.\n", encoding="utf-8")
    import_paths(empty_db, [art])
    with empty_db.read_session() as s:
        events = export_document(s)["events"]
        dates = [slide.get("display_date", "") for slide in timeline_document(s).document["events"]]
    assert {(e["status"], e["kind"]) for e in events} >= {("not_asserted", "action"), ("reported", "statement")}
    assert any(d.endswith("(not asserted)") for d in dates)
