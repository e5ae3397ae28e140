"""The same story in two formats, or a syndicated copy, is recognisable; another story is not."""

from __future__ import annotations

import pytest
from corpus_samples import RELEASE_PARAGRAPHS, RELEASE_TITLE, make_pdf

from sofa_desktop.corpus import read_bytes, read_document
from sofa_desktop.corpus.fingerprint import (
    NUM_PERM,
    SEED,
    SHINGLE_WORDS,
    exact_fingerprint,
    same_story,
    shingle_set,
    shingles,
    signature,
    similarity,
)
from sofa_desktop.corpus.text import fold, fold_slowly


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
    other = ("El Senado aprobó ayer el presupuesto general de gastos tras una larga sesión en la que la oposición "
             "pidió recortes en publicidad oficial, mientras los gremios docentes marchaban frente al Congreso para "
             "reclamar el reajuste salarial prometido en agosto y los productores exigían caminos vecinales.")
    assert exact_fingerprint(original) != exact_fingerprint(copy)
    assert same_story(signature(original), signature(copy))
    assert similarity(signature(original), signature(other)) < 0.1


def test_fingerprint_ignores_quotes_accents_case_and_breaks():
    assert exact_fingerprint("«Sí», dijo\nel Ministro.") == exact_fingerprint('"si" DIJO el ministro')


def test_signature_is_num_perm_32_bit_values_and_none_for_a_brief():
    text = "\n\n".join(RELEASE_PARAGRAPHS)
    assert len(signature(text)) == 4 * NUM_PERM
    assert signature(text) == signature(text[:])  # stable across calls and processes (fixed seed, SHA-1)
    assert signature("a short text with a few words in it") is None


def test_signature_equals_datasketchs_minhash_of_the_same_shingles():
    """Signatures stored by versions that used datasketch still compare with new ones."""
    datasketch = pytest.importorskip("datasketch")
    import re

    for text in ("\n\n".join(RELEASE_PARAGRAPHS), " ".join(reversed(RELEASE_PARAGRAPHS)).upper()):
        words = re.findall(r"\w+", fold(text))
        shingles = {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}
        reference = datasketch.MinHash(num_perm=NUM_PERM, seed=SEED)
        reference.update_batch(list(shingles))
        assert signature(text) == reference.hashvalues.astype("<u4").tobytes()


@pytest.mark.parametrize("text", ["Ramírez Peña", "«Sí», dijo", "ﬁnal Ⅻ ２０２４", "STRASSE straße İstanbul",
                                  "e\u0301 a\u0308\u0301b", "Ꭰꭰ ΣΑΣ ς", "中文 한국어 日本語", "\u00ad-\u2019\u201c"])
def test_fold_by_runs_equals_fold_character_by_character(text):
    for sample in (text, f"Before {text} after", f"{text}{text.upper()}x"):
        assert fold(sample) == fold_slowly(sample)


def test_copy_group_bands_are_the_ones_datasketch_chooses():
    datasketch = pytest.importorskip("datasketch")
    from sofa_desktop.extract.core.threads.fingerprint import BANDS, ROWS, THRESHOLD

    index = datasketch.MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert (index.b, index.r) == (BANDS, ROWS)


def test_symbols_that_fold_to_letters_are_punctuation_in_the_exact_fingerprint():
    assert exact_fingerprint("Acme™ sells the thing") == exact_fingerprint("Acme sells the thing")


@pytest.mark.parametrize("pair", [
    ("El puerto reabrió el lunes tras la huelga de los estibadores, dijo la autoridad portuaria del país.",
     "Según la autoridad portuaria, el puerto reabrió el lunes tras la huelga de los estibadores del sur."),
    ("Four words only here", "Four words only here"),
    ("The co\u00adoperative said the ferry will run again on Friday, weather permitting, at the usual hours.",
     "The cooperative said the ferry will run again on Friday. Weather permitting, at the usual hours!"),
])
def test_shingle_tuples_count_overlaps_as_the_shingles_do(pair):
    a, b = pair
    assert len(shingle_set(a)) == len(shingles(a)) and len(shingle_set(b)) == len(shingles(b))
    assert len(shingle_set(a) & shingle_set(b)) == len(shingles(a) & shingles(b))
    assert {" ".join(t).encode() for t in shingle_set(a)} == shingles(a)
