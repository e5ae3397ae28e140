"""Actor classes seen in real news: places, modifiers, names glued to titles, brands, teams, acronyms."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2026, 3, 11)


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    x = extract_document(Document(text, PUB))
    return {a.name: (a.kind.value, a.role) for a in x.actors}


def test_streets_jails_and_counties_are_places() -> None:
    got = _actors("Deputies blocked off Maple Drive near the Lakeview Gardens subdivision. The man was booked into "
                  "the Harlan County Jail. St. Tammany Sheriff Dana Whitfield said no one was hurt.")
    assert set(got) == {"Dana Whitfield"}
    assert got["Dana Whitfield"][1] is not None


def test_a_country_that_only_qualifies_a_noun_is_no_actor() -> None:
    got = _actors("A U.S. shipping company reported a loss on Monday. The bill overhauls U.S. tax law, "
                  "a U.S. District Judge said in a ruling.")
    assert "United States" not in got


def test_a_country_that_acts_stays() -> None:
    assert "United States" in _actors("U.S. officials said the talks would resume. The U.S. imposed new tariffs.")


def test_titles_places_and_parties_around_names() -> None:
    got = _actors("Senate Majority Leader Ruth Calder of Vermont spoke first. \"We will not wait,\" said "
                  "Democratic Sen. Paul Orwin. Syrian President Bashar al-Assad met King Charles III and "
                  "Crown Prince Faisal bin Nasser.")
    assert got["Ruth Calder"] == ("person", "Senate Majority Leader")
    for name in ("Paul Orwin", "Bashar al-Assad", "Charles III", "Faisal bin Nasser"):
        assert got[name][0] == "person", name
    assert not {"Democratic", "Vermont", "Syrian President Bashar"} & set(got)


def test_a_surname_that_is_also_a_place_word() -> None:
    text = "Mayor Linda Park opened the session. \"We are ready,\" Park said. Crowds filled City Hall."
    x = extract_document(Document(text, PUB))
    assert [a.name for a in x.actors] == ["Linda Park"]
    assert x.quotes[0].speakers == ("Linda Park",)


def test_a_title_with_its_field_is_no_name() -> None:
    got = _actors("The Minister for Information, Hon. Kwame Asare, met the Deputy Science Director Mary Oduya.")
    assert set(got) == {"Kwame Asare", "Mary Oduya"}


def test_brands_teams_firms_and_agencies_are_organisations() -> None:
    got = _actors("BlackBerry posted a loss. The Denver Nuggets beat the Phoenix Suns. The law firm Jenner & Block "
                  "sued, and NASA's telescope found a planet. Shares of Amazon.com rose.")
    for name in ("BlackBerry", "Denver Nuggets", "Phoenix Suns", "Jenner & Block", "Amazon.com"):
        assert got[name][0] == "organization", name
    assert got["NASA"][0] == "institution"


def test_soft_hyphen_inside_a_name() -> None:
    got = _actors("\"It is over,\" said Gov. Marga\u00adret Olsen on Monday.")
    assert "Margaret Olsen" in got


def test_names_that_carry_a_country_a_connector_or_an_opening_adjective() -> None:
    got = _actors("The U.S. Food and Drug Administration approved the drug. The Chamber of Deputies of Peru voted. "
                  "Former New Jersey Assembly Speaker Tom Reyes spoke at the All Wales Club.")
    assert got["U.S. Food and Drug Administration"][0] == "institution"
    assert got["Peru"][0] == "country"
    assert "New Jersey Assembly" in got and "Jersey Assembly" not in got
    assert "All Wales Club" in got


def test_adjectives_made_of_names_tickers_and_secondary_titles() -> None:
    got = _actors("Shares of Velmora (VLMR.O) rose after a Lincoln-esque speech. Labor Undersecretary Ann Cole "
                  "joined the call.")
    assert got["Velmora"][0] == "organization"
    assert not any(name.endswith("esque") for name in got)
    assert got["Ann Cole"] == ("person", "Labor Undersecretary")


def test_fields_of_titles_and_rankings_are_no_names() -> None:
    got = _actors("Mara Velez, Professor of Geology and Marine Science, spoke. World No2 Tomas Berg won. "
                  "Ana Ruiz, secretary of Homeland Security, agreed.")
    assert not {"Marine Science", "Geology", "Homeland Security", "World No2 Tomas Berg"} & set(got)
    assert {"Mara Velez", "Tomas Berg", "Ana Ruiz"} <= set(got)
