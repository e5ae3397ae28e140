"""``MentionNavigator``: the selected actor's mentions across sources, stepped through with Next/Previous Mention."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sofa_desktop.store.queries import Passage
from sofa_desktop.ui.actions import Actions


class MentionNavigator:
    """Holds one actor's mentions (in reading order) and which one is shown; the window supplies how to show one.

    ``show(passage)`` opens the passage's source and marks it; ``announce(text)`` puts "mention 2 of 7" in the
    status bar.
    """

    def __init__(self, actions: Actions, show: Callable[[Passage], None], announce: Callable[[str], None]) -> None:
        self._actions = actions
        self._show = show
        self._announce = announce
        self._mentions: list[Passage] = []
        self._index = -1
        self._name = ""
        actions.next_mention.triggered.connect(self.next)
        actions.previous_mention.triggered.connect(self.previous)

    @property
    def position(self) -> tuple[int, int]:
        """(1-based number of the mention shown, how many there are); (0, 0) when there are none."""
        return (self._index + 1, len(self._mentions)) if self._mentions else (0, 0)

    def start(self, name: str, mentions: Sequence[Passage], shown_source: int | None) -> None:
        """Take a new actor's mentions and show the first one in the source on screen (else the first of all)."""
        self._name, self._mentions = name, list(mentions)
        here = [i for i, m in enumerate(self._mentions) if m.source_id == shown_source]
        self._go(here[0] if here else 0)

    def clear(self) -> None:
        """No actor: nothing to step through."""
        self._mentions, self._index = [], -1
        self._sync_actions()

    def next(self) -> None:
        """Show the next mention (wraps around to the first)."""
        if self._mentions:
            self._go((self._index + 1) % len(self._mentions))

    def previous(self) -> None:
        """Show the previous mention (wraps around to the last)."""
        if self._mentions:
            self._go((self._index - 1) % len(self._mentions))

    def _go(self, index: int) -> None:
        self._index = index if self._mentions else -1
        self._sync_actions()
        if self._index < 0:
            return
        self._show(self._mentions[self._index])
        number, total = self.position
        self._announce(f"Actor: {self._name} — mention {number} of {total}")

    def _sync_actions(self) -> None:
        several = len(self._mentions) > 1
        self._actions.next_mention.setEnabled(several)
        self._actions.previous_mention.setEnabled(several)
