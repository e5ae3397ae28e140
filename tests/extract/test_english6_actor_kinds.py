"""English actors, round 6 (actor typing): names that business and sports copy shows to be companies or teams."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2026, 5, 4)


def _actors(text: str) -> dict[str, str]:
    return {a.name: str(a.kind) for a in extract_document(Document(text, PUB)).actors}


def test_a_one_word_firm_that_beats_or_misses_estimates_is_a_company() -> None:
    got = _actors("After the bell, Quillmark beat analysts' estimates, while Orinoco missed revenue forecasts. "
                  "Orinoco said it would hire fewer people next year.")
    assert got.get("Quillmark") == "organization"
    assert got.get("Orinoco") == "organization"  # also a river: the earnings make it a firm


def test_firms_listed_before_an_earnings_verb_are_companies() -> None:
    got = _actors("Late on Tuesday, Brightwell, Kestrel Systems, nodeWorks and Tavira topped estimates, "
                  "and Lumeo Data and Pellworth warned.")
    assert {got.get(n) for n in ("Brightwell", "Kestrel Systems", "Tavira")} == {"organization"}


def test_shares_of_a_firm_and_a_firm_s_stock() -> None:
    got = _actors("Shares of Dunmore rose 4% on Friday. Halvik's shares fell after the report.")
    assert got.get("Dunmore") == "organization"
    assert got.get("Halvik") == "organization"


def test_both_sides_of_a_result_line_are_teams() -> None:
    text = ("Round-up of the weekend's games.\n\nRedbridge Rovers 2-0 Ashcombe\n\n"
            "Tom Ellery: \"We kept our shape and took our chances.\"\n\nFalmouth 3-3 Kingsmoor Athletic\n\n"
            "Dan Price: \"A point is fair.\"\n")
    got = _actors(text)
    assert {got.get(n) for n in ("Redbridge Rovers", "Ashcombe", "Falmouth", "Kingsmoor Athletic")} == {
        "organization"}
    assert got.get("Tom Ellery") == "person"


def test_a_person_who_beats_a_rival_stays_a_person() -> None:
    got = _actors("Maria Oberg beat Lena Stahl in straight sets, Oberg said after the match.")
    assert got.get("Maria Oberg") == "person"


def test_headings_and_labels_are_no_people() -> None:
    text = ("Harlow Freight Inc. Results Sheet\n\nRevenue: Rose 8% to $12 million.\n\n"
            "Looking Ahead: The company expects a slower winter.\n\n"
            "Actual vs. Street Expectations: Adjusted Operating Income came in above estimates.\n")
    got = _actors(text)
    assert not [n for n, k in got.items() if k == "person"], got


def test_a_group_named_by_a_plural_acronym_is_no_person() -> None:
    got = _actors("Republican AGs filed a brief on Monday, said Ruth Kaplan, who leads the coalition.")
    assert "Republican AGs" not in got
    assert got.get("Ruth Kaplan") == "person"


def test_a_name_in_quotation_marks_is_a_thing() -> None:
    got = _actors('The city charges a "Curbside Access Charge" on ride-hailing trips, Mayor Ann Dorsey said.')
    assert "Curbside Access Charge" not in got
    assert got.get("Ann Dorsey") == "person"


def test_people_whose_names_look_like_words_stay_people() -> None:
    got = _actors("Channing Reed and Sterling Marsh met Kim Fleming on Monday, Reed said.")
    assert {got.get("Channing Reed"), got.get("Kim Fleming")} == {"person"}


def test_a_court_named_for_its_circuit_or_district_keeps_its_whole_name() -> None:
    got = _actors("The U.S. Court of Appeals for the Ninth Circuit reversed the U.S. District Court for the "
                  "Western District of Texas on Friday.")
    assert "U.S. Court of Appeals for the Ninth Circuit" in got
    assert "U.S. District Court for the Western District of Texas" in got
    assert "U.S. Court of Appeals" not in got


def test_the_outlets_credited_after_the_dateline_are_no_actors() -> None:
    text = ("OSLO/HELSINKI (Nordic Wire / Baltic News - 2 May, 2026) Finnish Prime Minister "
            "Aino Lehto met her Norwegian counterpart on Monday, the Finnish government said.")
    got = _actors(text)
    assert "Nordic Wire" not in got and "Baltic News" not in got
    assert got.get("Aino Lehto") == "person"


def test_a_province_before_a_title_is_where_the_office_is() -> None:
    got = _actors("“We agreed on roads,” said Saskatchewan Premier Lorna Hale, who hosted the meeting.")
    assert "Saskatchewan" not in got
    assert got.get("Lorna Hale") == "person"


def test_the_people_of_a_country_are_no_person() -> None:
    got = _actors("Many Ugandans said the fare rise was unfair. Peruvians voted on Sunday, a Kenyan said.")
    assert not [n for n, k in got.items() if k == "person"], got


def test_a_place_after_a_preposition_does_not_speak() -> None:
    got = _actors("A strong quake shook the coast on Sunday, officials on Maui said.")
    assert "Maui" not in got


def test_a_one_word_firm_that_signs_a_deal_is_a_company_but_a_buyer_named_in_full_stays_a_person() -> None:
    got = _actors("Halden announced Monday, June 2, it has signed a definitive agreement to acquire Corvel "
                  "Materials. Separately, Dana Whitlock agreed to buy a stake; Whitlock agreed to pay cash.")
    assert got.get("Halden") == "organization"
    assert got.get("Corvel Materials") == "organization"
    assert got.get("Dana Whitlock") == "person"


def test_parties_listed_before_their_common_noun_are_organisations() -> None:
    got = _actors("Signing the pact were Sun Rising, Narek, Blue Wave and Kalpa parties, officials said.")
    assert {got.get(n) for n in ("Sun Rising", "Narek", "Blue Wave", "Kalpa")} == {"organization"}


def test_a_name_listed_among_banks_is_a_bank() -> None:
    got = _actors("The loan comes from Nordland Savings Bank, Ferro Vance Lambert, and Atlantic Trust Bank.")
    assert got.get("Ferro Vance Lambert") == "organization"


def test_a_firm_opened_by_an_acronym_and_a_person_opened_by_initials() -> None:
    got = _actors("Funding came from KVB Allianz Partners. The decision was like ‘TR Wickrama removing the "
                  "judge,’ said G Ramanathan of the Tamil Unity Front.")
    assert got.get("KVB Allianz Partners") == "organization"
    assert got.get("TR Wickrama") == "person"
    assert got.get("G Ramanathan") == "person"
    assert got.get("Tamil Unity Front") == "organization"


def test_the_leader_of_a_party_is_a_title_and_a_party() -> None:
    got = _actors("Leader of Green Dawn Party, Noor Hassan said on Monday that talks would go on.")
    assert got.get("Green Dawn Party") == "organization"
    assert not [n for n in got if n.startswith("Leader")]


def test_dollars_marked_us_are_no_country_and_instruments_are_no_actors() -> None:
    got = _actors("Halden will pay US$53 a share. Astronomers used the Cerro Tolo Spectrograph and the Vela Array "
                  "to study the Lyra Galaxies near the Hollis Basin.")
    assert "United States" not in got
    assert not got, got


def test_an_organisation_s_short_name_is_an_alias() -> None:
    text = ("Halvard Petroleum Corporation agreed to buy Tessin Natural Resources. Tessin shareholders will "
            "receive shares of HalvardPetroleum. The Boston Gulls beat the Newark Rays; the Gulls led all night. "
            "The Congressional Budget Office and Congress disagreed.")
    got = _actors(text)
    assert "Tessin" not in got and "Gulls" not in got
    assert "Tessin Natural Resources" in got and "Boston Gulls" in got
    assert "Congress" in got


def test_outlets_named_by_what_they_do_and_an_arena_where_a_game_was_played() -> None:
    text = ("The teams met in Harbor Center on Friday. Researchers at the Lund Policy Center said attendance fell, "
            "the Clarion newspaper reported. The fan's mother told CNN affiliate KWTX that he was safe.")
    got = _actors(text)
    assert "Harbor Center" not in got
    assert got.get("Lund Policy Center") == "organization"
    assert got.get("Clarion") == "organization"
    assert got.get("KWTX") == "organization"


def test_bidders_and_firms_described_in_apposition_are_companies() -> None:
    text = ("The winning bid from Cedar Ridge of Hays came in under the estimate, and the city got a second bid "
            "from KTR Nebraska. Harlan-Moss, a subsidiary of a grain group, was sued in 2019.")
    got = _actors(text)
    assert got.get("Cedar Ridge") == "organization"
    assert got.get("KTR Nebraska") == "organization"
    assert got.get("Harlan-Moss") == "organization"


def test_grants_programmes_and_streets_are_no_people_but_a_mr_grant_is() -> None:
    text = ("Mill Street will be repaved this spring. Project Horizon pays for tutors, and the Rural Roads "
            "Improvement Grant pays for the rest, council member Ada Grant said.")
    got = _actors(text)
    assert not [n for n in got if "Street" in n or "Project" in n or "Improvement" in n], got
    assert got.get("Ada Grant") == "person"


def test_a_country_named_only_as_where_people_and_firms_come_from_is_no_actor() -> None:
    text = ("Norway´s Ola Berg beat Chile's third-seeded Tomas Vidal on Sunday. Canada's Marlow Foods Ltd posted a "
            "loss. The quake struck 30 miles east of Tumbes, Peru, and was felt in southern Ecuador.")
    got = _actors(text)
    assert not [n for n, k in got.items() if k == "country"], got
    assert got.get("Ola Berg") == "person" and got.get("Marlow Foods Ltd") == "organization"


def test_a_country_whose_body_or_leader_acts_stays_an_actor() -> None:
    got = _actors("Paraguay's Senate approved the treaty on Monday, and ministers of Chile, Peru and Bolivia met.")
    assert {got.get("Paraguay"), got.get("Peru")} == {"country"}
