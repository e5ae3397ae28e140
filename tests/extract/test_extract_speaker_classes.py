"""Speakers of partial quotes inside verb phrases and of quotes whose speaker comes with a title or a party."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2026, 3, 11)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Governor Ana Ruiz vowed to “reclaim” the port on Monday.", "Ana Ruiz"),
    ("Senator Paul Orwin spoke on Monday. He called the plan “reckless” and left.", "Paul Orwin"),
    ("Mayor Linda Park met residents. She said the new runway could “restore” the old airfield.", "Linda Park"),
    ("The finance minister, Carla Benz, moved to “suspend” the talks.", "Carla Benz"),
    ("“We will win this vote,” said Democratic Sen. Paul Orwin.", "Paul Orwin"),
    ("“It is over for them,” said Labour lawmaker Jane Hollis.", "Jane Hollis"),
    ("“We stand firm against them,” Syrian President Bashar al-Assad said.", "Bashar al-Assad"),
    ("“The kingdom is ready to act,” Crown Prince Faisal bin Nasser told reporters.", "Faisal bin Nasser"),
])
def test_speaker(text: str, speaker: str) -> None:
    x = extract_document(Document(text, PUB))
    assert [q.speakers for q in x.quotes] == [(speaker,)]


def test_a_chant_has_no_speaker() -> None:
    x = extract_document(Document("Residents chanted “No more war” outside the hall.", PUB))
    assert [q.speakers for q in x.quotes] == [()]


def test_a_relative_clause_speaks_for_its_antecedent() -> None:
    text = "The plan was backed by Ruth Calder, head of the farmers caucus, who described it as “a fair deal.”"
    x = extract_document(Document(text, PUB))
    assert [q.speakers for q in x.quotes] == [("Ruth Calder",)]


def test_a_crowd_exclamation_has_no_speaker() -> None:
    text = "Senator Ruth Calder closed the session amid exclamations of “We did it!” from the gallery."
    x = extract_document(Document(text, PUB))
    assert [q.speakers for q in x.quotes] == [()]
