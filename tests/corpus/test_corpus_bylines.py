"""Wire copy as it is pasted: outlets written with "The", with accents or in several words, and the byline lines
("By NAME, (AP)", "Por NAME (EFE)") between the title and the dateline, which name the author and the outlet and
are skipped like the title."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.corpus import parse_article
from sofa_desktop.corpus.datelines import find_byline, find_dateline

STORY = " The regional airport will close its runway for repairs from Monday, the operator said in a statement."
NOTA = " El aeropuerto regional cerrará su pista por reparaciones desde el lunes, informó la empresa operadora."


@pytest.mark.parametrize(("start", "place", "outlet"), [
    ("WINNIPEG (The Canadian Press) —", "WINNIPEG", "The Canadian Press"),
    ("MIAMI (The Associated Press) -", "MIAMI", "The Associated Press"),
    ("MANCHESTER (The Guardian) —", "MANCHESTER", "The Guardian"),
    ("SEATTLE, Nov. 2, 2025 (The Seattle Times) —", "SEATTLE", "The Seattle Times"),
    ("Córdoba (Télam) –", "Córdoba", "Télam"),
    ("SANTA CRUZ, Bolivia (Agencia Boliviana de Información) –", "SANTA CRUZ, Bolivia",
     "Agencia Boliviana de Información"),
    ("JOHANNESBURG (Agence France-Presse) —", "JOHANNESBURG", "Agence France-Presse"),
    ("HANOI (Xinhua News Agency) --", "HANOI", "Xinhua News Agency"),
    ("MONTEVIDEO (EFE/AFP) –", "MONTEVIDEO", "EFE/AFP"),
    ("ENCARNACIÓN (Última Hora) —", "ENCARNACIÓN", "Última Hora"),
])
def test_outlets_with_the_accents_and_several_words(start, place, outlet):
    line = find_dateline(start + STORY)
    assert line is not None and (line.place, line.outlet) == (place, outlet)


@pytest.mark.parametrize(("byline", "authors", "outlet"), [
    ("By TOMAS REYES, (AP)", ("Tomas Reyes",), "AP"),
    ("By TOMAS REYES (AP)", ("Tomas Reyes",), "AP"),
    ("By Tomas Reyes, Associated Press", ("Tomas Reyes",), "Associated Press"),
    ("By Tomas Reyes and Ana Beltrán, The Canadian Press", ("Tomas Reyes", "Ana Beltrán"), "The Canadian Press"),
    ("By TOMAS REYES, ANA BELTRÁN and LUIS DE LA CRUZ", ("Tomas Reyes", "Ana Beltrán", "Luis de la Cruz"), None),
    ("BY TOMAS REYES Associated Press", ("Tomas Reyes",), "Associated Press"),
    ("BY TOMAS REYES\nAssociated Press", ("Tomas Reyes",), "Associated Press"),
    ("Por Ana Beltrán (EFE)", ("Ana Beltrán",), "EFE"),
    ("By Tomas Reyes", ("Tomas Reyes",), None),
])
def test_byline_forms(byline, authors, outlet):
    found = find_byline(byline + "\n\nCALGARY —" + STORY)
    assert found is not None and (found.authors, found.outlet) == (authors, outlet)


@pytest.mark.parametrize("line", ["By Tuesday, the runway had reopened to traffic.", "By the end of the week",
                                  "Bystanders said the plane landed safely."])
def test_sentences_starting_with_by_are_no_bylines(line):
    assert find_byline(line + "\n") is None


def test_the_dateline_under_a_byline_gives_place_outlet_and_dates():
    text = f"Airport closes runway\n\nBy TOMAS REYES, (AP)\n\nPANAMA CITY, Panama, Oct. 3, 2025 (AP) —{STORY}\n"
    article = parse_article("runway.txt", text)
    assert (article.title, article.author, article.outlet) == ("Airport closes runway", "Tomas Reyes", "AP")
    assert (article.place, article.published) == ("PANAMA CITY, Panama", dt.date(2025, 10, 3))
    assert article.text[article.body_start:].startswith("PANAMA CITY")  # the byline is no part of the story
    assert article.source_of("author") == "author from the byline"


def test_the_byline_names_the_outlet_when_the_dateline_does_not():
    article = parse_article("pista.txt", f"Cierra la pista\n\nPor Ana Beltrán (Última Hora)\nAsunción, 3 dic.-{NOTA}")
    assert (article.outlet, article.author, article.place) == ("Última Hora", "Ana Beltrán", "Asunción")
    assert article.source_of("outlet") == "outlet from the byline (Última Hora)"


def test_a_byline_on_the_story_line():
    article = parse_article("runway.txt", f"Airport closes runway\n\nBy TOMAS REYES, (AP) —{STORY}")
    assert (article.author, article.outlet) == ("Tomas Reyes", "AP")
    assert article.text[article.body_start:] == STORY.strip()


def test_a_byline_in_capitals_over_its_outlet_line_is_read_before_any_label():
    text = f"Airport closes runway\n\nBY TOMAS REYES\nAssociated Press\n\nUPDATED\n\nPANAMA CITY (AP) —{STORY}"
    article = parse_article("runway.txt", text)
    assert (article.author, article.outlet, article.place) == ("Tomas Reyes", "AP", "PANAMA CITY")


def test_the_canadian_press_sign_off_gives_outlet_and_date():
    text = (f"Airport closes runway\n\nHALIFAX —{STORY}\n\nThis report by The Canadian Press was first published "
            "Oct. 3, 2025.\n")
    article = parse_article("runway.txt", text)
    assert (article.outlet, article.published, article.place) == ("The Canadian Press", dt.date(2025, 10, 3), "HALIFAX")
    assert article.source_of("published") == "date from the wire's sign-off under the story"
