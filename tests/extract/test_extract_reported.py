"""Reported speech ("X told reporters that Y was “...”") and organisations introduced by a description."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2025, 6, 12)


def _extract(text: str):  # noqa: ANN202 - an Extraction
    return extract_document(Document(text, PUB))


@pytest.mark.parametrize("text, speaker", [
    ("Spokeswoman Laura Reyes told reporters in Lima that the United States was “studying the law” closely.",
     "Laura Reyes"),
    ("Senator Ana Torres insisted on Thursday that the Brazilian government had warned of “grave harm” to trade.",
     "Ana Torres"),
    ("Minister Pablo Ortiz said that Chile would “never accept” the deal.", "Pablo Ortiz"),
])
def test_a_quote_in_a_that_clause_belongs_to_the_reporting_verb(text: str, speaker: str) -> None:
    assert [q.speakers for q in _extract(text).quotes] == [(speaker,)]


def test_a_full_quote_right_after_the_inner_verb_is_the_inner_speakers() -> None:
    text = "President Ana Torres said that Foreign Minister Luis Vega told her: “We will pay what is fair.”"
    assert [q.speakers for q in _extract(text).quotes] == [("Luis Vega",)]


def test_an_unnamed_reporter_does_not_hand_the_quote_to_the_clause_subject() -> None:
    text = "A senior official told reporters that Brazil had warned of “grave harm” to trade."
    assert [q.speakers for q in _extract(text).quotes] == [()]


def test_a_name_known_as_after_an_organisation_description_is_an_organisation() -> None:
    text = ("The opposition coalition, known as the Civic Table, rejected the vote. In a statement, the coalition "
            "called the law “a looting of the nation” and said it would not recognize contracts signed under it.")
    x = _extract(text)
    assert {a.name: a.kind.value for a in x.actors} == {"Civic Table": "organization"}
    assert [(q.speakers, q.how) for q in x.quotes] == [(("Civic Table",), "statement")]


def test_the_description_head_picks_the_organisation_it_introduced() -> None:
    text = ("The farmers' alliance, known as the Rural Table, called a strike. Water Guardians, a network of water "
            "boards, backed it. In a statement, the alliance called the law “a death sentence” for farmers.")
    x = _extract(text)
    kinds = {a.name: a.kind.value for a in x.actors}
    assert kinds == {"Rural Table": "organization", "Water Guardians": "organization"}
    assert [q.speakers for q in x.quotes] == [("Rural Table",)]


@pytest.mark.parametrize("text, person", [
    ("The party named Ana López as its candidate.", "Ana López"),
    ("The coalition called Pedro Ruiz a traitor.", "Pedro Ruiz"),
    ("Luis Vega, a former union leader, spoke.", "Luis Vega"),
    ("Carlos Vega, a member of the party, spoke.", "Carlos Vega"),
    ("Joaquín Guzmán, known as El Chapo, was jailed.", "Joaquín Guzmán"),
])
def test_people_near_organisation_words_stay_people(text: str, person: str) -> None:
    kinds = {a.name: a.kind.value for a in _extract(text).actors}
    assert kinds.get(person) == "person"
