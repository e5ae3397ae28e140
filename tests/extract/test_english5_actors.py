"""English actors, round 5: sites, models, bodies glued to names, acronym-ended companies, Spanish place articles."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2026, 3, 11)


def _actors(text: str) -> dict[str, str]:
    return {a.name: str(a.kind) for a in extract_document(Document(text, PUB)).actors}


@pytest.mark.parametrize("text", [
    "The suspect was taken to the Harold P. Simmons Detention Center on Monday.",
    "A Vega VI rocket lifted off on Monday; a Perseus IV satellite rode on top.",
    "The rocket launched from Launch Complex 12 at dawn.",
    "Mourners gathered at the Our Lady of Mercy Church overlooking Las Palmeras.",
])
def test_sites_and_models_are_no_actors(text: str) -> None:
    assert not [n for n, k in _actors(text).items() if k in ("person", "organization", "institution")]


def test_a_body_glued_to_a_minister_s_name_is_his_affiliation() -> None:
    text = ("Speaking today, Minister for Coastal Development, Fisheries and Local Government Tomas Reyes opened "
            "the new harbour.")
    got = _actors(text)
    assert got.get("Tomas Reyes") == "person"
    assert "Coastal Development" not in got
    assert not [n for n in got if n.endswith("Tomas Reyes") and n != "Tomas Reyes"]


def test_companies_with_acronym_or_capital_tails() -> None:
    text = "Northrop ATK built the engine, and the satellite rode on a rocket built by HelioX for the agency."
    got = _actors(text)
    assert got.get("Northrop ATK") == "organization"
    assert got.get("HelioX") == "organization"


def test_a_regnal_number_still_names_a_person() -> None:
    assert _actors("King Charles III visited the harbour on Monday.").get("Charles III") == "person"


def test_single_words_listed_beside_a_company_are_companies() -> None:
    got = _actors("Ford, Toyota Motor Corp. and Hyundai have all announced new plants in Ohio on Monday.")
    assert {got.get("Ford"), got.get("Hyundai")} == {"organization"}


def test_a_trust_is_an_organisation() -> None:
    assert _actors("A further grant will go to the Coastal Action Trust to restore dunes.").get(
        "Coastal Action Trust") == "organization"


def test_the_fed_is_an_institution() -> None:
    got = _actors("The Fed raised rates again on Wednesday, Fed Chair Ana Ruiz said.")
    assert got.get("Fed") == "institution"
    assert got.get("Ana Ruiz") == "person"


def test_a_building_and_a_dateline_credit_are_no_actors() -> None:
    text = ("Lima (ANP) – The council leases the former Riverside Police Department building as offices, "
            "Mayor Ana Ruiz said on Monday.")
    got = _actors(text)
    assert "Riverside Police Department" not in got and "Lima" not in got


def test_a_plural_nickname_after_the_is_a_team() -> None:
    got = _actors("The Harbour Stags beat the Foxes 4-0 on Saturday, coach Ana Ruiz said.")
    assert got.get("Harbour Stags") == "organization"
    assert got.get("Foxes") == "organization"


def test_players_categories_are_no_people() -> None:
    assert "Age Women" not in _actors("The club won the All Age Women's trophy on Saturday, Ana Ruiz said.")


def test_models_regions_and_place_acronyms_are_no_actors() -> None:
    text = ("Police stopped a 2004 Toyota Corolla in West Ohio, and the youngest Boston WTA finalist, Ana Ruiz, "
            "waved.")
    got = _actors(text)
    assert "Toyota Corolla" not in got and "West Ohio" not in got and "Boston WTA" not in got


def test_an_agency_credit_without_a_dash_is_no_actor() -> None:
    assert "Singapore" not in _actors("SINGAPORE (AP) Ana Ruiz won the title on Sunday.")


def test_a_grocery_is_a_business() -> None:
    assert _actors("A clerk at Lakeside Grocery was robbed on Monday.").get("Lakeside Grocery") == "organization"


def test_a_quoted_nickname_inside_a_name() -> None:
    got = _actors("The clerk was robbed on Monday, Police Chief Maria “Lefty” Ortega said.")
    assert got.get("Maria Ortega") == "person"
    assert "Maria" not in got and "Police" not in got
