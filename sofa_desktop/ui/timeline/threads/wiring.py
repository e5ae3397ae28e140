"""Installs threads into the main window: the timeline's toolbar (rows, statements, not asserted), the "Thread" dock
listing a picked thread's reports, the compare view, and thread edits in the timeline's context menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu

from sofa_desktop.store.queries import hidden_ranges
from sofa_desktop.store.threads import report_passages, thread_reports
from sofa_desktop.ui.docks import add_dock
from sofa_desktop.ui.timeline.threads.compare import CompareDialog
from sofa_desktop.ui.timeline.threads.edits import ThreadEdits
from sofa_desktop.ui.timeline.threads.pane import TimelinePane
from sofa_desktop.ui.timeline.threads.reports_panel import ThreadPanel
from sofa_desktop.wording import clipped

if TYPE_CHECKING:
    from sofa_desktop.ui.main_window import MainWindow


class ThreadsUi:
    """Everything threads add to a main window; ``pane`` is the central widget."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        view = window.timeline
        window.takeCentralWidget()  # setCentralWidget would delete the view
        self.pane = TimelinePane(view, window.settings, window.persist, window)
        window.setCentralWidget(self.pane)
        self.panel = ThreadPanel(window)
        self.dock = add_dock(window, "threadDock", "Thread", self.panel, Qt.DockWidgetArea.BottomDockWidgetArea,
                             tab_with=window.quotes_dock)
        window.quotes_dock.raise_()
        self.edits = ThreadEdits(window)
        self.compare_dialog: CompareDialog | None = None
        self.menu: QMenu | None = None
        self.thread_id: int | None = None  # the thread the dock lists
        view.thread_selected.connect(self._on_view_thread_selected)
        view.thread_menu_requested.connect(self._on_thread_menu)
        self.panel.report_activated.connect(window.select_event)
        self.panel.compare_requested.connect(self.compare)
        self.panel.edit_requested.connect(self._on_edit)
        window.curation_ui.timeline_menu_hooks.append(self.add_report_entries)

    def after_reload(self) -> None:
        """The store was read again: list the shown thread again (or clear the dock if it is gone)."""
        if self.thread_id is not None:
            self.show_thread(self.thread_id, raise_dock=False)

    def _on_view_thread_selected(self, thread_id: int) -> None:
        """A thread picked on the timeline: list it; the status bar names it unless one of its reports was the
        click (the report's own line stays)."""
        self.show_thread(thread_id)
        view = self.w.timeline
        thread = view.ctx.threads.get(thread_id)
        if thread is not None and view.thread_of(view.selected_id) != thread_id:
            counts = view.ctx.lane_title(("thread", thread_id))[1]
            self.w.set_selection_text(f"Thread: {clipped(thread.title)} — {counts}")

    def show_thread(self, thread_id: int, raise_dock: bool = True) -> None:
        """List a thread's reports in the dock."""
        thread = self.w.timeline.ctx.threads.get(thread_id)
        self.thread_id = thread_id if thread is not None else None
        if thread is None:
            self.panel.show_thread(None, [], {})
            return
        with self.w.db.read_session() as s:
            reports = thread_reports(s, thread_id)
            passages = report_passages(s, reports, context=0)
        self.panel.show_thread(thread, reports, passages, not self.w.db.read_only)
        if raise_dock:
            self.dock.show()
            self.dock.raise_()

    def compare(self, thread_id: int) -> CompareDialog | None:
        """Open the compare view of a thread's consensus and disagreeing passages."""
        thread = self.w.timeline.ctx.threads.get(thread_id)
        if thread is None:
            return None
        with self.w.db.read_session() as s:
            reports = thread_reports(s, thread_id)
            passages = report_passages(s, reports)
            hidden = hidden_ranges(s, {r.source_id for r in reports if r.event_id in passages})
        if self.compare_dialog is not None:
            self.compare_dialog.close()
        dialog = self.compare_dialog = CompareDialog(self.w, thread, reports, passages, hidden)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "compare_dialog", None))
        dialog.show()
        return dialog

    # -- menus ----------------------------------------------------------------------------------------------------
    def add_report_entries(self, menu: QMenu, event_id: int | None) -> None:
        """The thread entries of a report's (event's) context menu on the timeline."""
        thread_id = self.w.timeline.thread_of(event_id) if event_id is not None else None
        if thread_id is None:
            return
        writable = not self.w.db.read_only
        menu.addSeparator()
        menu.addAction("List the Thread's Reports", lambda: self.show_thread(thread_id))
        menu.addAction("Compare Passages…", lambda: self.compare(thread_id))
        menu.addAction("Move Report to Another Thread…", lambda: self.edits.move_report(event_id)).setEnabled(writable)
        thread = self.w.timeline.ctx.threads.get(thread_id)
        alone = thread is None or thread.reports <= 1
        menu.addAction("Split Report into a New Thread", lambda: self.edits.split([event_id])).setEnabled(
            writable and not alone)
        menu.addAction("Mark Report as Wrong", lambda: self.edits.mark_wrong(event_id)).setEnabled(writable)

    def thread_menu(self, thread_id: int) -> QMenu:
        """A thread row's menu: list, compare, merge with the other picked thread."""
        menu = QMenu(self.w.timeline)
        menu.setObjectName("threadMenu")
        menu.addAction("List Reports", lambda: self.show_thread(thread_id))
        menu.addAction("Compare Passages…", lambda: self.compare(thread_id))
        picked = self.w.timeline.selected_threads
        other = next((t for t in picked if t != thread_id), None)
        threads = self.w.timeline.ctx.threads
        if other is not None and other in threads:
            text = f"Merge “{threads[thread_id].title[:40]}” into “{threads[other].title[:40]}”"
            action = menu.addAction(text, lambda: self.edits.merge(other, thread_id))
        else:
            action = menu.addAction("Merge Threads (Ctrl+click a second thread first)")
            action.setEnabled(False)
        action.setEnabled(action.isEnabled() and not self.w.db.read_only)
        return menu

    def _on_thread_menu(self, thread_id: int, global_pos: QPoint) -> None:
        self.menu = self.thread_menu(thread_id)
        self.menu.exec(global_pos)
        self.menu.deleteLater()
        self.menu = None

    def _on_edit(self, what: str, event_ids: list) -> None:
        if what == "move" and event_ids:
            self.edits.move_report(event_ids[0])
        elif what == "split":
            self.edits.split(event_ids)
        elif what == "wrong" and event_ids:
            self.edits.mark_wrong(event_ids[0])
