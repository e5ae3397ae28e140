"""Acts told by a sentence's main past verb when no event word names them: dated, asserted, titled as written."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.extract import Document, EventStatus, extract_document

PUB = dt.date(2026, 3, 11)  # a Wednesday


def _events(text: str) -> list[tuple[str, str, str, str]]:
    x = extract_document(Document(text, PUB))
    return [(e.title, str(e.date.start), e.date.precision.value, e.status.value) for e in x.events]


@pytest.mark.parametrize(("sentence", "want"), [
    ("The port authority quietly scrapped the docking levy on Tuesday.",
     ("Port authority scrapped the docking levy", "2026-03-10", "day", "reported")),
    ("The grocery chain reported higher sales on Monday.",
     ("Grocery chain reported higher sales", "2026-03-09", "day", "reported")),
    ("Two masked men robbed a jewelry store on Friday.",
     ("Two masked men robbed a jewelry store", "2026-03-06", "day", "reported")),
    ("The board has sacked its chief executive this week.",
     ("Board sacked its chief executive", "2026-03-09", "week", "reported")),
])
def test_a_dated_main_verb_is_an_act(sentence: str, want: tuple[str, str, str, str]) -> None:
    assert want in _events(sentence)


@pytest.mark.parametrize("sentence", [
    "The port authority did not scrap the docking levy on Tuesday.",  # negated
    "The port authority could scrap the docking levy on Tuesday.",  # modal
    "The port authority wanted to scrap the docking levy on Tuesday.",  # a wish
    "The docking levy was criticized on Tuesday.",  # a passive state, no agent
    "It rained heavily on Tuesday.",  # no agent
    "The mayor said on Tuesday that the levy worked.",  # a statement, not an act
    "The port authority scrapped the docking levy.",  # no time word, not the lead's act: no date, so no event
])
def test_no_act_from_hedged_agentless_or_undated_verbs(sentence: str) -> None:
    text = "Harbor officials met on Monday.\n\nThe town has had a quiet week.\n\n" + sentence
    got = [g for g in _events(text) if ("levy" in g[0].lower() or "rain" in g[0].lower()) and " said " not in g[0]]
    assert all(g[3] != EventStatus.REPORTED.value or g[1] == "None" for g in got), got
    assert not any(g[0].startswith(("It ", "Port authority scrapped")) for g in got), got


def test_the_lead_act_takes_the_publication_day() -> None:
    text = "DOVER (Wire) — The county school board reshuffled its senior staff after a closed-door session."
    assert ("County school board reshuffled its senior staff", "2026-03-11", "day", "reported") in _events(text)


@pytest.mark.parametrize("sentence", [
    "The levy, if approved by the assembly on Tuesday, will free up funds for the harbor.",
    "The carrier would not say when the new crews will start work in June.",
    "The club has lost only two games this season and, if it wins on Sunday, would end with a record.",
])
def test_conditions_and_unsaid_clauses_are_not_asserted(sentence: str) -> None:
    x = extract_document(Document(sentence, PUB))
    assert all(e.status == EventStatus.NOT_ASSERTED for e in x.events if e.action != "state"), [
        (e.title, e.status) for e in x.events]


@pytest.mark.parametrize(("sentence", "want"), [
    ("The final text was approved late Tuesday by a wide margin.", ("approve", "2026-03-10", "reported")),
    ("Her term, which will end in January 2028, is her last.", ("end", "2028-01-01", "expected")),
    ("The mayor did warn last week that she would veto it.", ("state", "2026-03-02", "reported")),
])
def test_passive_approvals_modal_ends_and_emphatic_warnings(sentence: str, want: tuple[str, str, str]) -> None:
    x = extract_document(Document(sentence, PUB))
    assert want in [(e.action, str(e.date.start), e.status.value) for e in x.events]


def test_speech_verbs_are_no_acts_and_time_phrases_no_subjects() -> None:
    got = _events("The company denied it had dumped waste on Tuesday.\n\nLast year the firm expanded into Asia.")
    assert not any(g[0].startswith("Company denied") and g[1] != "None" for g in got)
    assert ("Firm expanded", "2025-01-01", "year", "reported") in got
