"""A timeline view shown on screen for GUI tests: made, sized, filled and exposed the way every test needs it."""

from __future__ import annotations

from collections.abc import Sequence

from sofa_desktop.ui.timeline.view import TimelineView


def shown_timeline(qtbot, width: int, height: int, events: Sequence, sources: Sequence,
                   conflicts: Sequence = ()) -> TimelineView:
    """A ``TimelineView`` of ``width`` x ``height`` holding ``events``, shown and exposed (closed with the test)."""
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(width, height)
    v.set_events(events, sources, conflicts)
    v.show()
    qtbot.waitExposed(v)
    return v
