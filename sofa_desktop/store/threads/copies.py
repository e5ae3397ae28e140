"""Syndicated copies: each source's MinHash signature and copy group, computed once per new source."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from sofa_desktop.store.schema.models import Source, SourceCopy


def update_copies(conn: Connection) -> set[int]:
    """Fingerprint the sources that have none yet and give each its copy group; return the ids of sources whose
    group is new or changed (their events' threads count witnesses anew)."""
    todo = list(conn.execute(select(Source.id, Source.text, Source.body_start)
                             .where(~select(SourceCopy.source_id).where(SourceCopy.source_id == Source.id).exists())
                             .order_by(Source.id)))
    if not todo:
        return set()
    # lazy for start-up time only (no cycle): numpy loads here
    from sofa_desktop.extract.core.threads.fingerprint import copy_groups, shingle_set, signature

    bodies = {row.id: row.text[row.body_start or 0:] for row in todo}
    new = {sid: signature(body) for sid, body in bodies.items()}
    stored = {sid: (sig, grp) for sid, sig, grp in
              conn.execute(select(SourceCopy.source_id, SourceCopy.signature, SourceCopy.copy_group))}

    seen: dict[int, set[tuple[str, ...]]] = {}

    def shingles_of(source_id: int) -> set[tuple[str, ...]]:  # only for the few pairs checked for containment
        if source_id not in seen:
            if source_id not in bodies:
                row = conn.execute(select(Source.text, Source.body_start).where(Source.id == source_id)).one()
                bodies[source_id] = row.text[row.body_start or 0:]
            seen[source_id] = shingle_set(bodies[source_id])
        return seen[source_id]

    groups = copy_groups(new, stored, shingles_of)
    conn.execute(insert(SourceCopy), [{"source_id": sid, "copy_group": groups[sid], "signature": new[sid]}
                                      for sid in new])
    changed = set(new)
    # a new source earlier than a stored one it copies cannot happen (ids grow), so stored groups never move; but a
    # stored source whose group a new copy joins now has one more outlet carrying its story
    joined = {g for sid, g in groups.items() if g != sid}
    if joined:
        changed |= set(conn.scalars(select(SourceCopy.source_id).where(SourceCopy.copy_group.in_(sorted(joined)))))
    return changed


def regroup(conn: Connection, source_id: int, group: int) -> None:
    """Put a source in another copy group (an analyst's correction, or tests)."""
    conn.execute(update(SourceCopy).where(SourceCopy.source_id == source_id).values(copy_group=group))
