"""Checks of export formats shared by the store and CLI tests."""

from __future__ import annotations

from typing import Any

DATE_KEYS = {"year", "month", "day"}


def assert_timelinejs(doc: dict[str, Any]) -> None:
    """The TimelineJS3 JSON format (timeline.knightlab.com/docs/json-format.html): events with int dates, unique ids."""
    assert set(doc) <= {"title", "events", "eras", "scale"} and isinstance(doc["events"], list)
    assert isinstance(doc["title"]["text"]["headline"], str)
    ids = [e["unique_id"] for e in doc["events"]]
    assert len(ids) == len(set(ids)) and all(isinstance(i, str) and i for i in ids)
    for e in doc["events"]:
        assert set(e) <= {"start_date", "end_date", "text", "media", "group", "display_date", "background",
                          "autolink", "unique_id"}
        for key in ("start_date", "end_date"):
            if key in e:
                date = e[key]
                assert "year" in date and set(date) <= DATE_KEYS
                assert all(type(v) is int for v in date.values())
                assert 1 <= date.get("month", 1) <= 12 and 1 <= date.get("day", 1) <= 31
                assert "day" not in date or "month" in date
        assert isinstance(e["text"]["headline"], str) and isinstance(e["text"]["text"], str)
