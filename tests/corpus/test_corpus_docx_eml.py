"""Word and e-mail files: body paragraphs, title from a heading or the subject, properties and headers as fallbacks."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import pytest
from corpus_samples import NEWS_PAGE, NEWS_PAGE_QUOTES, RELEASE_PARAGRAPHS, RELEASE_TITLE

from sofa_desktop.corpus import ArticleRejected, read_document


def _docx(path, paragraphs, title_style=True, props=True):
    import docx

    document = docx.Document()
    if title_style:
        document.add_paragraph(RELEASE_TITLE, style="Title")
    for text in paragraphs:
        document.add_paragraph(text)
        document.add_paragraph("")
    document.sections[0].header.paragraphs[0].text = "Oficina de Prensa — uso interno"
    if props:
        document.core_properties.title = "Borrador 3"
        document.core_properties.author = "Prensa MOPC"
        document.core_properties.created = dt.datetime(2026, 1, 7, 12, 0)
    document.save(str(path))
    return path


def test_docx_paragraphs_title_and_dateline(tmp_path):
    article = read_document(_docx(tmp_path / "nota.docx", RELEASE_PARAGRAPHS))
    assert article.format == "docx"
    assert article.title == RELEASE_TITLE and article.source_of("title") == "title from the document's Title paragraph"
    assert article.text[article.body_start :].split("\n\n") == RELEASE_PARAGRAPHS
    assert "uso interno" not in article.text
    assert article.published == dt.date(2025, 12, 16) and article.outlet == "IP"
    assert article.author == "Prensa MOPC" and article.source_of("author") == "author from the Word file's properties"


def test_docx_properties_are_fallbacks(tmp_path):
    article = read_document(_docx(tmp_path / "b.docx", RELEASE_PARAGRAPHS[1:3], title_style=False))
    assert article.title == "Borrador 3"
    assert article.published == dt.date(2026, 1, 7)
    assert article.source_of("published") == "date from the Word file's creation date"


def test_broken_docx_is_refused(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ArticleRejected, match="not a readable Word file"):
        read_document(path)


def _eml(path, body=None, html=None, subject="Fwd: " + RELEASE_TITLE):
    message = EmailMessage()
    message["From"] = "Oficina de Prensa MOPC <prensa@mopc.example>"
    message["To"] = "redaccion@diario.example"
    message["Subject"] = subject
    message["Date"] = "Wed, 17 Dec 2025 09:12:00 -0300"
    if body is not None:
        message.set_content(body)
    if html is not None:
        if body is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    path.write_bytes(bytes(message))
    return path


def test_eml_plain_text_is_unwrapped_and_the_subject_is_the_title(tmp_path):
    import textwrap

    body = "\n\n".join(textwrap.fill(p, 72) for p in RELEASE_PARAGRAPHS[1:3]) + "\n\n-- \nPrensa MOPC\nTel. 000"
    article = read_document(_eml(tmp_path / "nota.eml", body=body))
    assert article.format == "eml" and article.title == RELEASE_TITLE
    assert article.source_of("title") == "title from the e-mail's subject"
    assert article.text[article.body_start :].split("\n\n") == RELEASE_PARAGRAPHS[1:3]
    assert article.published == dt.date(2025, 12, 17)
    assert article.source_of("published") == "date from the e-mail's Date header"
    assert article.author == "Oficina de Prensa MOPC" and article.outlet == "Oficina de Prensa MOPC"


def test_eml_dateline_beats_the_date_header(tmp_path):
    article = read_document(_eml(tmp_path / "a.eml", body="\n\n".join(RELEASE_PARAGRAPHS)))
    assert article.published == dt.date(2025, 12, 16) and article.outlet == "IP"


def test_eml_html_only_goes_through_the_page_reader(tmp_path):
    article = read_document(_eml(tmp_path / "news.eml", html=NEWS_PAGE, subject="Morning briefing"))
    assert article.title == "Morning briefing"
    assert NEWS_PAGE_QUOTES[0] in article.text and "Related stories" not in article.text
