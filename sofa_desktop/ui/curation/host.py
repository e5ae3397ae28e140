"""``CurationHost``: everything curation needs from the main window, and nothing else. Curation reads the
selection, shows messages, navigates and asks for views to be refreshed only through it, never through the
window's widgets (the window's side is ``ui/window_host.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from sofa_desktop.store import Database
from sofa_desktop.store.curation import Changes
from sofa_desktop.store.queries import ActorRow, ConflictRow, EventRow, QuoteHit, Span

# context-menu builders curation hands to the window: (parent widget, ...) -> the menu to show, or None
ActorMenu = Callable[[QWidget], QMenu | None]
QuoteMenu = Callable[[QWidget, int], QMenu | None]  # the quote table's row
TimelineMenu = Callable[[QWidget, int | None, int | None], QMenu | None]  # event id, conflict id
ViewerMenu = Callable[[QMenu, int], None]  # adds entries to the text's own menu at a UTF-16 position


class CurationHost(Protocol):
    """The window as curation sees it."""

    @property
    def db(self) -> Database: ...

    @property
    def undo_stack(self) -> QUndoStack: ...

    @property
    def parent_widget(self) -> QMainWindow:
        """Parent of dialogs, message boxes and actions."""
        ...

    @property
    def menus(self) -> Mapping[str, QMenu]:
        """The menu bar's menus by id ("file", "edit", "go", "view", "help")."""
        ...

    @property
    def toolbar(self) -> QToolBar | None: ...

    @property
    def toolbar_anchor(self) -> QAction | None:
        """The toolbar action before which undo/redo go."""
        ...

    def add_dock(self, name: str, title: str, widget: QWidget, tab_with: QDockWidget | None = None) -> QDockWidget:
        """A hidden bottom dock tabbed behind ``tab_with`` (default: the quotes dock, which stays in front)."""
        ...

    def show_status(self, text: str, msecs: int = 4000) -> None: ...

    # -- the selection and the rows shown (no database access) ----------------------------------------------
    def selected_actor_ids(self) -> list[int]: ...

    def actors(self) -> list[ActorRow]: ...

    def actor(self, actor_id: int) -> ActorRow | None: ...

    def selected_event_id(self) -> int | None: ...

    def event(self, event_id: int) -> EventRow | None: ...

    def conflict(self, conflict_id: int) -> ConflictRow | None: ...

    def quote_hit(self, quote_id: int) -> QuoteHit | None:
        """The quote table's row for a quote, if shown."""
        ...

    def quote_hit_at_row(self, row: int) -> QuoteHit | None: ...

    def shown_source_id(self) -> int | None: ...

    def shown_published(self) -> dt.date | None: ...

    def source_text(self, start: int, end: int) -> str | None:
        """The shown source's text in a code-point range (None: nothing shown or outside)."""
        ...

    def selected_range(self) -> tuple[int, int] | None:
        """The code-point range selected in the source text."""
        ...

    def span_at(self, kind: str, qt_position: int | None = None) -> Span | None:
        """The passage of a kind at a UTF-16 position of the source text (default: the cursor)."""
        ...

    # -- going places and refreshing ------------------------------------------------------------------------
    def go_to_event(self, event_id: int) -> None: ...

    def go_to_actor(self, actor_id: int) -> None: ...

    def go_to_quote(self, quote_id: int, source_id: int, start: int, end: int, speaker_ids: list[int]) -> None: ...

    def go_to_passage(self, source_id: int, start: int | None = None, end: int | None = None) -> None: ...

    def refresh(self, changes: Changes) -> None:
        """Reload the views showing what changed, keeping the shown source, passage and selections."""
        ...

    def is_alive(self) -> bool:
        """False once the window's widgets are being deleted."""
        ...

    # -- hooks --------------------------------------------------------------------------------------------
    def on_selection_changed(self, slot: Callable[[], None]) -> None:
        """Call ``slot`` whenever the selected actors, event or text change."""
        ...

    def set_context_menus(self, actor: ActorMenu, quote: QuoteMenu, timeline: TimelineMenu,
                          viewer: ViewerMenu) -> None: ...

    def on_theme_changed(self, slot: Callable[[bool], None]) -> None: ...
