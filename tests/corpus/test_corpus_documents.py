"""The reader entry point: supported types, clear refusals, language, the txt behaviour kept."""

from __future__ import annotations

import datetime as dt

import pytest
from corpus_samples import RELEASE_PARAGRAPHS

from sofa_desktop.corpus import ArticleRejected, detect_language, read_article, read_document, supported_suffixes
from sofa_desktop.corpus.document import unsupported_reason
from sofa_desktop.corpus.language import language_code


def test_supported_suffixes_and_skip_reasons():
    assert {".txt", ".html", ".htm", ".pdf", ".docx", ".eml"} <= supported_suffixes()
    assert unsupported_reason("budget.xlsx") == "unsupported file type .xlsx"
    assert unsupported_reason("notes") == "unsupported file type (no extension)"
    assert unsupported_reason("A.PDF") is None


def test_unsupported_file_is_refused_with_its_type(tmp_path):
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(ArticleRejected, match=r"^unsupported file type \.xlsx$"):
        read_document(path)


def test_txt_through_the_entry_point_is_read_article(tmp_path):
    path = tmp_path / "B.TXT"
    path.write_text("Puente aprobado\n\n" + RELEASE_PARAGRAPHS[0], encoding="utf-8")
    article = read_document(path)
    assert article == read_article(path)
    assert (article.format, article.language, article.outlet) == ("txt", "es", "IP")
    assert article.published == dt.date(2025, 12, 16)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The council approved the harbour expansion on Monday night after a long debate.", "en"),
        ("El consejo aprobó la ampliación del puerto el lunes por la noche tras un largo debate.", "es"),
        ("O conselho aprovou a ampliação do porto na segunda-feira à noite depois de um longo debate.", "pt"),
        ("Sí.", None),
        ("12 345 678", None),
    ],
)
def test_language_of_short_news_texts(text, language):
    assert detect_language(text) == language


def test_declared_language_tags():
    assert [language_code(v) for v in ("es-PY", "pt_BR", "EN", "", None, "spanish")] == [
        "es", "pt", "en", None, None, None]
