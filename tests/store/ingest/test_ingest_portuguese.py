"""A Portuguese and an English article in one store: Brazil's bodies and people are one actor each, named as the
Brazilian press names them, and the Portuguese file is detected and read as Portuguese."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sofa_desktop.corpus.reader import parse_article
from sofa_desktop.extract import Document, extract_document
from sofa_desktop.store import open_database
from sofa_desktop.store.ingest import import_paths, store_article
from sofa_desktop.store.schema.models import Actor, Source
from sofa_desktop.store.search import search_quotes

PT = ("Senado aprova acordo com o Paraguai\n\n date 2026-03-05\n\n"
      "O Senado Federal aprovou nesta quarta-feira (4) o acordo com o Paraguai. “É um passo importante para a "
      "integração da região”, disse o senador Otávio Brandão (PSD-MG), relator do texto.\n")
EN = ("Brazil's Senate approves Paraguay deal\n\n date 2026-03-05\n\n"
      "The Brazilian Senate approved the agreement with Paraguay on Wednesday. \"We expect the ratification to move "
      "quickly,\" said Senator Otavio Brandao, who reported on the text.\n")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path):  # noqa: ANN001, ANN201
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    return request.getfixturevalue("pg_url")


def test_brazilian_bodies_and_people_are_one_actor_across_languages(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.write_session.begin() as s:
            for name, raw, lang in (("pt.txt", PT, "pt"), ("en.txt", EN, "en")):
                art = parse_article(name, raw)
                store_article(s, art, extract_document(Document(art.text, art.published, art.body_start,
                                                                language=lang)))
        with db.read_session() as s:
            names = [n for (n,) in s.execute(select(Actor.name))]
            assert sum(1 for n in names if "Senad" in n or "Senate" in n) == 1 and "Senado Federal" in names
            assert sum(1 for n in names if n in ("Otávio Brandão", "Otavio Brandao")) == 1
            for who in ("Brandão", "brandao"):
                assert {h.text[:10] for h in search_quotes(s, who)} == {"É um passo", "We expect "}
    finally:
        db.dispose()


def test_a_portuguese_file_is_detected_and_read_as_portuguese(db_url: str, tmp_path) -> None:  # noqa: ANN001
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "pt.txt").write_text(PT, encoding="utf-8")
    db = open_database(db_url)
    try:
        assert {r.status for r in import_paths(db, [folder])} == {"imported"}
        with db.read_session() as s:
            assert dict(s.execute(select(Source.name, Source.language)).all()) == {"pt.txt": "pt"}
            assert [h.text[:10] for h in search_quotes(s, "Otávio Brandão")] == ["É um passo"]
    finally:
        db.dispose()
