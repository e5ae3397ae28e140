"""The same story in two formats, or a syndicated copy, is recognisable; another story is not."""

from __future__ import annotations

from corpus_samples import RELEASE_PARAGRAPHS, RELEASE_TITLE, make_pdf

from sofa_desktop.corpus import read_bytes, read_document
from sofa_desktop.corpus.fingerprint import (
    NUM_PERM,
    exact_fingerprint,
    same_story,
    signature,
    signature_bytes,
    signature_from_bytes,
    similarity,
)


def _page(paragraphs):
    body = "".join(f"<p>{p.replace('«', '&laquo;').replace('»', '&raquo;')}</p>" for p in paragraphs)
    return (f"<html><head><title>{RELEASE_TITLE}</title></head><body><nav><a href='/'>Inicio</a></nav>"
            f"<article><h1>{RELEASE_TITLE}</h1>{body}</article></body></html>").encode()


def test_same_article_as_page_and_pdf_has_one_fingerprint(tmp_path):
    page = read_bytes(_page(RELEASE_PARAGRAPHS), "nota.html", "html")
    pdf = read_document(make_pdf(tmp_path / "nota.pdf", RELEASE_TITLE, RELEASE_PARAGRAPHS))
    assert page.sha256 != pdf.sha256 or page.text == pdf.text
    assert exact_fingerprint(page.text) == exact_fingerprint(pdf.text)
    assert same_story(signature(page.text), signature(pdf.text))


def test_syndicated_copy_is_a_near_duplicate_and_another_story_is_not():
    original = "\n\n".join(RELEASE_PARAGRAPHS)
    copy = "Otro titular para la misma nota\n\n" + original + "\n\nLea también: más noticias del día."
    other = "El Senado aprobó ayer el presupuesto general de gastos tras una larga sesión. " * 5
    assert exact_fingerprint(original) != exact_fingerprint(copy)
    assert same_story(signature(original), signature(copy))
    assert similarity(signature(original), signature(other)) < 0.1


def test_fingerprint_ignores_quotes_accents_case_and_breaks():
    assert exact_fingerprint("«Sí», dijo\nel Ministro.") == exact_fingerprint('"si" DIJO el ministro')


def test_signature_round_trips_through_bytes():
    values = signature("a short text with a few words in it")
    assert len(values) == NUM_PERM and all(0 <= v < 2**32 for v in values)
    assert signature_from_bytes(signature_bytes(values)) == values
    assert signature("x") == signature("x")  # stable across calls and processes (fixed seed, CRC-32)
