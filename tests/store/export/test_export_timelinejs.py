"""Events as TimelineJS3 JSON: structure the format requires, one mapping per date precision, HTML escaped."""

from __future__ import annotations

import json
from typing import Any

from export_formats import assert_timelinejs
from sqlalchemy import update

from sofa_desktop.store.export.render import render_export
from sofa_desktop.store.export.timelinejs import timeline_document
from sofa_desktop.store.schema.models import Event, Source


def slides(db) -> tuple[dict[str, dict[str, Any]], int]:  # type: ignore[no-untyped-def]
    with db.read_session() as s:
        result = timeline_document(s, title="Treaty <b>watch</b>")
    doc = json.loads(json.dumps(result.document))
    assert_timelinejs(doc)
    assert doc["title"]["text"]["headline"] == "Treaty &lt;b&gt;watch&lt;/b&gt;"
    return {e["text"]["headline"]: e for e in doc["events"]}, result.undated


def test_each_precision_maps_to_the_date_parts_it_knows(rich_db) -> None:
    by_title, undated = slides(rich_db)
    assert undated == 1 and "Next round of talks" not in by_title  # TimelineJS needs a year
    day = by_title["Senate approves the treaty"]
    assert day["start_date"] == {"year": 2025, "month": 12, "day": 4} and "end_date" not in day
    assert "display_date" not in day
    week = by_title["Senate approves the treaty (reported week)"]
    assert week["start_date"] == {"year": 2025, "month": 12, "day": 1}
    assert week["end_date"] == {"year": 2025, "month": 12, "day": 7}
    assert week["display_date"] == "Week of 1 December 2025"
    month = by_title["Ministers to sign the protocol"]
    assert month["start_date"] == {"year": 2026, "month": 1} and "end_date" not in month
    assert month["display_date"] == "January 2026 (expected)"
    year = by_title["Talks begin"]
    assert year["start_date"] == {"year": 2019} and "end_date" not in year


def test_text_has_evidence_source_outlet_actors_and_conflict(rich_db) -> None:
    by_title, _ = slides(rich_db)
    day = by_title["Senate approves the treaty"]
    text = day["text"]["text"]
    assert "The Senate approved the treaty on December 4, 2025." in text
    assert "Senate backs treaty" in text and "Wire" in text and "2025-12-05" in text
    assert "Ana Gómez" in text and "December 4, 2025" in text
    assert day["group"] == "Wire" and day["unique_id"].startswith("event-")
    assert "Sources disagree:</strong> Wire says 2025-12-04; Diario says the week of 2025-12-01" in text
    assert "Sources disagree" not in by_title["Talks begin"]["text"]["text"]


def test_markup_in_titles_and_evidence_is_escaped(rich_db) -> None:
    with rich_db.write_session.begin() as s:
        s.execute(update(Event).where(Event.title == "Talks begin").values(title="<script>alert(1)</script> & co"))
        s.execute(update(Source).where(Source.name == "a.txt").values(outlet="<img src=x onerror=alert(1)>"))
    by_title, _ = slides(rich_db)
    slide = by_title["&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"]
    assert "<img" not in slide["text"]["text"] and "&lt;img src=x" in slide["text"]["text"]
    assert slide["group"].startswith("&lt;img")
    for e in by_title.values():
        assert "<script" not in json.dumps(e)


def test_ranges_across_units_get_an_end_date(rich_db) -> None:
    import datetime as dt

    with rich_db.write_session.begin() as s:
        s.execute(update(Event).where(Event.title == "Talks begin").values(date_end=dt.date(2021, 12, 31)))
        s.execute(update(Event).where(Event.title == "Senate approves the treaty")
                  .values(date_end=dt.date(2025, 12, 6)))
    by_title, _ = slides(rich_db)
    assert by_title["Talks begin"]["end_date"] == {"year": 2021}
    assert by_title["Senate approves the treaty"]["end_date"] == {"year": 2025, "month": 12, "day": 6}


def test_render_reports_what_was_left_out(rich_db) -> None:
    with rich_db.read_session() as s:
        rendered = render_export(s, "timelinejs")
    assert rendered.note == "4 events" and rendered.left_out.startswith("1 undated event left out")
    assert_timelinejs(json.loads(rendered.text))


def test_empty_store_is_a_valid_empty_timeline(empty_db) -> None:
    with empty_db.read_session() as s:
        empty = render_export(s, "timelinejs")
    doc = json.loads(empty.text)
    assert_timelinejs(doc)
    assert doc["events"] == [] and not empty.left_out and empty.note == "0 events"
