"""Web pages: the article's text without boilerplate, decoded entities, paragraphs, metadata with its sources."""

from __future__ import annotations

import datetime as dt

import pytest
from corpus_samples import NEWS_PAGE, NEWS_PAGE_JUNK, NEWS_PAGE_QUOTES, SPANISH_PAGE

from sofa_desktop.corpus import ArticleRejected, read_bytes, read_document


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "harbour.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    return read_document(path)


def test_page_text_is_the_article_with_entities_decoded(page):
    for quote in NEWS_PAGE_QUOTES:
        assert quote in page.text
    assert "Harbour Residents’ Association" in page.text
    for junk in NEWS_PAGE_JUNK:
        assert junk not in page.text, junk
    assert "&ldquo;" not in page.text and "<" not in page.text


def test_page_paragraphs_are_kept_and_the_title_is_on_top(page):
    assert page.text.startswith("Harbour deal approved after long debate\n\nPORTSMOUTH, Nov. 3, 2025 (Ledger)")
    assert page.text.count("\n\n") >= 5
    assert page.body_start == page.text.index("PORTSMOUTH")
    assert "\n\n\n" not in page.text


def test_page_metadata_and_where_it_came_from(page):
    assert page.format == "html" and page.name == "harbour.html"
    assert page.title == "Harbour deal approved after long debate"
    assert page.published == dt.date(2025, 11, 4)  # the page's own date beats the dateline's
    assert page.outlet == "The Coastal Ledger"
    assert page.author == "Maria Okafor"
    assert page.url == "https://ledger.example/news/2025/harbour-deal"
    assert page.language == "en"
    assert page.place == "PORTSMOUTH"
    assert page.source_of("published") == "date from the page's article:published_time"
    assert page.source_of("title") == "title from the page's og:title"
    assert page.source_of("outlet") == "outlet from the page's og:site_name"
    assert page.source_of("language") == "language detected from the text"


def test_legacy_charset_page_with_spanish_dateline():
    article = read_bytes(SPANISH_PAGE.encode("cp1252"), "horario.htm", "html")
    assert "«Queremos que los trabajadores del turno noche" in article.text
    assert "Inicio" not in article.text and "Otras noticias" not in article.text
    assert article.title == "Nuevo horario del transporte público"
    assert article.published == dt.date(2025, 6, 12)
    assert article.outlet == "Última Hora"
    assert article.source_of("outlet") == "outlet from the dateline (Última Hora)"
    assert article.language == "es"


def test_year_less_dateline_takes_the_pages_year():
    html = SPANISH_PAGE.replace("Encarnación, 11 de junio de 2025", "Encarnación, 11 jun").replace(
        '<meta name="date" content="2025-06-12">', "")
    article = read_bytes(html.encode("cp1252"), "h.html", "html")
    assert article.outlet == "Última Hora" and article.place == "Encarnación"


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><body><script>var a = 1;</script></body></html>",
    ],
)
def test_page_without_article_text_is_refused(html):
    with pytest.raises(ArticleRejected, match="web page without article text"):
        read_bytes(html.encode(), "empty.html", "html")


def test_empty_html_file_is_refused(tmp_path):
    path = tmp_path / "blank.htm"
    path.write_bytes(b"   \n")
    with pytest.raises(ArticleRejected, match="empty"):
        read_document(path)
