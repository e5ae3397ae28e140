"""A Portuguese and an English article in one store: Brazil's bodies and people are one actor each, named as the
Brazilian press names them, and the Portuguese file is detected and read as Portuguese."""

from __future__ import annotations

from sqlalchemy import select
from test_ingest_across_languages import store_texts

from sofa_desktop.store import open_database
from sofa_desktop.store.ingest import import_paths
from sofa_desktop.store.schema.models import Actor, Source
from sofa_desktop.store.search import search_quotes

PT = ("Senado aprova acordo com o Paraguai\n\n date 2026-03-05\n\n"
      "O Senado Federal aprovou nesta quarta-feira (4) o acordo com o Paraguai. “É um passo importante para a "
      "integração da região”, disse o senador Otávio Brandão (PSD-MG), relator do texto.\n")
EN = ("Brazil's Senate approves Paraguay deal\n\n date 2026-03-05\n\n"
      "The Brazilian Senate approved the agreement with Paraguay on Wednesday. \"We expect the ratification to move "
      "quickly,\" said Senator Otavio Brandao, who reported on the text.\n")



def test_brazilian_bodies_and_people_are_one_actor_across_languages(any_db_url: str) -> None:
    db = open_database(any_db_url)
    try:
        store_texts(db, [("pt.txt", PT, "pt"), ("en.txt", EN, "en")])
        with db.read_session() as s:
            names = [n for (n,) in s.execute(select(Actor.name))]
            assert sum(1 for n in names if "Senad" in n or "Senate" in n) == 1 and "Senado Federal" in names
            assert sum(1 for n in names if n in ("Otávio Brandão", "Otavio Brandao")) == 1
            for who in ("Brandão", "brandao"):
                assert {h.text[:10] for h in search_quotes(s, who)} == {"É um passo", "We expect "}
    finally:
        db.dispose()


def test_a_portuguese_file_is_detected_and_read_as_portuguese(any_db_url: str, tmp_path) -> None:  # noqa: ANN001
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "pt.txt").write_text(PT, encoding="utf-8")
    db = open_database(any_db_url)
    try:
        assert {r.status for r in import_paths(db, [folder])} == {"imported"}
        with db.read_session() as s:
            assert dict(s.execute(select(Source.name, Source.language)).all()) == {"pt.txt": "pt"}
            assert [h.text[:10] for h in search_quotes(s, "Otávio Brandão")] == ["É um passo"]
    finally:
        db.dispose()
