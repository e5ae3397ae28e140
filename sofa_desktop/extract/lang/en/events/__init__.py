"""English events: the finder (``finder``) over a sentence reader (``reader``), the sentence patterns (``patterns``),
the story's day (``storyday``), factuality cues (``factuality``) and reporter-style titles (``titles``).

``EventFinder`` loads on first use: importing ``titles`` alone (the Spanish rules do) must not load the finder."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sofa_desktop.extract.lang.en.events.finder import EventFinder


def __getattr__(name: str) -> Any:
    if name != "EventFinder":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from sofa_desktop.extract.lang.en.events.finder import EventFinder

    return EventFinder


__all__ = ["EventFinder"]
