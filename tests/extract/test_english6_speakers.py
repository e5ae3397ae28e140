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
