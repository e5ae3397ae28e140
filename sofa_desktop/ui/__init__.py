"""The Qt explorer window (the only package that imports PySide6/qtawesome).

Entry points: ``app.run_gui`` (CLI ``gui``), ``main_window.MainWindow(db)``; for benchmarks
``timeline.view.TimelineView.set_events(rows, sources, conflicts)`` + ``viewport().repaint()`` (or
``timeline.paint.paint_view(view, painter)``) and ``viewer.source_viewer.SourceViewer.show_source(doc, spans)``.

Layout: ``app`` and ``main_window`` (with ``actions``, ``settings``, ``theme``, ``icons``, ``colours``, and
``window_host``: the window as ``curation.host.CurationHost``), the dock
``panels/``, the source ``viewer/``, the ``timeline/``, analysts' ``curation/`` and background ``workers/``.
"""
