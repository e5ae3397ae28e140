"""Speakers under a name heading, and the subject of a participle clause that follows a partial quote."""

from __future__ import annotations

import datetime as dt

from sofa_desktop.extract import Document, extract_document

PUB = dt.date(2026, 6, 2)


def _speakers(text: str, opening: str, nth: int = 0) -> list[str]:
    x = extract_document(Document(text, PUB))
    found = [q for q in x.quotes if q.text.startswith(opening)]
    assert len(found) > nth, [q.text for q in x.quotes]
    return list(found[nth].speakers)


def test_quote_paragraphs_under_a_name_line_belong_to_that_name() -> None:
    text = ("Reactions from the managers after the weekend's games.\n\n"
            "Hilda Marsh\n\n"
            "\"We controlled the first half and then lost our shape.\n\n"
            "\"The second goal was a gift, but we will learn from it.\"\n\n"
            "Owen Pryce (Riverside)\n\n"
            "\"Three points on the road is all that matters today.\"")
    assert _speakers(text, "We controlled") == ["Hilda Marsh"]
    assert _speakers(text, "The second goal") == ["Hilda Marsh"]
    assert _speakers(text, "Three points") == ["Owen Pryce"]


def test_a_name_line_with_a_title_and_a_description_heads_the_quote() -> None:
    text = ("Health officials gave an update on the outbreak on Tuesday.\n"
            "Dr. Lena Orwell, Director of Public Health\n"
            "\u201cWe have sent forty samples to the laboratory and two came back positive.\u201d")
    assert _speakers(text, "We have sent") == ["Lena Orwell"]


def test_a_sentence_line_before_a_quote_is_no_heading() -> None:
    text = ("Mara Quist left the court without a word.\n\n"
            "\"Nobody here expected this verdict.\"")
    x = extract_document(Document(text, PUB))
    assert all(q.how != "heading" for q in x.quotes)


def test_the_subject_of_a_participle_after_a_partial_quote_is_the_main_subject() -> None:
    text = ("Inspector Dana Holt, who led the search, has told the local paper of her \u2018utter relief\u2019 at "
            "finding Tom Reyes's brother alive, saying she would \u2018always remember\u2019 the call.")
    assert _speakers(text, "utter relief") == ["Dana Holt"]


def test_a_dotted_province_before_a_title_does_not_end_the_sentence() -> None:
    text = ("\u201cWe need a national plan for the ports,\u201d said N.S. Premier Tim Hollis after the meeting.")
    assert _speakers(text, "We need a national") == ["Tim Hollis"]


def test_the_person_after_a_possessive_body_and_a_title_speaks() -> None:
    text = ("The ruling Farmers and Workers Alliance (FWA) lost most of its seats.\n\n"
            "\"We lost,\" FWA's acting chairman Min Thu told reporters.")
    assert _speakers(text, "We lost") == ["Min Thu"]


def test_an_opening_mark_after_the_closing_comma_closes_the_quote() -> None:
    text = "\u201cThe roof went first. The walls held up well, \u201cCaptain Ivo Brandt said."
    assert _speakers(text, "The roof went first") == ["Ivo Brandt"]


def test_a_two_word_field_of_a_minister_is_not_part_of_the_name() -> None:
    x = extract_document(Document("Minister for Rural Development Moira Quinlan opened the depot on Friday.", PUB))
    assert "Moira Quinlan" in {a.name for a in x.actors}, [a.name for a in x.actors]


def test_a_programme_after_a_broadcasters_possessive_is_no_ones_quote() -> None:
    text = "\"We will not budge,\" the minister, Ada Kerr, told KRT's \"Early Edition\"."
    assert _speakers(text, "Early Edition") == []


def test_quote_paragraphs_after_a_crosshead_go_on_with_the_speaker_before_it() -> None:
    text = ("Ms Ada Kerr told the radio station the plan was dead.\n\n"
            "Budget talks\n\n"
            "\u201cThey took credit for everything in the bill and then walked away from it.\u201d")
    assert _speakers(text, "They took credit") == ["Ada Kerr"]


