"""A document's content in the present ("the agreement allows ...") is no event; what happened to it still is."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2026, 2, 10)  # a Tuesday
HEAD = "Title date 2026-02-10 CITY — "


def _events(sentence: str) -> list[tuple[str, str]]:
    x = extract_document(Document(HEAD + sentence, PUB, len(HEAD)))
    return [(e.action, str(e.date.start)) for e in x.events]


@pytest.mark.parametrize("sentence", [
    "This accord establishes a framework for various collaborative efforts, including joint training.",
    "The agreement allows for the presence of U.S. military personnel in Paraguay.",
    "The decree allows soldiers to patrol the border and arrest suspects.",
    "The law creates a new agency to oversee the mines.",
    "The agreement, signed last year, grants legal immunity to personnel deployed in the country.",
    "The White House defended a migration agreement with Honduras that allows the United States to send migrants.",
    "It establishes a commission to review the contracts.",
])
def test_document_content_is_no_event(sentence: str) -> None:
    assert [e for e in _events(sentence) if e[1] == "None"] == []


@pytest.mark.parametrize(("sentence", "action", "start"), [
    ("Congress created the agency in 2019.", "create", "2019-01-01"),
    ("The Senate approved the bill on Monday.", "approve", "2026-02-09"),
    ("Ecuador's National Assembly on Monday approved a law that opens water concessions.", "approve", "2026-02-09"),
    ("The agreement, signed in Washington in December, grants legal immunity to soldiers.", "sign", "2025-12-01"),
])
def test_happenings_stay(sentence: str, action: str, start: str) -> None:
    assert (action, start) in _events(sentence)


def test_dated_present_is_either_way() -> None:
    _events("The Senate establishes a commission on Tuesday.")  # fine either way; must not crash
