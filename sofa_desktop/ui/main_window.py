"""MainWindow: assembles the timeline, docks, actions and status bar, and routes selections between panels."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QTableView,
    QToolBar,
)

from sofa_desktop import APP_NAME
from sofa_desktop.store import Database
from sofa_desktop.store import queries as q
from sofa_desktop.store.curation import ALL, Changes
from sofa_desktop.store.queries import EventRow, Passage, QuoteHit
from sofa_desktop.store.schema import shown_url, sqlite_path
from sofa_desktop.store.search import count_quotes, search_quotes, with_context
from sofa_desktop.store.threads import ReportRow, thread_reports, timeline_threads
from sofa_desktop.ui.actions import Actions
from sofa_desktop.ui.curation.source_edits import SourceEditsUi
from sofa_desktop.ui.curation.wiring import CurationUi
from sofa_desktop.ui.dialogs import show_about
from sofa_desktop.ui.docks import add_dock, dock_toggle
from sofa_desktop.ui.gc_pause import collections_paused
from sofa_desktop.ui.help import dialogs as help_dialogs
from sofa_desktop.ui.history import History
from sofa_desktop.ui.panels.actor_panel import ActorPanel
from sofa_desktop.ui.panels.analyst_edits_panel import AnalystEditsUi
from sofa_desktop.ui.panels.quote_panel import QuotePanel
from sofa_desktop.ui.settings import STATE_VERSION, Settings
from sofa_desktop.ui.theme import apply_theme
from sofa_desktop.ui.timeline.threads.wiring import ThreadsUi
from sofa_desktop.ui.timeline.view import TimelineView
from sofa_desktop.ui.viewer.earlier_versions import EarlierVersionsUi
from sofa_desktop.ui.viewer.mention_navigation import MentionNavigator
from sofa_desktop.ui.viewer.source_viewer import SourceViewer
from sofa_desktop.ui.window_host import WindowHost
from sofa_desktop.ui.workers.reextract import ReextractUi
from sofa_desktop.wording import clipped, plural

if TYPE_CHECKING:  # imported when first used: not needed to show the window
    from sofa_desktop.ui.workers.export_dialogs import ExportController
    from sofa_desktop.ui.workers.import_worker import ImportRunner
    from sofa_desktop.ui.workers.jobs import JobRunner
    from sofa_desktop.ui.workers.url_dialog import UrlImportDialog

    R = TypeVar("R", bound=JobRunner)

Location = tuple  # ("event", id) | ("quote", id, source_id, start, end, speaker_ids) | ("source", id) | ("actor", id)


class MainWindow(QMainWindow):
    """Owns no data logic: reads through ``store.queries`` and routes panel signals (panels never call each other)."""

    def __init__(self, db: Database, settings: Settings | None = None, restore: bool = True) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.db = db
        self.settings = settings or Settings()
        self.history = History()
        self.events: dict[int, EventRow] = {}
        self._actor_names: dict[int, str] = {}
        self.counts = q.Counts(0, 0, 0, 0, 0)
        self.import_runner: JobRunner | None = None  # the import or re-extraction running
        self.url_dialog: UrlImportDialog | None = None  # File › Import from URL (tests fill and accept it)
        self.persist = restore  # screenshot runs neither read nor write the user's settings
        where = sqlite_path(db.url)
        suffix = " (read-only)" if db.read_only else ""
        self.setWindowTitle(f"{where.name if where else shown_url(db.url)} — {APP_NAME}{suffix}")
        self.setAcceptDrops(True)  # drop article files or folders anywhere on the window to import them
        self.actions = Actions(self)
        self.timeline = TimelineView(self)
        self.actor_panel = ActorPanel(self)
        self.actor_panel.add_tool_actions([self.actions.previous_mention, self.actions.next_mention])
        self.viewer = SourceViewer(self)
        self.quote_panel = QuotePanel(self)
        self.quote_panel.add_tool_actions([self.actions.export_found_quotes])
        self.setCentralWidget(self.timeline)
        area = Qt.DockWidgetArea
        self.actors_dock = add_dock(self, "actorsDock", "Actors", self.actor_panel, area.LeftDockWidgetArea)
        self.source_dock = add_dock(self, "sourceDock", "Source", self.viewer, area.RightDockWidgetArea)
        self.quotes_dock = add_dock(self, "quotesDock", "Quotes", self.quote_panel, area.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._build_menus()
        self._build_status_bar()
        self.mentions = MentionNavigator(self.actions, self._show_passage, self._selection_label.setText)
        self._connect()
        self.undo_stack = QUndoStack(self)  # analyst edits (ui/curation): Edit menu, history dock, context menus
        self.host = WindowHost(self)  # all that curation sees of the window (ui/curation/host.py)
        self.curation_ui = CurationUi(self.host)
        self.curation = self.curation_ui.controller
        self.threads_ui = ThreadsUi(self)  # the timeline's toolbar, the Thread dock, thread edits
        self.source_edits = SourceEditsUi(self)  # set a source's date/title/outlet, remove it (picker's menu)
        self.analyst_edits = AnalystEditsUi(self.host, self.curation_ui.history_dock)  # tabbed with Edit History
        self.earlier_versions = EarlierVersionsUi(self)  # a source's replaced texts, read-only
        self.reextract_ui = ReextractUi(self)  # File › Re-extract Sources… and the status bar's outdated button
        self.resize(1280, 800)
        self._default_docks = True  # until a saved layout is restored: sized to the window at the first show
        self._size_docks()
        if restore:
            self._restore_state()
        self.quote_panel.set_query_function(self._search_quotes)
        self.reload()

    # -- data -------------------------------------------------------------------------------------------------
    def reload(self, changes: Changes = ALL) -> None:
        """Query the store again and refresh the panels showing what changed (everything after an import)."""
        with collections_paused():  # tens of thousands of rows are made at once (~30 % less time)
            self._reload(changes)

    def _reload(self, changes: Changes) -> None:
        timeline = changes.sources or changes.events or changes.conflicts or changes.threads  # actor renames: events
        with self.db.read_session() as s:
            self.counts = q.counts(s)
            sources = q.list_sources(s) if changes.sources or timeline else []
            actors = q.list_actors(s) if changes.actors else []
            if timeline:
                events = q.list_events(s)
                conflicts = q.list_conflicts(s)
                threads, links = timeline_threads(s)
        if changes.actors:
            self.actor_panel.set_rows(actors)
            self._actor_names = {a.id: a.name for a in actors}  # the timeline's actor rows
        if changes.sources:
            self.viewer.set_sources(sources)
            self.quote_panel.model.set_source_labels({src.id: src.label for src in sources})
        if timeline:
            before = self.events.get(self.timeline.selected_id) if self.timeline.selected_id is not None else None
            self.events = {e.id: e for e in events}
            self.threads_ui.pane.apply_default(len(sources))
            self.timeline.set_events(events, sources, conflicts, threads, links, self._actor_names,
                                     self._thread_reports)
            self.threads_ui.after_reload()
            if before is not None and before.id not in self.events:  # deleted, or read again under a new id
                self.timeline.select_event(None)
                if self._selection_label.text().startswith("Event: "):
                    self._selection_label.clear()
        if changes.quotes or changes.actors or changes.sources:
            self.quote_panel.refresh()
        self.analyst_edits.refresh()
        c = self.counts
        parts = [plural(c.sources, "source"), plural(c.actors, "actor"), plural(c.quotes, "quote"),
                 plural(c.events, "event")] + ([plural(c.conflicts, "conflict")] if c.conflicts else [])
        self._counts_label.setText(" · ".join(parts))
        self.reextract_ui.show_outdated(c.outdated)

    def _follow_event(self, gone: EventRow) -> None:
        """After an import or re-extraction read the selected event again under a new id: select the event at the
        same passage of the same source (else the one overlapping it most), so the reader keeps their place."""
        overlap = {e.id: min(e.end, gone.end) - max(e.start, gone.start)
                   for e in self.events.values() if e.source_id == gone.source_id}
        best = max(overlap, key=lambda i: (overlap[i], -abs(self.events[i].start - gone.start)), default=None)
        if best is not None and overlap[best] > 0:
            self.go(("event", best), record=False)

    def _thread_reports(self, thread_id: int) -> list[ReportRow]:
        with self.db.read_session() as s:
            return thread_reports(s, thread_id)

    def _search_quotes(self, speaker: str, words: str, limit: int, offset: int, order: str) -> list[QuoteHit]:
        with self.db.read_session() as s:
            return with_context(s, search_quotes(s, speaker, words, limit, offset, order=order))

    def open_source(self, source_id: int) -> bool:
        """Show a source in the viewer (no-op if it is already shown); False if it does not exist."""
        if self.viewer.source_id == source_id:
            return True
        with self.db.read_session() as s:
            doc = q.get_source(s, source_id)
            spans = q.source_spans(s, source_id) if doc else []
        self.viewer.show_source(doc, spans)
        self.viewer.set_actor_highlight(self.actor_panel.selected_ids())
        return doc is not None

    # -- navigation -------------------------------------------------------------------------------------------
    def go(self, location: Location, record: bool = True) -> None:
        """Jump to a location (event, quote, source or actor), recording it for Back/Forward."""
        if record:
            self.history.push(location)
        self._apply(location)
        self.actions.back.setEnabled(self.history.can_back())
        self.actions.forward.setEnabled(self.history.can_forward())
        kind, ident = location[0], location[1]
        if kind == "quote":
            kind, ident = "source", location[2]
        if self.persist:
            self.settings.save_last_selection(kind, ident)

    def set_selection_text(self, text: str) -> None:
        """Say in the status bar what is selected (a thread picked on the timeline; panels' own lines)."""
        self._selection_label.setText(text)

    def select_event(self, event_id: int) -> None:
        """Select an event as if the user clicked it."""
        self.go(("event", event_id))

    def _event_holding(self, source_id: int, start: int, end: int) -> int | None:
        """The dated event whose passage holds most of ``start:end`` of a source (the statement a quote was said
        in), else None."""
        overlap = {e.id: min(end, e.end) - max(start, e.start) for e in self.events.values()
                   if e.source_id == source_id and e.date_start is not None}
        best = max(overlap, key=overlap.__getitem__, default=None)
        return best if best is not None and overlap[best] > 0 else None

    def _apply(self, loc: Location) -> None:
        kind = loc[0]
        if kind != "actor":
            self.timeline.set_dimmed(())
        if kind == "event" and loc[1] in self.events:
            e = self.events[loc[1]]
            self.timeline.select_event(e.id)
            if self.open_source(e.source_id):
                self.viewer.select_range(e.start, e.end)
            self.actor_panel.highlight_actors(e.actor_ids)
            warn = " — ⚠ sources disagree (see the timeline tooltip)" if self.timeline.has_open_conflict(e.id) else ""
            when = q.format_when(e.date_start, e.precision)
            self._selection_label.setText(f"Event: {clipped(e.title)} — {when}{warn}")
        elif kind == "quote":
            _, _quote_id, source_id, start, end, speaker_ids = loc
            self.timeline.select_event(self._event_holding(source_id, start, end))  # none: no stale outline
            if self.open_source(source_id):
                self.viewer.select_range(start, end)
            self.actor_panel.select_actors(speaker_ids)
            self.viewer.set_actor_highlight(speaker_ids)
            self._selection_label.setText(f"Quote in {clipped(self.viewer.picker.currentText(), 120)}")
        elif kind == "source":
            self.open_source(loc[1])
            self.timeline.show_lane(loc[1])  # its row, when rows are sources
            self._selection_label.setText(f"Source: {clipped(self.viewer.picker.currentText(), 120)}")
        elif kind == "actor":
            self._apply_actor(loc[1])

    def _apply_actor(self, actor_id: int) -> None:
        if self.actor_panel.selected_ids()[:1] != [actor_id]:
            self.actor_panel.select_actors([actor_id])
        self.viewer.set_actor_highlight([actor_id])
        self._apply_timeline_filter()
        self.timeline.show_lane(("actor", actor_id))  # its row, when rows are actors
        row = self.actor_panel.model.row_of(actor_id)
        actor = self.actor_panel.model.index(row, 0).data(self.actor_panel.model.RowRole) if row is not None else None
        if actor is not None:
            self._selection_label.setText(f"Actor: {actor.name} — {plural(actor.mentions, 'mention')}, "
                                          f"{plural(actor.quotes, 'quote')}")
            with self.db.read_session() as s:
                mentions = q.actor_mentions(s, [actor_id])
            self.mentions.start(actor.name, mentions, self.viewer.source_id)  # scrolls the viewer to one

    def _show_passage(self, passage: Passage) -> None:
        if self.open_source(passage.source_id):
            self.viewer.select_range(passage.start, passage.end)

    def _apply_timeline_filter(self, dim: bool = True) -> None:
        """Filter the timeline to the selected actors' events (toggle on) or fade the other events (toggle off)."""
        ids = set(self.actor_panel.selected_ids())
        theirs = {e.id for e in self.events.values() if ids.intersection(e.actor_ids)}
        if self.actor_panel.timeline_toggle.isChecked() and ids:
            self.timeline.set_filter(theirs)
        else:
            self.timeline.set_filter(None)
        self.timeline.set_dimmed(set(self.events) - theirs if ids and dim else ())

    def _on_actor_selected(self, actor_id: int | None) -> None:
        if actor_id is None:
            self.mentions.clear()
            self.viewer.set_actor_highlight([])
            self._apply_timeline_filter()
            if self._selection_label.text().startswith("Actor: "):
                self._selection_label.clear()
        else:
            self.go(("actor", actor_id))

    def _on_actor_activated(self, actor_id: int) -> None:
        row = self.actor_panel.model.row_of(actor_id)
        actor = self.actor_panel.model.index(row, 0).data(self.actor_panel.model.RowRole) if row is not None else None
        if actor is not None:
            self.quotes_dock.show()
            self.quotes_dock.raise_()
            self.quote_panel.search_speaker(actor.name)

    def _on_quote_activated(self, hit: QuoteHit) -> None:
        self.go(("quote", hit.id, hit.source_id, hit.start, hit.end, hit.speaker_ids))

    def _back(self) -> None:
        if (loc := self.history.back()) is not None:
            self.go(loc, record=False)

    def _forward(self) -> None:
        if (loc := self.history.forward()) is not None:
            self.go(loc, record=False)

    # -- import / export --------------------------------------------------------------------------------------
    def start_import(self, paths: list[str], show_summary: bool = True) -> ImportRunner | None:
        """Import files/folders in a worker thread with a progress dialog; views refresh when it is done."""
        if not paths:
            return None
        from sofa_desktop.ui.workers.import_worker import ImportRunner

        return self.run_job(ImportRunner(self.db, paths, self, show_summary))

    def run_job(self, runner: R) -> R | None:
        """Start an import or re-extraction (one at a time; none on a read-only store); views refresh after it."""
        if self.db.read_only or self.import_runner is not None:
            runner.deleteLater()
            return None
        runner.done.connect(self._on_import_done)
        self.import_runner = runner
        self._enable_imports(False)
        runner.start()
        return runner

    def _on_import_done(self, _results: object) -> None:
        self.import_runner = None
        self._enable_imports(not self.db.read_only)
        current = self.viewer.source_id
        selected = self.events.get(self.timeline.selected_id) if self.timeline.selected_id is not None else None
        self.viewer.show_source(None)
        self.reload()
        self.timeline.fit_all()
        if current is not None:
            self.open_source(current)
        if selected is not None and selected.id not in self.events:
            self._follow_event(selected)

    def _enable_imports(self, enabled: bool) -> None:
        for action in (self.actions.import_files, self.actions.import_folder, self.actions.import_url,
                       self.actions.reextract):
            action.setEnabled(enabled)

    def _on_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import articles", self.settings.last_dir(),
                                                "Articles (*.txt *.html *.htm *.xhtml *.pdf *.docx *.eml);;"
                                                "All files (*)")
        if paths:
            self.settings.save_last_dir(str(Path(paths[0]).parent))
            self.start_import(paths)

    def _on_import_url(self) -> UrlImportDialog:
        from sofa_desktop.ui.workers.url_dialog import UrlImportDialog

        dialog = UrlImportDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start_import(dialog.links()))
        self.url_dialog = dialog  # tests fill and accept it
        dialog.open()
        return dialog

    def _on_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles", self.settings.last_dir())
        if folder:
            self.settings.save_last_dir(folder)
            self.start_import([folder])

    # -- construction -----------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions([a.import_files, a.import_folder, a.import_url])
        file_menu.addSeparator()
        file_menu.addAction(a.reextract)
        file_menu.addSeparator()
        file_menu.addMenu("&Export").addActions([a.export_json, a.export_quotes_csv, a.export_found_quotes,
                                                 a.export_timelinejs, a.export_timeline_image])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        self.edit_menu = self.menuBar().addMenu("&Edit")  # filled by CurationUi
        go_menu = self.menuBar().addMenu("&Go")
        go_menu.addActions([a.back, a.forward])
        go_menu.addSeparator()
        go_menu.addActions([a.previous_mention, a.next_mention])
        go_menu.addSeparator()
        go_menu.addAction(a.find_quotes)
        view = self.menuBar().addMenu("&View")
        for dock, key in ((self.actors_dock, "Ctrl+1"), (self.source_dock, "Ctrl+2"), (self.quotes_dock, "Ctrl+3")):
            view.addAction(dock_toggle(dock, key))
        view.addSeparator()
        view.addActions([a.zoom_in, a.zoom_out, a.fit_all])
        view.addSeparator()
        view.addAction(a.dark_theme)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addActions([a.user_guide, a.shortcuts])
        help_menu.addSeparator()
        help_menu.addAction(a.open_log_folder)
        help_menu.addSeparator()
        help_menu.addAction(a.about)
        self.menus: dict[str, QMenu] = {"file": file_menu, "edit": self.edit_menu, "go": go_menu, "view": view,
                                        "help": help_menu}  # by id: others add entries without reading labels
        bar = QToolBar("Main toolbar", self)
        bar.setObjectName("mainToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([a.import_files, a.import_folder, a.export_json])
        bar.addSeparator()
        bar.addActions([a.back, a.forward])
        bar.addSeparator()
        bar.addActions([a.zoom_in, a.zoom_out, a.fit_all])
        bar.addSeparator()
        bar.addAction(a.find_quotes)
        self.addToolBar(bar)
        self.toolbar = bar
        view.insertAction(view.actions()[0], bar.toggleViewAction())
        if self.db.read_only:
            self._enable_imports(False)

    def _build_status_bar(self) -> None:
        self._selection_label = QLabel(self)
        self._selection_label.setTextFormat(Qt.TextFormat.PlainText)
        self._counts_label = QLabel(self)
        self._counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self._selection_label, 1)
        self.statusBar().addPermanentWidget(self._counts_label)

    @functools.cached_property
    def exporter(self) -> ExportController:
        """File › Export's controller, made at the first export (its module is not needed to show the window)."""
        from sofa_desktop.ui.workers.export_dialogs import ExportController

        exporter = ExportController(self, self.db, self.settings, self.timeline)
        exporter.exported.connect(lambda message: self.statusBar().showMessage(message, 8000))
        return exporter

    def _connect(self) -> None:
        a = self.actions
        a.import_files.triggered.connect(self._on_import_files)
        a.import_folder.triggered.connect(self._on_import_folder)
        a.import_url.triggered.connect(self._on_import_url)
        for action, fmt in ((a.export_json, "json"), (a.export_quotes_csv, "csv"), (a.export_timelinejs, "timelinejs")):
            action.triggered.connect(lambda _checked=False, fmt=fmt: self.exporter.export_store(fmt))
        a.export_timeline_image.triggered.connect(lambda _checked=False: self.exporter.export_image())
        a.export_found_quotes.triggered.connect(
            lambda _checked=False: self.exporter.export_store("csv", self.quote_panel.search_terms()))
        self.quote_panel.model.modelReset.connect(self._update_found_quotes_action)
        a.quit.triggered.connect(self.close)
        a.find_quotes.triggered.connect(self._on_find_quotes)
        a.back.triggered.connect(self._back)
        a.forward.triggered.connect(self._forward)
        a.zoom_in.triggered.connect(self.timeline.zoom_in)
        a.zoom_out.triggered.connect(self.timeline.zoom_out)
        a.fit_all.triggered.connect(self.timeline.fit_all)
        a.about.triggered.connect(lambda: show_about(self, self.db))
        a.user_guide.triggered.connect(lambda: help_dialogs.show_user_guide(self))
        a.shortcuts.triggered.connect(lambda: help_dialogs.show_shortcuts(self))
        a.open_log_folder.triggered.connect(help_dialogs.open_log_folder)
        a.dark_theme.toggled.connect(self._on_dark_theme_toggled)
        self.timeline.event_selected.connect(self.select_event)
        self.timeline.source_selected.connect(lambda sid: self.go(("source", sid)))
        self.actor_panel.actor_selected.connect(self._on_actor_selected)
        self.actor_panel.actor_activated.connect(self._on_actor_activated)
        self.actor_panel.timeline_filter_toggled.connect(lambda _on: self._apply_timeline_filter())
        self.quote_panel.quote_activated.connect(self._on_quote_activated)
        self.viewer.source_picked.connect(lambda sid: self.go(("source", sid)))

    def _update_found_quotes_action(self) -> None:
        """"Export These 12 Quotes…" for the search shown; disabled without a search (File › Export has all)."""
        speaker, words = self.quote_panel.search_terms()
        if not (speaker.strip() or words.strip()):
            self.actions.export_found_quotes.setEnabled(False)
            self.actions.export_found_quotes.setText("These &Quotes as CSV…")
            return
        with self.db.read_session() as s:
            n = count_quotes(s, speaker, words)
        self.actions.export_found_quotes.setText(f"These {plural(n, 'Quote')} as CSV…")
        self.actions.export_found_quotes.setEnabled(n > 0)

    def _on_find_quotes(self) -> None:
        self.quotes_dock.show()
        self.quotes_dock.raise_()
        self.quote_panel.focus_search()

    def _on_dark_theme_toggled(self, dark: bool) -> None:
        apply_theme(dark)
        self.actions.refresh_icons()
        self.curation_ui.refresh_icons()
        self.settings.save_dark_theme(dark)
        self.viewer.refresh_style()
        self.timeline.viewport().update()

    # -- state ------------------------------------------------------------------------------------------------
    def restore_last_selection(self) -> bool:
        """Go to the selection saved at the last exit; False if there was none or it no longer exists."""
        last = self.settings.last_selection()
        if last is None:
            return False
        kind, ident = last
        if kind == "event" and ident in self.events:
            self.go(("event", ident))
        elif kind == "actor" and self.actor_panel.model.row_of(ident) is not None:
            self.go(("actor", ident))
        elif kind == "source" and self.viewer.picker.findData(ident) >= 0:
            self.go(("source", ident))
        else:
            return False
        return True

    def _restore_state(self) -> None:
        if (geometry := self.settings.window_geometry()) is not None:
            self.restoreGeometry(geometry)
        if (state := self.settings.window_state()) is not None:
            self._default_docks = not self.restoreState(state, STATE_VERSION)
        for name, table in self._tables().items():
            if (header := self.settings.header_state(name)) is not None:
                table.horizontalHeader().restoreState(header)
        self.actor_panel.sync_header_actions()
        self.actions.dark_theme.blockSignals(True)
        self.actions.dark_theme.setChecked(bool(self.settings.dark_theme()))
        self.actions.dark_theme.blockSignals(False)

    def _tables(self) -> dict[str, QTableView]:
        return {"actors-v2": self.actor_panel.table, "quotes-v3": self.quote_panel.table}  # v3: context column

    def save_state(self) -> None:
        """Persist geometry, dock layout and the actor table header."""
        self.settings.save_window(self.saveGeometry(), self.saveState(STATE_VERSION))
        for name, table in self._tables().items():
            self.settings.save_header_state(name, QByteArray(table.horizontalHeader().saveState()))
        self.settings.sync()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.db.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    def _size_docks(self) -> None:
        """Dock widths in proportion to the window (340 and 400 px at 1280); the timeline gets the rest."""
        width = self.width()
        actors = int(min(max(width * 0.265, 230), 360))
        source = int(min(max(width * 0.31, 300), 440))
        self.resizeDocks([self.actors_dock, self.source_dock], [actors, source], Qt.Orientation.Horizontal)
        self.resizeDocks([self.quotes_dock], [210], Qt.Orientation.Vertical)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._default_docks:  # once: the window manager may have given us less than 1280 px
            self._default_docks = False
            self._size_docks()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_runner is not None:
            self.import_runner.cancel()
            self.import_runner.thread.wait()
        if self.persist:
            self.save_state()
        super().closeEvent(event)