def test_an_office_in_apposition_before_the_honorific_gives_the_person_the_role() -> None:
    text = ("The Premier, Mr Colm Brody, refused to answer. Earlier the Greens leader, Mr Piet Lund, asked him to "
            "explain.\n\n"
            "The Premier said private talks had to stay private.\n\n"
            "\"I do not make a habit of making private discussions public.\"")
    assert _speakers(text, "I do not make a habit") == ["Colm Brody"]


def test_a_question_that_ends_a_sentence_is_attributed_in_the_next_one() -> None:
    text = "\"Can we draw any inference from his silence?\" Ms Tolland asked. The minister did not reply."
    assert _speakers(text, "Can we draw") == ["Tolland"]


def test_he_after_a_quote_is_not_someone_named_inside_it() -> None:
    text = ("But Premier Hal Rourke says he is not bothered.\n\n"
            "The Premier also confirmed that he had spoken to treasurer Ben Ossory about his health.\n\n"
            "\"I'm very happy with Ben Ossory, he has been a real anchor to this government,\" he said.")
    assert _speakers(text, "I'm very happy") == ["Hal Rourke"]


def test_the_accused_is_not_the_speaker_of_an_accusation() -> None:
    text = "Mayor Tilde Baum has been accused of making a \u201cserious blunder\u201d over the tender."
    assert _speakers(text, "serious blunder") == []


def test_a_possessor_of_lawyers_is_not_their_voice_and_a_modifier_name_is_no_subject() -> None:
    text = ("Kell's attorneys have fired back, urging the court to \"reject the prosecution's request.\" Meanwhile, "
            "Kell trial juror Nora Vance has asked the committee to look into what she calls \"a threat to the jury.\"")
    assert _speakers(text, "reject the prosecution") == []
    assert _speakers(text, "a threat to the jury") == ["Nora Vance"]


def test_a_press_release_that_reads_is_the_words_of_its_issuer() -> None:
    text = ("The space agency ESA will present the result on Tuesday, according to ESA.\n\n"
            "\u201cThis finding opens a new field for the mission,\u201d the press release reads.")
    assert _speakers(text, "This finding") == ["ESA"]


def test_her_claims_that_are_the_words_of_the_subject() -> None:
    text = "Senator Ida Roe is standing over her claims that the council \u201ccannot be trusted\u201d with the money."
    assert _speakers(text, "cannot be trusted") == ["Ida Roe"]


def test_a_possessive_description_is_not_the_subject_for_he() -> None:
    text = ("Governor Ben Otieno met MCAs at the hall on Monday.\n\n"
            "The governor's communications director, Paul Wekesa, explained what followed.\n\n"
            "\u201cThe police came in and fired teargas,\u201d he said.")
    assert _speakers(text, "The police came in") == ["Paul Wekesa"]


def test_the_team_coach_after_but_is_the_coach_not_both_subjects() -> None:
    text = ("Lions coach Ravi Dube and captain Tom Ngata praised the team after the win, but the Lions coach was "
            "blunt about the display and said: \u201cWe were far from our best today.\u201d")
    assert _speakers(text, "We were far") == ["Ravi Dube"]


def test_the_skipper_said_is_the_skipper_named_before() -> None:
    text = ("\"It was a great win,\" said captain Ola Berg.\n\n"
            "Berg felt the win at home mattered most.\n\n"
            "\"It is hard to compare Tests won elsewhere,\" the skipper said.")
    assert _speakers(text, "It is hard to compare") == ["Ola Berg"]


def test_a_paraphrase_with_talked_then_a_quote_paragraph() -> None:
    text = ("Assistant coach Ewan Muir talked about the will of the side.\n\n"
            "\"We have a team of great skill but it was will that won tonight.")
    assert _speakers(text, "We have a team") == ["Ewan Muir"]


