"""Installs curation into the main window: Edit menu (undo, redo, edits), the "Edit History" dock, context menus
on the actor and quote tables, the timeline and the source text, and keeps the actions' enabled state current."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QToolButton, QUndoView, QWidget

from sofa_desktop.ui.curation.controller import CurationController
from sofa_desktop.ui.docks import dock_toggle
from sofa_desktop.ui.icons import icon

if TYPE_CHECKING:
    from sofa_desktop.ui.curation.host import CurationHost

Key = QKeySequence.StandardKey


class CurationActions:
    """The curation QActions; each acts on the current selection (context menus bind their own target)."""

    def __init__(self, parent: QWidget, stack: QUndoStack) -> None:
        self._icons: list[tuple[QAction, str]] = []
        self.undo = stack.createUndoAction(parent, "&Undo")
        self.undo.setShortcuts([QKeySequence(Key.Undo)])
        self.redo = stack.createRedoAction(parent, "Re&do")
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence(Key.Redo)]  # the first one is shown in menus
        self.redo.setShortcuts(list({k.toString(): k for k in redo_keys if not k.isEmpty()}.values()))
        for action, name in ((self.undo, "undo"), (self.redo, "redo")):
            action.setIcon(icon(name))
            self._icons.append((action, name))
        self.set_speaker = self._make(parent, "Set &Speaker…", "speaker", "Change or add the speaker of the quote")
        self.edit_actor = self._make(parent, "Edit &Actor…", "edit-actor",
                                     "Rename the actor or change its kind or role")
        self.merge_actors = self._make(parent, "&Merge Actors…", "merge", "Merge the two selected actors into one")
        self.split_alias = self._make(parent, "Split Off Al&ias…", "split",
                                      "Make one spelling of the actor a separate actor")
        self.edit_event = self._make(parent, "Edit &Event…", "edit-event",
                                     "Correct the event's date, precision, status or title")
        self.add_event = self._make(parent, "Add Event from Se&lection…", "add-event",
                                    "Add an event whose evidence is the passage selected in the source text")
        self.resolve_conflict = self._make(parent, "&Resolve Conflict…", "resolved",
                                           "Mark the disagreement between sources as resolved, with a note")
        self.not_happened = self._make(parent, "Mark Event as Did &Not Happen", "not-happened",
                                       "The source reports it, but it did not happen (choose again to undo the mark)")
        self.not_happened.setCheckable(True)
        self.delete_event = self._make(parent, "&Delete Event", "delete",
                                       "Delete a wrong event (undo brings it back; it stays deleted after re-import)")
        self.delete_quote = self._make(parent, "Delete &Quote", "delete",
                                       "Delete a wrong quote (undo brings it back; it stays deleted after re-import)")
        self.refresh = QAction("&Refresh", parent)  # what other app instances on the same database changed
        self.refresh.setShortcuts([QKeySequence(Key.Refresh)])
        self.refresh.setStatusTip("Read the database again: shows imports and edits made by others meanwhile")

    def _make(self, parent: QWidget, text: str, icon_name: str, tip: str) -> QAction:
        action = QAction(icon(icon_name), text, parent)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self._icons.append((action, icon_name))
        return action

    @property
    def edits(self) -> list[QAction]:
        """The actions that open an edit dialog."""
        return [self.set_speaker, self.edit_actor, self.merge_actors, self.split_alias, self.edit_event,
                self.add_event, self.resolve_conflict, self.not_happened, self.delete_event, self.delete_quote]

    def refresh_icons(self) -> None:
        """Re-create the icons after a palette change."""
        for action, name in self._icons:
            action.setIcon(icon(name))


def _entry(menu: QMenu, template: QAction, slot: Callable[[], object], enabled: bool = True) -> QAction:
    """A context-menu entry looking like ``template`` but bound to the right-clicked target."""
    action = menu.addAction(template.icon(), template.text(), slot)
    action.setStatusTip(template.statusTip())
    action.setEnabled(enabled)
    return action


class CurationUi:
    """Everything curation adds to a main window; ``controller`` does the edits."""

    def __init__(self, host: CurationHost) -> None:
        self.host = host
        self.stack = stack = host.undo_stack
        window = host.parent_widget
        self.controller = CurationController(host)
        self.actions = a = CurationActions(window, stack)
        self.timeline_menu_hooks: list[Callable[[QMenu, int | None], None]] = []  # more entries (thread edits)
        c = self.controller
        a.set_speaker.triggered.connect(lambda: c.set_speaker())
        a.edit_actor.triggered.connect(lambda: c.edit_actor())
        a.merge_actors.triggered.connect(lambda: c.merge_actors())
        a.split_alias.triggered.connect(lambda: c.split_alias())
        a.edit_event.triggered.connect(lambda: c.edit_event())
        a.add_event.triggered.connect(lambda: c.add_event())
        a.resolve_conflict.triggered.connect(lambda: c.resolve_conflict())
        a.not_happened.triggered.connect(lambda: c.toggle_not_happened())
        a.delete_event.triggered.connect(lambda: c.delete_event())
        a.delete_quote.triggered.connect(lambda: c.delete_quote())
        a.refresh.triggered.connect(c.refresh)
        self.history_view = QUndoView(stack, window)
        self.history_view.setObjectName("editHistory")
        self.history_view.setEmptyLabel("Before your edits")
        self.history_dock = host.add_dock("historyDock", "Edit History", self.history_view)
        self.history_toggle = dock_toggle(self.history_dock, "Ctrl+4", text="Edit &History", icon=icon("history"),
                                          tip="Show every edit of this session; click one to go back to it")
        self._fill_edit_menu(host.menus["edit"])
        self._add_refresh(host.menus["edit"])
        self._add_to_toolbar()
        self._connect()
        self.update_actions()

    def _fill_edit_menu(self, menu: QMenu) -> None:
        a = self.actions
        menu.addActions([a.undo, a.redo])
        menu.addSeparator()
        menu.addActions([a.set_speaker, a.edit_actor, a.merge_actors, a.split_alias])
        menu.addSeparator()
        menu.addActions([a.edit_event, a.add_event, a.resolve_conflict, a.not_happened])
        menu.addSeparator()
        menu.addActions([a.delete_event, a.delete_quote])
        menu.addSeparator()
        menu.addAction(self.history_toggle)
        menu.aboutToShow.connect(self.update_actions)

    def _add_refresh(self, fallback: QMenu) -> None:
        """View > Refresh (first entry after the panel toggles), or at the end of ``fallback`` without a View menu."""
        view = self.host.menus.get("view")
        if view is None:
            fallback.addAction(self.actions.refresh)
            return
        first_separator = next((x for x in view.actions() if x.isSeparator()), None)
        view.insertAction(first_separator, self.actions.refresh)
        view.insertSeparator(self.actions.refresh)

    def _add_to_toolbar(self) -> None:
        bar = self.host.toolbar
        if bar is not None:
            before = self.host.toolbar_anchor
            bar.insertActions(before, [self.actions.undo, self.actions.redo])
            bar.insertSeparator(before)
            for action in (self.actions.undo, self.actions.redo):  # the text names the edit: too long for a bar
                button = bar.widgetForAction(action)
                if isinstance(button, QToolButton):
                    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def _connect(self) -> None:
        self.host.on_selection_changed(self.update_actions)
        self.host.set_context_menus(self.actor_menu, self.quote_menu, self.timeline_menu, self.viewer_menu)

    def update_actions(self, *_: object) -> None:
        """Enable each edit only when its target exists (cheap: no database access)."""
        a, t = self.actions, self.controller.targets
        writable = not self.host.db.read_only
        selected = self.host.selected_actor_ids()
        actors = [x for i in selected if (x := t.actor(i)) is not None] if len(selected) <= 2 else []  # Ctrl+A: no
        a.set_speaker.setEnabled(writable and t.quote_at() is not None)
        a.edit_actor.setEnabled(writable and len(actors) == 1)
        a.merge_actors.setEnabled(writable and len(actors) == 2 == len(selected))
        a.split_alias.setEnabled(writable and len(actors) == 1 and bool(actors[0].aliases))
        a.edit_event.setEnabled(writable and t.event() is not None)
        a.add_event.setEnabled(writable and t.passage() is not None)
        a.resolve_conflict.setEnabled(writable and t.conflict() is not None)
        event = t.event()
        a.not_happened.setEnabled(writable and event is not None)
        a.not_happened.setChecked(event is not None and event.did_not_happen)
        a.delete_event.setEnabled(writable and event is not None)
        a.delete_quote.setEnabled(writable and t.quote_at() is not None)

    def refresh_icons(self) -> None:
        """After a palette change."""
        self.actions.refresh_icons()
        self.history_toggle.setIcon(icon("history"))

    # -- context menus ------------------------------------------------------------------------------------------
    def actor_menu(self, parent: QWidget) -> QMenu:
        """The actor table's menu for the selected actors."""
        a, c = self.actions, self.controller
        actors = c.targets.selected_actors()
        menu = QMenu(parent)
        writable = not self.host.db.read_only
        one = actors[0] if len(actors) == 1 else None
        _entry(menu, a.edit_actor, lambda: c.edit_actor(one), writable and one is not None)
        _entry(menu, a.merge_actors, lambda: c.merge_actors(actors), writable and len(actors) == 2)
        _entry(menu, a.split_alias, lambda: c.split_alias(one), writable and one is not None and bool(one.aliases))
        return menu

    def quote_menu(self, parent: QWidget, row: int) -> QMenu | None:
        """The quote table's menu for one row."""
        hit = self.host.quote_hit_at_row(row)
        if hit is None:
            return None
        target = self.controller.targets.quote_from_hit(hit)
        menu = QMenu(parent)
        writable = not self.host.db.read_only
        _entry(menu, self.actions.set_speaker, lambda: self.controller.set_speaker(target), writable)
        _entry(menu, self.actions.delete_quote, lambda: self.controller.delete_quote(target), writable)
        return menu

    def timeline_menu(self, parent: QWidget, event_id: int | None, conflict_id: int | None) -> QMenu | None:
        """The timeline's menu for an event mark or a conflict badge."""
        a, c, t = self.actions, self.controller, self.controller.targets
        writable = not self.host.db.read_only
        menu = QMenu(parent)
        event = t.event(event_id) if event_id is not None else None
        if event is not None:
            _entry(menu, a.edit_event, lambda: c.edit_event(event), writable)
        conflicts = [cf for i in ((conflict_id,) if conflict_id is not None else event.conflict_ids if event else ())
                     if (cf := t.conflict(i)) is not None]
        for conflict in conflicts:
            entry = _entry(menu, a.resolve_conflict, lambda cf=conflict: c.resolve_conflict(cf), writable)
            if len(conflicts) > 1 or conflict.resolved:
                entry.setText(f"{'Edit Resolution' if conflict.resolved else 'Resolve'}: {conflict.topic[:60]}…")
        if event is not None:
            menu.addSeparator()
            mark = _entry(menu, a.not_happened, lambda: c.toggle_not_happened(event), writable)
            mark.setCheckable(True)
            mark.setChecked(event.did_not_happen)
            _entry(menu, a.delete_event, lambda: c.delete_event(event), writable)
        for hook in self.timeline_menu_hooks:
            hook(menu, event_id)
        return menu if menu.actions() else None

    def viewer_menu(self, menu: QMenu, qt_position: int) -> None:
        """Add the curation entries to the source text's standard menu."""
        a, c, t = self.actions, self.controller, self.controller.targets
        writable = not self.host.db.read_only
        quote = t.quote_at(qt_position)
        passage = t.passage()
        menu.addSeparator()
        _entry(menu, a.set_speaker, lambda: c.set_speaker(quote), writable and quote is not None)
        _entry(menu, a.delete_quote, lambda: c.delete_quote(quote), writable and quote is not None)
        _entry(menu, a.add_event, lambda: c.add_event(passage), writable and passage is not None)
