"""PostgreSQL's bulk row path (multi-row INSERT ... RETURNING, one-query actor lookup) stores what SQLite stores."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import synth  # noqa: E402
from sofa_desktop.extract import ActorKind, ActorX  # noqa: E402
from sofa_desktop.store import open_database  # noqa: E402
from sofa_desktop.store.export.document import export_document  # noqa: E402
from sofa_desktop.store.ingest.actors import ActorResolver  # noqa: E402
from sofa_desktop.store.ingest.files import import_paths  # noqa: E402
from sofa_desktop.store.schema import rows as rows_module  # noqa: E402
from sofa_desktop.store.schema.models import Actor, ActorAlias  # noqa: E402

SEEDS = ROOT / "seeds"
PERSON, INST = ActorKind.PERSON, ActorKind.INSTITUTION
DOCUMENTS = (
    (ActorX("Ruben Ramirez", PERSON, None, ("Ramirez",)), ActorX("Rubén Ramírez", PERSON, "Foreign Minister", ()),
     ActorX("US State Department", INST, None, ())),
    (ActorX("U.S. Department of State", INST, None, ()), ActorX("Senate", INST, None, ()),
     ActorX("Paraguayan Senate", INST, None, ("Senate",)), ActorX("Ramirez", PERSON, None, ())),
    (ActorX("Lucía Benítez", PERSON, "Senator", ("Benítez",)), ActorX("Rubén Ramírez", PERSON, None, ())),
)


def _actors_after_resolving(url: str) -> tuple[list[dict[str, int]], list[tuple], list[tuple]]:
    db = open_database(url)
    try:
        with db.write_session() as session, session.begin():
            ids = [ActorResolver(session).resolve(actors) for actors in DOCUMENTS]
        with db.read_session() as s:
            actors = s.execute(select(Actor.id, Actor.name, Actor.name_folded, Actor.kind, Actor.role, Actor.version,
                                      Actor.curated).order_by(Actor.id)).all()
            aliases = s.execute(select(ActorAlias.id, ActorAlias.actor_id, ActorAlias.alias, ActorAlias.folded)
                                .order_by(ActorAlias.id)).all()
        return ids, [tuple(r) for r in actors], [tuple(r) for r in aliases]
    finally:
        db.dispose()


def test_actor_resolver_creates_and_merges_the_same_on_both_backends(tmp_path, pg_url):
    sqlite = _actors_after_resolving(f"sqlite:///{tmp_path / 'store.sqlite'}")
    assert sqlite[1] and sqlite[2]
    assert _actors_after_resolving(pg_url) == sqlite


def _imported(url: str, folders: list) -> dict:
    db = open_database(url)
    try:
        results = import_paths(db, folders)
        assert all(r.status == "imported" for r in results), [r.line() for r in results if r.status != "imported"]
        with db.read_session() as s:
            doc = export_document(s)
    finally:
        db.dispose()
    for key in ("sources", "events", "quotes", "actors"):  # ties in the export's order may fall apart differently
        doc[key] = sorted(doc[key], key=lambda row: row["id"])
    return doc


def test_imported_rows_are_the_same_on_both_backends_in_small_statements(tmp_path, pg_url, monkeypatch):
    corpus = tmp_path / "corpus"
    synth.write_corpus(corpus, 12)
    sqlite = _imported(f"sqlite:///{tmp_path / 'store.sqlite'}", [corpus, SEEDS])
    monkeypatch.setattr(rows_module, "_MAX_PARAMS", 7)  # several INSERTs per table: ids still in row order
    postgresql = _imported(pg_url, [corpus, SEEDS])
    assert sqlite["quotes"] and sqlite["conflicts"]
    for key in sqlite:
        assert postgresql[key] == sqlite[key], key
