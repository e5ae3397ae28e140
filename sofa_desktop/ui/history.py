"""Browser-like back/forward history of the user's jumps (events, quotes, actors, sources); no Qt."""

from __future__ import annotations

from collections.abc import Hashable


class History:
    """A list of locations with a cursor; pushing after going back drops the forward part."""

    def __init__(self, limit: int = 200) -> None:
        self._items: list[Hashable] = []
        self._pos = -1
        self._limit = limit

    @property
    def current(self) -> Hashable | None:
        """The location shown now, or None."""
        return self._items[self._pos] if self._pos >= 0 else None

    def push(self, location: Hashable) -> None:
        """Record a new jump (ignored if it equals the current location)."""
        if location == self.current:
            return
        del self._items[self._pos + 1 :]
        self._items.append(location)
        if len(self._items) > self._limit:
            del self._items[0]
        self._pos = len(self._items) - 1

    def can_back(self) -> bool:
        """Whether there is an earlier location."""
        return self._pos > 0

    def can_forward(self) -> bool:
        """Whether there is a later location."""
        return self._pos < len(self._items) - 1

    def back(self) -> Hashable | None:
        """Move back one step and return the location (None if impossible)."""
        if not self.can_back():
            return None
        self._pos -= 1
        return self._items[self._pos]

    def forward(self) -> Hashable | None:
        """Move forward one step and return the location (None if impossible)."""
        if not self.can_forward():
            return None
        self._pos += 1
        return self._items[self._pos]

    def clear(self) -> None:
        """Forget everything (e.g. after the data changed)."""
        self._items.clear()
        self._pos = -1
