"""Founding-family events, reported-future clauses after speech verbs, and the names and acronyms they brought."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.extract import Document, EventStatus, Precision, extract_document

PUB = dt.date(2026, 2, 10)  # a Tuesday
HEAD = "Title date 2026-02-10 CITY — "


def _events(sentence: str) -> list[tuple[str, str, str, Precision, EventStatus]]:
    x = extract_document(Document(HEAD + sentence, PUB, len(HEAD)))
    return [(e.action, str(e.date.start), str(e.date.end), e.date.precision, e.status) for e in x.events]


@pytest.mark.parametrize(("sentence", "action", "start", "precision"), [
    ("The National Guard was created in 2019 under former President Andrés López.", "create", "2019-01-01",
     Precision.YEAR),
    ("The party was founded in 2011 by López.", "create", "2011-01-01", Precision.YEAR),
    ("The oil industry was nationalized in 1938.", "nationalize", "1938-01-01", Precision.YEAR),
    ("The railway was privatized in 1995.", "privatize", "1995-01-01", Precision.YEAR),
    ("Lawmakers abolished the police in 2019.", "dissolve", "2019-01-01", Precision.YEAR),
    ("The guard was merged with the army in September 2024.", "merge", "2024-09-01", Precision.MONTH),
    ("President Ana Ruiz inaugurated the new terminal on Monday.", "create", "2026-02-09", Precision.DAY),
])
def test_founding_family(sentence: str, action: str, start: str, precision: Precision) -> None:
    assert any(a == action and s == start and p == precision for a, s, _, p, _ in _events(sentence))


@pytest.mark.parametrize(("sentence", "action", "start", "status"), [
    ("Officials said the talks would resume no later than March.", "resume", "2026-03-01", EventStatus.EXPECTED),
    ("Officials said flights could restart in January.", "resume", "2027-01-01", EventStatus.NOT_ASSERTED),
    ("Officials said the talks resumed in January.", "resume", "2026-01-01", EventStatus.REPORTED),
    ("The agency said it planned to postpone the tender to March.", "postpone", "2026-03-01", EventStatus.EXPECTED),
    ("Leaders said the protests would continue until May.", "protest", "2026-05-01", EventStatus.EXPECTED),
    ("The two parties will merge in April, officials said.", "merge", "2026-04-01", EventStatus.EXPECTED),
    ("The Supreme Court said it would hear arguments in January.", "hold", "2027-01-01", EventStatus.EXPECTED),
])
def test_reported_future_clause_looks_ahead(sentence: str, action: str, start: str, status: EventStatus) -> None:
    assert any(a == action and s == start and st == status for a, s, _, _, st in _events(sentence))


def test_date_of_a_reported_future_clause_is_not_the_statements() -> None:
    events = _events("Officials said in a statement that the recount, delayed since October, will take place in May.")
    assert [e for e in events if e[0] == "state"] == [("state", "None", "None", Precision.UNKNOWN,
                                                       EventStatus.REPORTED)]


def test_one_letter_surname_part_and_acronym_of_a_named_tail() -> None:
    text = (HEAD + "Minister Vicente de la O Levy spoke at the General Assembly of the Organization of American "
            "States. The OAS said it would vote.")
    names = {a.name: a.aliases for a in extract_document(Document(text, PUB, len(HEAD))).actors}
    assert "Vicente de la O Levy" in names
    assert "OAS" in names["Organization of American States"]
