"""Event factuality: reported, expected, or not asserted (negated, modal, required, purpose, condition)."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.extract import Document, EventKind, extract_document

PUB = dt.date(2026, 3, 11)  # a Wednesday


def _status(sentence: str, action: str) -> list[str]:
    x = extract_document(Document(sentence, PUB))
    return [e.status.value for e in x.events if e.action == action]


@pytest.mark.parametrize(("sentence", "action", "status"), [
    ("The county clerk did not release the name of the driver.", "release", "not_asserted"),
    ("The harbour board hasn't approved the new tariff schedule.", "approve", "not_asserted"),
    ("The regional council could approve the water budget next week.", "approve", "not_asserted"),
    ("The fisheries treaty must still be ratified by the upper house.", "approve", "not_asserted"),
    ("The ordinance awaits the governor's signature to take effect.", "take effect", "not_asserted"),
    ("If the assembly approves the zoning plan, the mayor will sign it.", "approve", "not_asserted"),
    ("Engineers say it is possible to launch a second probe next year.", "launch", "not_asserted"),
    ("Nobody had ever won the cup three times in a row.", "win", "not_asserted"),
    ("The harbour board approved the new tariff schedule on Monday.", "approve", "reported"),
    ("The minister is expected to sign the fisheries accord on Friday.", "sign", "expected"),
    ("Councillors voted to approve the water budget on Tuesday.", "approve", "reported"),
])
def test_status(sentence: str, action: str, status: str) -> None:
    assert status in _status(sentence, action)


def test_not_asserted_title_says_so() -> None:
    x = extract_document(Document("The county clerk's office did not release the report.", PUB))
    assert [e.title for e in x.events if e.action == "release"] == ["County clerk's office did not release the report"]


def test_statement_kind() -> None:
    x = extract_document(Document("Mayor Ana Ruiz said on Monday that the port would reopen.", PUB))
    assert {e.kind for e in x.events if e.action == "state"} == {EventKind.STATEMENT}


def test_an_opening_condition_covers_its_first_verb() -> None:
    text = "If Ana Ruiz, the first female mayor, loses Sunday's vote, the council must act."
    x = extract_document(Document(text, PUB))
    assert {e.status.value for e in x.events if e.action == "lose"} == {"not_asserted"}

