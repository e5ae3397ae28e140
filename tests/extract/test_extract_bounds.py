"""Month bounds ("as early as June"), verbs that need a modal or a person, and continuation speakers."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2026, 3, 11)  # a Wednesday


def _events(sentence: str) -> list[tuple[str, str, str, str]]:
    x = extract_document(Document(sentence, PUB))
    return [(e.action, str(e.date.start), e.date.precision.value, e.status.value) for e in x.events]


@pytest.mark.parametrize(("sentence", "want"), [
    ("The drills could begin as early as June.", ("launch", "2026-06-01", "month", "not_asserted")),
    ("Congress must approve the funding no later than February.", ("approve", "2027-02-01", "month", "not_asserted")),
    ("The drills will begin as soon as January.", ("launch", "2027-01-01", "month", "expected")),
    ("The army will withdraw by the end of June.", ("withdraw", "2026-06-01", "month", "expected")),
    ("The bases would open at the end of the year.", ("launch", "2026-01-01", "year", "expected")),
    ("The decree was published in the official gazette on Tuesday.", ("publish", "2026-03-10", "day", "reported")),
    ("Governor Ana Ruiz signed the measure into law on Friday.", ("enact", "2026-03-06", "day", "reported")),
    ("Lula welcomed Javier Milei at the palace on Monday.", ("meet", "2026-03-09", "day", "reported")),
    ("Two officers took part in the drill on Monday.", ("participate", "2026-03-09", "day", "reported")),
    ("The plant will open at the start of next year.", ("launch", "2027-01-01", "year", "expected")),
    ("Lula hosted Javier Milei in Brasília on Monday.", ("meet", "2026-03-09", "day", "reported")),
    ("Lula hosted a summit on Monday.", ("meet", "2026-03-09", "day", "reported")),
    ("Unions called a general strike for Monday.", ("strike", "2026-03-16", "day", "expected")),
])
def test_bounds_and_new_verbs(sentence: str, want: tuple[str, str, str, str]) -> None:
    assert want in _events(sentence)


@pytest.mark.parametrize("sentence", [
    "The government welcomed the ruling on Monday.",  # no person after "welcomed": a reaction, not a meeting
    "The store remained open on Sunday.",  # "open" is an adjective here, no modal before it
])
def test_no_event_without_person_or_modal(sentence: str) -> None:
    assert _events(sentence) == []


def test_continuation_skips_a_person_mentioned_in_the_attribution() -> None:
    text = ("“There is no money,” spokesman Ana Ruiz told reporters, repeating a phrase of Pedro Gómez. "
            "“The surplus stays.”\n\nSenator Luis Vega disagreed. “That ends now.”")
    x = extract_document(Document(text, PUB))
    assert [q.speakers for q in x.quotes] == [("Ana Ruiz",), ("Ana Ruiz",), ("Luis Vega",)]
