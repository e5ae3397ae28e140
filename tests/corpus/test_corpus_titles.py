"""Documents without a heading get the title a reporter would give them: the first line that reads like one (past
"PRESS RELEASE" labels and dates), else a Title property a person wrote, else the file name cleaned."""

from __future__ import annotations

import pytest

from sofa_desktop.corpus import read_document
from sofa_desktop.corpus.titles import is_placeholder, reads_like_title, title_from_name, title_paragraph

BODY = [
    "The water board confirmed on Thursday that rationing in the northern districts will end next week, after "
    "two months of rain refilled the reservoir above its winter level.",
    "“The worst is behind us, but households should keep saving water through the summer,” said board chairwoman "
    "Irene Maldonado at a briefing for local radio stations.",
    "Farmers in the valley asked the board to publish the irrigation quotas before the planting season begins.",
]
HEADLINE = "Water rationing to end in northern districts"


def _pdf(path, top: list[str], *, meta_title: str | None = None):
    """A PDF typed in one size throughout, as a word processor's plain export: ``top`` lines in bold, then BODY."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    if meta_title:
        pdf.set_title(meta_title)
    pdf.add_page()
    for line in top:
        pdf.set_font("Helvetica", style="B", size=11)
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", size=11)
    for text in BODY:
        pdf.multi_cell(0, 6, text)
        pdf.ln(3)
    pdf.output(str(path))
    return path


def _docx(path, top: list[tuple[str, str]], *, core_title: str | None = None):
    import docx

    document = docx.Document()
    for text, style in top:
        document.add_paragraph(text, style=style)
    for text in BODY:
        document.add_paragraph(text)
    if core_title is not None:
        document.core_properties.title = core_title
    document.save(str(path))
    return path


def test_a_bold_first_line_in_the_body_type_is_the_title(tmp_path):
    article = read_document(_pdf(tmp_path / "a.pdf", [HEADLINE], meta_title="Microsoft Word - rationing.docx"))
    assert article.title == HEADLINE and article.source_of("title") == "title from the PDF's first line"
    assert article.text[article.body_start:].split("\n\n") == BODY


def test_labels_above_the_title_are_passed_over_and_kept_below_it(tmp_path):
    top = ["PRESS RELEASE", "For immediate release", "12 March 2026", HEADLINE]
    article = read_document(_pdf(tmp_path / "b.pdf", top))
    assert article.title == HEADLINE
    assert article.text.split("\n\n")[:4] == [HEADLINE, "PRESS RELEASE", "For immediate release", "12 March 2026"]


def test_without_a_title_line_a_written_title_property_then_the_file_name(tmp_path):
    written = read_document(_pdf(tmp_path / "c.pdf", [], meta_title="Rationing ends in the north"))
    assert written.title == "Rationing ends in the north"
    assert written.source_of("title") == "title from the PDF's document properties"
    named = read_document(_pdf(tmp_path / "water_board-rationing_statement_FINAL (2).pdf", [], meta_title="Untitled"))
    assert named.title == "Water board rationing statement" and named.source_of("title") == "title from the file name"
    assert named.body_start == 0 and named.text.startswith(BODY[0][:30])  # the name is not put into the text
    assert read_document(_pdf(tmp_path / "doc1.pdf", [], meta_title="Microsoft Word - doc1.docx")).title is None


def test_word_files_follow_the_same_order(tmp_path):
    labelled = read_document(_docx(tmp_path / "a.docx", [("NOTA DE PRENSA", "Normal"), (HEADLINE, "Heading 1")]))
    assert labelled.title == HEADLINE and labelled.source_of("title") == "title from the document's Heading 1 paragraph"
    plain = read_document(_docx(tmp_path / "b.docx", [(HEADLINE, "Normal")], core_title="Documento1"))
    assert plain.title == HEADLINE and plain.source_of("title") == "title from the document's first line"
    named = read_document(_docx(tmp_path / "rationing-update.docx", [], core_title="Documento1"))
    assert named.title == "Rationing update"


@pytest.mark.parametrize(("line", "expected"), [
    (HEADLINE, True), ("Ministerio anuncia el fin del racionamiento", True),
    ("FOR IMMEDIATE RELEASE", False), ("Comunicado de prensa", False), ("Para difusión inmediata", False),
    ("Wednesday, March 11, 2026", False), ("11 de marzo de 2026", False), ("Media contact: press@board.example", False),
    ("The board said rationing would end.", False), ("Rationing", False),
])
def test_what_reads_like_a_title(line, expected):
    assert reads_like_title(line) is expected


def test_title_paragraph_stops_at_the_first_sentence():
    assert title_paragraph(["PRESS RELEASE", HEADLINE, *BODY]) == 1
    assert title_paragraph([*BODY, HEADLINE]) is None


def test_capitals_over_a_headline_are_a_section_and_over_the_text_a_title():
    assert title_paragraph(["WATER SUPPLY", HEADLINE, *BODY]) == 1
    assert title_paragraph(["RATIONING ENDS", *BODY]) == 0
    assert title_paragraph(["PRESS RELEASE", *BODY]) is None


@pytest.mark.parametrize("value", ["Microsoft Word - doc1.docx", "Untitled", "Untitled document", "Sin título",
                                   "Documento1", "Presentation1", "report.pdf", "2026-03-12", "Book1"])
def test_program_placeholders_are_not_titles(value):
    assert is_placeholder(value)


@pytest.mark.parametrize(("name", "expected"), [
    ("water_board-rationing_statement_FINAL (2).pdf", "Water board rationing statement"),
    ("Informe-anual-2025_v3.docx", "Informe anual 2025"), ("/tmp/press/COMUNICADO 12-2026.pdf", "COMUNICADO 12-2026"),
    ("doc1.pdf", None), ("scan0004.pdf", None), ("20260312.pdf", None), ("comunicado.pdf", None),
    ("statement.docx", None),
])
def test_file_names_as_titles(name, expected):
    assert title_from_name(name) == expected
