"""How edited rows look: the pencil icon, its colour and the tooltip line, shared by tables, timeline and viewer."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

from sofa_desktop.ui.colours import is_dark
from sofa_desktop.ui.icons import icon

EDITED_COLOUR = QColor("#8e44ad")  # violet: apart from the source hues, the speaker tints and the conflict red
RESOLVED_COLOUR = QColor("#2e9b6a")
EDITED_TIP = "✎ Edited by analyst"


def edited_icon() -> QIcon:
    """The pencil shown on edited rows (lighter on a dark palette)."""
    return icon("edited", (EDITED_COLOUR.lighter(150) if is_dark() else EDITED_COLOUR).name())


def resolved_icon() -> QIcon:
    """The check shown on resolved conflicts."""
    return icon("resolved", RESOLVED_COLOUR.name())
