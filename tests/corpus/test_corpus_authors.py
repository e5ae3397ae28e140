"""An author is a person: what a program or a template put in a file's properties ("python-docx", "Microsoft
Office User", "Usuario de Windows", the PDF writer's name) is not stored as the article's author."""

from __future__ import annotations

import datetime as dt

import pytest

from sofa_desktop.corpus import read_bytes, read_document
from sofa_desktop.corpus.titles import is_placeholder_author

PARAGRAPHS = [
    "SALTO, Uruguay, 14 de abril de 2026 (El Litoral) – La intendencia habilitó este martes el nuevo puente "
    "peatonal sobre el arroyo, que une el barrio norte con el centro de la ciudad.",
    "«Era un reclamo de los vecinos desde hace años», dijo el director de obras, Julio Sosa, durante la "
    "inauguración a la que asistieron decenas de familias.",
]
UNDATED = ["La intendencia habilitó el nuevo puente peatonal sobre el arroyo, que une el barrio norte con el "
           "centro de la ciudad, según informó la oficina de prensa."]


def _docx(path, paragraphs, author=None):
    import docx

    document = docx.Document()  # python-docx's blank template: author "python-docx", created 2013-12-23
    for text in paragraphs:
        document.add_paragraph(text)
    if author is not None:
        document.core_properties.author = author
    document.save(str(path))
    return path


def _pdf(path, author=None, producer=None):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    if author:
        pdf.set_author(author)
    if producer:
        pdf.set_producer(producer)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for text in PARAGRAPHS:
        pdf.multi_cell(0, 6, text)
        pdf.ln(3)
    pdf.output(str(path))
    return path


def test_python_docx_template_gives_neither_author_nor_date(tmp_path):
    article = read_document(_docx(tmp_path / "puente.docx", UNDATED))
    assert article.author is None and article.source_of("author") is None
    assert article.published is None  # 2013-12-23 is the template's, not the document's


@pytest.mark.parametrize("author", ["Microsoft Office User", "Usuario de Windows", "Author", "Administrador"])
def test_template_authors_of_word_files_are_dropped(tmp_path, author):
    assert read_document(_docx(tmp_path / "puente.docx", PARAGRAPHS, author=author)).author is None


def test_a_persons_name_in_the_properties_is_kept(tmp_path):
    article = read_document(_docx(tmp_path / "puente.docx", PARAGRAPHS, author="Lucía Ferrando"))
    assert article.author == "Lucía Ferrando" and article.published == dt.date(2026, 4, 14)


@pytest.mark.parametrize(("author", "producer", "expected"), [
    ("Microsoft® Word para Microsoft 365", None, None),
    ("Intendencia Prensa", "Intendencia Prensa", None),  # the same words as the program that wrote the file
    ("DESKTOP-7QK2LMN", None, None),
    ("Oficina de Comunicación", "Acme PDF Writer 3.1", "Oficina de Comunicación"),
])
def test_pdf_authors(tmp_path, author, producer, expected):
    assert read_document(_pdf(tmp_path / "puente.pdf", author, producer)).author == expected


def test_a_page_written_by_admin_has_no_author():
    page = ("<html><head><title>Puente habilitado</title><meta name='author' content='admin'></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>")
    assert read_bytes(page.encode(), "puente.html", "html").author is None


@pytest.mark.parametrize(("value", "expected"), [
    ("python-docx", True), ("Microsoft Office User", True), ("Usuário do Windows", True), ("user01", True),
    ("Microsoft Office-Benutzer", True), ("wkhtmltopdf 0.12.6", True), ("Adobe InDesign 19.0 (Windows)", True),
    ("Julio Sosa", False), ("Pedro Word", False), ("Oficina de Prensa", False), ("Tex Ritter", False),
])
def test_placeholder_authors(value, expected):
    assert is_placeholder_author(value) is expected
