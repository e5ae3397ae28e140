"""Speakers found through a judge's title, a relative clause and a description of the last speaker."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2026, 3, 11)


def _speakers(text: str, opening: str) -> list[str]:
    x = extract_document(Document(text, PUB))
    found = [q for q in x.quotes if q.text.startswith(opening)]
    assert found, [q.text for q in x.quotes]
    return list(found[0].speakers)


def test_a_titled_judge_whose_first_name_is_a_city_is_a_person() -> None:
    text = ("Circuit Judge Paris Williams sentenced the former treasurer on Tuesday.\n\n"
            "\"She betrayed the people who trusted her,\" the judge added.")
    x = extract_document(Document(text, PUB))
    assert any(a.name == "Paris Williams" and a.kind.value == "person" for a in x.actors)
    assert _speakers(text, "She betrayed") == ["Paris Williams"]


def test_the_subject_of_a_relative_clause_after_a_preposition_speaks() -> None:
    text = ("The row began with an interview with Tomas Vidal on the radio, in which the Chilean president called "
            "his rival a \"reckless gambler\" twice.")
    assert _speakers(text, "reckless gambler") == ["Tomas Vidal"]


def test_a_company_named_before_its_officer_does_not_speak() -> None:
    text = ("Brightwave agreed to be bought by Norcom on Monday.\n\n"
            "\"We are glad this chapter is closed,\" said Brightwave CEO Lena Okafor.\n\n"
            "Brightwave CFO Tom Reyes said: \"The numbers speak for themselves.\"")
    assert _speakers(text, "We are glad") == ["Lena Okafor"]
    assert _speakers(text, "The numbers") == ["Tom Reyes"]


def test_a_description_after_a_quote_is_the_player_who_spoke_last() -> None:
    text = ("Karl Brenner, beaten in the final by Luis Ortega on Sunday, said the Spaniard \"earned it\".\n\n"
            "The 24-year-old Spaniard won in four sets.\n\n"
            "\"I had my chances and I did not take them,\" said the second seed, who has lost three finals.\n\n"
            "\"He was better on the big points,\" added the Austrian.")
    assert _speakers(text, "I had my chances") == ["Karl Brenner"]
    assert _speakers(text, "He was better") == ["Karl Brenner"]


def test_no_description_without_anyone_speaking_before() -> None:
    text = "\"The roof will be fixed by spring,\" said the contractor.\n\nWork began on Monday."
    assert _speakers(text, "The roof") == []


def test_he_is_the_subject_not_the_possessor_before_it() -> None:
    text = ("Garner's attorney, Miles Booth, said the ruling was a relief.\n\n"
            "\"My client was cleared of every charge,\" he said.")
    assert _speakers(text, "My client") == ["Miles Booth"]


def test_a_label_given_by_an_agent_after_the_noun() -> None:
    text = ("The council passed the spending plan on Monday.\n\n"
            "Described as a \"bare bones\" plan by Mayor Rita Olsen, it keeps every fee where it is.")
    assert _speakers(text, "bare bones") == ["Rita Olsen"]


def test_a_paragraph_introducing_a_block_quote_without_a_speech_verb_gives_its_speaker() -> None:
    from sofa_desktop.extract import Document, extract_document

    text = ("Coach speaks before the final\n\nCoach Marta Olsen met reporters on Friday and talked about the squad. "
            "Here is what Olsen had to say about the goalkeeper:\n\n“Nina will start. She has earned it over the "
            "whole season.”\n\nOlsen also spoke about the opponents:\n\n“They are the champions and we respect "
            "them.”\n\n“We will still go out to win.”")
    found = extract_document(Document(text, None, text.index("Coach Marta")))
    assert [q.speakers for q in found.quotes] == [("Marta Olsen",)] * 3


def test_a_partial_quote_after_a_verb_that_judges_goes_to_that_verbs_subject() -> None:
    from sofa_desktop.extract import Document, extract_document

    text = ("Mayor clashes with prosecutor\n\nThe Government of Ruritania filed a criminal complaint on Monday against "
            "the prosecutor for “criminal conduct” and asked for her immunity to be lifted. Opposition leader Tom "
            "Reyes accused the mayor of “abandoning the city” last week. Reyes also called the plan “reckless”.")
    found = extract_document(Document(text, None, text.index("The Government")))
    assert [q.speakers for q in found.quotes] == [("Government of Ruritania",), ("Tom Reyes",), ("Tom Reyes",)]


def test_the_prosecutor_names_the_attorney_general_introduced_earlier() -> None:
    from sofa_desktop.extract import Document, extract_document

    text = ("Prosecutor quits talks\n\nThe Attorney General of Ruritania, Consuelo Marta Porras, refused to attend "
            "the meeting on Monday.\n\n“I found it necessary to withdraw from the meeting,” the prosecutor said.")
    found = extract_document(Document(text, None, text.index("The Attorney")))
    assert [q.speakers for q in found.quotes] == [("Consuelo Marta Porras",)]
