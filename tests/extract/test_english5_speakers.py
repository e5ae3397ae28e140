"""Speakers behind capitalised offices, Commonwealth honorifics and titles, and descriptions of earlier speakers."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2026, 5, 14)


def _speakers(text: str, opening: str, nth: int = 0) -> list[str]:
    x = extract_document(Document(text, PUB))
    found = [q for q in x.quotes if q.text.startswith(opening)]
    assert len(found) > nth, [q.text for q in x.quotes]
    return list(found[nth].speakers)


def test_a_capitalised_office_beside_a_name_is_no_person() -> None:
    text = ("The State Police Public Relations Officer, Amaka Obi, gave the figures in a statement on Friday.\n\n"
            "She said: \"Nine of the vehicles were found in a warehouse.\n\n"
            "\"The owners will be contacted this week.\"")
    x = extract_document(Document(text, PUB))
    assert not any("Officer" in a.name for a in x.actors)
    assert _speakers(text, "Nine of the") == ["Amaka Obi"]
    assert _speakers(text, "The owners") == ["Amaka Obi"]


def test_a_councillor_honorific_is_not_part_of_the_name() -> None:
    text = ("Lord Mayor Hugh Tanner opened the new library on Monday.\n\n"
            "Cr Tanner said the building had come in under budget.\n\n"
            "\"It is the best money this council has spent in years,\" the lord mayor said.")
    x = extract_document(Document(text, PUB))
    assert not any(a.name.startswith("Cr ") for a in x.actors)
    assert _speakers(text, "It is the best") == ["Hugh Tanner"]


def test_the_premier_is_the_person_in_focus_not_a_possessor_before() -> None:
    text = ("Premier Rhys Caldwell announced the new stadium site on Tuesday.\n\n"
            "Cr Doyle' absence from the event was noticed.\n\n"
            "But the premier said leaving him out was \"standard procedure\" for a state project.")
    assert _speakers(text, "standard procedure") == ["Rhys Caldwell"]


def test_a_possessor_ending_in_s_apostrophe_is_not_the_subject() -> None:
    text = ("Ana Ruiz spoke to reporters at the port on Monday.\n\n"
            "Tom Burgess' office had cancelled the visit.\n\n"
            "\"We will come back next month,\" she said.")
    assert _speakers(text, "We will come back") == ["Ana Ruiz"]


def test_a_speech_word_used_as_an_adjective_is_no_verb() -> None:
    text = ("\"The council has done nothing wrong,\" state party spokesman Ravi Menon told reporters after the "
            "meeting.")
    assert _speakers(text, "The council") == ["Ravi Menon"]


def test_a_described_speaker_is_the_person_just_named_as_subject() -> None:
    text = ("\"We will appeal,\" said Carla Deane, the council's lawyer.\n\n"
            "Opposition leader Dana Whitfield said in a statement that the plan had been rushed.\n\n"
            "\"The figures do not add up and the residents were never asked,\" said the Labour MP for Northfield.")
    assert _speakers(text, "The figures") == ["Dana Whitfield"]


def test_the_pronoun_subject_of_a_relative_clause_speaks() -> None:
    text = ("Dock workers' leader Joseph Kamau has vowed what he called a \"complete shutdown of the port\" unless "
            "wages rise.\n\n"
            "Abena Mensah blamed rising rents, which she said were \"pushing families out\" of the city.")
    assert _speakers(text, "complete shutdown") == ["Joseph Kamau"]
    assert _speakers(text, "pushing families") == ["Abena Mensah"]


def test_a_partial_quote_in_a_statement_someone_issued_is_theirs() -> None:
    text = "Senator Paul Okoro issued a statement on Monday welcoming the court \"ruling\" on the mines."
    assert _speakers(text, "ruling") == ["Paul Okoro"]


def test_a_long_quote_after_a_quote_in_the_same_paragraph_runs_on() -> None:
    text = ("\"We wrote to the minister twice,\" said Grace Okafor. Among their demands are \"a pay rise, safer "
            "wards and more staff on night shifts.\"\n\n"
            "The game was also released as \"Night Shift\" last year.")
    assert _speakers(text, "a pay rise") == ["Grace Okafor"]
    assert _speakers(text, "Night Shift") == []


def test_a_quoted_nickname_inside_a_name_has_no_speaker() -> None:
    text = ("Prosecutor Dana Holt said the conviction of Victor \"The Ghost\" Salas was \"long overdue\".")
    assert _speakers(text, "The Ghost") == []
    assert _speakers(text, "long overdue") == ["Dana Holt"]


def test_two_titles_joined_by_and_stand_between_a_company_and_its_officer() -> None:
    text = ("\"We are adding a night shift at the plant,\" Norcom chairman and CEO Ruth Abara said in a statement.")
    assert _speakers(text, "We are adding") == ["Ruth Abara"]


def test_a_quote_left_open_runs_on_through_an_unmarked_paragraph() -> None:
    text = ("Coach Marco Llorente spoke about the squad before the match against Chile:\n\n"
            "\"The keeper will be Tomas. He trained well all week and he deserves it.\n\n"
            "We train once more today if the weather allows it, then we decide the rest.\n\n"
            "\"I will not change the plan, we go to Chile to win.\"")
    assert _speakers(text, "I will not change") == ["Marco Llorente"]


def test_a_quoted_title_or_brand_is_no_ones_words() -> None:
    text = ("In the quarter the studio released \"Star Harbor II,\" chief executive Mia Lund said in a statement. "
            "Finance chief Omar Reyes said \"NFL\" had stayed \"a steady seller.\"\n\n"
            "Mayor Joan Pike called the plan a \"Fresh Start\" for the district.")
    assert _speakers(text, "Star Harbor") == []
    assert _speakers(text, "NFL") == []
    assert _speakers(text, "a steady seller") == ["Omar Reyes"]
    assert _speakers(text, "Fresh Start") == ["Joan Pike"]


def test_a_one_word_party_speaks_as_an_organisation() -> None:
    text = ("Labour has warned that the new rules will bring a \"postcode lottery\" for patients.\n\n"
            "The Tories said the rules were \"long overdue\".")
    x = extract_document(Document(text, PUB))
    kinds = {a.name: a.kind.value for a in x.actors}
    assert kinds.get("Labour") == "organization" and kinds.get("Tories") == "organization"
    assert _speakers(text, "postcode lottery") == ["Labour"]


def test_an_unnamed_lawyer_is_the_person_who_adds_in_the_next_sentence() -> None:
    text = ("Marta Ilves was convicted on all counts on Friday.\n\n"
            "A defense lawyer says the verdict is \"a disgrace.\" But Pavel Sorokin adds the team will "
            "\"keep fighting\" on appeal.")
    assert _speakers(text, "a disgrace") == ["Pavel Sorokin"]
    assert _speakers(text, "keep fighting") == ["Pavel Sorokin"]


def test_a_quote_only_paragraph_after_a_paraphrase_is_the_paraphrased_speaker() -> None:
    text = ("Lena Ostrova, who chairs the tenants' association, said the rent rules would fail.\n\n"
            "\"Nobody on this street can pay twice as much by spring.\"")
    assert _speakers(text, "Nobody on this street") == ["Lena Ostrova"]


def test_an_honorific_makes_a_lone_surname_a_person() -> None:
    text = "Mr. Adeyemi, 61, said: \"I will not step down.\""
    assert _speakers(text, "I will not") == ["Adeyemi"]


def test_a_federal_minister_for_a_domain_is_a_title() -> None:
    text = "Federal Minister for Planning Hassan Qureshi said the loan talks were \"nearly done\"."
    assert _speakers(text, "nearly done") == ["Hassan Qureshi"]


def test_a_firm_a_spokesperson_speaks_for_speaks() -> None:
    text = ("\"Every store will reopen on Monday,\" a spokeswoman for Brinkley said.\n\n"
            "\"The recall is voluntary,\" said a Korvan spokesman.\n\n"
            "Ana Rogers, the owner, declined to comment. A spokesperson for Rogers said it was \"too early\".")
    x = extract_document(Document(text, PUB))
    kinds = {a.name: a.kind.value for a in x.actors}
    assert kinds.get("Brinkley") == "organization" and kinds.get("Korvan") == "organization"
    assert _speakers(text, "Every store") == ["Brinkley"]
    assert _speakers(text, "The recall") == ["Korvan"]
    assert kinds.get("Ana Rogers") == "person"


def test_a_lone_first_name_is_the_one_person_so_named() -> None:
    text = ("Captain Arjun Mehta spoke after the win in Durban. Arjun praised the bowlers.\n\n"
            "\"It is one of our best wins,\" the exhausted skipper said at the end of the shortest Test match in "
            "years.")
    x = extract_document(Document(text, PUB))
    assert [a.name for a in x.actors if a.kind.value == "person"] == ["Arjun Mehta"]
    assert _speakers(text, "It is one of") == ["Arjun Mehta"]


def test_a_sheriffs_office_post_speaks_for_the_office() -> None:
    text = ("The Dunmore County Sheriff's Office said a deputy was hurt on Friday.\n\n"
            "In a post on its website, the sheriff's office said deputies \"arrived at the farm shortly after "
            "midnight.\"\n\n"
            "\"The suspect fired at the deputies,\" the post continued, and one deputy was \"hit in the arm.\"")
    office = ["Dunmore County Sheriff's Office"]
    assert _speakers(text, "arrived at the farm") == office
    assert _speakers(text, "The suspect fired") == office
    assert _speakers(text, "hit in the arm") == office


def test_words_a_release_quotes_are_the_person_who_said_them() -> None:
    text = ("Officers arrested Dale Pruitt on Sunday.\n\n"
            "Pruitt told officers \"he had a knife and would use it,\" the release states.")
    assert _speakers(text, "he had a knife") == ["Dale Pruitt"]


def test_a_quote_after_a_sentence_naming_two_people_is_its_subjects() -> None:
    text = ("Health Minister Rosa Quint said she had to leave early.\n\n"
            "\"I have given my report and I ask to be excused.\"\n\n"
            "Opposition whip Tobias Renn objected at once and tried to hold Quint to account. \"This is wrong. "
            "The minister must answer our questions.\"")
    assert _speakers(text, "This is wrong") == ["Tobias Renn"]


def test_the_subject_of_a_main_clause_after_a_leading_while_clause_is_in_focus() -> None:
    text = ("While Pieter Dlamini, Anna Botha and Sipho Nkosi all replied to the members, only Thandi Mokoena "
            "answered the question about the empty benches.\n\n"
            "\"No one stayed away out of disrespect,\" she said.")
    assert _speakers(text, "No one stayed") == ["Thandi Mokoena"]


def test_a_shout_from_a_group_is_not_the_last_speakers() -> None:
    text = ("\"I am not that minister,\" said Lindiwe Mabaso.\n\n"
            "\"Sit down!\" shouted some opposition members, their name for the bench she sat on.")
    assert _speakers(text, "Sit down") == []


def test_partial_quotes_after_according_to_a_complaint_are_the_plaintiffs() -> None:
    text = ("AirVane sued Norlex Inc. for \"reckless and false claims\" about its filters.\n\n"
            "The cause of the product recall, according to AirVane's complaint, was a foam that is \"known to "
            "crumble in heat\" and \"releases fumes from day one.\"")
    assert _speakers(text, "reckless and false") == ["AirVane"]
    assert _speakers(text, "known to crumble") == ["AirVane"]
    assert _speakers(text, "releases fumes") == ["AirVane"]


def test_a_one_word_firm_with_franchisees_speaks_as_a_company() -> None:
    text = ("A lawsuit against Burgerly over its beef patties was dismissed on Monday.\n\n"
            "Burgerly welcomed the ruling, maintaining that its beef is \"100% real\". Burgerly franchisees had "
            "lost sales during the case.\n\n"
            "The company stated, \"The claims were always baseless.\"")
    x = extract_document(Document(text, PUB))
    assert {a.name: a.kind.value for a in x.actors}.get("Burgerly") == "organization"
    assert _speakers(text, "100% real") == ["Burgerly"]
    assert _speakers(text, "The claims were") == ["Burgerly"]


def test_typed_single_quotes_are_quotes_and_apostrophes_are_not() -> None:
    text = ("Mayor calls the budget 'a betrayal' of the town's workers\n\n"
            "Mayor Ruth Okafor said the workers' pay freeze was 'a betrayal'.")
    x = extract_document(Document(text, PUB, body_start=text.index("Mayor Ruth")))
    assert [q.text for q in x.quotes] == ["a betrayal", "a betrayal"]
    assert _speakers(text, "a betrayal", 1) == ["Ruth Okafor"]


def test_a_standfirst_repeating_a_later_quote_has_its_speaker() -> None:
    text = ("'We give it back when something pokes us, and we give it back better.'\n\n"
            "Captain Dev Malhotra described the series as his side's best.\n\n"
            "\"We give it back when something pokes us, and we give it back better. Nobody likes it,\" Malhotra "
            "told reporters.")
    assert _speakers(text, "We give it back") == ["Dev Malhotra"]
    assert _speakers(text, "We give it back", 1) == ["Dev Malhotra"]


def test_a_statement_heading_names_who_speaks_in_the_quotes_below_it() -> None:
    text = ("Statement from Oren Vaszary spokesperson for Green Leader Ida Lund\n\n"
            "\"It is a pity the minister sent her claim to the press first.\n\n"
            "\"We will answer it in court, and quickly.\"")
    assert _speakers(text, "It is a pity") == ["Oren Vaszary"]
    assert _speakers(text, "We will answer") == ["Oren Vaszary"]


def test_with_x_saying_makes_x_the_speaker() -> None:
    text = ("Premier Rhys Caldwell and opposition leader Mara Quinn clashed again in the chamber on Tuesday, with "
            "the premier saying:\n\n"
            "\"I learned something about you yesterday that I will not forget.\"")
    assert _speakers(text, "I learned something") == ["Rhys Caldwell"]


def test_a_description_then_the_name_in_apposition_speaks() -> None:
    text = ("\"Our borders are safer than they were,\" the Minister of Information, Mr Yaw Boateng, said on "
            "Tuesday.")
    assert _speakers(text, "Our borders") == ["Yaw Boateng"]


def test_the_object_of_a_preposition_is_not_the_next_pronouns_antecedent() -> None:
    text = ("Speaking in an interview with Radio Gold's Kofi Mensah on Friday, Mr. Yaw Boateng said the cases were "
            "\"real\".\n\n"
            "He added: \"Nobody should joke with this.\"\n\n"
            "The Information Minister explained that \"the patients came through the airport\".")
    assert _speakers(text, "Nobody should joke") == ["Yaw Boateng"]
    assert _speakers(text, "the patients came") == ["Yaw Boateng"]


def test_a_thing_or_an_unnamed_someone_after_the_quote_stops_a_run_of_quotes() -> None:
    text = ("\"We have the meeting open to the public,\" Ms. Hale said.\n\n"
            "\"Not true,\" replied Ms. Ortiz.\n\n"
            "\"Parents wanted to know when schools reopen and nobody told them,\" the petition stated. \"There has "
            "been no word from the board for months.\"")
    assert _speakers(text, "Not true") == ["Ortiz"]
    assert _speakers(text, "Parents wanted") == []
    assert _speakers(text, "There has been") == []


def test_a_quote_left_open_takes_the_speaker_of_the_paragraph_it_runs_into() -> None:
    text = ("The minister thanked the churches and the press for their help.\n\n"
            "\"In particular we thank the bishops and the imams for keeping the new rules.\n\n"
            "\"We also thank the journalists across the country for their support,\" Yaw Boateng said.")
    assert _speakers(text, "In particular") == ["Yaw Boateng"]


def test_the_board_is_the_one_board_named_even_inside_a_quote() -> None:
    text = ("\"The Board of Education admits that Tuesday's meeting was not our finest hour,\" the board said in a "
            "message posted on Thursday.")
    assert _speakers(text, "The Board of Education") == ["Board of Education"]


def test_a_single_quote_opening_a_paragraph_runs_on_and_a_theme_is_no_ones() -> None:
    text = ("Dr Esi Owusu said health was the wealth of a nation, saying, 'the wealth of a nation is its health.'\n\n"
            "Dr Owusu, speaking in Accra on the theme: 'Health for All', said the state must act.\n\n"
            "'If health becomes a priority, development is centred on people and the country grows with them.\n\n"
            "So we need healthy people,' she stated.")
    assert _speakers(text, "Health for All") == []
    assert _speakers(text, "If health becomes") == ["Esi Owusu"]
