"""Titles as a reporter writes them: the relative clause's antecedent acts, no time words in the subject."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2026, 3, 11)


@pytest.mark.parametrize(("sentence", "title"), [
    ("A jury convicted the driver on Monday over the 2019 crash that killed two cyclists.",
     "2019 crash killed two cyclists"),
    ("The city council on Tuesday voted to close the old ferry pier.",
     "City council voted to close the old ferry pier"),
    ("HARTLEY -- A Hartley man was arrested Tuesday after a standoff.", "Hartley man was arrested"),
    ("Her mandate, which will end in June 2028, is her last.", "Her mandate expected to end"),
    ("Deputies tried to kill him, the lawsuit alleges.", "Deputies to kill him"),
])
def test_titles_read_like_a_reporter(sentence: str, title: str) -> None:
    x = extract_document(Document(sentence, PUB))
    assert title in [e.title for e in x.events]


def test_shots_are_no_dismissal_and_time_words_no_object() -> None:
    x = extract_document(Document("The gunman fired a rifle at the deputies on Monday.", PUB))
    assert [e.action for e in x.events if e.action in ("attack", "dismiss")] == ["attack"]
    x = extract_document(Document("Deputies arrested a suspect Sunday night after a chase.", PUB))
    assert "Deputies arrested the suspect" in [e.title for e in x.events]
    x = extract_document(Document("When the deputies reached the farm, they arrested two men on Sunday.", PUB))
    assert not any(e.title.startswith("When") for e in x.events)


def test_a_motel_is_a_place() -> None:
    x = extract_document(Document("The shooting took place at the Blue Pine Motel in Dover.", PUB))
    assert "Blue Pine Motel" not in {a.name for a in x.actors}


@pytest.mark.parametrize(("sentence", "title", "wrong"), [
    ("Officers found a man in his 30s who had been shot on Sunday.", "Man in his 30s was shot", "Officers"),
    ("A neighbor reported that a teenager had been stabbed on Sunday.", "Teenager was stabbed", "Neighbor"),
    ("Chief Ana Ruiz said the victim died after being shot on Sunday.", "", "Ana Ruiz was shot"),
])
def test_passive_titles_name_the_patient_never_the_speaker(sentence: str, title: str, wrong: str) -> None:
    titles = [e.title for e in extract_document(Document(sentence, PUB)).events]
    assert not title or title in titles, titles
    assert not any(t.startswith(wrong) and " was " in t for t in titles), titles


def test_a_relative_clause_takes_the_year_naming_its_antecedent() -> None:
    text = "A jury convicted the driver on Monday over the 2019 crash that killed two cyclists."
    got = [(e.title, str(e.date.start), e.date.precision.value) for e in extract_document(Document(text, PUB)).events]
    assert ("2019 crash killed two cyclists", "2019-01-01", "year") in got


def test_free_as_an_adjective_is_no_release() -> None:
    got = [e.action for e in extract_document(Document("The judge said the rule violated free speech.", PUB)).events]
    assert "release" not in got
