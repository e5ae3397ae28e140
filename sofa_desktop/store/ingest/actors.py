"""Merge extracted actors into stored ones across sources (folded names and aliases; organisations by the
extractor's ``org_identity``, whose language rules live in ``extract.lang``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, bindparam, insert, literal, select, union_all, update
from sqlalchemy.orm import Session

from sofa_desktop.corpus import fold as _fold
from sofa_desktop.extract import ActorX, org_identity
from sofa_desktop.store.schema.models import Actor, ActorAlias
from sofa_desktop.store.schema.rows import insert_values

_ORG_KINDS = frozenset({"organization", "institution"})
# Names repeat from article to article: folding them was a tenth of the store side (fold is a pure function).
fold = lru_cache(maxsize=1 << 16)(_fold)


def _has_accents(name: str) -> bool:
    return fold(name) != name.casefold()


@dataclass
class _Known:
    """What one resolve() call knows of the stored actors it may touch, kept current as it creates and updates."""

    by_name: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, name_folded) -> smallest id
    by_alias: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, alias folded) -> smallest id
    names: dict[int, tuple[str, str | None]] = field(default_factory=dict)  # id -> (name, role)
    aliases: dict[int, set[str]] = field(default_factory=dict)  # id -> folded aliases

    def add_name(self, kind: str, folded: str, actor_id: int) -> None:
        key = (kind, folded)
        self.by_name[key] = min(actor_id, self.by_name.get(key, actor_id))

    def add_alias(self, kind: str, folded: str, actor_id: int) -> None:
        key = (kind, folded)
        self.by_alias[key] = min(actor_id, self.by_alias.get(key, actor_id))
        self.aliases.setdefault(actor_id, set()).add(folded)


# Built once: these run for every imported article, and building a statement costs more than SQLite running it.
_CANDIDATES = union_all(
    select(Actor.id, Actor.name_folded, Actor.kind, literal(False))
    .where(Actor.name_folded.in_(bindparam("keys", expanding=True))),
    select(ActorAlias.actor_id, ActorAlias.folded, Actor.kind, literal(True))
    .join(Actor, Actor.id == ActorAlias.actor_id).where(ActorAlias.folded.in_(bindparam("names", expanding=True))),
)
_DETAILS = (select(Actor.id, Actor.name, Actor.role, ActorAlias.folded)
            .outerjoin(ActorAlias, ActorAlias.actor_id == Actor.id)
            .where(Actor.id.in_(bindparam("ids", expanding=True))))
_CREATE = insert(Actor.__table__).returning(Actor.__table__.c.id)
_ADD_ALIASES = insert(ActorAlias.__table__)
_RENAME = (update(Actor.__table__).where(Actor.__table__.c.id == bindparam("b_id"))
           .values(name=bindparam("b_name"), role=bindparam("b_role")))
_REFOLD = (update(Actor.__table__).where(Actor.__table__.c.id == bindparam("b_id"))
           .values(name_folded=bindparam("b_folded")))
# The same on the DBAPI cursor (qmark), for SQLite; the IN lists' placeholders by their lengths, cached.
_SQL_CREATE = "INSERT INTO actor (name, name_folded, kind, role) VALUES (?, ?, ?, ?)"
_SQL_ADD_ALIASES = "INSERT INTO actor_alias (actor_id, alias, folded) VALUES (?, ?, ?)"
_SQL_RENAME = "UPDATE actor SET name = ?, role = ? WHERE id = ?"
# PostgreSQL (psycopg, on the DBAPI cursor): the candidates and their details in one round trip, lists as arrays
_PG_LOAD = (
    "WITH c AS (SELECT id, name_folded AS key, kind, false AS is_alias FROM actor WHERE name_folded = ANY(%s) "
    "UNION ALL SELECT actor_alias.actor_id, actor_alias.folded, actor.kind, true FROM actor_alias "
    "JOIN actor ON actor.id = actor_alias.actor_id WHERE actor_alias.folded = ANY(%s)) "
    "SELECT id, key, kind, is_alias, NULL, NULL, NULL, false FROM c UNION ALL "
    "SELECT actor.id, NULL, NULL, NULL, actor.name, actor.role, actor_alias.folded, true FROM actor "
    "LEFT OUTER JOIN actor_alias ON actor_alias.actor_id = actor.id WHERE actor.id IN (SELECT id FROM c)"
)
_PG_RENAME = "UPDATE actor SET name = %s, role = %s WHERE id = %s"
_PROVISIONAL = 1 << 62  # PostgreSQL: ids of actors to create, above every stored id, in creation order


def _marks(n: int) -> str:
    return ", ".join("?" * n)


@lru_cache(maxsize=1024)
def _sql_candidates(keys: int, names: int) -> str:
    return (f"SELECT id, name_folded, kind, 0 FROM actor WHERE name_folded IN ({_marks(keys)}) UNION ALL "
            "SELECT actor_alias.actor_id, actor_alias.folded, actor.kind, 1 FROM actor_alias "
            f"JOIN actor ON actor.id = actor_alias.actor_id WHERE actor_alias.folded IN ({_marks(names)})")


@lru_cache(maxsize=256)
def _sql_details(ids: int) -> str:
    return ("SELECT actor.id, actor.name, actor.role, actor_alias.folded FROM actor "
            f"LEFT OUTER JOIN actor_alias ON actor_alias.actor_id = actor.id WHERE actor.id IN ({_marks(ids)})")


class ActorResolver:
    """Find or create the stored actor for each extracted one, within the caller's transaction.

    One document's actors are looked up with a handful of indexed queries, then matched in memory in order (an actor
    created for one name can absorb a later one, as before); ingest used to spend most of its time here, in several
    queries per actor, one of which scanned every actor of the kind.
    """

    def __init__(self, session: Session | Connection) -> None:
        self._conn = conn = session if isinstance(session, Connection) else session.connection()
        # qmark drivers (SQLite): prepared SQL text on the DBAPI cursor; SQLAlchemy re-rendered the expanding IN
        # parameters of every statement on every call, which was most of the resolver's time
        self._cursor = conn.connection.cursor() if conn.dialect.paramstyle == "qmark" else None
        # psycopg: the DBAPI cursor too, with one query to load and one INSERT for the actors resolve() creates
        self._pg = conn.connection.cursor() if conn.dialect.name == "postgresql" else None
        self._pending: list[tuple[str, str, str, str | None]] = []  # PostgreSQL: rows of actors to create

    def resolve(self, actors: Sequence[ActorX]) -> dict[str, int]:
        """Return canonical name -> actor id, creating actors and adding new aliases as needed."""
        folded = {n: fold(n) for a in actors for n in (a.name, *a.aliases)}
        ident = {a.name: org_identity(a.name) for a in actors if str(a.kind) in _ORG_KINDS}
        for _country, _bare, canon in ident.values():
            folded.setdefault(canon, fold(canon))
        known = self._load(actors, folded, [c for _, _, c in ident.values()])
        new_aliases: list[dict[str, object]] = []
        renamed: dict[int, tuple[str, str | None]] = {}
        refolded: dict[int, str] = {}
        result: dict[str, int] = {}
        for actor in actors:
            kind, folded_name = str(actor.kind), folded[actor.name]
            keys = {folded_name} | {folded[a] for a in actor.aliases if len(a.split()) > 1 or actor.kind != "person"}
            extra: tuple[str, ...] = ()
            if actor.name in ident:  # one spelling for "US State Department" / "U.S. Department of State"
                canon = ident[actor.name][2]
                keys.add(folded[canon])
                extra = (canon,) if folded[canon] != folded_name else ()
            matches = [known.by_name[(kind, k)] for k in keys if (kind, k) in known.by_name]
            for k in {folded_name, *((folded[extra[0]],) if extra else ())}:
                if (kind, k) in known.by_alias:
                    matches.append(known.by_alias[(kind, k)])
            if actor.name in ident:  # Paraguay's Senate is not the US Senate, nor a "Senate" of unknown country
                country = ident[actor.name][0]
                matches = [m for m in matches if org_identity(known.names[m][0])[0] == country]
            if matches:
                actor_id = min(matches)
                name, role = known.names[actor_id]
                if fold(name) == folded_name and _has_accents(actor.name) and not _has_accents(name):
                    name = actor.name  # prefer the accented spelling as canonical
                elif actor.name in ident and ident[actor.name][2] == actor.name != name and (
                        org_identity(name)[:2] == ident[actor.name][:2]):
                    name = actor.name  # another spelling of the body: its own country's name ("Senado del Paraguay")
                    refolded[actor_id] = folded_name
                if role is None and actor.role:
                    role = actor.role
                if (name, role) != known.names[actor_id]:
                    known.names[actor_id] = renamed[actor_id] = (name, role)
            else:
                actor_id = self._create(actor, folded_name)
                known.add_name(kind, folded_name, actor_id)
                known.names[actor_id] = (actor.name, actor.role)
            for alias in (actor.name, *actor.aliases, *extra):
                key = folded[alias]
                if key not in known.aliases.setdefault(actor_id, set()):
                    known.add_alias(kind, key, actor_id)
                    new_aliases.append({"actor_id": actor_id, "alias": alias, "folded": key})
            result[actor.name] = actor_id
        if self._pending:  # PostgreSQL: create them now, in one statement, and swap in their ids
            real = self._create_pending()
            result = {name: real.get(i, i) for name, i in result.items()}
            renamed = {real.get(i, i): v for i, v in renamed.items()}
            refolded = {real.get(i, i): v for i, v in refolded.items()}
            new_aliases = [r | {"actor_id": real.get(r["actor_id"], r["actor_id"])} for r in new_aliases]
        if renamed:
            if self._pg is not None:
                self._pg.executemany(_PG_RENAME, [(n, r, i) for i, (n, r) in renamed.items()])
            elif self._cursor is None:
                self._conn.execute(_RENAME, [{"b_id": i, "b_name": n, "b_role": r} for i, (n, r) in renamed.items()])
            else:
                self._cursor.executemany(_SQL_RENAME, [(n, r, i) for i, (n, r) in renamed.items()])
        if refolded:  # a body renamed to its home name is found by it (an analyst's rename keeps the old key)
            self._conn.execute(_REFOLD, [{"b_id": i, "b_folded": f} for i, f in refolded.items()])
        if new_aliases:
            if self._pg is not None:
                insert_values(self._conn, "actor_alias", ("actor_id", "alias", "folded"),
                              [(r["actor_id"], r["alias"], r["folded"]) for r in new_aliases])
            elif self._cursor is None:
                self._conn.execute(_ADD_ALIASES, new_aliases)
            else:
                self._cursor.executemany(_SQL_ADD_ALIASES, [(r["actor_id"], r["alias"], r["folded"])
                                                            for r in new_aliases])
        return result

    def _load(self, actors: Sequence[ActorX], folded: dict[str, str], canons: Sequence[str] = ()) -> _Known:
        """The stored actors any of ``actors`` could match, by folded name or alias, with their aliases."""
        known = _Known()
        names = {folded[a.name] for a in actors} | {folded[c] for c in canons}
        keys = names | {folded[alias] for a in actors for alias in a.aliases}
        if not keys:
            return known
        if self._pg is not None:
            return self._load_pg(known, keys, names)
        rows = self._query(_CANDIDATES, _sql_candidates, keys=list(keys), names=list(names))
        for actor_id, key, kind, is_alias in rows:
            (known.add_alias if is_alias else known.add_name)(kind, key, actor_id)
        ids = set(known.by_name.values()) | set(known.by_alias.values())
        if ids:
            for actor_id, name, role, alias in self._query(_DETAILS, _sql_details, ids=list(ids)):
                known.names[actor_id] = (name, role)
                if alias is not None:
                    known.aliases.setdefault(actor_id, set()).add(alias)
        return known

    def _load_pg(self, known: _Known, keys: set[str], names: set[str]) -> _Known:
        """``_load`` on PostgreSQL: one query (details of every candidate, a superset of the smallest ids)."""
        assert self._pg is not None
        self._pg.execute(_PG_LOAD, (sorted(keys), sorted(names)))
        for actor_id, key, kind, is_alias, name, role, alias, detail in self._pg.fetchall():
            if not detail:
                (known.add_alias if is_alias else known.add_name)(kind, key, actor_id)
                continue
            known.names[actor_id] = (name, role)
            if alias is not None:
                known.aliases.setdefault(actor_id, set()).add(alias)
        return known

    def _create_pending(self) -> dict[int, int]:
        """Insert the actors resolve() created (PostgreSQL); provisional id -> stored id."""
        rows, self._pending = self._pending, []
        ids = insert_values(self._conn, "actor", ("name", "name_folded", "kind", "role"), rows, returning=True)
        return {_PROVISIONAL + n: actor_id for n, actor_id in enumerate(ids)}

    def _create(self, actor: ActorX, folded_name: str) -> int:
        row = {"name": actor.name, "name_folded": folded_name, "kind": str(actor.kind), "role": actor.role}
        if self._pg is not None:  # created by _create_pending once every actor is resolved; ids in this order
            self._pending.append(tuple(row.values()))  # type: ignore[arg-type]
            return _PROVISIONAL + len(self._pending) - 1
        if self._cursor is None:
            return self._conn.execute(_CREATE, row).scalar_one()
        self._cursor.execute(_SQL_CREATE, tuple(row.values()))
        return self._cursor.lastrowid  # type: ignore[return-value]

    def _query(self, stmt: Any, sql: Callable[..., str], **params: list) -> Iterable[tuple]:
        """Rows of ``stmt`` (Core) or, on the DBAPI cursor, of ``sql(**lengths)`` with the lists as its parameters."""
        if self._cursor is None:
            return self._conn.execute(stmt, params)
        text = sql(**{k: len(v) for k, v in params.items()})
        return self._cursor.execute(text, [x for v in params.values() for x in v]).fetchall()
