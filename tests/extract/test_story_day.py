"""A story's undated past-tense happenings take the day of its lead; background and hedged verbs do not."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2026, 3, 11)  # a Wednesday


def _events(text: str, pub: dt.date = PUB) -> list[tuple[str, str, str, str]]:
    x = extract_document(Document(text, pub))
    return [(e.action, str(e.date.start), e.date.precision.value, text[e.start:e.end][:30]) for e in x.events]


def test_the_paragraphs_after_a_dated_lead_take_its_day() -> None:
    text = ("The harbour board voted on Tuesday to close the old ferry terminal.\n\n"
            "Nine members voted in favour and two abstained.\n\n"
            "Protesters blocked the entrance to the town hall as the result was read out.")
    got = _events(text)
    assert ("vote", "2026-03-10", "day", "Nine members voted in favour a") in got
    assert ("block", "2026-03-10", "day", "Protesters blocked the entranc") in got


def test_a_present_perfect_lead_takes_the_day_told_just_after_it() -> None:
    text = ("A former county treasurer has been sentenced to six years in prison for fraud.\n\n"
            "Judge Nora Pike announced the sentence Tuesday in a courtroom in Hartley.")
    assert ("convict", "2026-03-10", "day", "A former county treasurer has ") in _events(text)


def test_background_and_hedged_verbs_stay_undated() -> None:
    text = ("The harbour board voted on Tuesday to close the old ferry terminal.\n\n"
            "The board had blocked a similar plan, and members previously rejected a sale of the site.\n\n"
            "Critics said the board could have delayed the vote.")
    got = [g for g in _events(text) if g[0] in ("block", "reject", "postpone")]
    assert got and all(g[1] == "None" for g in got)


def test_a_period_result_is_not_the_day_of_the_report() -> None:
    text = ("Harbor Freight Lines reported a loss on Tuesday.\n\n"
            "The carrier lost $12 million, or 9 cents a share, in the quarter.")
    assert all(g[1] == "None" for g in _events(text) if g[3].startswith("The carrier"))


def test_no_day_from_an_old_lead_or_after_the_story_moves_on() -> None:
    old = ("The harbour board voted on March 2 to close the old ferry terminal.\n\n"
           "Nine members voted in favour and two abstained.")
    assert ("vote", "None", "unknown", "Nine members voted in favour a") in _events(old)
    moved = ("The harbour board voted on Tuesday to close the old ferry terminal.\n\n"
             "The council approved the agreement in 2019.\n\n"
             "Nine members voted in favour and two abstained.")
    assert ("vote", "None", "unknown", "Nine members voted in favour a") in _events(moved)


def test_a_lead_without_a_time_word_is_the_publication_day_news() -> None:
    text = ("HARTLEY (Wire) — A state appeals court struck down the county's ban on lake drones.\n\n"
            "Three judges overturned a lower ruling, and the county dropped its appeal.\n\n"
            "The county passed the ban after a long debate among residents.")
    got = _events(text)
    assert ("reject", "2026-03-11", "day", "HARTLEY (Wire) — A state appea") in got
    assert ("reject", "2026-03-11", "day", "Three judges overturned a lowe") in got
    assert ("approve", "None", "unknown", "The county passed the ban afte") in got  # background: no carried day


def test_a_lead_with_any_time_word_keeps_it() -> None:
    text = "The stock lost half its value in the year to Monday's close.\n\nTraders sold the shares."
    assert all(g[1] == "None" for g in _events(text))
