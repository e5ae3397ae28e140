"""Cross-source actor merging: one State Department however it is spelled, never Paraguay's Senate with the US one."""

from __future__ import annotations

import pytest

from sofa_desktop.extract import ActorKind, ActorX, org_identity
from sofa_desktop.store import open_database
from sofa_desktop.store.ingest.actors import ActorResolver

INST = ActorKind.INSTITUTION


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'store.sqlite'}")
    yield database
    database.dispose()


def _ids(db, *sources: tuple[ActorX, ...]) -> list[dict[str, int]]:
    out = []
    with db.write_session() as session, session.begin():
        for actors in sources:
            out.append(ActorResolver(session).resolve(actors))
    return out


@pytest.mark.parametrize("name", ["US State Department", "U.S. Department of State", "the U.S. State Department"])
def test_spellings_of_a_qualified_org_share_one_identity(name: str) -> None:
    assert org_identity(name) == ("United States", "state department", "U.S. State Department")


def test_state_department_spellings_from_different_sources_are_one_actor(db) -> None:
    a, b, c = _ids(db, (ActorX("U.S. State Department", INST, aliases=("State Department",)),),
                   (ActorX("US State Department", INST),),
                   (ActorX("U.S. Department of State", INST, aliases=("Department of State",)),))
    assert a["U.S. State Department"] == b["US State Department"] == c["U.S. Department of State"]


def test_senates_of_different_or_unknown_countries_stay_apart(db) -> None:
    us, py, bare, py2 = _ids(db, (ActorX("U.S. Senate", INST, aliases=("Senate",)),),
                             (ActorX("Paraguayan Senate", INST, aliases=("Senate",)),),
                             (ActorX("Senate", INST),),
                             (ActorX("Paraguay's Senate", INST),))
    assert len({us["U.S. Senate"], py["Paraguayan Senate"], bare["Senate"]}) == 3
    assert py2["Paraguay's Senate"] == py["Paraguayan Senate"]


def test_accented_canonical_name_is_kept(db) -> None:
    first, second = _ids(db, (ActorX("Santiago Pena", ActorKind.PERSON),), (ActorX("Santiago Peña", ActorKind.PERSON),))
    assert first["Santiago Pena"] == second["Santiago Peña"]
    with db.read_session() as session:
        from sofa_desktop.store.schema.models import Actor

        assert session.get(Actor, first["Santiago Pena"]).name == "Santiago Peña"
