"""Analysts' edits in every export: curated values and marks in JSON, CSV and TimelineJS; undone edits are not."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from sofa_desktop.store.curation import edits as curation
from sofa_desktop.store.export import EXPORT_SCHEMA
from sofa_desktop.store.export.document import export_document
from sofa_desktop.store.export.render import render_export
from sofa_desktop.store.export.timelinejs import EDITED_MARK


def exports(db) -> tuple[dict, list[dict[str, str]], dict]:  # type: ignore[no-untyped-def]
    with db.read_session() as s:
        doc = json.loads(json.dumps(export_document(s)))
        rows = list(csv.DictReader(io.StringIO(render_export(s, "csv").text, newline="")))
        timeline = json.loads(render_export(s, "timelinejs").text)
    return doc, rows, timeline


def find(items: list[dict], **match: object) -> dict:
    return next(i for i in items if all(i[k] == v for k, v in match.items()))


def test_nothing_is_marked_before_an_edit(rich_db) -> None:
    doc, rows, timeline = exports(rich_db)
    assert doc["schema"] == EXPORT_SCHEMA == "sofa-desktop/export@1"  # fields were only added
    for kind in ("actors", "quotes", "events", "conflicts"):
        assert all(item["curated"] is False for item in doc[kind]), kind
    assert all(c["resolved"] is False and c["resolution_note"] is None for c in doc["conflicts"])
    assert {r["curated"] for r in rows} == {"false"}
    assert EDITED_MARK not in json.dumps(timeline)


def test_edits_are_exported_with_their_marks(rich_db) -> None:
    doc, _rows, _timeline = exports(rich_db)
    talks = find(doc["events"], title="Talks begin")
    gomez = find(doc["actors"], name="Ana Gómez")
    perez = find(doc["actors"], name="Luis Pérez")
    quote = find(doc["quotes"], text="We kept our word,")
    conflict = doc["conflicts"][0]
    curation.update_event(rich_db, talks["id"], date_start=dt.date(2018, 5, 1), date_end=dt.date(2018, 5, 31),
                          precision="month", status="reported")
    curation.set_quote_speakers(rich_db, quote["id"], [perez["id"]])
    curation.update_actor(rich_db, gomez["id"], role="Senate majority leader")
    curation.resolve_conflict(rich_db, conflict["id"], note="Wire checked the Senate record <b>")

    doc, rows, timeline = exports(rich_db)
    event = find(doc["events"], id=talks["id"])
    assert event["curated"] is True and event["date_start"] == "2018-05-01" and event["precision"] == "month"
    assert find(doc["events"], title="Ministers to sign the protocol")["curated"] is False
    edited_quote = find(doc["quotes"], id=quote["id"])
    assert edited_quote["curated"] is True and edited_quote["speakers"] == [perez["id"]]
    assert find(doc["actors"], id=gomez["id"])["curated"] is True
    assert find(doc["actors"], id=gomez["id"])["role"] == "Senate majority leader"
    resolved = find(doc["conflicts"], id=conflict["id"])
    assert resolved["curated"] is True and resolved["resolved"] is True
    assert resolved["resolution_note"] == "Wire checked the Senate record <b>"

    row = find(rows, quote_id=str(quote["id"]))
    assert row["curated"] == "true" and row["speakers"] == "Luis Pérez"
    assert find(rows, speakers="Luis Pérez", quote="Nothing was decided,")["curated"] == "false"

    slide = find(timeline["events"], unique_id=f"event-{talks['id']}")
    assert slide["start_date"] == {"year": 2018, "month": 5} and EDITED_MARK in slide["text"]["text"]
    approve = next(e for e in timeline["events"] if e["text"]["headline"] == "Senate approves the treaty")
    assert EDITED_MARK not in approve["text"]["text"]
    assert "Sources disagreed (resolved):" in approve["text"]["text"]
    assert "Wire checked the Senate record &lt;b&gt;" in approve["text"]["text"]


def test_undone_edit_is_not_exported(rich_db) -> None:
    doc, _rows, _timeline = exports(rich_db)
    talks = find(doc["events"], title="Talks begin")
    edit = curation.update_event(rich_db, talks["id"], date_start=dt.date(2018, 1, 1), date_end=dt.date(2018, 12, 31),
                                 precision="year", status="reported")
    curation.undo_edit(rich_db, edit.curation_id)
    doc, _rows, timeline = exports(rich_db)
    event = find(doc["events"], id=talks["id"])
    assert event["date_start"] == "2019-01-01" and event["curated"] is False
    slide = find(timeline["events"], unique_id=f"event-{talks['id']}")
    assert slide["start_date"] == {"year": 2019} and EDITED_MARK not in slide["text"]["text"]
