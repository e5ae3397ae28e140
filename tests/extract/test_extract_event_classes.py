"""Main events of sports, business, court, police and science stories, and how they are dated."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2026, 3, 11)  # a Wednesday


def _events(text: str) -> list[tuple[str, str, str]]:
    x = extract_document(Document(text, PUB))
    return [(e.action, str(e.date.start), e.date.precision.value) for e in x.events]


@pytest.mark.parametrize(("sentence", "want"), [
    ("The Denver Nuggets beat the Phoenix Suns 110-98 on Sunday.", ("defeat", "2026-03-08", "day")),
    ("Harbor Freight Lines reported a loss of $12 million on Tuesday.", ("report", "2026-03-10", "day")),
    ("Shares of the shipping group fell 8 percent on Friday.", ("fall", "2026-03-06", "day")),
    ("A federal judge blocked the county's new zoning rule on Monday.", ("block", "2026-03-09", "day")),
    ("Deputies arrested the driver early this morning.", ("arrest", "2026-03-11", "day")),
    ("Astronomers discovered a faint comet this week.", ("find", "2026-03-09", "week")),
    ("The sheriff will hold a news conference at 5 p.m. today.", ("hold", "2026-03-11", "day")),
])
def test_main_events(sentence: str, want: tuple[str, str, str]) -> None:
    assert want in _events(sentence)


def test_a_narrative_keeps_its_day_within_the_paragraph() -> None:
    text = ("Deputies shot the suspect on Tuesday. He was booked into the county jail.\n\n"
            "He had previously been charged with assault.")
    got = _events(text)
    assert ("arrest", "2026-03-10", "day") in got
    assert ("convict", "None", "unknown") in got  # background (a pluperfect, "previously"): no carried date


def test_a_statement_is_dated_when_it_was_said() -> None:
    got = _events("Speaking in Leeds on Monday, the governor said the bridge was damaged last week.")
    assert ("state", "2026-03-09", "day") in got
    got = _events("The governor said the bridge was damaged last week, as the storm hit.")
    assert [g for g in got if g[0] == "state"] in ([], [("state", "None", "unknown")])


def test_a_date_inside_a_relative_clause_belongs_to_it() -> None:
    got = _events("Ana Ruiz, who led the province from 2010 to 2014, won the runoff on Sunday.")
    assert ("elect", "2026-03-08", "day") in got
    assert not any(g[1].startswith("2010") for g in got)


@pytest.mark.parametrize(("sentence", "want"), [
    ("The standoff ended on Tuesday.", ("end", "2026-03-10", "day")),
    ("The two leaders spoke by phone on Monday.", ("meet", "2026-03-09", "day")),
    ("The drug received approval on Friday.", ("receive", "2026-03-06", "day")),
    ("The series kicks off on Saturday.", ("launch", "2026-03-14", "day")),
])
def test_more_main_events(sentence: str, want: tuple[str, str, str]) -> None:
    assert want in _events(sentence)


def test_periods_are_no_events_and_no_dates() -> None:
    assert _events("The loss widened in the first quarter ended May 3.") == []
    assert not any(g[1] != "None" for g in _events("The stock has lost half its value in the year to Monday's close."))
