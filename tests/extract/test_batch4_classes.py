"""Classes seen on new real text: quotes between two apostrophes, "the first ... to win", a year naming a thing."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, EventStatus, extract_document

PUB = dt.date(2026, 3, 11)  # a Wednesday


def test_two_apostrophes_open_and_close_a_quote() -> None:
    text = ("Rovers drew 2-2 with the league leaders.\n\n"
            "''We gave away two soft goals and the lads know it,'' coach Dara Flynn said.")
    x = extract_document(Document(text, PUB))
    q = [q for q in x.quotes if q.text.startswith("We gave away")]
    assert q and [s for s in q[0].speakers] == ["Dara Flynn"]


def test_the_first_to_win_asserts_the_win() -> None:
    text = "Maria Lenz won the title on Sunday, becoming the first Austrian player to win the indoor championship."
    x = extract_document(Document(text, PUB))
    assert x.events and all(e.status == EventStatus.REPORTED for e in x.events)


def test_a_year_naming_a_thing_does_not_date_the_verb() -> None:
    text = "The county board approved the 2027 budget at Monday night's meeting."
    x = extract_document(Document(text, PUB))
    got = [(e.action, str(e.date.start), e.date.precision.value) for e in x.events]
    assert ("approve", "2026-03-09", "day") in got
