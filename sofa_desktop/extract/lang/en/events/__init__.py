"""English events: the finder (``finder``) over a sentence reader (``reader``) and the sentence patterns
(``patterns``), factuality cues (``factuality``) and reporter-style titles (``titles``)."""

from sofa_desktop.extract.lang.en.events.finder import EventFinder

__all__ = ["EventFinder"]
