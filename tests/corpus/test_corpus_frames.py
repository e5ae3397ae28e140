"""What surrounds a story in the files a desk receives, and is not the story: a press office's labels and date line
between title and text, a one-page release's letterhead and footer in small print, a site's "Read also:" promotion
inside the article, a newsletter's "view in browser" and "unsubscribe" lines."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

from sofa_desktop.corpus import parse_article, read_bytes, read_document
from sofa_desktop.corpus.formats.boilerplate import drop_newsletter_frame, drop_promotions

STORY = [
    "MONTEVIDEO, May 6, 2026 — The national weather service lifted the storm warning for the southern coast on "
    "Wednesday, two days after winds of 110 kilometres an hour brought down trees and power lines.",
    "“Crews restored power to nine out of ten homes overnight,” said the utility’s spokesman, Diego Pereira, at a "
    "briefing in the capital.",
    "Schools in the coastal towns will reopen on Friday, the education ministry said.",
]
TITLE = "Storm warning lifted on the southern coast"


def test_labels_and_a_date_line_between_title_and_story_are_skipped():
    text = f"{TITLE}\n\nNEWS RELEASE\nFor immediate release\nWednesday, May 6, 2026\n\n" + "\n\n".join(STORY[1:])
    article = parse_article("release.txt", text)
    assert article.title == TITLE and article.text[article.body_start:].startswith("“Crews restored")
    assert article.published == dt.date(2026, 5, 6)
    assert article.source_of("published") == "date from the date line above the story"


def test_the_dateline_under_the_labels_is_read():
    article = parse_article("release.txt", f"{TITLE}\n\nMEDIA ADVISORY\n\n" + "\n\n".join(STORY))
    assert (article.place, article.published) == ("MONTEVIDEO", dt.date(2026, 5, 6))
    assert article.text[article.body_start:].startswith("MONTEVIDEO")


def test_a_story_that_starts_like_a_label_is_not_skipped():
    body = "Contact between the two delegations resumed on Monday after a week of silence, diplomats said."
    article = parse_article("talks.txt", f"Talks resume\n\n{body}\n")
    assert article.text[article.body_start:].startswith("Contact between")


def _one_page_release(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "National Weather Service - Communications Unit", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("Helvetica", style="B", size=11)
    pdf.multi_cell(0, 6, "WEATHER UPDATE", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", size=11)
    for paragraph in STORY:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_auto_page_break(False)  # the footer stays on the page
    pdf.set_y(-18)
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "Press: prensa@weather.example | +598 2 000 0000 | Page 1 of 1", align="C")
    pdf.output(str(path))
    return path


def test_a_one_page_release_loses_its_letterhead_and_footer_and_keeps_its_date(tmp_path):
    article = read_document(_one_page_release(tmp_path / "warning.pdf"))
    assert article.title == TITLE
    assert article.text.split("\n\n") == [TITLE, "WEATHER UPDATE", *STORY]
    assert article.text[article.body_start:].split("\n\n") == STORY
    assert article.published == dt.date(2026, 5, 6) and article.place == "MONTEVIDEO"


def test_a_word_file_with_a_label_over_its_title_reads_the_dateline(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("PRESS STATEMENT")
    document.add_paragraph().add_run(TITLE).bold = True
    for paragraph in STORY:
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "warning.docx"))
    article = read_document(tmp_path / "warning.docx")
    assert (article.title, article.published) == (TITLE, dt.date(2026, 5, 6))


def test_promotions_inside_a_page_are_dropped():
    promo = "Read also: Ten photos of the storm that hit the coast"
    page = (f"<html lang='en'><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p>{STORY[0]}</p><p>{promo}</p><p>{STORY[1]}</p><p>{STORY[2]}</p></article></body></html>")
    article = read_bytes(page.encode(), "storm.html", "html")
    assert "Ten photos" not in article.text and article.text[article.body_start:].split("\n\n") == STORY
    assert drop_promotions(["Lea también: Las fotos del temporal", "Related stories: none"]) == []
    long_one = "Related " + "words " * 60  # a paragraph of the story, not a promotion
    assert drop_promotions([long_one]) == [long_one]


def _newsletter(path, *, html_only: bool):
    message = EmailMessage()
    message["From"] = "Coast Weekly <news@coastweekly.example>"
    message["Subject"] = TITLE
    message["Date"] = "Thu, 07 May 2026 07:00:00 -0300"
    top = "Can't see this email? View it in your browser"
    bottom = "You are receiving this email because you signed up at coastweekly.example. Unsubscribe here."
    if html_only:
        message.set_content(f"<html><body><p>{top}</p>" + "".join(f"<p>{p}</p>" for p in STORY)
                            + f"<p>{bottom}</p></body></html>", subtype="html")
    else:
        message.set_content("\n\n".join([top, *STORY, bottom]) + "\n")
    path.write_bytes(bytes(message))
    return path


def test_a_newsletters_frame_is_not_part_of_the_story(tmp_path):
    for html_only in (False, True):
        article = read_document(_newsletter(tmp_path / f"weekly{html_only}.eml", html_only=html_only))
        assert article.text[article.body_start:].split("\n\n") == STORY, html_only
    spanish = ["Si no podés ver este correo, hacé clic acá", *STORY, "Para darte de baja de este boletín, escribinos."]
    assert drop_newsletter_frame(spanish) == STORY
