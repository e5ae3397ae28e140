"""Merge extracted actors into stored ones across sources (folded names and aliases)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from sofa_desktop.corpus import fold
from sofa_desktop.extract import ActorX
from sofa_desktop.store.models import Actor, ActorAlias


def _has_accents(name: str) -> bool:
    return fold(name) != name.casefold()


class ActorResolver:
    """Find or create the stored actor for each extracted one, within the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def resolve(self, actors: Sequence[ActorX]) -> dict[str, int]:
        """Return canonical name -> actor id, creating actors and adding new aliases as needed."""
        result: dict[str, int] = {}
        for actor in actors:
            result[actor.name] = self._resolve_one(actor)
        return result

    def _resolve_one(self, actor: ActorX) -> int:
        s = self._session
        folded_name = fold(actor.name)
        keys = {folded_name} | {fold(a) for a in actor.aliases if len(a.split()) > 1 or actor.kind != "person"}
        candidates = s.execute(
            select(Actor.id, Actor.name, Actor.kind, Actor.role)
            .outerjoin(ActorAlias, ActorAlias.actor_id == Actor.id)
            .where(or_(Actor.name_folded.in_(keys), ActorAlias.folded == folded_name))
            .where(Actor.kind == str(actor.kind))
        ).first()
        if candidates is None:
            row = Actor(name=actor.name, name_folded=folded_name, kind=str(actor.kind), role=actor.role)
            s.add(row)
            s.flush()
            actor_id = row.id
            known: set[str] = set()
        else:
            actor_id = candidates.id
            stored = s.get(Actor, actor_id)
            assert stored is not None
            if fold(stored.name) == folded_name and _has_accents(actor.name) and not _has_accents(stored.name):
                stored.name = actor.name  # prefer the accented spelling as canonical
            if stored.role is None and actor.role:
                stored.role = actor.role
            known = set(s.scalars(select(ActorAlias.folded).where(ActorAlias.actor_id == actor_id)))
        new_aliases: dict[str, str] = {}
        for alias in (actor.name, *actor.aliases):
            key = fold(alias)
            if key not in known and key not in new_aliases:
                new_aliases[key] = alias
        if new_aliases:
            s.execute(
                insert(ActorAlias),
                [{"actor_id": actor_id, "alias": alias, "folded": key} for key, alias in new_aliases.items()],
            )
        return actor_id
