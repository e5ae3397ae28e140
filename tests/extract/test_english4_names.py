"""Party adjectives glued to names, and statements made jointly by two people."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2026, 3, 11)


def test_a_party_adjective_is_no_part_of_a_name() -> None:
    text = "The plan won backing from Republican Dana Whitfield, who called it “overdue.”"
    x = extract_document(Document(text, PUB))
    assert [q.speakers for q in x.quotes] == [("Dana Whitfield",)]
    assert "Republican Dana Whitfield" not in {a.name for a in x.actors}


def test_a_party_word_keeps_an_organisation_whole() -> None:
    text = "The Republican National Committee said on Monday it would appeal."
    x = extract_document(Document(text, PUB))
    assert "National Committee" not in {a.name for a in x.actors}


def test_a_joint_statement_has_both_speakers() -> None:
    text = ("“The port cannot wait,” Democratic Sen. Ada Brandt and Republican Sen. Tom Ferrell said in a joint "
            "statement on Tuesday.")
    x = extract_document(Document(text, PUB))
    assert [q.speakers for q in x.quotes] == [("Ada Brandt", "Tom Ferrell")]
    assert any(e.title == "Ada Brandt and Tom Ferrell issued a joint statement" for e in x.events)


def test_an_inverted_speech_verb_after_the_quote_finds_the_described_speaker() -> None:
    text = ("The Minister of Trade, Lena Morrow, met her Korean counterpart in Seoul on Monday.\n\n"
            "“We agreed on the next steps for the port,” detailed the Trade Minister after the talks.\n\n"
            "“It was a useful exchange,” the Minister of Trade pointed out.")
    x = extract_document(Document(text, PUB))
    assert [q.speakers for q in x.quotes] == [("Lena Morrow",), ("Lena Morrow",)]


def test_countries_named_only_as_places_are_no_actors() -> None:
    text = ("The toymaker said sales slowed in France, Greece and Italy, and it will move 200 jobs to the U.S. "
            "In Lima, Peru's trade minister welcomed the plan. Chile signed a supply deal with the firm.")
    names = {a.name for a in extract_document(Document(text, PUB)).actors}
    assert not names & {"France", "Greece", "Italy", "United States"}
    assert {"Peru", "Chile"} <= names


def test_a_wire_sign_off_is_no_actor_and_broadcasters_are_known() -> None:
    text = ("The coach praised his players, telling the BBC: “We earned it.”\n\n"
            "The club was fined in 2019. — AFP")
    names = {a.name for a in extract_document(Document(text, PUB)).actors}
    assert "BBC" in names
    assert "AFP" not in names


def test_a_city_club_is_an_organisation_and_a_city_stays_a_place() -> None:
    text = "Leicester City beat the visitors 2-0 on Sunday. Officials in Mexico City said the plan was ready."
    names = {a.name for a in extract_document(Document(text, PUB)).actors}
    assert "Leicester City" in names
    assert "Mexico City" not in names


def test_a_partial_quote_after_said_that_belongs_to_the_verb_s_subject() -> None:
    text = ("The coach Ana Ruiz conceded that “the visitors were sharper” in the Cup final, telling the BBC: "
            "“We will learn.”")
    x = extract_document(Document(text, PUB))
    assert x.quotes[0].speakers == ("Ana Ruiz",)


def test_companies_stay_whole_and_are_organisations() -> None:
    text = ("Austin-based Lone Peak Networks bought the startup. New Harbor Life Insurance said it would pay. "
            "Kremlin-backed Volgaprom said so.")
    got = {(a.name, a.kind.value) for a in extract_document(Document(text, PUB)).actors}
    assert {("Lone Peak Networks", "organization"), ("New Harbor Life Insurance", "organization"),
            ("Volgaprom", "organization")} <= got


def test_clubs_and_clinics_are_organisations() -> None:
    text = "West Harbor Albion beat Dunmore United 1-0. Researchers at Lakeview Clinic said the drug worked."
    got = {(a.name, a.kind.value) for a in extract_document(Document(text, PUB)).actors}
    assert {("West Harbor Albion", "organization"), ("Dunmore United", "organization"),
            ("Lakeview Clinic", "organization")} <= got


def test_charges_capitalised_in_a_police_report_are_no_actors() -> None:
    from sofa_desktop.extract import Document, extract_document

    text = ("Man arrested after dispute\n\nOfficers arrested Dale Morton, 34, on Saturday. He was charged with "
            "Criminal Trespass and Simple Battery, and booked into the county jail, Sheriff Ana Ortiz said.")
    names = {a.name for a in extract_document(Document(text, None, text.index("Officers"))).actors}
    assert "Dale Morton" in names
    assert not names & {"Criminal Trespass", "Simple Battery"}
