"""``Changes``: which kinds of rows an edit (or its undo/redo) may have changed, so each view reloads only those."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """What changed; a view reloads when one of the flags it shows is set (anki's ``OpChanges``)."""

    sources: bool = False
    actors: bool = False
    quotes: bool = False
    events: bool = False
    conflicts: bool = False
    threads: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


ALL = Changes(True, True, True, True, True, True)
NOTHING = Changes()
_EVENTS = Changes(events=True, conflicts=True, threads=True)  # dates and spans decide conflicts and threads
_ACTORS = Changes(actors=True, quotes=True, events=True, conflicts=True, threads=True)  # names, speakers, threading
_KINDS = {
    "quote_speakers": Changes(actors=True, quotes=True),  # the actors' quote counts change too
    "quote_delete": Changes(actors=True, quotes=True),
    "actor_add": Changes(actors=True),
    "actor_update": _ACTORS,
    "actor_merge": _ACTORS,
    "actor_split": _ACTORS,
    "event_add": _EVENTS,
    "event_update": _EVENTS,
    "event_delete": _EVENTS,
    "conflict_resolve": Changes(conflicts=True),
}


def changes_of(kind: str) -> Changes:
    """What an edit of this kind (a ``Curation.kind``) changes when made, undone or redone; unknown kinds: all."""
    if kind.startswith("thread_"):
        return _EVENTS
    return _KINDS.get(kind, ALL)
