"""A Spanish and an English article in one store: one actor per country and person, quotes found by any spelling."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sofa_desktop.corpus.reader import parse_article
from sofa_desktop.extract import Document, extract_document
from sofa_desktop.store import Database, open_database
from sofa_desktop.store.ingest import import_paths, store_article
from sofa_desktop.store.schema.models import Actor, ActorAlias, Source
from sofa_desktop.store.search import search_quotes

ES = ("Paraguay y EE.UU. firman el acuerdo\n\n date 2025-12-15\n\n"
      "El presidente Santiago Peña recibió a la delegación de Estados Unidos este lunes. “Es un día histórico "
      "para la cooperación entre nuestros pueblos”, dijo Peña. El Departamento de Estado celebró la firma.\n")
EN = ("Paraguay and US sign deal\n\n date 2025-12-16\n\n"
      "Paraguayan President Santiago Pena met a United States delegation on Monday. \"This is a good day for "
      "both nations,\" Pena said. The State Department welcomed the signing.\n")


def store_texts(db: Database, texts: list[tuple[str, str, str]]) -> None:
    """Store articles (file name, raw text, language) in one transaction, each extracted in its language."""
    with db.write_session.begin() as s:
        for name, raw, lang in texts:
            art = parse_article(name, raw)
            store_article(s, art, extract_document(Document(art.text, art.published, art.body_start, language=lang)))


def test_one_actor_across_languages_and_search_by_either_spelling(any_db_url: str) -> None:
    db = open_database(any_db_url)
    try:
        store_texts(db, [("es.txt", ES, "es"), ("en.txt", EN, "en")])
        with db.read_session() as s:
            names = [n for (n,) in s.execute(select(Actor.name))]
            assert names.count("United States") == 1 and "Estados Unidos" not in names
            assert sum(1 for n in names if n in ("Santiago Peña", "Santiago Pena")) == 1
            assert "Santiago Peña" in names  # the accented spelling of the country's own press wins
            assert sum(1 for n in names if "State Department" in n) == 1
            for who in ("Pena", "Peña", "santiago peña"):
                texts = {h.text[:10] for h in search_quotes(s, who)}
                assert {"Es un día ", "This is a "} <= texts, who
    finally:
        db.dispose()


def test_import_detects_each_file_language_and_reads_it_with_that_language(any_db_url: str, tmp_path) -> None:  # noqa: ANN001
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "es.txt").write_text(ES, encoding="utf-8")
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    db = open_database(any_db_url)
    try:
        assert {r.status for r in import_paths(db, [folder])} == {"imported"}
        with db.read_session() as s:
            languages = dict(s.execute(select(Source.name, Source.language)).all())
            assert languages == {"es.txt": "es", "en.txt": "en"}
            assert {h.text[:10] for h in search_quotes(s, "Peña")} == {"Es un día ", "This is a "}
    finally:
        db.dispose()


ES_BODIES = ("El Senado aprueba el acuerdo\n\n date 2026-03-04\n\n"
             "El Senado paraguayo aprobó este martes el acuerdo con 28 votos. La Cámara de Diputados lo tratará en "
             "abril. La Cancillería paraguaya defendió el texto ante los senadores.\n")
EN_BODIES = ("Paraguay's Senate approves the deal\n\n date 2026-03-05\n\n"
             "The Paraguayan Senate approved the agreement on Tuesday. Paraguay's Chamber of Deputies will debate "
             "it in April, and Paraguay's Foreign Ministry defended the text.\n")


@pytest.mark.parametrize("order", [("es", "en"), ("en", "es")])
def test_state_bodies_merge_across_languages_under_their_home_names(any_db_url: str, order: tuple[str, str]) -> None:
    db = open_database(any_db_url)
    raw = {"es": ES_BODIES, "en": EN_BODIES}
    try:
        store_texts(db, [(f"{lang}.txt", raw[lang], lang) for lang in order])
        with db.read_session() as s:
            orgs = {n for (n,) in s.execute(select(Actor.name).where(Actor.kind == "institution"))}
            aliases = {a.casefold() for (a,) in s.execute(select(ActorAlias.alias))}
        assert orgs == {"Senado del Paraguay", "Cámara de Diputados del Paraguay",
                        "Ministerio de Relaciones Exteriores del Paraguay"}
        assert {"paraguayan senate", "paraguayan chamber of deputies", "paraguayan foreign ministry"} <= aliases
    finally:
        db.dispose()
