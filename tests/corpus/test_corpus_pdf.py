"""PDF files: paragraphs rebuilt, running headers/footers/page numbers dropped, hyphenation joined, dates ranked."""

from __future__ import annotations

import datetime as dt

import pytest
from corpus_samples import RELEASE_PARAGRAPHS, RELEASE_TITLE, make_pdf, make_scanned_pdf

from sofa_desktop.corpus import ArticleRejected, read_document
from sofa_desktop.corpus.formats.pdf_lines import Line, clean_line, drop_running_lines, paragraphs


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    path = make_pdf(tmp_path_factory.mktemp("pdf") / "comunicado.pdf", RELEASE_TITLE, RELEASE_PARAGRAPHS, repeat=3)
    return read_document(path)


def test_pdf_text_is_the_paragraphs_without_headers_footers_or_page_numbers(release):
    body = release.text[release.body_start :]
    assert body.split("\n\n") == RELEASE_PARAGRAPHS * 3  # hyphenated words joined, lines of a paragraph joined
    assert "Oficina de Prensa" not in release.text and "Página" not in release.text
    assert "\x02" not in release.text and "\u00ad" not in release.text


def test_pdf_metadata_text_dateline_beats_creation_date(release):
    assert release.format == "pdf" and release.name == "comunicado.pdf"
    assert release.title == RELEASE_TITLE
    assert release.source_of("title") == "title from the PDF's largest heading"
    assert release.published == dt.date(2025, 12, 16)  # the dateline, not the creation date (2026-01-05)
    assert release.source_of("published") == "date from the dateline"
    assert release.outlet == "IP" and release.place == "Asunción" and release.language == "es"


def test_pdf_creation_date_is_the_fallback(tmp_path):
    paragraphs = RELEASE_PARAGRAPHS[1:3]
    path = make_pdf(tmp_path / "sin_fecha.pdf", RELEASE_TITLE, paragraphs, header=None, numbered=False,
                    created=dt.datetime(2026, 1, 5, 10, 0), author="Oficina de Prensa")
    article = read_document(path)
    assert article.published == dt.date(2026, 1, 5)
    assert article.source_of("published") == "date from the PDF's creation date"
    assert article.author == "Oficina de Prensa"
    assert article.text.split("\n\n")[1:] == paragraphs


def test_scanned_pdf_is_refused(tmp_path):
    with pytest.raises(ArticleRejected, match=r"^PDF has no text layer \(scanned document\?\)$"):
        read_document(make_scanned_pdf(tmp_path / "scan.pdf"))


def test_broken_pdf_is_refused_with_one_line(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n this is not really a pdf \n%%EOF")
    with pytest.raises(ArticleRejected, match="not a readable PDF"):
        read_document(path)


def _line(text: str, top: float, left: float = 50, right: float = 550, size: float = 11) -> Line:
    return Line(text, left, right, top, top - 11, size)


def test_lines_join_hyphenated_words_and_split_paragraphs_on_gaps():
    page = [_line("The minister said the gov-", 700), _line("ernment would sign the agree-", 686),
            _line("ment on Friday.", 672, right=150), _line("A second paragraph starts", 640),
            _line("after a blank line.", 626, right=200)]
    assert paragraphs([page]) == ["The minister said the government would sign the agreement on Friday.",
                                  "A second paragraph starts after a blank line."]


def test_short_line_ending_a_sentence_ends_the_paragraph_and_pages_continue():
    first = [_line("Opening words of a sentence that", 700), _line("continues on the next page", 686)]
    second = [_line("and ends here.", 760, right=200), _line("Next paragraph.", 746, right=180)]
    assert paragraphs([first, second]) == ["Opening words of a sentence that continues on the next page and ends here.",
                                           "Next paragraph."]


def test_a_line_far_short_of_the_margin_stands_alone_unless_the_next_continues_in_lower_case():
    page = [_line("MEDIA ADVISORY", 700, right=160), _line("Budget vote moved to Monday", 686, right=230),
            _line("Councillors will meet on Monday instead of Friday because the hall is being", 672),
            _line("repaired, the clerk said in a notice to the members and the public.", 658, right=500),
            _line("A line cut by hand at", 644, right=200), _line("a fixed width", 630, right=160)]
    assert paragraphs([page]) == [
        "MEDIA ADVISORY", "Budget vote moved to Monday",
        "Councillors will meet on Monday instead of Friday because the hall is being repaired, the clerk said in a "
        "notice to the members and the public.", "A line cut by hand at a fixed width"]


def test_running_headers_and_page_numbers_are_dropped():
    words = ["one", "two", "three"]
    pages = [[_line("ACME Corp — Press release", 800), _line(f"Body text {words[n - 1]}.", 700), _line(f"- {n} -", 40)]
             for n in range(1, 4)]
    kept = drop_running_lines(pages)
    assert [[line.text for line in lines] for lines in kept] == [["Body text one."], ["Body text two."],
                                                                ["Body text three."]]


def test_clean_line_repairs_ligatures_and_spacing():
    assert clean_line("The \ufb01nal  of\ufb01ce ,  he said ") == "The final office, he said"