def test_a_headline_quote_echoed_by_a_body_quote_has_its_speaker() -> None:
    x = extract_document(Document("Rugby: Wins pleasing but 'still work to do'\n\n"
                                  "Captain Ari Vaka was pleased with the week.\n\n"
                                  "\"Things went well but there is still work to do,\" Vaka said.", PUB,
                                  body_start=45))
    head = next(q for q in x.quotes if q.text.startswith("still work"))
    assert list(head.speakers) == ["Ari Vaka"]


def test_a_surname_first_name_is_one_person_with_mr_before_the_surname() -> None:
    text = ("Opposition MP Goh Wen Li raised the matter on Monday.\n\n"
            "Mr Goh also urged the minister not to \u201cmuddy the waters\u201d with older cases.")
    x = extract_document(Document(text, PUB))
    assert [a.name for a in x.actors if a.kind == "person"] == ["Goh Wen Li"]
    assert _speakers(text, "muddy the waters") == ["Goh Wen Li"]


def test_apologising_for_quoted_words_makes_them_the_subjects() -> None:
    text = "Minister Dev Anand apologised for making \"private comments\" to a colleague in the chamber."
    assert _speakers(text, "private comments") == ["Dev Anand"]


def test_a_voice_that_said_is_no_one_named() -> None:
    text = ("Minister Ela Tan was speaking when the microphone captured a distant voice in the background that "
            "said: \"He is clueless.\"")
    assert _speakers(text, "He is clueless") == []


def test_a_relative_clause_after_the_quote_does_not_attribute_it() -> None:
    text = ("Mr Rao added that the post \u201ccast doubt\u201d on himself and Minister Ada Lim, who first revealed the "
            "probe.")
    assert _speakers(text, "cast doubt") == ["Rao"]


def test_titles_of_books_and_so_called_affairs_are_no_ones_quotes() -> None:
    text = ("Mr Ravi Das criticized an e-book titled \u201cThe Long Fight Over The Harbour Deal,\u201d written by "
            "Ms Ona Reyes, stating that the book is \u201cnot credible\u201d. He spoke on the so-called "
            "\u201cHarbour Road saga\u201d.")
    assert _speakers(text, "The Long Fight") == []
    assert _speakers(text, "Harbour Road saga") == []
    assert _speakers(text, "not credible") == ["Ravi Das"]


def test_a_quote_introduced_as_made_by_someone_with_a_colon() -> None:
    text = ("Let us start with a quote made in the House in 2017 by Prime Minister Lok Wen Han himself:\n\n"
            "\u201cIf members believe something is wrong, it is their job to pursue the facts.\u201d")
    assert _speakers(text, "If members believe") == ["Lok Wen Han"]


def test_a_description_named_only_afterwards_is_that_person() -> None:
    text = ("The lead attorney for the tenants' union called the ruling \"shocking\" and said he would appeal.\n\n"
            "\"We are disappointed,\" said attorney Marco Quell.")
    assert _speakers(text, "shocking") == ["Marco Quell"]


def test_a_description_opening_the_story_is_the_person_named_in_the_next_sentence() -> None:
    text = ("The governor of the central bank warned on Sunday that it \u201cwill have to act\u201d on prices. "
            "Speaking to bankers, Hana Olsen said inflation had already risen.")
    assert _speakers(text, "will have to act") == ["Hana Olsen"]


def test_two_bodies_joined_by_a_slash_before_a_title_and_a_name() -> None:
    text = ("The Ohio Nurses Association (ONA)/Midwest Nurses Union (MNU) held a vigil.\n\n"
            "\"This is chilling for every nurse,\" said ONA/MNU Executive Director Dana Roy.")
    assert _speakers(text, "This is chilling") == ["Dana Roy"]


def test_an_apposition_between_the_name_and_the_verb_after_the_quote() -> None:
    text = ("\"We focused on the natural swings of the ice,\" study co-author Ivo Brandt, a professor of Earth "
            "Sciences at the University of Tromsø in northern Norway, told reporters.")
    assert _speakers(text, "We focused on") == ["Ivo Brandt"]
