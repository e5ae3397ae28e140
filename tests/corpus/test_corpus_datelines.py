"""Plain text: wire and newspaper datelines give date, place and outlet; the title line only when it reads like one."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

from sofa_desktop.corpus import parse_article
from sofa_desktop.corpus.datelines import find_dateline
from sofa_desktop.corpus.months import month_number

BODY = " The committee voted on Tuesday to send the bill to the floor, aides said."


@pytest.mark.parametrize(
    ("start", "place", "outlet", "date"),
    [
        ("WASHINGTON, Dec. 16, 2025 (Reuters) —", "WASHINGTON", "Reuters", dt.date(2025, 12, 16)),
        ("ASUNCION, Paraguay (AP) —", "ASUNCION, Paraguay", "AP", None),
        ("BUENOS AIRES (AFP) -", "BUENOS AIRES", "AFP", None),
        ("(Bloomberg) --", None, "Bloomberg", None),
        ("LONDON, March 4, 2024 —", "LONDON", None, dt.date(2024, 3, 4)),
        ("Asunción, 16 de diciembre de 2025 (IP) –", "Asunción", "IP", dt.date(2025, 12, 16)),
        ("Asunción, martes 16 de diciembre de 2025 (Última Hora) –", "Asunción", "Última Hora", dt.date(2025, 12, 16)),
        ("CIUDAD DEL ESTE (La Nación) –", "CIUDAD DEL ESTE", "La Nación", None),
        ("Brasília, 5 de maio de 2024 (Agência Brasil) –", "Brasília", "Agência Brasil", dt.date(2024, 5, 5)),
        ("São Paulo, 1º de março de 2024 –", None, None, None),
        ("BUENOS AIRES.-", "BUENOS AIRES", None, None),
        ("Rio de Janeiro, 16 December 2025 -", "Rio de Janeiro", None, dt.date(2025, 12, 16)),
        ("WASHINGTON (dpa) -", "WASHINGTON", "dpa", None),
        ("London (CNN)", "London", "CNN", None),
    ],
)
def test_dateline_forms(start, place, outlet, date):
    line = find_dateline(start + BODY)
    if place is None and outlet is None:
        assert line is None or line.place is not None  # "1º" is no day we read; never a crash
        return
    assert (line.place, line.outlet, line.date) == (place, outlet, date)
    assert (start + BODY)[line.end :].startswith(BODY.strip()[:3])


def test_year_less_dateline_keeps_day_and_month():
    line = find_dateline("Asunción, 3 may (EFE).- El Senado aprobó la ley.")
    assert (line.place, line.outlet, line.date, line.month_day) == ("Asunción", "EFE", None, (5, 3))
    assert line.date_in(2025) == dt.date(2025, 5, 3)


@pytest.mark.parametrize("text", ["The Senate voted - on Tuesday.", "He said: yes.", "Paraguay - a country.",
                                  "The minister (left) - said so.", "Senators, May 45, 2025 — x"])
def test_sentences_are_not_datelines(text):
    assert find_dateline(text) is None


def test_month_names_do_not_follow_the_locale(monkeypatch):
    monkeypatch.setattr(calendar, "month_name", ["", *["x"] * 12])  # what a foreign LC_TIME would do
    assert month_number("March") == 3 and month_number("Dec.") == 12
    assert month_number("diciembre") == 12 and month_number("março") == 3 and month_number("setiembre") == 9
    assert parse_article("a.txt", "LONDON, March 4, 2024 — The vote.").published == dt.date(2024, 3, 4)


def test_plain_text_with_title_and_wire_dateline():
    text = "Senate backs budget deal\n\nWASHINGTON, Dec. 16, 2025 (Reuters) —" + BODY
    article = parse_article("wire.txt", text)
    assert article.title == "Senate backs budget deal"
    assert article.published == dt.date(2025, 12, 16)
    assert article.outlet == "Reuters" and article.place == "WASHINGTON"
    assert article.body_start == text.index("WASHINGTON")
    assert article.source_of("published") == "date from the dateline"
    assert article.source_of("outlet") == "outlet from the dateline (Reuters)"
    assert article.format == "txt" and article.language == "en"


def test_date_line_beats_the_dateline():
    text = "Title\n\n date 2025-12-17 WASHINGTON, Dec. 16, 2025 (Reuters) —" + BODY
    article = parse_article("a.txt", text)
    assert article.published == dt.date(2025, 12, 17) and article.outlet == "Reuters"
    assert article.source_of("published") == "date from the file's ` date` line"


def test_dateline_without_date_gives_place_and_outlet():
    article = parse_article("ap.txt", "ASUNCION, Paraguay (AP) —" + BODY)
    assert (article.title, article.published, article.outlet, article.place) == (
        None, None, "AP", "ASUNCION, Paraguay")


def test_a_sentence_is_not_a_title():
    article = parse_article("a.txt", "The council met on Monday.\n\nIt approved the plan.")
    assert article.title is None and article.body_start == 0


def test_over_long_first_line_keeps_the_date_line_and_a_shortened_title():
    first = "Word " * 80  # 400 characters
    text = f"{first.strip()}\n\n date 2025-03-04 BUENOS AIRES (AFP) -" + BODY
    article = parse_article("long.txt", text)
    assert article.published == dt.date(2025, 3, 4)
    assert article.outlet == "AFP"
    assert article.title is not None and len(article.title) <= 300 and article.title.endswith("…")
    assert article.body_start == text.index("BUENOS")


def test_over_long_first_line_without_date_line_still_reads_the_dateline():
    text = ("Word " * 80).strip() + "\n\nLONDON, March 4, 2024 —" + BODY
    article = parse_article("long.txt", text)
    assert article.title is None
    assert article.published is None  # the dateline is not at the start of the body: the long line is body
